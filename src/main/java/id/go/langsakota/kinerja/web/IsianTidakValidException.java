package id.go.langsakota.kinerja.web;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A submitted form (or any other input to the engine) failed the server-side check. Thrown from a
 * task listener on 'complete' it rolls back the whole transaction: the task stays open and
 * nothing is written. The message is in Bahasa Indonesia and is what Tasklist and REST clients
 * show; {@link #getKesalahan()} lists the individual problems.
 *
 * <p>The Camunda REST API answers it with 400 (see {@link PemetaIsianTidakValid}) instead of the
 * engine's generic 500, wherever it sits in the cause chain, and so does the project's /api
 * ({@code ApiExceptionHandler}). It is the one validation exception of every process: listeners,
 * services and the REST guard ({@code proses.PenjagaIsianFilter}) all throw or answer with it.
 *
 * <p>It is a {@link ProcessEngineException}, so code that catches engine exceptions keeps working.
 */
public class IsianTidakValidException extends ProcessEngineException {

  /**
   * Camunda error code in the REST body ({@code "code"}); from the range Camunda leaves to
   * applications (20000–39999), so clients can tell a refused form from other errors.
   */
  public static final int KODE = 20400;

  static final String AWALAN = "Isian belum benar: ";

  private final List<String> kesalahan;

  /** @param kesalahan the problems, each a sentence in Bahasa Indonesia (at least one) */
  public IsianTidakValidException(List<String> kesalahan) {
    this(AWALAN + String.join("; ", kesalahan), kesalahan);
  }

  public IsianTidakValidException(String kesalahan) {
    this(List.of(kesalahan));
  }

  /** A message of its own next to the list of problems. */
  public IsianTidakValidException(String pesan, List<String> kesalahan) {
    super(pesan, KODE);
    this.kesalahan = List.copyOf(kesalahan);
  }

  public List<String> getKesalahan() {
    return kesalahan;
  }
}
