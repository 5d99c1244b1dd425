package id.go.langsakota.kinerja.demo;

import id.go.langsakota.kinerja.identitas.SinkronisasiIdentitasSaatMulai;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds last year of Kecamatan Langsa Lama up to its calibration task (switch
 * {@code kinerja.demo.kalibrasi-tahun-lalu}, only together with {@code kinerja.demo.enabled});
 * after the identity sync (every assignee is a Camunda user) and BEFORE the current year's seeding:
 * it sets the engine clock to last year's dates, so it must be done before the "Siklus demo" line
 * that tells scripts (docs/e2e/jalankan-alur.sh) the app is ready for users.
 */
@Component
@Order(SinkronisasiIdentitasSaatMulai.URUTAN + 5)
@ConditionalOnExpression("${kinerja.demo.enabled:false} and ${kinerja.demo.kalibrasi-tahun-lalu:false}")
class KalibrasiDemoRunner implements ApplicationRunner {

  private final KalibrasiDemoSeeder seeder;

  KalibrasiDemoRunner(KalibrasiDemoSeeder seeder) {
    this.seeder = seeder;
  }

  @Override
  public void run(ApplicationArguments args) {
    seeder.isiJikaBelum();
  }
}
