package id.go.langsakota.kinerja.web;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Additions to the Camunda REST API (Jersey, /engine-rest). A {@link ResourceConfigCustomizer}
 * instead of a subclass of the starter's CamundaJerseyResourceConfig: Camunda's resources and
 * error mappers stay exactly as the starter registers them, and further customizers can be added
 * side by side.
 */
@Configuration(proxyBeanMethods = false)
public class KonfigurasiRestCamunda {

  @Bean
  ResourceConfigCustomizer pemetaIsianTidakValid() {
    return config -> config
        .register(PemetaIsianTidakValid.UntukRestException.class, PemetaIsianTidakValid.PRIORITAS)
        .register(PemetaIsianTidakValid.UntukProcessEngineException.class,
            PemetaIsianTidakValid.PRIORITAS);
  }
}
