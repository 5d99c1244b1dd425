package id.go.langsakota.kinerja.proses;

import java.util.Map;
import java.util.Optional;

/**
 * What a process binding class declares for the server-side guard: the process key, the
 * declared fields per user task and, if the process has one, of its start form. One
 * implementation per process (a Spring bean); {@link PenjagaIsianFilter} collects them all.
 */
public interface PengikatanProses {

  String kunciProses();

  /** Declared fields per task definition key; every user task of the process is a key. */
  Map<String, IsianFormulir> isianTugas();

  /** Declared fields of the start form; empty when the process has none (no caller may start it with variables). */
  default Optional<IsianFormulir> isianMulai() {
    return Optional.empty();
  }
}
