package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.penilaian.Predikat;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the annual predikat from the DMN predikat-kinerja on the SKP (status DINILAI). */
@Component("simpanPredikatTahunanDelegate")
public class SimpanPredikatTahunanDelegate implements JavaDelegate {

  private final SkpService skpService;
  private final SkpPegawaiProses proses;

  public SimpanPredikatTahunanDelegate(SkpService skpService, SkpPegawaiProses proses) {
    this.skpService = skpService;
    this.proses = proses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    skpService.simpanPredikatTahunan(proses.skpId(execution),
        Predikat.valueOf((String) execution.getVariable("predikat")));
  }
}
