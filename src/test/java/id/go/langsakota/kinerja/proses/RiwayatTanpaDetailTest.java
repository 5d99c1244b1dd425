package id.go.langsakota.kinerja.proses;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.langsakota.kinerja.skp.OrganisasiUji;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * History without detail rows (docs/performance.md, "Fix: history without detail rows"): the level
 * stays full, variable instances keep their last value, but no ACT_HI_DETAIL row is written.
 */
@SpringBootTest
@ActiveProfiles("test")
class RiwayatTanpaDetailTest {

  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ProcessEngine engine;
  @Autowired ApplicationContext ctx;

  @Test
  void variablesKeepTheirLastValueInHistoryButNoDetailRowIsWritten() {
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getHistoryLevel().getName()).isEqualTo("full");
    OrganisasiUji org = new OrganisasiUji(ctx);
    ProcessInstance pi = runtime.startProcessInstanceByKey("skp-pegawai", "SKP-2026-" + org.nipStaf,
        Variables.createVariables().putValue("nip", org.nipStaf).putValue("tahun", 2026)
            .putValue("tanggalMulai", "2026-01-01").putValue("tanggalSelesai", "2026-12-31")
            .putValue("jenisPeriode", "BULANAN"));
    runtime.setVariable(pi.getId(), "jenisPeriode", "TRIWULANAN");
    runtime.setVariable(pi.getId(), "catatanUji", "baru");

    HistoricVariableInstance jenis = history.createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName("jenisPeriode").singleResult();
    assertThat(jenis.getValue()).isEqualTo("TRIWULANAN");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("catatanUji").singleResult().getValue()).isEqualTo("baru");
    assertThat(history.createHistoricDetailQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).count())
        .isPositive();
    runtime.deleteProcessInstance(pi.getId(), "uji");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("jenisPeriode").singleResult().getValue()).isEqualTo("TRIWULANAN");
  }
}
