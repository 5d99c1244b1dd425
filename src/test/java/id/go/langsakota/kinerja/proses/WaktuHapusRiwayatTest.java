package id.go.langsakota.kinerja.proses;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.langsakota.kinerja.skp.OrganisasiUji;
import java.time.Duration;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Removal time strategy {@code start} (docs/performance.md, "Retensi riwayat"): the removal time is
 * written with the history rows while the SKP year still runs (start + 4,380 days = 12 years), so
 * nothing needs rewriting when it ends (the former {@code end} did that inside the user's request).
 */
@SpringBootTest
@ActiveProfiles("test")
class WaktuHapusRiwayatTest {

  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ApplicationContext ctx;

  @Test
  void removalTimeIsSetAtTheStartOfTheSkpYearAndCoversTwelveYears() {
    OrganisasiUji org = new OrganisasiUji(ctx);
    ProcessInstance pi = org.mulaiSkpStaf(runtime, 2026);

    HistoricProcessInstance h = history.createHistoricProcessInstanceQuery()
        .processInstanceId(pi.getId()).singleResult();
    assertThat(h.getEndTime()).as("masih berjalan").isNull();
    assertThat(h.getRemovalTime()).isNotNull();
    assertThat(Duration.between(h.getStartTime().toInstant(), h.getRemovalTime().toInstant()))
        .isEqualTo(Duration.ofDays(3650 + 730));
    HistoricVariableInstance v = history.createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName("nip").singleResult();
    assertThat(v.getRemovalTime()).isEqualTo(h.getRemovalTime());
    runtime.deleteProcessInstance(pi.getId(), "uji");
  }
}
