package id.go.langsakota.kinerja.siklus;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** One multi-instance element = one chunk of ~100 NIP started in its own job/transaction. */
@Component("mulaiChunkSkpDelegate")
public class MulaiChunkSkpDelegate implements JavaDelegate {

  private final SiklusService siklusService;

  public MulaiChunkSkpDelegate(SiklusService siklusService) {
    this.siklusService = siklusService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    siklusService.mulaiChunk(((Number) execution.getVariable("siklusId")).longValue(),
        ((Number) execution.getVariable("chunkKe")).intValue());
  }
}
