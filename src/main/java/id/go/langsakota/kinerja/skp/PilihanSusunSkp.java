package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.proses.BacaIsian;
import id.go.langsakota.kinerja.proses.PilihanFormulir;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * susun-skp's choice of "RHK atasan yang diintervensi" (opsiRhkAtasan), read when the form opens:
 * the agreed RHK of the pejabat penilai, or for a head of OPD the perjanjian kinerja BKPSDM has
 * entered so far. An entry added after the task was created is offered the next time the ASN
 * opens the form; {@link SusunSkpListener} checks the submitted value against the same list.
 */
@Component
public class PilihanSusunSkp implements PilihanFormulir {

  private final SkpService skpService;
  private final SkpRepository skpRepository;

  public PilihanSusunSkp(SkpService skpService, SkpRepository skpRepository) {
    this.skpService = skpService;
    this.skpRepository = skpRepository;
  }

  @Override
  public String kunciProses() {
    return SkpPegawaiProses.KUNCI;
  }

  @Override
  public String kunciTugas() {
    return SkpPegawaiProses.TUGAS_SUSUN;
  }

  @Override
  public Map<String, TypedValue> baca(String businessKey) {
    SkpPegawaiProses.Kunci k = SkpPegawaiProses.urai(businessKey);
    return skpRepository.findByNipAndTahun(k.nip(), k.tahun())
        .map(skp -> Map.of(SkpPegawaiProses.OPSI_RHK_ATASAN, BacaIsian.json(skpService.opsiRhkAtasan(skp.getId()))))
        .orElse(Map.of());
  }
}
