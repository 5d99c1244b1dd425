package id.go.langsakota.kinerja.impor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

class ModeImporEnvironmentPostProcessorTest {

  @Test
  void modeImporMemakaiPortAcakTanpaJobDanTanpaDemo() {
    StandardEnvironment env = new StandardEnvironment();
    env.getPropertySources().addFirst(new SimpleCommandLinePropertySource(
        "--kinerja.impor.berkas=/tmp/register.xlsx", "--kinerja.demo.enabled=true"));

    new ModeImporEnvironmentPostProcessor().postProcessEnvironment(env, null);

    assertThat(env.getProperty("server.port")).isEqualTo("0");
    assertThat(env.getProperty("camunda.bpm.job-execution.enabled")).isEqualTo("false");
    // what the operator wrote on the command line still wins
    assertThat(env.getProperty("kinerja.demo.enabled")).isEqualTo("true");
  }

  @Test
  void tanpaBerkasTidakMengubahApaPun() {
    StandardEnvironment env = new StandardEnvironment();

    new ModeImporEnvironmentPostProcessor().postProcessEnvironment(env, null);

    assertThat(env.getPropertySources().contains(ModeImporEnvironmentPostProcessor.NAMA)).isFalse();
    assertThat(env.getProperty("server.port")).isNull();
  }
}
