package id.go.langsakota.kinerja.identitas;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reconciles Camunda identity with the register at every start: catches up on changes made
 * while the sync was not running (e.g. direct SQL, a failed after-commit sync). Order 100: after
 * the demo seeder and the authorization setup.
 */
@Component
@Order(SinkronisasiIdentitasSaatMulai.URUTAN)
public class SinkronisasiIdentitasSaatMulai implements ApplicationRunner {

  public static final int URUTAN = 100;

  private final IdentitasService identitas;

  public SinkronisasiIdentitasSaatMulai(IdentitasService identitas) {
    this.identitas = identitas;
  }

  @Override
  public void run(ApplicationArguments args) {
    identitas.sinkronkanSemua();
  }
}
