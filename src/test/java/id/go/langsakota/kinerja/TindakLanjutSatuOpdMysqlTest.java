package id.go.langsakota.kinerja;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link TindakLanjutSatuOpdProsesTest} on the real MySQL/MariaDB server (profile mysql, run by
 * {@code .ci/run}): one OPD's training (returned, verified, JP counted), pembinaan plan with training
 * (V185's link and unique index) and award selection (nominate, Tim Penilai Kinerja, Wali Kota,
 * winner) on the project's tables and Camunda's on MySQL. The award selection is of the performance
 * year itself.
 */
@Tag("mysql")
@SpringBootTest(properties = {
    "camunda.bpm.admin-user.id=${KINERJA_ADMIN_USER:admin-ci}",
    "camunda.bpm.admin-user.password=${KINERJA_ADMIN_PASSWORD:Langsa-Ci-2026!}",
    "camunda.bpm.job-execution.enabled=false",
    "kinerja.identitas.kata-sandi-awal=Rahasia#Kinerja9"})
@ActiveProfiles(value = "mysql", inheritProfiles = false)
class TindakLanjutSatuOpdMysqlTest extends TindakLanjutSatuOpdProsesTest {

  @Override
  protected int tahunPenghargaan() {
    return TAHUN;
  }
}
