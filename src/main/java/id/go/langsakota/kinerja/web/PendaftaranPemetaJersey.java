package id.go.langsakota.kinerja.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Adds {@link PemetaKesalahanKlien}'s mappers to every Jersey server application: /engine-rest
 * and, above all, the webapps' own engine API (/camunda/api/engine), a separate JAX-RS
 * application (webapp.impl.engine.EngineRestApplication) that the webapp starter registers as a
 * servlet with a fixed class list, so neither Spring nor a ResourceConfigCustomizer reaches it.
 * Jersey applies every {@link ForcedAutoDiscoverable} listed in
 * META-INF/services to each application it starts, also when auto-discovery is off.
 */
@ConstrainedTo(RuntimeType.SERVER)
@Priority(AutoDiscoverable.DEFAULT_PRIORITY)
public class PendaftaranPemetaJersey implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (context.getConfiguration().getRuntimeType() != RuntimeType.SERVER) {
      return;
    }
    for (Class<?> pemeta : PemetaKesalahanKlien.PEMETA) {
      if (!context.getConfiguration().isRegistered(pemeta)) {
        context.register(pemeta, PemetaKesalahanKlien.PRIORITAS);
      }
    }
  }
}
