package id.go.langsakota.kinerja.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * There is no Docker engine in CI, so docker-compose.yml is checked by reading it: the two app
 * nodes of docs/performance.md ("Dua node, satu database") share the image, the database and the
 * evidence volume, and differ in name, port and the one scheduled job that must run once.
 */
class DockerComposeDuaNodeTest {

  private static Map<String, Object> layanan;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void baca() throws IOException {
    try (Reader r = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
      Map<String, Object> compose = new Yaml().load(r);
      layanan = (Map<String, Object>) compose.get("services");
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> bagian(String nama, String kunci) {
    return (Map<String, Object>) ((Map<String, Object>) layanan.get(nama)).get(kunci);
  }

  private static Object nilai(String nama, String kunci) {
    return ((Map<?, ?>) layanan.get(nama)).get(kunci);
  }

  @Test
  void twoAppNodesShareImageDatabaseAndSettings() {
    assertThat(layanan).containsKeys("mysql", "app", "app-2");
    assertThat(nilai("app-2", "image")).isEqualTo(nilai("app", "image")).isNotNull();

    Map<String, Object> satu = bagian("app", "environment");
    Map<String, Object> dua = bagian("app-2", "environment");
    for (String k : List.of("SPRING_PROFILES_ACTIVE", "DB_HOST", "DB_PORT", "DB_NAME", "DB_USER",
        "DB_PASSWORD", "KINERJA_ADMIN_USER", "KINERJA_ADMIN_PASSWORD", "KINERJA_BERKAS_DIREKTORI")) {
      assertThat(dua.get(k)).as(k).isNotNull().isEqualTo(satu.get(k));
    }
    assertThat(satu.get("CAMUNDA_BPM_JOBEXECUTION_ENABLED")).isEqualTo("true");
    assertThat(dua.get("CAMUNDA_BPM_JOBEXECUTION_ENABLED")).isEqualTo("true");
  }

  @Test
  void nodesDifferInNamePortAndTheOnceADayJob() {
    Map<String, Object> satu = bagian("app", "environment");
    Map<String, Object> dua = bagian("app-2", "environment");
    assertThat(satu.get("KINERJA_NODE")).isEqualTo("app-1");
    assertThat(dua.get("KINERJA_NODE")).isEqualTo("app-2");
    assertThat(nilai("app", "ports")).isEqualTo(List.of("8080:8080"));
    assertThat(nilai("app-2", "ports")).isEqualTo(List.of("8081:8080"));
    // The daily JP check runs on app only; app-2 has it switched off with Spring's "-".
    assertThat(satu).doesNotContainKey("KINERJA_PENGEMBANGAN_CRON_PEMERIKSAAN_JP");
    assertThat(dua.get("KINERJA_PENGEMBANGAN_CRON_PEMERIKSAAN_JP")).isEqualTo("-");
  }

  @Test
  void evidenceDirectoryIsOnTheVolumeBothNodesMount() {
    String direktori = (String) bagian("app", "environment").get("KINERJA_BERKAS_DIREKTORI");
    assertThat(nilai("app", "volumes")).isEqualTo(List.of("app-data:/app/data"));
    assertThat(nilai("app-2", "volumes")).isEqualTo(List.of("app-data:/app/data"));
    assertThat(direktori).startsWith("/app/data/");
  }

  @Test
  void secondNodeStartsAfterTheFirstIsHealthy() {
    // Only the first node creates the schema and deploys the processes.
    assertThat(bagian("app-2", "depends_on"))
        .containsEntry("app", Map.of("condition", "service_healthy"));
    assertThat(nilai("app-2", "healthcheck")).isEqualTo(nilai("app", "healthcheck")).isNotNull();
  }
}
