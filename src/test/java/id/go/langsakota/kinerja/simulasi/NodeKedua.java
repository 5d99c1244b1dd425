package id.go.langsakota.kinerja.simulasi;

import id.go.langsakota.kinerja.KinerjaAsnApplication;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;

/**
 * The second node of the two-node year ({@link SimulasiDuaNodeTest}): the application itself, in
 * its own JVM, started by the test from the test classpath with the test's database, job executor
 * on. The only addition is the engine clock: it follows the simulator's clock from the file named
 * by {@code -Dsimulasi.jam} (see {@link Jam}), so that timers and lock expiry agree on both nodes.
 * Everything else is ordinary Spring Boot arguments (port, profile, node name, lock time).
 */
public final class NodeKedua {

  private NodeKedua() {}

  public static void main(String[] args) {
    // Before the context: the engine must never see the real date while the year is in 2025.
    Jam.ikuti(Path.of(System.getProperty("simulasi.jam")));
    SpringApplication.run(KinerjaAsnApplication.class, args);
  }
}
