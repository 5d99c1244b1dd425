package id.go.langsakota.kinerja.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A String variable longer than the engine's VARCHAR(4000) text column (a calibration summary of
 * a large OPD) is stored and read back whole, in the runtime and in history, still typed String;
 * up to 4000 characters the engine's own String serializer keeps it as before.
 */
@SpringBootTest
@ActiveProfiles("test")
class TeksPanjangSerializerTest {

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;

  Deployment deployment;

  @BeforeEach
  void deploy() {
    deployment = repository.createDeployment().name("uji-teks-panjang")
        .addModelInstance("uji-teks-panjang.bpmn", Bpmn.createExecutableProcess("uji-teks-panjang")
            .camundaHistoryTimeToLive(1).startEvent().userTask("Tugas_Baca").endEvent().done())
        .deploy();
  }

  @AfterEach
  void undeploy() {
    repository.deleteDeployment(deployment.getId(), true);
  }

  @Test
  void teksLebihDari4000KarakterDisimpanUtuhSebagaiString() {
    // 4,500 characters with non-ASCII letters (é, ñ) and a multi-byte emoji: bytes ≠ characters.
    String panjang = "Ringkasan sebaran: Sangat Baik 8 dari 10 (80 %) — kelebihan 1 orang; café ñ 🙂\n".repeat(56);
    assertThat(panjang.length()).isGreaterThan(TeksPanjangSerializer.BATAS_KOLOM_TEKS);
    String pas = "x".repeat(TeksPanjangSerializer.BATAS_KOLOM_TEKS);

    ProcessInstance pi = runtime.startProcessInstanceByKey("uji-teks-panjang",
        Map.of("ringkasan", panjang, "pas", pas));

    TypedValue dibaca = runtime.getVariableTyped(pi.getId(), "ringkasan");
    assertThat(dibaca.getType()).isEqualTo(ValueType.STRING);
    assertThat(dibaca.getValue()).isEqualTo(panjang);
    assertThat(runtime.getVariable(pi.getId(), "pas")).isEqualTo(pas);
    assertThat(jdbc.queryForObject("select TYPE_ from ACT_RU_VARIABLE where PROC_INST_ID_ = ? and NAME_ = 'ringkasan'",
        String.class, pi.getId())).isEqualTo(TeksPanjangSerializer.NAMA);
    assertThat(jdbc.queryForObject("select TYPE_ from ACT_RU_VARIABLE where PROC_INST_ID_ = ? and NAME_ = 'pas'",
        String.class, pi.getId())).isEqualTo("string");

    // Updated from long to short and back, then the instance ends: history keeps the last value.
    runtime.setVariable(pi.getId(), "ringkasan", "pendek");
    assertThat(runtime.getVariable(pi.getId(), "ringkasan")).isEqualTo("pendek");
    runtime.setVariable(pi.getId(), "ringkasan", panjang + "!");
    tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId());
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("ringkasan").singleResult().getValue()).isEqualTo(panjang + "!");
  }
}
