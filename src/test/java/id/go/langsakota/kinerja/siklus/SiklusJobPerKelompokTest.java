package id.go.langsakota.kinerja.siklus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.langsakota.kinerja.skp.OrganisasiUji;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The cycle start is one job per chunk (async on the inner instances of the multi-instance, not
 * on its body): N ASN at C per chunk give ceil(N/C) jobs, and a chunk that keeps failing ends in
 * its own incident while every other chunk's skp-pegawai instances stay started.
 */
@SpringBootTest
@ActiveProfiles("test")
class SiklusJobPerKelompokTest {

  static final int TAHUN = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).getYear();
  static final String KELOMPOK = "Task_MulaiSkpPegawai";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired ApplicationContext ctx;
  @Autowired SiklusPegawaiRepository siklusPegawaiRepository;
  @Value("${kinerja.siklus.ukuran-chunk:100}") int ukuranChunk;

  @Test
  void satuJobPerKelompokDanKelompokYangGagalTidakMembatalkanYangLain() {
    assertThat(ukuranChunk).as("the test profile keeps the default chunk size").isEqualTo(100);
    BpmnAwareTests.init(engine);
    OrganisasiUji org = new OrganisasiUji(ctx);
    org.tambahStaf(203, "19900101202003");
    // 203 staf + the fixture's kepala, pengawas and staf = 206 ASN; ceil(206 / 100) = 3 chunks.
    ProcessInstance siklus = runtime.startProcessInstanceByKey("siklus-kinerja-tahunan",
        Variables.createVariables().putValue("tahun", TAHUN).putValue("semuaOpd", false)
            .putValue("kodeOpd", org.kodeOpd).putValue("jenisPeriode", "TRIWULANAN"));
    long siklusId = ((Number) runtime.getVariable(siklus.getId(), "siklusId")).longValue();
    List<String> dimulai = new ArrayList<>();
    try {
      Job siapkan = management.createJobQuery().processInstanceId(siklus.getId()).singleResult();
      management.executeJob(siapkan.getId());

      // One job per chunk, each for an inner instance (none for the multi-instance body), and
      // exclusive: chunks of one cycle never run at the same time (no optimistic locking on
      // the body's counters).
      List<Job> jobs = management.createJobQuery().processInstanceId(siklus.getId()).list();
      assertThat(jobs).hasSize(3);
      assertThat(management.createJobQuery().processInstanceId(siklus.getId()).activityId(KELOMPOK).count())
          .isEqualTo(3);
      assertThat(jobs).allSatisfy(j -> assertThat(((JobEntity) j).isExclusive()).isTrue());
      assertThat(jobs).extracting(Job::getExecutionId).doesNotHaveDuplicates();

      // Chunk 1 (the middle one) cannot run: its element variable is broken.
      Job rusak = null;
      for (Job j : jobs) {
        if (Integer.valueOf(1).equals(runtime.getVariableLocal(j.getExecutionId(), "chunkKe"))) {
          rusak = j;
          runtime.setVariableLocal(j.getExecutionId(), "chunkKe", "bukan-angka");
        }
      }
      assertThat(rusak).isNotNull();
      for (Job j : jobs) {
        if (!j.getId().equals(rusak.getId())) {
          management.executeJob(j.getId());
        }
      }
      int percobaan = 0;
      while (management.createJobQuery().jobId(rusak.getId()).singleResult().getRetries() > 0) {
        String id = rusak.getId();
        assertThat(catchThrowable(() -> management.executeJob(id))).isNotNull();
        assertThat(++percobaan).as("retries of the broken chunk").isLessThanOrEqualTo(5);
      }
      assertThat(percobaan).as("R3/PT1M: three attempts, then an incident").isEqualTo(3);

      List<Incident> insiden = runtime.createIncidentQuery().processInstanceId(siklus.getId()).list();
      assertThat(insiden).hasSize(1);
      assertThat(insiden.get(0).getActivityId()).isEqualTo(KELOMPOK);
      assertThat(insiden.get(0).getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
      for (int k : new int[] {0, 2}) {
        List<SiklusPegawai> kelompok = siklusPegawaiRepository.findBySiklusIdAndChunkKeOrderByNip(siklusId, k);
        assertThat(kelompok).isNotEmpty().allSatisfy(sp -> {
          assertThat(sp.getHasil()).isEqualTo(SiklusPegawai.DIMULAI);
          assertThat(instansiSkp(sp.getNip())).as(sp.getNip()).isEqualTo(1);
        });
      }
      List<SiklusPegawai> kelompokGagal = siklusPegawaiRepository.findBySiklusIdAndChunkKeOrderByNip(siklusId, 1);
      assertThat(kelompokGagal).hasSize(100).allSatisfy(sp -> {
        assertThat(sp.getHasil()).isNull();
        assertThat(instansiSkp(sp.getNip())).as(sp.getNip()).isZero();
      });
      assertThat(siklus).isWaitingAt(KELOMPOK);

      // Repaired and retried alone, the chunk starts its 100 and the cycle moves on.
      runtime.setVariableLocal(rusak.getExecutionId(), "chunkKe", 1);
      management.setJobRetries(rusak.getId(), 1);
      management.executeJob(rusak.getId());
      assertThat(runtime.createIncidentQuery().processInstanceId(siklus.getId()).count()).isZero();
      assertThat(kelompokGagal).allSatisfy(sp -> assertThat(instansiSkp(sp.getNip())).isEqualTo(1));
      Job rekap = management.createJobQuery().processInstanceId(siklus.getId()).singleResult();
      management.executeJob(rekap.getId());
      assertThat(siklus).isWaitingAt("tinjau-ringkasan-siklus");
      assertThat(runtime.getVariables(siklus.getId())).containsEntry("jumlahPegawai", 206)
          .containsEntry("dimulai", 206).containsEntry("sudahAda", 0);
    } finally {
      // The started skp-pegawai instances are not needed by other tests of this context.
      runtime.createProcessInstanceQuery().processDefinitionKey("skp-pegawai")
          .variableValueEquals("siklusId", siklusId).list().forEach(p -> dimulai.add(p.getId()));
      if (!dimulai.isEmpty()) {
        runtime.deleteProcessInstances(dimulai, "uji selesai", true, true);
      }
    }
  }

  long instansiSkp(String nip) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("skp-pegawai")
        .processInstanceBusinessKey("SKP-" + TAHUN + "-" + nip).count();
  }
}
