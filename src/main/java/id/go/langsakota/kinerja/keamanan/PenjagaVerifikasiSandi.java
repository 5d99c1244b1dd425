package id.go.langsakota.kinerja.keamanan;

import id.go.langsakota.kinerja.identitas.GrupPengguna;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST .../identity/verify} tells whether a password is right for any user id, and Camunda
 * checks no authorization for it: a logged-in user could test a colleague's password without
 * the login throttling of a real sign-in. Only an administrator ({@code camunda-admin}) may call
 * it; everybody else gets 403, on /engine-rest and on the webapps' engine API alike (registered
 * in every Jersey application by {@link Pendaftaran}). Not even one's own id: the webapps never
 * call it, and a logged-in user has nothing to learn about their own password.
 */
@Priority(Priorities.AUTHORIZATION)
public class PenjagaVerifikasiSandi implements ContainerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(PenjagaVerifikasiSandi.class);
  private static final Pattern JALUR = Pattern.compile("^/?(?:engine/([^/]+)/)?identity/verify/?$");

  @Override
  public void filter(ContainerRequestContext permintaan) {
    Matcher m = JALUR.matcher(permintaan.getUriInfo().getPath());
    if (!m.matches()) {
      return;
    }
    Authentication auth = null;
    try {
      ProcessEngine engine = EngineUtil.lookupProcessEngine(m.group(1));
      auth = engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
    } catch (RuntimeException e) {
      LOG.debug("Engine tidak ditemukan untuk {}", permintaan.getUriInfo().getPath(), e);
    }
    if (auth != null && auth.getGroupIds() != null
        && auth.getGroupIds().contains(GrupPengguna.CAMUNDA_ADMIN.id())) {
      return;
    }
    String pesan = "Hanya administrator yang dapat memeriksa kata sandi pengguna.";
    LOG.warn("Ditolak 403 {} /{}: {} (pemanggil {})", permintaan.getMethod(),
        permintaan.getUriInfo().getPath(), pesan, auth == null ? "-" : auth.getUserId());
    Map<String, Object> isi = new LinkedHashMap<>();
    isi.put("type", "AuthorizationException");
    isi.put("message", pesan);
    isi.put("kesalahan", List.of(pesan));
    permintaan.abortWith(Response.status(Response.Status.FORBIDDEN)
        .type(MediaType.APPLICATION_JSON_TYPE).entity(isi).build());
  }

  /** Registers the guard in every Jersey server application (META-INF/services). */
  @ConstrainedTo(RuntimeType.SERVER)
  @Priority(AutoDiscoverable.DEFAULT_PRIORITY)
  public static class Pendaftaran implements ForcedAutoDiscoverable {
    @Override
    public void configure(FeatureContext context) {
      if (context.getConfiguration().getRuntimeType() == RuntimeType.SERVER
          && !context.getConfiguration().isRegistered(PenjagaVerifikasiSandi.class)) {
        context.register(PenjagaVerifikasiSandi.class);
      }
    }
  }
}
