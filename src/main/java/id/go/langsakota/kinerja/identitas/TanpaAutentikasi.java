package id.go.langsakota.kinerja.identitas;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs system work (identity sync, granting authorizations) without the caller's Camunda
 * authentication, so an /api or REST caller's own permissions don't restrict it, then restores it.
 */
public final class TanpaAutentikasi {

  private TanpaAutentikasi() {}

  public static <T> T jalankan(IdentityService identityService, Supplier<T> kerja) {
    Authentication sebelumnya = identityService.getCurrentAuthentication();
    if (sebelumnya == null) {
      return kerja.get();
    }
    identityService.clearAuthentication();
    try {
      return kerja.get();
    } finally {
      identityService.setAuthentication(sebelumnya);
    }
  }
}
