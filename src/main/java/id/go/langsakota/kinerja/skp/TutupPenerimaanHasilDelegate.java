package id.go.langsakota.kinerja.skp;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The keberatan window of terima-hasil-penilaian passed without an answer: the result counts as accepted. */
@Component("tutupPenerimaanHasilDelegate")
public class TutupPenerimaanHasilDelegate implements JavaDelegate {

  private final SkpService skpService;
  private final SkpPegawaiProses proses;

  public TutupPenerimaanHasilDelegate(SkpService skpService, SkpPegawaiProses proses) {
    this.skpService = skpService;
    this.proses = proses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    skpService.terimaKarenaBatasLewat(proses.skpId(execution));
  }
}
