package id.go.langsakota.kinerja.penghargaan;

import static id.go.langsakota.kinerja.penghargaan.SeleksiPenghargaanProses.*;

import id.go.langsakota.kinerja.proses.BacaIsian;
import id.go.langsakota.kinerja.proses.PemilikTugas;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * nominasikan-penghargaan. Create: the OPD's eligible staff as text and, per category, as the options
 * of the form's NIP selects, and the due date. Complete:
 * only the assignee; the nominees are checked against the eligible list on the server.
 */
@Component("nominasikanPenghargaanListener")
public class NominasikanPenghargaanListener implements TaskListener {

  private final PenghargaanService service;

  public NominasikanPenghargaanListener(PenghargaanService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    int tahun = urai(task.getExecution().getProcessBusinessKey());
    String kodeOpd = String.valueOf(task.getVariable(KODE_OPD));
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(DAFTAR_LAYAK, service.ringkasanLayak(tahun, kodeOpd));
      // the selects' options: the head picks eligible staff, never types a NIP
      task.setVariableLocal(OPSI_MANAJERIAL, BacaIsian.json(service.opsiLayak(tahun, kodeOpd,
          KategoriPenghargaan.MANAJERIAL)));
      task.setVariableLocal(OPSI_NON_MANAJERIAL, BacaIsian.json(service.opsiLayak(tahun, kodeOpd,
          KategoriPenghargaan.NON_MANAJERIAL)));
      task.setDueDate(Date.from(service.batas(tahun, "NOMINASI")));
      return;
    }
    String oleh = PemilikTugas.periksa(task);
    service.nominasikan(tahun, kodeOpd, oleh, BacaIsian.teks(task, NOMINASI_MANAJERIAL),
        BacaIsian.teks(task, ALASAN_MANAJERIAL), BacaIsian.teks(task, NOMINASI_NON_MANAJERIAL),
        BacaIsian.teks(task, ALASAN_NON_MANAJERIAL), BacaIsian.ya(task, TANPA_NOMINASI));
  }
}
