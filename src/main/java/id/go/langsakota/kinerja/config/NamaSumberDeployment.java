package id.go.langsakota.kinerja.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Auto-deployed resources are named by their path on the classpath ("forms/x.html",
 * "processes/y.bpmn") instead of the absolute file path the starter uses for classpath*:
 * patterns, so that {@code camunda:formKey="embedded:deployment:forms/laporkan-realisasi.html"}
 * finds its form on every machine. Runs in postInit, after the starter has collected the
 * resources and before it deploys them.
 */
@Component
public class NamaSumberDeployment extends AbstractCamundaConfiguration {

  private static final String[] FOLDER = {"/processes/", "/forms/"};

  @Override
  public void postInit(SpringProcessEngineConfiguration configuration) {
    Resource[] sumber = configuration.getDeploymentResources();
    if (sumber == null) {
      return;
    }
    Resource[] baru = new Resource[sumber.length];
    for (int i = 0; i < sumber.length; i++) {
      String relatif = relatif(sumber[i]);
      baru[i] = relatif == null ? sumber[i] : new SumberRelatif(relatif);
    }
    configuration.setDeploymentResources(baru);
  }

  private static String relatif(Resource r) {
    try {
      String url = r.getURL().toString();
      int posisi = -1;
      for (String f : FOLDER) {
        posisi = Math.max(posisi, url.lastIndexOf(f));
      }
      return posisi < 0 ? null : url.substring(posisi + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A classpath resource that reports its classpath path as its name. */
  static final class SumberRelatif extends ClassPathResource implements ContextResource {
    SumberRelatif(String path) {
      super(path);
    }

    @Override
    public String getPathWithinContext() {
      return getPath();
    }
  }
}
