package id.go.langsakota.kinerja.keamanan;

import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the mysql profile without a usable admin account, before any bean (and so
 * before the database) is touched. Runs after the config files are loaded (lowest precedence),
 * registered in META-INF/spring.factories; {@link AdminMysqlTidakSahFailureAnalyzer} prints the
 * reason.
 */
public class PenjagaProfilMysql implements EnvironmentPostProcessor, Ordered {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    if (!env.acceptsProfiles(Profiles.of("mysql"))) {
      return;
    }
    String id = env.getProperty("camunda.bpm.admin-user.id");
    String kataSandi = env.getProperty("camunda.bpm.admin-user.password");
    boolean kebijakan = env.getProperty(
        "camunda.bpm.generic-properties.properties.enable-password-policy", Boolean.class, false);
    String dasar = id == null || id.isBlank() ? "" : Character.toUpperCase(id.charAt(0)) + id.substring(1);
    List<String> masalah = PemeriksaAdminMysql.periksa(id, kataSandi, kebijakan,
        env.getProperty("camunda.bpm.admin-user.first-name", dasar),
        env.getProperty("camunda.bpm.admin-user.last-name", dasar),
        env.getProperty("camunda.bpm.admin-user.email", id + "@localhost"));
    if (!masalah.isEmpty()) {
      throw new AdminMysqlTidakSahException(masalah);
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
