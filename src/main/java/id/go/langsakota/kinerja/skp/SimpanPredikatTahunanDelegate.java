package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.penilaian.Predikat;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the annual predikat from the DMN predikat-kinerja on the SKP (status DINILAI). */
@Component("simpanPredikatTahunanDelegate")
public class SimpanPredikatTahunanDelegate implements JavaDelegate {

  private final SkpService skpService;

  public SimpanPredikatTahunanDelegate(SkpService skpService) {
    this.skpService = skpService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    skpService.simpanPredikatTahunan(Variabel.id(execution, "skpId"),
        Predikat.valueOf((String) execution.getVariable("predikat")));
  }
}
