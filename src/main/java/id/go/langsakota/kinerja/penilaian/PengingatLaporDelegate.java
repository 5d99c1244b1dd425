package id.go.langsakota.kinerja.penilaian;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Kirim pengingat pelaporan": a reminder to the ASN before the reporting deadline. */
@Component("pengingatLaporDelegate")
public class PengingatLaporDelegate implements JavaDelegate {

  private final PenilaianPeriodikProses proses;
  private final PenilaianPeriodikService service;

  public PengingatLaporDelegate(PenilaianPeriodikProses proses, PenilaianPeriodikService service) {
    this.proses = proses;
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution e) {
    service.kirimPengingatLapor(proses.penilaianId(e));
  }
}
