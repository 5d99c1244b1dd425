package id.go.langsakota.kinerja.kalibrasi;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Past the calibration deadline: BKPSDM (every member) and the head of the OPD are told, and a
 * claimed task is released to the candidates (head and group bkpsdm).
 */
@Component("eskalasiKalibrasiDelegate")
public class EskalasiKalibrasiDelegate implements JavaDelegate {

  private final KalibrasiKurvaService service;
  private final KalibrasiKurvaProses proses;

  public EskalasiKalibrasiDelegate(KalibrasiKurvaService service, KalibrasiKurvaProses proses) {
    this.service = service;
    this.proses = proses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.eskalasi(proses.kalibrasiId(execution), proses.kepalaOpdSebagaiDaftar(execution));
    // A claimed task is released so that BKPSDM (candidate group) can take it over.
    org.camunda.bpm.engine.TaskService tugas = execution.getProcessEngineServices().getTaskService();
    for (org.camunda.bpm.engine.task.Task t : tugas.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(KalibrasiKurvaProses.TUGAS_SESUAIKAN).list()) {
      if (t.getAssignee() != null) {
        tugas.setAssignee(t.getId(), null);
      }
      tugas.createComment(t.getId(), execution.getProcessInstanceId(),
          "Batas kalibrasi terlewati: dieskalasi ke BKPSDM; tugas dapat diambil oleh kepala OPD atau BKPSDM.");
    }
  }
}
