package id.go.langsakota.kinerja.proses;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link PenjagaIsianFilter} and {@link PenyegarPilihanFilter} in front of /engine-rest and
 * the webapps' engine API.
 */
@Configuration(proxyBeanMethods = false)
public class KonfigurasiPenjagaIsian {

  @Bean
  FilterRegistrationBean<PenjagaIsianFilter> penjagaIsian(ProcessEngine engine, List<PengikatanProses> pengikatan,
      @Value("${spring.jersey.application-path:/engine-rest}") String jalurRest,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String jalurWebapp) {
    String rest = tanpaGaring(jalurRest);
    String webapp = tanpaGaring(jalurWebapp);
    FilterRegistrationBean<PenjagaIsianFilter> r = new FilterRegistrationBean<>(
        new PenjagaIsianFilter(engine, pengikatan, rest, webapp));
    r.setName("kinerja-penjaga-isian");
    r.addUrlPatterns(rest + "/*", webapp + "/api/engine/*");
    return r;
  }

  /** Choices read when a form opens ({@link PenyegarPilihanFilter}), on the same two APIs. */
  @Bean
  FilterRegistrationBean<PenyegarPilihanFilter> penyegarPilihan(ProcessEngine engine, List<PilihanFormulir> pilihan,
      @Value("${spring.jersey.application-path:/engine-rest}") String jalurRest,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String jalurWebapp) {
    FilterRegistrationBean<PenyegarPilihanFilter> r = new FilterRegistrationBean<>(
        new PenyegarPilihanFilter(engine, pilihan));
    r.setName("kinerja-penyegar-pilihan");
    r.addUrlPatterns(tanpaGaring(jalurRest) + "/*", tanpaGaring(jalurWebapp) + "/api/engine/*");
    return r;
  }

  private static String tanpaGaring(String jalur) {
    return jalur.endsWith("/") ? jalur.substring(0, jalur.length() - 1) : jalur;
  }
}
