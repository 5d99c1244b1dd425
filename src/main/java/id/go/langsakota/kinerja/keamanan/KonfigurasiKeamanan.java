package id.go.langsakota.kinerja.keamanan;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.langsakota.kinerja.identitas.IdentitasService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Web security. Three guards, one per kind of client:
 *
 * <ol>
 *   <li>{@code /api/**} (the project's own API): Spring Security, HTTP Basic against Camunda
 *       identity ({@link PenyediaAutentikasiCamunda}) or the Camunda webapp login of the same
 *       browser ({@link AutentikasiSesiCamundaFilter}, with the webapp's CSRF token for
 *       state-changing calls), stateless, method security on. The
 *       OpenAPI description and Swagger UI ({@code /api/openapi}, {@code /api/docs}) are readable
 *       without login: they describe the API and hold no data; every call from them still needs
 *       credentials.
 *   <li>{@code /engine-rest/**} (Camunda REST, used by other systems): Camunda's
 *       ProcessEngineAuthenticationFilter with HTTP Basic, so the engine's authorizations apply
 *       to the caller.
 *   <li>Everything else (Camunda webapps under /camunda, static files): Spring Security steps
 *       aside; the webapps have their own login, session and CSRF protection.
 * </ol>
 */
@Configuration
@EnableMethodSecurity
public class KonfigurasiKeamanan {

  private static final String[] DOKUMENTASI_API = {
      "/api/docs", "/api/docs/**", "/api/swagger-ui/**", "/api/swagger-ui.html",
      "/api/openapi", "/api/openapi/**"};

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ResponsKeamananApi respons,
      ProcessEngine engine, IdentitasService identitas, ObjectMapper json) throws Exception {
    http.securityMatcher("/api/**")
        // Tasklist's embedded forms call /api with the webapp login (no second password prompt);
        // state-changing calls then need the webapp's X-XSRF-TOKEN (see the filter).
        .addFilterBefore(new AutentikasiSesiCamundaFilter(engine, identitas, json),
            BasicAuthenticationFilter.class)
        .authorizeHttpRequests(a -> a
            .requestMatchers(HttpMethod.GET, DOKUMENTASI_API).permitAll()
            .anyRequest().authenticated())
        .httpBasic(b -> b.realmName(ResponsKeamananApi.REALM).authenticationEntryPoint(respons))
        .exceptionHandling(e -> e.authenticationEntryPoint(respons).accessDeniedHandler(respons))
        // Never touch the session: with a webapp login present, session fixation protection would
        // renew the webapp's session id on every /api call (the webapp renews it at login).
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            .sessionFixation(f -> f.none()))
        // Spring's CSRF filter stays off: Basic credentials are never added by a browser on its
        // own, and requests authenticated by the webapp session are checked against the webapp's
        // own CSRF token by AutentikasiSesiCamundaFilter.
        .csrf(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain lainnyaSecurityFilterChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
        // Camunda's webapps authenticate with their own session login and protect themselves
        // with their own CSRF filter (kept on: camunda.bpm.webapp.csrf); /engine-rest is
        // authenticated per request by Camunda's filter below. A second, Spring CSRF check would
        // only reject their legitimate requests.
        .csrf(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(h -> h.frameOptions(f -> f.sameOrigin()));
    return http.build();
  }

  /**
   * Camunda REST API behind HTTP Basic (Camunda docs, "Configure Authentication" for the REST
   * API): the filter authenticates against Camunda identity and sets the authenticated user and
   * groups on the engine for the request, so the caller sees only what its authorizations allow.
   */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> autentikasiEngineRest(
      @Value("${spring.jersey.application-path:/engine-rest}") String jalurRest) {
    String jalur = jalurRest.endsWith("/") ? jalurRest.substring(0, jalurRest.length() - 1) : jalurRest;
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registrasi =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registrasi.setName("camunda-engine-rest-autentikasi");
    registrasi.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registrasi.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, jalur);
    registrasi.addUrlPatterns(jalur + "/*");
    return registrasi;
  }
}
