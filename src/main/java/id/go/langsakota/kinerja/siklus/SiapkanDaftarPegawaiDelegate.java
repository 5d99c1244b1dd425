package id.go.langsakota.kinerja.siklus;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Takes the snapshot of the cycle's ASN in chunks (async job) → jumlahChunk. */
@Component("siapkanDaftarPegawaiDelegate")
public class SiapkanDaftarPegawaiDelegate implements JavaDelegate {

  private final SiklusService siklusService;

  public SiapkanDaftarPegawaiDelegate(SiklusService siklusService) {
    this.siklusService = siklusService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("jumlahChunk",
        siklusService.siapkanDaftar(((Number) execution.getVariable("siklusId")).longValue()));
  }
}
