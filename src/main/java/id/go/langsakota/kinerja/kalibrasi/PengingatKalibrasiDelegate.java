package id.go.langsakota.kinerja.kalibrasi;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Before the calibration deadline: whoever holds the task (else the head of the OPD) is reminded. */
@Component("pengingatKalibrasiDelegate")
public class PengingatKalibrasiDelegate implements JavaDelegate {

  private final KalibrasiKurvaService service;
  private final KalibrasiKurvaProses proses;

  public PengingatKalibrasiDelegate(KalibrasiKurvaService service, KalibrasiKurvaProses proses) {
    this.service = service;
    this.proses = proses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> pemegang = execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(KalibrasiKurvaProses.TUGAS_SESUAIKAN)
        .list().stream().map(Task::getAssignee).filter(a -> a != null).toList();
    service.pengingat(proses.kalibrasiId(execution), pemegang.isEmpty() ? proses.kepalaOpdSebagaiDaftar(execution) : pemegang);
  }
}
