package id.go.langsakota.kinerja.keberatan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Bean {@code catatPenjelasanTerlambat}: {@code ${catatPenjelasanTerlambat.catat(execution, 'ASN')}}
 * after an explanation's deadline passed: recorded, the decision goes on without it.
 */
@Component("catatPenjelasanTerlambat")
public class CatatPenjelasanTerlambat {

  private final KeberatanService service;
  private final KeberatanPenilaianProses proses;

  public CatatPenjelasanTerlambat(KeberatanService service, KeberatanPenilaianProses proses) {
    this.service = service;
    this.proses = proses;
  }

  public void catat(DelegateExecution execution, String pihak) {
    service.penjelasanTerlambat(proses.keberatanId(execution), PihakPenjelasan.valueOf(pihak),
        ClockUtil.getCurrentTime().toInstant());
  }
}
