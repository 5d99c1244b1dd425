package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.pemberitahuan.PemberitahuanService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Past the SKP deadline: the open setujui-skp task is reassigned to the atasan pejabat
 * penilai, who decides in the penilai's place. Recorded in eskalasiSkpKepada.
 */
@Component("eskalasiSkpDelegate")
public class EskalasiSkpDelegate implements JavaDelegate {

  private final SkpPegawaiProses proses;
  private final PemberitahuanService pemberitahuan;

  public EskalasiSkpDelegate(SkpPegawaiProses proses, PemberitahuanService pemberitahuan) {
    this.proses = proses;
    this.pemberitahuan = pemberitahuan;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String atasan = proses.atasanPejabatPenilai(execution);
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task t : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey("setujui-skp").list()) {
      String lama = t.getAssignee();
      tasks.setAssignee(t.getId(), atasan);
      pemberitahuan.eskalasiPenetapanSkp(t.getId(), lama, atasan,
          proses.nip(execution), execution.getProcessInstanceId());
    }
    execution.setVariable("eskalasiSkpKepada", atasan);
  }
}
