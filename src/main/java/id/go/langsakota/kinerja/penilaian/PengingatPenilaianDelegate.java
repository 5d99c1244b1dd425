package id.go.langsakota.kinerja.penilaian;

import org.camunda.bpm.engine.task.Task;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Kirim pengingat penilaian": a reminder to whoever holds the rating task now. */
@Component("pengingatPenilaianDelegate")
public class PengingatPenilaianDelegate implements JavaDelegate {

  private final PenilaianPeriodikProses proses;
  private final PenilaianPeriodikService service;

  public PengingatPenilaianDelegate(PenilaianPeriodikProses proses, PenilaianPeriodikService service) {
    this.proses = proses;
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution e) {
    Task t = proses.tugasNilai(e);
    service.kirimPengingatPenilaian(proses.penilaianId(e), t == null ? null : t.getAssignee());
  }
}
