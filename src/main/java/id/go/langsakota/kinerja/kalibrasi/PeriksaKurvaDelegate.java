package id.go.langsakota.kinerja.kalibrasi;

import id.go.langsakota.kinerja.kalibrasi.KalibrasiKurvaService.HasilKurva;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Checks the round's distribution → hasilKurva; before a calibration task also its deadline and reminder. */
@Component("periksaKurvaDelegate")
public class PeriksaKurvaDelegate implements JavaDelegate {

  private final KalibrasiKurvaService service;
  private final KalibrasiKurvaProses proses;

  public PeriksaKurvaDelegate(KalibrasiKurvaService service, KalibrasiKurvaProses proses) {
    this.service = service;
    this.proses = proses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long id = proses.kalibrasiId(execution);
    HasilKurva hasil = service.periksa(id);
    execution.setVariable(KalibrasiKurvaProses.HASIL_KURVA, hasil.name());
    if (hasil == HasilKurva.TIDAK_SESUAI) {
      String[] batas = service.siapkanPutaran(id);
      execution.setVariable("batasKalibrasi", batas[0]);
      execution.setVariable("pengingatKalibrasi", batas[1]);
    }
  }
}
