package id.go.langsakota.kinerja.penilaian;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Siapkan penilaian periode": creates or gets the period's row → penilaianId, batasLapor,
 * pengingatLapor. ASN, year, period and SKP come from the business key and the SKP table; the
 * period's dates from the call activity's in-mapping (set by the engine at the start, before any
 * user task). */
@Component("siapkanPenilaianDelegate")
public class SiapkanPenilaianDelegate implements JavaDelegate {

  private final PenilaianPeriodikProses proses;
  private final PenilaianPeriodikService service;

  public SiapkanPenilaianDelegate(PenilaianPeriodikProses proses, PenilaianPeriodikService service) {
    this.proses = proses;
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution e) {
    PenilaianPeriodikProses.Kunci k = proses.kunci(e);
    PenilaianPeriodik p = service.siapkan(proses.skp(e).getId(), k.nip(), k.tahun(), k.periodeKe(),
        LocalDate.parse((String) e.getVariable("tanggalMulaiPeriode")),
        LocalDate.parse((String) e.getVariable("tanggalAkhirPeriode")), e.getProcessInstanceId());
    PenilaianPeriodikService.Tenggat t = service.tenggatLapor(p);
    e.setVariable("penilaianId", p.getId());
    e.setVariable("batasLapor", t.batasIso());
    e.setVariable("pengingatLapor", t.pengingatIso());
  }
}
