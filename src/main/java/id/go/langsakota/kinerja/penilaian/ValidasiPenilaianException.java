package id.go.langsakota.kinerja.penilaian;

import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.util.List;

/**
 * A submitted laporkan-realisasi / nilai-kinerja-periodik form failed the server-side check.
 * Thrown from the task listener on 'complete' it rolls back the whole transaction: the task
 * stays open and nothing is written. The message (Bahasa Indonesia) is what the user sees; the
 * Camunda REST API answers it with 400.
 */
public class ValidasiPenilaianException extends IsianTidakValidException {

  public ValidasiPenilaianException(List<String> kesalahan) {
    super(kesalahan);
  }

  public ValidasiPenilaianException(String kesalahan) {
    super(kesalahan);
  }
}
