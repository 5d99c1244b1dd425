package id.go.langsakota.kinerja.proses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import id.go.langsakota.kinerja.skp.OrganisasiUji;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The history producer skips the batch lookup only where no batch can be: a batch job's log still
 * gets its batch's removal time, an async continuation's log its root's.
 */
@SpringBootTest
@ActiveProfiles("test")
class ProdusenRiwayatHematTest {

  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired ApplicationContext ctx;

  @Test
  void onlyIdsOfTheEngineCanBeBatchIds() {
    assertThat(ProdusenRiwayatHemat.mungkinIdBatch("0b7c5a3e-ee3d-11f1-8fa7-02fc00000001")).isTrue();
    assertThat(ProdusenRiwayatHemat.mungkinIdBatch("4711")).isTrue();
    assertThat(ProdusenRiwayatHemat.mungkinIdBatch("async-before")).isFalse();
    assertThat(ProdusenRiwayatHemat.mungkinIdBatch("async-after")).isFalse();
    assertThat(ProdusenRiwayatHemat.mungkinIdBatch("Event_BatasLapor")).isFalse();
    assertThat(ProdusenRiwayatHemat.mungkinIdBatch(null)).isFalse();
  }

  @Test
  void batchJobLogsKeepTheBatchRemovalTimeAndAsyncJobLogsTheRootOne() {
    OrganisasiUji org = new OrganisasiUji(ctx);
    ProcessInstance pi = org.mulaiSkpStaf(runtime, 2027);
    // The first step is async ("Buat SKP"): its job was created with a job-log entry.
    HistoricJobLog asinkron = history.createHistoricJobLogQuery().processInstanceId(pi.getId())
        .creationLog().list().get(0);
    assertThat(asinkron.getJobDefinitionConfiguration()).isEqualTo("async-before");
    assertThat(asinkron.getRemovalTime()).isEqualTo(history.createHistoricProcessInstanceQuery()
        .processInstanceId(pi.getId()).singleResult().getRemovalTime());

    Batch batch = runtime.deleteProcessInstancesAsync(List.of(pi.getId()), "uji produsen riwayat");
    HistoricBatch riwayatBatch = history.createHistoricBatchQuery().batchId(batch.getId()).singleResult();
    assertThat(riwayatBatch.getRemovalTime()).as("batch TTL P30D").isNotNull();
    HistoricJobLog benih = history.createHistoricJobLogQuery().jobDefinitionConfiguration(batch.getId())
        .creationLog().list().get(0);
    assertThat(benih.getRemovalTime()).isEqualTo(riwayatBatch.getRemovalTime());

    management.deleteBatch(batch.getId(), true);
    runtime.deleteProcessInstance(pi.getId(), "uji");
  }
}
