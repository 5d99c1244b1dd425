package id.go.langsakota.kinerja.keberatan;

import id.go.langsakota.kinerja.config.Waktu;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Records the process instance and to whom the appeal goes on the day of filing (register). */
@Component("teruskanKeberatanDelegate")
public class TeruskanKeberatanDelegate implements JavaDelegate {

  private final KeberatanService service;
  private final KeberatanPenilaianProses proses;

  public TeruskanKeberatanDelegate(KeberatanService service, KeberatanPenilaianProses proses) {
    this.service = service;
    this.proses = proses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Keberatan k = proses.keberatan(execution);
    service.catatProses(k.getId(), execution.getProcessInstanceId());
    service.teruskan(k.getId(), service.pemutus(k, LocalDate.now(Waktu.WIB)),
        ClockUtil.getCurrentTime().toInstant());
  }
}
