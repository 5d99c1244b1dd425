package id.go.langsakota.kinerja.keberatan;

import id.go.langsakota.kinerja.kosakata.Predikat;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * After a changed rating: the predikat from DMN predikat-kinerja (inputs set by the decision's
 * listener from the stored decision) goes to the appeal and the SKP (marked as changed by appeal).
 */
@Component("terapkanKeputusanKeberatanDelegate")
public class TerapkanKeputusanKeberatanDelegate implements JavaDelegate {

  private final KeberatanService service;
  private final KeberatanPenilaianProses proses;

  public TerapkanKeputusanKeberatanDelegate(KeberatanService service, KeberatanPenilaianProses proses) {
    this.service = service;
    this.proses = proses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object p = execution.getVariable("predikat");
    service.terapkanKeputusan(proses.keberatanId(execution), p == null ? null : Predikat.valueOf(p.toString()),
        ClockUtil.getCurrentTime().toInstant());
  }
}
