package id.go.langsakota.kinerja.pengembangan;

import static id.go.langsakota.kinerja.pengembangan.PengembanganKompetensiProses.*;

import id.go.langsakota.kinerja.proses.BacaIsian;
import id.go.langsakota.kinerja.proses.KomentarTugas;
import id.go.langsakota.kinerja.proses.PemilikTugas;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * laporkan-pelatihan (the ASN). On create: the name with the training and the ASN, the summary
 * (with BKPSDM's note after a return). On complete (the ASN only): the id of a certificate the
 * ASN uploaded through POST /api/bukti-dukung, checked on the server.
 */
@Component("laporkanPelatihanListener")
public class LaporkanPelatihanListener implements TaskListener {

  private final KebutuhanPelatihanService service;
  private final PengembanganKompetensiProses proses;
  private final TampilanKebutuhanPelatihan tampilan;

  public LaporkanPelatihanListener(KebutuhanPelatihanService service, PengembanganKompetensiProses proses,
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
      task.setName(tampilan.namaTugasLaporkan(k));
      task.setVariableLocal(RINGKASAN, tampilan.ringkasanPelatihan(k));
      return;
    }
    String pengguna = PemilikTugas.periksa(task);
    periksaKonfirmasi(task);
    Long bukti;
    try {
      bukti = BacaIsian.id(task.getVariable(SERTIFIKAT));
    } catch (NumberFormatException e) {
      throw new IsianTidakValidException("sertifikatBuktiId harus bilangan bulat (id berkas dari POST /api/bukti-dukung)");
    }
    service.laporkan(id, bukti, pengguna);
    KomentarTugas.catat(task, "Sertifikat diunggah (berkas " + bukti + ")");
  }
}
