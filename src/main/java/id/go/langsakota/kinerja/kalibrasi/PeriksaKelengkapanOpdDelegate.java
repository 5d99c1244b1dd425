package id.go.langsakota.kinerja.kalibrasi;

import id.go.langsakota.kinerja.skp.SkpPegawaiProses;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * skp-pegawai, after the annual predikat is stored: when every SKP of the OPD is rated and no
 * round runs, kalibrasi-kurva starts for the OPD. The SKP then waits for "Distribusi OPD final".
 */
@Component("periksaKelengkapanOpdDelegate")
public class PeriksaKelengkapanOpdDelegate implements JavaDelegate {

  private final KalibrasiKurvaService service;
  private final SkpPegawaiProses skpPegawai;

  public PeriksaKelengkapanOpdDelegate(KalibrasiKurvaService service, SkpPegawaiProses skpPegawai) {
    this.service = service;
    this.skpPegawai = skpPegawai;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.periksaKelengkapan(skpPegawai.skpId(execution));
  }
}
