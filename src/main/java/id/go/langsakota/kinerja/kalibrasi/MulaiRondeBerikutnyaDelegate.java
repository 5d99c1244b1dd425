package id.go.langsakota.kinerja.kalibrasi;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After a final round: SKPs rated meanwhile (and none missing) start the next round. */
@Component("mulaiRondeBerikutnyaDelegate")
public class MulaiRondeBerikutnyaDelegate implements JavaDelegate {

  private final KalibrasiKurvaService service;
  private final KalibrasiKurvaProses proses;

  public MulaiRondeBerikutnyaDelegate(KalibrasiKurvaService service, KalibrasiKurvaProses proses) {
    this.service = service;
    this.proses = proses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    KalibrasiKurvaProses.Kunci k = proses.kunci(execution);
    execution.setVariable("rondeBerikutnyaDimulai", service.mulaiBilaLengkap(k.tahun(), k.kodeOpd()));
  }
}
