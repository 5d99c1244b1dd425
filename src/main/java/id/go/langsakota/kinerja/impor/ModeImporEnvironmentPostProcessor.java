package id.go.langsakota.kinerja.impor;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/**
 * When the application is started only to import a file, it must not clash with a running
 * instance (random HTTP port), must not work process jobs, and must not seed the demo
 * organisation into the register being imported. Explicit command-line values still win.
 */
public class ModeImporEnvironmentPostProcessor implements EnvironmentPostProcessor {

  static final String NAMA = "kinerjaModeImpor";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    if (!env.containsProperty(ImporRegisterRunner.PROPERTI_BERKAS)) {
      return;
    }
    MapPropertySource mode = new MapPropertySource(NAMA, Map.of(
        "server.port", "0",
        "camunda.bpm.job-execution.enabled", "false",
        "kinerja.demo.enabled", "false"));
    MutablePropertySources sumber = env.getPropertySources();
    if (sumber.contains("commandLineArgs")) {
      sumber.addAfter("commandLineArgs", mode);
    } else {
      sumber.addFirst(mode);
    }
  }
}
