package id.go.langsakota.kinerja.skp;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Hitung saran rating tahunan": stores the annual suggestion on the SKP. */
@Component("hitungSaranTahunanDelegate")
public class HitungSaranTahunanDelegate implements JavaDelegate {

  private final SkpPegawaiProses proses;
  private final SaranTahunanService service;

  public HitungSaranTahunanDelegate(SkpPegawaiProses proses, SaranTahunanService service) {
    this.proses = proses;
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.hitungDanSimpan(proses.skpId(execution));
  }
}
