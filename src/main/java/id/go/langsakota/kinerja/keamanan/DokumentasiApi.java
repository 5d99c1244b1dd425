package id.go.langsakota.kinerja.keamanan;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares HTTP Basic in the OpenAPI description so "Try it out" in /api/docs can log in. */
@Configuration
public class DokumentasiApi {

  static final String SKEMA = "basicAuth";

  @Bean
  OpenApiCustomizer keamananOpenApi() {
    return openApi -> {
      if (openApi.getComponents() == null) {
        openApi.setComponents(new Components());
      }
      openApi.getComponents().addSecuritySchemes(SKEMA, new SecurityScheme()
          .type(SecurityScheme.Type.HTTP)
          .scheme("basic")
          .description("NIP (atau nama pengguna) dan kata sandi yang sama dengan Camunda Tasklist"));
      openApi.addSecurityItem(new SecurityRequirement().addList(SKEMA));
      if (openApi.getInfo() != null && openApi.getInfo().getDescription() == null) {
        openApi.getInfo().setDescription(
            "API Kinerja ASN Langsa. Semua endpoint memerlukan HTTP Basic; kesalahan dikembalikan"
                + " sebagai JSON {\"pesan\": ..., \"kesalahan\": [...]}.");
      }
    };
  }
}
