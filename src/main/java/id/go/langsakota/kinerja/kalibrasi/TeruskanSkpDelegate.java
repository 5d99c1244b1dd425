package id.go.langsakota.kinerja.kalibrasi;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** One multi-instance element = one chunk of the round's SKPs told to continue, in its own job. */
@Component("teruskanSkpDelegate")
public class TeruskanSkpDelegate implements JavaDelegate {

  private final KalibrasiKurvaService service;
  private final KalibrasiKurvaProses proses;

  public TeruskanSkpDelegate(KalibrasiKurvaService service, KalibrasiKurvaProses proses) {
    this.service = service;
    this.proses = proses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.teruskanChunk(proses.kalibrasiId(execution), ((Number) execution.getVariable("kelompokKe")).intValue());
  }
}
