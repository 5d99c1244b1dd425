package id.go.langsakota.kinerja.proses;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The sub-task lookup of every task completion uses an index once the engine has started, and the
 * plugin creates it again where it is missing without creating a second one.
 */
@SpringBootTest
@ActiveProfiles("test")
class IndeksEngineTambahanTest {

  private static final String KUERI_SUBTUGAS = "select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'x'";

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theSubTaskLookupUsesTheIndexAfterStart() {
    assertThat(ada()).isTrue();
    assertThat(rencana()).contains("KINERJA_IDX_TASK_PARENT");
  }

  @Test
  void aMissingIndexIsCreatedOnceAndAnExistingOneIsLeftAlone() {
    jdbc.execute("drop index KINERJA_IDX_TASK_PARENT");
    try {
      assertThat(ada()).isFalse();
      assertThat(rencana()).doesNotContain("KINERJA_IDX_TASK_PARENT");

      assertThat(IndeksEngineTambahan.pasang(dataSource, "")).isEqualTo(1);
      assertThat(ada()).isTrue();
      assertThat(rencana()).contains("KINERJA_IDX_TASK_PARENT");
      assertThat(IndeksEngineTambahan.pasang(dataSource, "")).isZero();
      assertThat(jdbc.queryForObject("select count(*) from information_schema.indexes"
          + " where table_name = 'ACT_RU_TASK' and index_name = 'KINERJA_IDX_TASK_PARENT'", Integer.class))
          .isEqualTo(1);
    } finally {
      if (!ada()) {
        IndeksEngineTambahan.pasang(dataSource, "");
      }
    }
  }

  @Test
  void aTableThatDoesNotExistIsReportedNotThrown() {
    // A DBA-managed schema without the table (or without the right to alter it): the node starts.
    assertThat(IndeksEngineTambahan.pasang(dataSource, "TIDAK_ADA_")).isZero();
  }

  private boolean ada() {
    return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
        IndeksEngineTambahan.ada(c, "ACT_RU_TASK", "PARENT_TASK_ID_")));
  }

  private String rencana() {
    return String.join("\n", jdbc.queryForList("explain " + KUERI_SUBTUGAS, String.class));
  }
}
