package id.go.langsakota.kinerja.kalibrasi;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link KalibrasiKurvaBersamaanTest} on MySQL/MariaDB (InnoDB row lock, READ COMMITTED): the
 * second completeness check waits at the OPD's row and ends cleanly.
 */
@Tag("mysql")
@SpringBootTest(properties = {
    "camunda.bpm.admin-user.id=${KINERJA_ADMIN_USER:admin-ci}",
    "camunda.bpm.admin-user.password=${KINERJA_ADMIN_PASSWORD:Langsa-Ci-2026!}",
    "camunda.bpm.job-execution.enabled=false",
    "kinerja.identitas.kata-sandi-awal=Rahasia#Kinerja9"})
@ActiveProfiles(value = "mysql", inheritProfiles = false)
class KalibrasiKurvaBersamaanMysqlTest extends KalibrasiKurvaBersamaanTest {
}
