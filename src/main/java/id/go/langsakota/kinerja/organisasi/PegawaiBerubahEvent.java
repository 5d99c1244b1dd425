package id.go.langsakota.kinerja.organisasi;

import java.util.Collection;
import java.util.Set;

/**
 * Published (inside the transaction) whenever the register adds, moves or retires pegawai or
 * changes roles; the identity sync applies it to Camunda after commit.
 */
public record PegawaiBerubahEvent(Set<String> idPengguna) {

  public static PegawaiBerubahEvent untuk(Collection<String> idPengguna) {
    return new PegawaiBerubahEvent(Set.copyOf(idPengguna));
  }
}
