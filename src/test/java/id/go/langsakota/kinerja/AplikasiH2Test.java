package id.go.langsakota.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Boots the whole application on embedded H2: engine, Flyway schema, JPA validation. */
@SpringBootTest
@ActiveProfiles("test")
class AplikasiH2Test {

  @Autowired ProcessEngine processEngine;
  @Autowired JdbcTemplate jdbc;

  @Test
  void engineAndRegisterSchemaStart() {
    assertThat(processEngine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
    // The context is shared with tests that add pegawai, so check the schema, not an empty table.
    assertThat(jdbc.queryForList("select \"version\" from \"kinerja_flyway_history\" where \"success\" = true", String.class))
        .contains("1", "2");
  }
}
