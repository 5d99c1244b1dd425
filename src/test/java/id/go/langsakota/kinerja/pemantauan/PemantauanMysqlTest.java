package id.go.langsakota.kinerja.pemantauan;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every test of {@link PemantauanHttpTest} on the real MySQL/MariaDB server (profile mysql, run by
 * {@code .ci/run}): the monitoring SQL (derived tables, LIMIT/OFFSET, the engine's runtime tables)
 * and the WIB timestamps (overdue days) on MySQL.
 */
@Tag("mysql")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.admin-user.id=${KINERJA_ADMIN_USER:admin-ci}",
    "camunda.bpm.admin-user.password=${KINERJA_ADMIN_PASSWORD:Langsa-Ci-2026!}",
    "camunda.bpm.job-execution.enabled=false",
    "kinerja.identitas.kata-sandi-awal=" + PemantauanMysqlTest.SANDI})
@ActiveProfiles(value = "mysql", inheritProfiles = false)
class PemantauanMysqlTest extends PemantauanHttpTest {

  static final String SANDI = "Rahasia#Kinerja9";

  @Override
  String sandi() {
    return SANDI;
  }
}
