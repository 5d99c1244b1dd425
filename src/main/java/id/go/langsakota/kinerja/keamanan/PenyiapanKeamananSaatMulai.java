package id.go.langsakota.kinerja.keamanan;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the platform's Camunda authorizations and Tasklist filters at startup (idempotent). */
@Component
@Order(PenyiapanKeamananSaatMulai.URUTAN)
public class PenyiapanKeamananSaatMulai implements ApplicationRunner {

  /** Before the identity sync (100); the demo seeder runs earlier still. */
  public static final int URUTAN = 90;

  private final OtorisasiCamundaService otorisasi;

  public PenyiapanKeamananSaatMulai(OtorisasiCamundaService otorisasi) {
    this.otorisasi = otorisasi;
  }

  @Override
  public void run(ApplicationArguments args) {
    otorisasi.siapkan();
  }
}
