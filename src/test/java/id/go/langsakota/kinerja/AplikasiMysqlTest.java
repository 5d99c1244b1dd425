package id.go.langsakota.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.langsakota.kinerja.demo.DemoLogin;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Boots the whole application with the {@code mysql} profile against the real server named by
 * DB_HOST/DB_PORT/DB_NAME/DB_USER/DB_PASSWORD (.ci/run creates a fresh database for each run).
 */
@Tag("mysql")
@SpringBootTest(properties = {
    "camunda.bpm.admin-user.id=${KINERJA_ADMIN_USER:admin-ci}",
    "camunda.bpm.admin-user.password=${KINERJA_ADMIN_PASSWORD:Langsa-Ci-2026!}",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("mysql")
class AplikasiMysqlTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void runsOnMysqlWithCamundaSchemaFlywayAndNoDemoData() {
    String produk = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
    assertThat(produk).isIn("MySQL", "MariaDB");
    assertThat(processEngine.getProcessEngineConfiguration().getDatabaseType()).isEqualTo("mysql");
    assertThat(jdbc.queryForObject(
        "select count(*) from information_schema.tables where table_schema = database() and table_name in ('ACT_RU_TASK','ACT_HI_PROCINST','ACT_ID_USER')",
        Integer.class)).isEqualTo(3);
    assertThat(jdbc.queryForList("select version from kinerja_flyway_history where success = 1", String.class))
        .contains("1", "2");
    // The mysql profile seeds no demo organisation and no demo users (other mysql tests of the
    // same run may have added their own register rows, so only the demo people are looked for).
    for (DemoLogin d : DemoLogin.values()) {
      assertThat(jdbc.queryForObject("select count(*) from pegawai where nip = ?", Integer.class,
          d.idPengguna())).as(d.name()).isZero();
    }
    assertThat(identityService.createUserQuery().userId("demo").count()).isZero();
    assertThat(processEngine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
  }

  @Test
  void theSubTaskLookupOfEveryCompletionUsesAnIndex() {
    // Camunda's MySQL schema has none on ACT_RU_TASK.PARENT_TASK_ID_: without the project's index
    // every completion read all open tasks (proses.IndeksEngineTambahan).
    List<java.util.Map<String, Object>> rencana =
        jdbc.queryForList("explain select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'x'");
    assertThat(rencana).hasSize(1);
    assertThat(rencana.get(0).get("key")).isEqualTo("KINERJA_IDX_TASK_PARENT");
  }

  @Test
  void deploysEveryProcessAndFormOfTheProject() {
    List<String> diharapkan = berkas("processes", "forms");
    List<String> terpasang = repositoryService.createDeploymentQuery().list().stream()
        .map(Deployment::getId)
        .flatMap(id -> repositoryService.getDeploymentResourceNames(id).stream())
        .map(n -> n.substring(n.lastIndexOf('/') + 1))
        .toList();
    assertThat(terpasang).containsAll(diharapkan);
  }

  private static List<String> berkas(String... folder) {
    return Arrays.stream(folder)
        .map(File::new)
        .map(File::listFiles)
        .filter(Objects::nonNull)
        .flatMap(Arrays::stream)
        .filter(f -> f.getName().matches(".*\\.(bpmn|dmn|form|html)$"))
        .map(File::getName)
        .toList();
  }
}
