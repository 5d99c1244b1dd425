package id.go.langsakota.kinerja.demo;

import id.go.langsakota.kinerja.identitas.SinkronisasiIdentitasSaatMulai;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the follow-ups of a final predikat for Kecamatan Langsa Barat (switch
 * {@code kinerja.demo.tindak-lanjut}, only together with {@code kinerja.demo.enabled}): after the
 * identity sync and last year's calibration seed, BEFORE the current year's seeding, because it
 * sets the engine clock to past dates and must be done before the "Siklus demo" line that tells
 * scripts (docs/e2e/jalankan-alur.sh) the app is ready for users.
 */
@Component
@Order(SinkronisasiIdentitasSaatMulai.URUTAN + 7)
@ConditionalOnExpression("${kinerja.demo.enabled:false} and ${kinerja.demo.tindak-lanjut:false}")
class TindakLanjutDemoRunner implements ApplicationRunner {

  private final TindakLanjutDemoSeeder seeder;

  TindakLanjutDemoRunner(TindakLanjutDemoSeeder seeder) {
    this.seeder = seeder;
  }

  @Override
  public void run(ApplicationArguments args) {
    seeder.isiJikaBelum();
  }
}
