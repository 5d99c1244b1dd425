package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.pemberitahuan.PemberitahuanService;
import id.go.langsakota.kinerja.kosakata.Predikat;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the annual predikat from the DMN predikat-kinerja on the SKP (status DINILAI). */
@Component("simpanPredikatTahunanDelegate")
public class SimpanPredikatTahunanDelegate implements JavaDelegate {

  private final SkpService skpService;
  private final SkpPegawaiProses proses;
  private final PemberitahuanService pemberitahuan;

  public SimpanPredikatTahunanDelegate(SkpService skpService, SkpPegawaiProses proses,
      PemberitahuanService pemberitahuan) {
    this.skpService = skpService;
    this.proses = proses;
    this.pemberitahuan = pemberitahuan;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Predikat predikat = Predikat.valueOf((String) execution.getVariable("predikat"));
    Long skpId = proses.skpId(execution);
    skpService.simpanPredikatTahunan(skpId, predikat);
    pemberitahuan.hasilTahunan(skpId, proses.nip(execution), predikat.label(),
        execution.getProcessInstanceId());
  }
}
