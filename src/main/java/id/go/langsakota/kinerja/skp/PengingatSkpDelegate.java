package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.pemberitahuan.PemberitahuanService;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reminder before the SKP deadline: logged, recorded as process variables (visible in Cockpit)
 * and written to the notification outbox for the pejabat penilai holding setujui-skp.
 */
@Component("pengingatSkpDelegate")
public class PengingatSkpDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(PengingatSkpDelegate.class);

  private final PemberitahuanService pemberitahuan;

  public PengingatSkpDelegate(PemberitahuanService pemberitahuan) {
    this.pemberitahuan = pemberitahuan;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object n = execution.getVariable("jumlahPengingatSkp");
    int jumlah = n instanceof Number x ? x.intValue() + 1 : 1;
    execution.setVariable("jumlahPengingatSkp", jumlah);
    execution.setVariable("pengingatSkpTerakhir", Instant.now().toString());
    pemberitahuan.pengingatPenetapanSkp(execution.getProcessInstanceId(),
        (String) execution.getVariable("nip"), execution.getVariable("batasPenetapanSkp"));
    LOG.info("Pengingat penetapan SKP {} (batas {}) untuk pejabat penilai",
        execution.getBusinessKey(), execution.getVariable("batasPenetapanSkp"));
  }
}
