package id.go.langsakota.kinerja.penilaian;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A submitted laporkan-realisasi / nilai-kinerja-periodik form failed the server-side check.
 * Thrown from the task listener on 'complete' it rolls back the whole transaction: the task
 * stays open and nothing is written. The message (Bahasa Indonesia) is what the user sees.
 */
public class ValidasiPenilaianException extends ProcessEngineException {

  private final List<String> kesalahan;

  public ValidasiPenilaianException(List<String> kesalahan) {
    super("Isian belum benar: " + String.join("; ", kesalahan));
    this.kesalahan = List.copyOf(kesalahan);
  }

  public ValidasiPenilaianException(String kesalahan) {
    this(List.of(kesalahan));
  }

  public List<String> getKesalahan() { return kesalahan; }
}
