package id.go.langsakota.kinerja.kalibrasi;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every path of {@link KalibrasiKurvaProsesTest} on the real MySQL/MariaDB server (profile mysql,
 * run by {@code .ci/run}): an OPD's annual ratings with skp-pegawai waiting, the round started by
 * the last rating or by BKPSDM, calibration tasks with recorded changes, the deadline timers, final
 * and each SKP continued — the project's JPQL, Flyway V110 and the message correlation on MySQL.
 */
@Tag("mysql")
@SpringBootTest(properties = {
    "camunda.bpm.admin-user.id=${KINERJA_ADMIN_USER:admin-ci}",
    "camunda.bpm.admin-user.password=${KINERJA_ADMIN_PASSWORD:Langsa-Ci-2026!}",
    "camunda.bpm.job-execution.enabled=false",
    "kinerja.identitas.kata-sandi-awal=Rahasia#Kinerja9"})
@ActiveProfiles(value = "mysql", inheritProfiles = false)
class KalibrasiKurvaMysqlTest extends KalibrasiKurvaProsesTest {
}
