package id.go.langsakota.kinerja.impor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The runner exists only when a file is named, and Spring can build it (constructor choice). */
class ImporRegisterRunnerTest {

  private final ApplicationContextRunner konteks = new ApplicationContextRunner()
      .withBean(ImporRegisterService.class, () -> mock(ImporRegisterService.class))
      .withUserConfiguration(ImporRegisterRunner.class);

  @Test
  void dibuatBilaBerkasDisebut() {
    konteks.withPropertyValues("kinerja.impor.berkas=/tmp/register.xlsx")
        .run(ctx -> assertThat(ctx).hasNotFailed().hasSingleBean(ImporRegisterRunner.class));
  }

  @Test
  void tidakAdaTanpaBerkas() {
    konteks.run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(ImporRegisterRunner.class));
  }
}
