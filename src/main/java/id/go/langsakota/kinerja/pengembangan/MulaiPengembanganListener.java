package id.go.langsakota.kinerja.pengembangan;

import static id.go.langsakota.kinerja.pengembangan.PengembanganKompetensiProses.*;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.identitas.GrupPengguna;
import id.go.langsakota.kinerja.kompetensi.JenisPelatihan;
import id.go.langsakota.kinerja.proses.BacaIsian;
import id.go.langsakota.kinerja.skp.NilaiBerakhlak;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import id.go.langsakota.kinerja.web.KesalahanValidasiException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Start event of pengembangan-kompetensi. Started by a trigger (business key PK-&lt;id&gt;
 * already set): the instance is recorded on the need. Started from the start form (no business
 * key): a BKPSDM member opens a need for the ASN of field {@code nip} (trigger BKPSDM); anyone
 * else opens one for themself (trigger PERMINTAAN_ASN; {@code nip} empty or their own). The
 * duplicate and on/off rules refuse with 400 before anything is stored.
 */
@Component("mulaiPengembanganListener")
public class MulaiPengembanganListener implements ExecutionListener {

  private final KebutuhanPelatihanService service;

  public MulaiPengembanganListener(KebutuhanPelatihanService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.getProcessBusinessKey() != null) {
      service.catatProses(urai(execution.getProcessBusinessKey()), execution.getProcessInstanceId());
      return;
    }
    Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (auth == null || auth.getUserId() == null) {
      throw new IsianTidakValidException("Proses pengembangan-kompetensi dimulai dari formulir oleh BKPSDM atau ASN, "
          + "atau oleh pemicu sistem dengan business key PK-<id>");
    }
    String pengguna = auth.getUserId();
    boolean bkpsdm = auth.getGroupIds() != null && auth.getGroupIds().contains(GrupPengguna.BKPSDM.id());
    String nip = BacaIsian.teks(execution, NIP);
    PemicuPelatihan pemicu;
    if (bkpsdm && nip != null && !nip.equals(pengguna)) {
      pemicu = PemicuPelatihan.BKPSDM;
    } else {
      if (nip != null && !nip.equals(pengguna)) {
        throw new IsianTidakValidException("Anda hanya dapat meminta pengembangan kompetensi untuk diri Anda sendiri");
      }
      nip = pengguna;
      pemicu = PemicuPelatihan.PERMINTAAN_ASN;
    }
    KebutuhanPelatihan k;
    try {
      k = service.buka(nip, Waktu.hariIni().getYear(), pemicu, BacaIsian.teks(execution, KESENJANGAN),
          pilihan(NilaiBerakhlak.class, BacaIsian.teks(execution, NILAI_BERAKHLAK), "Nilai BerAKHLAK"),
          pilihan(JenisPelatihan.class, BacaIsian.teks(execution, JENIS_DIMINTA), "Jenis pelatihan"), null, pengguna);
    } catch (KesalahanValidasiException e) {
      throw new IsianTidakValidException(e.getKesalahan());
    } catch (IllegalStateException e) {
      throw new IsianTidakValidException(e.getMessage());
    }
    execution.setProcessBusinessKey(k.businessKey());
    service.catatProses(k.getId(), execution.getProcessInstanceId());
  }

  static <E extends Enum<E>> E pilihan(Class<E> jenis, String nilai, String nama) {
    if (nilai == null) {
      return null;
    }
    try {
      return Enum.valueOf(jenis, nilai);
    } catch (IllegalArgumentException e) {
      throw new IsianTidakValidException(nama + " '" + nilai + "' tidak dikenal");
    }
  }
}
