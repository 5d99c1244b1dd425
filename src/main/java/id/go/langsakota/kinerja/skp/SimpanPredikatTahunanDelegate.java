package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.pemberitahuan.PemberitahuanService;
import id.go.langsakota.kinerja.penilaian.Predikat;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the annual predikat from the DMN predikat-kinerja on the SKP (status DINILAI). */
@Component("simpanPredikatTahunanDelegate")
public class SimpanPredikatTahunanDelegate implements JavaDelegate {

  private final SkpService skpService;
  private final PemberitahuanService pemberitahuan;

  public SimpanPredikatTahunanDelegate(SkpService skpService, PemberitahuanService pemberitahuan) {
    this.skpService = skpService;
    this.pemberitahuan = pemberitahuan;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Predikat predikat = Predikat.valueOf((String) execution.getVariable("predikat"));
    skpService.simpanPredikatTahunan(Variabel.id(execution, "skpId"), predikat);
    pemberitahuan.hasilTahunan(Variabel.id(execution, "skpId"), (String) execution.getVariable("nip"),
        predikat.label(), execution.getProcessInstanceId());
  }
}
