package id.go.langsakota.kinerja.skp;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reminder before the SKP deadline. There is no mail gateway yet: the reminder is logged and
 * recorded as process variables (visible in Cockpit); a notification channel plugs in here.
 */
@Component("pengingatSkpDelegate")
public class PengingatSkpDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(PengingatSkpDelegate.class);

  @Override
  public void execute(DelegateExecution execution) {
    Object n = execution.getVariable("jumlahPengingatSkp");
    int jumlah = n instanceof Number x ? x.intValue() + 1 : 1;
    execution.setVariable("jumlahPengingatSkp", jumlah);
    execution.setVariable("pengingatSkpTerakhir", Instant.now().toString());
    LOG.info("Pengingat penetapan SKP {} (batas {}) untuk pejabat penilai",
        execution.getBusinessKey(), execution.getVariable("batasPenetapanSkp"));
  }
}
