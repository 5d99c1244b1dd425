package id.go.langsakota.kinerja.pengembangan;

import static id.go.langsakota.kinerja.pengembangan.PengembanganKompetensiProses.*;

import id.go.langsakota.kinerja.proses.BacaIsian;
import id.go.langsakota.kinerja.proses.KomentarTugas;
import id.go.langsakota.kinerja.proses.PemilikTugas;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * verifikasi-pelatihan (group BKPSDM: claim, then complete). On complete (owner only, never the
 * ASN themself): VERIFIKASI credits the JP in the register; KEMBALIKAN with a note sends the task
 * back to the ASN.
 */
@Component("verifikasiPelatihanListener")
public class VerifikasiPelatihanListener implements TaskListener {

  private final KebutuhanPelatihanService service;
  private final PengembanganKompetensiProses proses;
  private final TampilanKebutuhanPelatihan tampilan;

  public VerifikasiPelatihanListener(KebutuhanPelatihanService service, PengembanganKompetensiProses proses,
      TampilanKebutuhanPelatihan tampilan) {
    this.service = service;
    this.proses = proses;
    this.tampilan = tampilan;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = proses.kebutuhanId(task.getExecution());
    KebutuhanPelatihan k = service.ambil(id);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setName(tampilan.namaTugasVerifikasi(k));
      task.setVariableLocal(RINGKASAN, tampilan.ringkasanPelatihan(k)
          + "\n\n[Buka sertifikat](/api/bukti-dukung/" + service.sertifikatBuktiId(k) + ")");
      return;
    }
    String pengguna = PemilikTugas.periksa(task);
    periksaKonfirmasi(task);
    String tindakan = BacaIsian.teks(task, TINDAKAN);
    String catatan = BacaIsian.teks(task, CATATAN_VERIFIKASI);
    KebutuhanPelatihan hasil = service.verifikasi(id, tindakan, catatan, pengguna);
    KomentarTugas.catat(task, hasil.getStatus() == StatusKebutuhanPelatihan.SELESAI
        ? "Sertifikat diverifikasi; " + hasil.getJpDikreditkan() + " JP dihitung"
        : "Sertifikat dikembalikan: " + catatan);
  }
}
