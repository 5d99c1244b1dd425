package id.go.langsakota.kinerja.penghargaan;

import static id.go.langsakota.kinerja.penghargaan.SeleksiPenghargaanProses.*;

import id.go.langsakota.kinerja.identitas.GrupPengguna;
import id.go.langsakota.kinerja.proses.BacaIsian;
import id.go.langsakota.kinerja.proses.PemilikTugas;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** setujui-penghargaan (Wali Kota): approve, or send back to the team with a note. */
@Component("setujuiPenghargaanListener")
public class SetujuiPenghargaanListener implements TaskListener {

  private final PenghargaanService service;
  private final SeleksiPenghargaanProses proses;

  public SetujuiPenghargaanListener(PenghargaanService service, SeleksiPenghargaanProses proses) {
    this.service = service;
    this.proses = proses;
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
    // a task reassigned (e.g. by an administrator) to someone who is not the Wali Kota decides nothing
    boolean waliKota = oleh != null && (oleh.equals(proses.waliKota(task.getExecution()))
        || task.getProcessEngineServices().getIdentityService().createUserQuery().userId(oleh)
            .memberOfGroup(GrupPengguna.WALIKOTA.id()).count() > 0);
    if (!waliKota) {
      throw new IsianTidakValidException("Penetapan penghargaan disetujui atau dikembalikan oleh Wali Kota; pengguna "
          + oleh + " tidak berhak");
    }
    service.putuskan(tahun, oleh, BacaIsian.teks(task, KEPUTUSAN), BacaIsian.teks(task, CATATAN),
        BacaIsian.teks(task, NOMOR_KEPUTUSAN));
  }
}
