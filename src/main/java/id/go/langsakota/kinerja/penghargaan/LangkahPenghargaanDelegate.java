package id.go.langsakota.kinerja.penghargaan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The automated steps of seleksi-penghargaan, chosen by the service task id: scoring, combining
 * the team's scores, recording the winners, and the reminders and escalations of each user task.
 */
@Component("langkahPenghargaanDelegate")
public class LangkahPenghargaanDelegate implements JavaDelegate {

  /** Reminder/escalation service task id → the user task it watches. */
  static final Map<String, String> DIAWASI = Map.of(
      "Task_IngatkanNominasi", SeleksiPenghargaanProses.TUGAS_NOMINASI,
      "Task_EskalasiNominasi", SeleksiPenghargaanProses.TUGAS_NOMINASI,
      "Task_IngatkanPenilaianTim", SeleksiPenghargaanProses.TUGAS_NILAI_TIM,
      "Task_EskalasiPenilaianTim", SeleksiPenghargaanProses.TUGAS_NILAI_TIM,
      "Task_IngatkanPersetujuan", SeleksiPenghargaanProses.TUGAS_SETUJUI,
      "Task_EskalasiPersetujuan", SeleksiPenghargaanProses.TUGAS_SETUJUI);

  private final PenghargaanService service;

  public LangkahPenghargaanDelegate(PenghargaanService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int tahun = SeleksiPenghargaanProses.urai(execution.getProcessBusinessKey());
    String langkah = execution.getCurrentActivityId();
    switch (langkah) {
      case "Task_HitungSkor" -> service.hitungSkor(tahun);
      case "Task_GabungkanNilaiTim" -> service.gabungkanNilaiTim(tahun);
      case "Task_TetapkanPemenang" -> service.tetapkanPemenang(tahun);
      default -> awasi(execution, tahun, langkah);
    }
  }

  private void awasi(DelegateExecution execution, int tahun, String langkah) {
    String tugas = DIAWASI.get(langkah);
    if (tugas == null) {
      throw new IllegalStateException("Langkah seleksi-penghargaan tidak dikenal: " + langkah);
    }
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    List<Task> terbuka = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(tugas).list();
    List<String> pemilik = new ArrayList<>();
    terbuka.forEach(t -> pemilik.add(t.getAssignee() == null ? "(belum diambil)" : t.getAssignee()));
    String nama = terbuka.isEmpty() ? tugas : terbuka.get(0).getName();
    if (langkah.startsWith("Task_Ingatkan")) {
      service.ingatkan(tahun, nama, pemilik.stream().filter(p -> !p.startsWith("(")).toList(),
          execution.getProcessInstanceId());
      return;
    }
    service.eskalasi(tahun, nama, pemilik, execution.getProcessInstanceId());
    for (Task t : terbuka) {
      tasks.createComment(t.getId(), execution.getProcessInstanceId(),
          "Batas waktu terlewati: dieskalasi ke BKPSDM.");
      // A late nomination is released so that BKPSDM (candidate group) can take it over; the head stays a candidate.
      if (SeleksiPenghargaanProses.TUGAS_NOMINASI.equals(tugas) && t.getAssignee() != null) {
        tasks.addCandidateUser(t.getId(), t.getAssignee());
        tasks.setAssignee(t.getId(), null);
      }
    }
  }
}
