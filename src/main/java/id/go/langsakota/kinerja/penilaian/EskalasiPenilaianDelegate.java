package id.go.langsakota.kinerja.penilaian;

import org.camunda.bpm.engine.task.Task;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Alihkan penilaian ke atasan pejabat penilai": a late review is reassigned to the atasan. */
@Component("eskalasiPenilaianDelegate")
public class EskalasiPenilaianDelegate implements JavaDelegate {

  private final PenilaianPeriodikProses proses;
  private final PenilaianPeriodikService service;

  public EskalasiPenilaianDelegate(PenilaianPeriodikProses proses, PenilaianPeriodikService service) {
    this.proses = proses;
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution e) {
    Task t = proses.tugasNilai(e);
    String atasan = service.eskalasiPenilaian(proses.penilaianId(e), t == null ? null : t.getAssignee());
    if (t != null) {
      e.getProcessEngineServices().getTaskService().setAssignee(t.getId(), atasan);
    }
    e.setVariable("penilaianDieskalasi", true);
  }
}
