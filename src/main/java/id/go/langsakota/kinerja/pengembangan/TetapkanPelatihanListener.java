package id.go.langsakota.kinerja.pengembangan;

import static id.go.langsakota.kinerja.pengembangan.PengembanganKompetensiProses.*;

import id.go.langsakota.kinerja.proses.BacaIsian;
import id.go.langsakota.kinerja.proses.KomentarTugas;
import id.go.langsakota.kinerja.proses.PemilikTugas;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * tetapkan-pelatihan (BKPSDM; the pejabat penilai for coaching/mentoring). On create: the task
 * name with the ASN, the proposals as a text view and the select options. On complete (owner
 * only, never for oneself): one of the options and a valid schedule; the training is recorded in
 * the register as DITUGASKAN.
 */
@Component("tetapkanPelatihanListener")
public class TetapkanPelatihanListener implements TaskListener {

  private final KebutuhanPelatihanService service;
  private final PengembanganKompetensiProses proses;
  private final TampilanKebutuhanPelatihan tampilan;

  public TetapkanPelatihanListener(KebutuhanPelatihanService service, PengembanganKompetensiProses proses,
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
      task.setName(tampilan.namaTugasTetapkan(k));
      task.setVariableLocal(RINGKASAN, tampilan.ringkasanPenetapan(k));
      task.setVariableLocal(OPSI_PELATIHAN, BacaIsian.json(service.opsi(id)));
      return;
    }
    String pengguna = PemilikTugas.periksa(task);
    periksaKonfirmasi(task);
    KebutuhanPelatihan hasil = service.tetapkan(id, BacaIsian.teks(task, KATALOG_ID),
        BacaIsian.tanggal(task, TANGGAL_MULAI), BacaIsian.tanggal(task, TANGGAL_SELESAI),
        BacaIsian.teks(task, CATATAN_PENETAPAN), pengguna);
    KomentarTugas.catat(task, "Pelatihan ditetapkan: " + service.namaPelatihan(hasil.getKatalogId()) + ", "
        + hasil.getTanggalMulai() + " s.d. " + hasil.getTanggalSelesai() + "; batas unggah sertifikat "
        + hasil.getBatasLapor());
  }
}
