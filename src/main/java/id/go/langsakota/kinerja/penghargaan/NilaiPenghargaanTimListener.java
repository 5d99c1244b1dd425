package id.go.langsakota.kinerja.penghargaan;

import static id.go.langsakota.kinerja.penghargaan.SeleksiPenghargaanProses.*;

import id.go.langsakota.kinerja.proses.BacaIsian;
import id.go.langsakota.kinerja.proses.PemilikTugas;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * nilai-penghargaan-tim (one per Tim Penilai Kinerja member). Create: the shortlist with scores as
 * text, the shortlist as the options of the form's NIP select (the member picks, never types a NIP;
 * the list is fixed for the round, so it is set here and not refreshed when the form opens), the
 * answer prefilled with one row per shortlisted ASN (scores empty), and the due date. Complete: only the member the task is assigned to; every shortlisted
 * NIP scored once (0–100).
 */
@Component("nilaiPenghargaanTimListener")
public class NilaiPenghargaanTimListener implements TaskListener {

  private final PenghargaanService service;

  public NilaiPenghargaanTimListener(PenghargaanService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    int tahun = urai(task.getExecution().getProcessBusinessKey());
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(DAFTAR_PENDEK, service.ringkasanDaftarPendek(tahun));
      List<Map<String, String>> opsi = service.opsiDaftarPendek(tahun);
      task.setVariableLocal(OPSI_DAFTAR_PENDEK, BacaIsian.json(opsi));
      // One row per shortlisted ASN, NIP chosen: the member only types the scores. On the member's
      // own (multi-instance) execution, not the task: complete(variables) writes the execution, so
      // a task-local prefill would shadow what the member sends; submit-form finds it there too.
      task.getExecution().setVariableLocal(NILAI, BacaIsian.json(opsi.stream()
          .map(o -> Map.of("nip", o.get("value"), "catatan", "")).toList()));
      task.setDueDate(Date.from(service.batas(tahun, "PENILAIAN_TIM")));
      return;
    }
    String oleh = PemilikTugas.periksa(task);
    List<Map<String, Object>> nilai;
    try {
      nilai = BacaIsian.daftar(task.getVariable(NILAI), NILAI);
    } catch (IllegalArgumentException e) {
      throw new IsianTidakValidException(e.getMessage());
    }
    service.simpanNilaiTim(tahun, oleh, nilai);
  }
}
