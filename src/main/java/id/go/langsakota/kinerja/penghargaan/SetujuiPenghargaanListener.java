package id.go.langsakota.kinerja.penghargaan;

import static id.go.langsakota.kinerja.penghargaan.SeleksiPenghargaanProses.*;

import id.go.langsakota.kinerja.proses.BacaIsian;
import id.go.langsakota.kinerja.proses.PemilikTugas;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** setujui-penghargaan (Wali Kota): approve, or send back to the team with a note. */
@Component("setujuiPenghargaanListener")
public class SetujuiPenghargaanListener implements TaskListener {

  private final PenghargaanService service;

  public SetujuiPenghargaanListener(PenghargaanService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    int tahun = urai(task.getExecution().getProcessBusinessKey());
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(DAFTAR_PENDEK, service.ringkasanDaftarPendek(tahun));
      task.setDueDate(Date.from(service.batas(tahun, "PERSETUJUAN")));
      return;
    }
    String oleh = PemilikTugas.periksa(task);
    service.putuskan(tahun, oleh, BacaIsian.teks(task, KEPUTUSAN), BacaIsian.teks(task, CATATAN),
        BacaIsian.teks(task, NOMOR_KEPUTUSAN));
  }
}
