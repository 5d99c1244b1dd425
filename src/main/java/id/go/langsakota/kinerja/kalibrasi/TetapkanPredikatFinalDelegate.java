package id.go.langsakota.kinerja.kalibrasi;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The distribution fits: every predikat of the round becomes final in this one step. */
@Component("tetapkanPredikatFinalDelegate")
public class TetapkanPredikatFinalDelegate implements JavaDelegate {

  private final KalibrasiKurvaService service;
  private final KalibrasiKurvaProses proses;

  public TetapkanPredikatFinalDelegate(KalibrasiKurvaService service, KalibrasiKurvaProses proses) {
    this.service = service;
    this.proses = proses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("jumlahKelompok", service.tetapkanFinal(proses.kalibrasiId(execution)));
  }
}
