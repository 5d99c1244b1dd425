package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.util.List;

/**
 * A submitted SKP form failed the server-side check. Thrown from a task listener on 'complete' it
 * rolls back the whole transaction: the task stays open and nothing is written. The message
 * (Bahasa Indonesia) is what Tasklist shows; the Camunda REST API answers it with 400.
 */
public class ValidasiException extends IsianTidakValidException {

  public ValidasiException(List<String> kesalahan) {
    super(kesalahan);
  }

  public ValidasiException(String kesalahan) {
    super(kesalahan);
  }
}
