package id.go.langsakota.kinerja.penilaian;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Catat keterlambatan pelaporan": the reporting deadline passed; recorded, the task stays open. */
@Component("catatTerlambatLaporDelegate")
public class CatatTerlambatLaporDelegate implements JavaDelegate {

  private final PenilaianPeriodikProses proses;
  private final PenilaianPeriodikService service;

  public CatatTerlambatLaporDelegate(PenilaianPeriodikProses proses, PenilaianPeriodikService service) {
    this.proses = proses;
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution e) {
    service.catatTerlambatLapor(proses.penilaianId(e));
  }
}
