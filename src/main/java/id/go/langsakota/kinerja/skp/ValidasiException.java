package id.go.langsakota.kinerja.skp;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A submitted form failed the server-side check. Thrown from a task listener on 'complete' it
 * rolls back the whole transaction: the task stays open and nothing is written. The message
 * (Bahasa Indonesia) is what Tasklist and the REST client show.
 */
public class ValidasiException extends ProcessEngineException {

  private final List<String> kesalahan;

  public ValidasiException(List<String> kesalahan) {
    super("Isian belum benar: " + String.join("; ", kesalahan));
    this.kesalahan = List.copyOf(kesalahan);
  }

  public ValidasiException(String kesalahan) {
    this(List.of(kesalahan));
  }

  public List<String> getKesalahan() { return kesalahan; }
}
