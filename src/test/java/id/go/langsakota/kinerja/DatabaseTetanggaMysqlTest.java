package id.go.langsakota.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A staging and a production database on one server: the suite's database is created empty by
 * .ci/run next to another one that already holds Camunda's tables (DB_NAME_LAIN). Before
 * creating its schema Camunda asks the JDBC metadata whether ACT_GE_PROPERTY exists, with no
 * catalog; without {@code nullDatabaseMeansCurrent=true} Connector/J answers with the other
 * database's table, Camunda skips its schema and the app fails to start ("Table
 * '...ACT_GE_PROPERTY' doesn't exist"). Same configuration as AplikasiMysqlTest (one context).
 */
@Tag("mysql")
@SpringBootTest(properties = {
    "camunda.bpm.admin-user.id=${KINERJA_ADMIN_USER:admin-ci}",
    "camunda.bpm.admin-user.password=${KINERJA_ADMIN_PASSWORD:Langsa-Ci-2026!}",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("mysql")
class DatabaseTetanggaMysqlTest {

  @Autowired JdbcTemplate jdbc;

  @Test
  void startsOnItsOwnEmptyDatabaseNextToAnotherCamundaDatabase() {
    String database = jdbc.queryForObject("select database()", String.class);
    String lain = System.getenv("DB_NAME_LAIN");
    assertThat(lain).as("DB_NAME_LAIN: the neighbouring Camunda database .ci/run creates").isNotBlank();
    assertThat(lain).isNotEqualTo(database);
    assertThat(jdbc.queryForObject("select count(*) from information_schema.tables"
        + " where table_schema = ? and upper(table_name) = 'ACT_GE_PROPERTY'", Integer.class, lain))
        .as("the neighbour " + lain + " holds Camunda's tables").isEqualTo(1);

    // The lookup Camunda makes before creating its schema sees only this database.
    List<String> ditemukan = jdbc.execute((java.sql.Connection c) -> {
      List<String> katalog = new ArrayList<>();
      try (ResultSet rs = c.getMetaData().getTables(null, null, "ACT_GE_PROPERTY", new String[] {"TABLE"})) {
        while (rs.next()) {
          katalog.add(rs.getString("TABLE_CAT"));
        }
      }
      return katalog;
    });
    assertThat(ditemukan).containsExactly(database);

    // Camunda created its own schema here, after the neighbour's already existed.
    assertThat(jdbc.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'schema.version'",
        String.class)).isNotBlank();
    java.sql.Timestamp sendiri = jdbc.queryForObject("select min(TIMESTAMP_) from ACT_GE_SCHEMA_LOG",
        java.sql.Timestamp.class);
    java.sql.Timestamp tetangga = jdbc.queryForObject(
        "select min(TIMESTAMP_) from `" + lain.replace("`", "") + "`.ACT_GE_SCHEMA_LOG", java.sql.Timestamp.class);
    assertThat(sendiri).isNotNull();
    assertThat(tetangga).isNotNull();
    assertThat(sendiri).isAfterOrEqualTo(tetangga);
  }
}
