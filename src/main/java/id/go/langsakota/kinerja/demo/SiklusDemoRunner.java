package id.go.langsakota.kinerja.demo;

import id.go.langsakota.kinerja.identitas.SinkronisasiIdentitasSaatMulai;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the current year for the demo organisation (switch {@code kinerja.demo.siklus-tahun-berjalan},
 * only together with {@code kinerja.demo.enabled}); after the demo organisation (order 10) and the
 * identity sync (order 100), so every assignee is a Camunda user already.
 */
@Component
@Order(SinkronisasiIdentitasSaatMulai.URUTAN + 10)
@ConditionalOnExpression("${kinerja.demo.enabled:false} and ${kinerja.demo.siklus-tahun-berjalan:false}")
class SiklusDemoRunner implements ApplicationRunner {

  private final SiklusDemoSeeder seeder;

  SiklusDemoRunner(SiklusDemoSeeder seeder) {
    this.seeder = seeder;
  }

  @Override
  public void run(ApplicationArguments args) {
    seeder.isiJikaBelum();
  }
}
