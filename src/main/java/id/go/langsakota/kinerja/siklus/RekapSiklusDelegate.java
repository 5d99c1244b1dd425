package id.go.langsakota.kinerja.siklus;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Counts the cycle's outcome onto SiklusKinerja and into the variables the review form shows:
 * jumlahPegawai, dimulai, sudahAda, ringkasanSiklus.
 */
@Component("rekapSiklusDelegate")
public class RekapSiklusDelegate implements JavaDelegate {

  private final SiklusService siklusService;

  public RekapSiklusDelegate(SiklusService siklusService) {
    this.siklusService = siklusService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long siklusId = ((Number) execution.getVariable("siklusId")).longValue();
    Map<String, Object> r = siklusService.rekap(siklusId);
    r.forEach(execution::setVariable);
    execution.setVariable("ringkasanSiklus", "Siklus kinerja tahun " + execution.getVariable("tahun")
        + " untuk " + siklusService.labelOpd(siklusId) + ": " + r.get("jumlahPegawai") + " ASN, " + r.get("dimulai") + " SKP baru dimulai, "
        + r.get("sudahAda") + " sudah ada sebelumnya (tidak dimulai ulang).");
  }
}
