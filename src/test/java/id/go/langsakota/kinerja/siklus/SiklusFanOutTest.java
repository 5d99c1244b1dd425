package id.go.langsakota.kinerja.siklus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.langsakota.kinerja.skp.OrganisasiUji;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Fan-out of 1,000 ASN on H2 with the real job executor (several threads): the cycle's chunk
 * jobs start 1,000 skp-pegawai without optimistic-locking failures or incidents. Tagged
 * 'fanout' (runs in ./mvnw verify; exclude with -DexcludedGroups=fanout when iterating).
 */
@Tag("fanout")
@SpringBootTest
@ActiveProfiles("test")
class SiklusFanOutTest {

  static final int TAHUN = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).getYear();
  static final int JUMLAH = 1000;

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired ApplicationContext ctx;

  @Test
  @Timeout(value = 170, unit = TimeUnit.SECONDS)
  void seribuAsnDimulaiTanpaKegagalan() throws Exception {
    BpmnAwareTests.init(engine);
    OrganisasiUji org = new OrganisasiUji(ctx);
    List<String> nip = org.tambahStaf(JUMLAH, "1990010120200" + "2");
    assertThat(nip).hasSize(JUMLAH);

    ProcessInstance siklus = runtime.startProcessInstanceByKey("siklus-kinerja-tahunan",
        Variables.createVariables().putValue("tahun", TAHUN).putValue("semuaOpd", false)
            .putValue("kodeOpd", org.kodeOpd).putValue("jenisPeriode", "TRIWULANAN"));

    JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    executor.start();
    try {
      long batas = System.currentTimeMillis() + 150_000;
      while (runtime.createProcessInstanceQuery().processInstanceId(siklus.getId()).activityIdIn("tinjau-ringkasan-siklus").count() == 0
          && System.currentTimeMillis() < batas) {
        assertThat(management.createJobQuery().processInstanceId(siklus.getId()).withException().count())
            .as("job siklus yang gagal").isZero();
        Thread.sleep(500);
      }
    } finally {
      executor.shutdown();
    }

    assertThat(siklus).isWaitingAt("tinjau-ringkasan-siklus");
    int jumlahPegawai = JUMLAH + 3; // the fixture's kepala, pengawas and staf work in the same OPD
    assertThat(runtime.getVariables(siklus.getId())).containsEntry("jumlahPegawai", jumlahPegawai)
        .containsEntry("dimulai", jumlahPegawai).containsEntry("sudahAda", 0)
        .containsEntry("jumlahChunk", 11);
    java.util.Set<String> skp = new java.util.HashSet<>();
    runtime.createProcessInstanceQuery().processDefinitionKey("skp-pegawai")
        .processInstanceBusinessKeyLike("SKP-" + TAHUN + "-19900101202002%").list().forEach(p -> skp.add(p.getId()));
    assertThat(skp).hasSize(JUMLAH);
    assertThat(management.createJobQuery().processInstanceId(siklus.getId()).withException().count()).isZero();
    assertThat(runtime.createIncidentQuery().processInstanceId(siklus.getId()).count()).isZero();
    // Jobs of the 1,000 SKP instances the executor already ran (Task_BuatSkp) did not fail either.
    assertThat(management.createJobQuery().withException().list())
        .filteredOn(j -> skp.contains(j.getProcessInstanceId())).as("gagal di skp-pegawai").isEmpty();
  }
}
