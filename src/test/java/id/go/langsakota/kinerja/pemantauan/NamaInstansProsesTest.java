package id.go.langsakota.kinerja.pemantauan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.go.langsakota.kinerja.skp.OrganisasiUji;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** The display variable Cockpit shows next to an instance: name, NIP and OPD from the register. */
@SpringBootTest
@ActiveProfiles("test")
class NamaInstansProsesTest {

  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ApplicationContext ctx;
  @Autowired NamaInstansProses nama;

  @Test
  void skpPegawaiMembawaNamaNipDanOpdDariRegister() {
    OrganisasiUji org = new OrganisasiUji(ctx);
    ProcessInstance pi = org.mulaiSkpStaf(runtime, 2026);

    String opd = "Dinas " + org.kodeOpd.replace("UJI", "Uji ");
    assertThat(runtime.getVariable(pi.getId(), "pegawai"))
        .isEqualTo("Pegawai " + org.nipStaf + " — " + org.nipStaf + " — " + opd);
    // in the history too: Cockpit's instance search reads it after the instance ended
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("pegawai").singleResult().getValue()).asString().contains(org.nipStaf);
    runtime.deleteProcessInstance(pi.getId(), "uji");
  }

  @Test
  void kalibrasiMembawaNamaOpdDariBusinessKeyYangDipasangSaatMulai() {
    OrganisasiUji org = new OrganisasiUji(ctx);
    DelegateExecution e = mock(DelegateExecution.class);
    when(e.getProcessDefinitionId()).thenReturn("kalibrasi-kurva:2:abc");
    when(e.getProcessBusinessKey()).thenReturn("KK-2025-" + org.kodeOpd + "-1");
    nama.notify(e);
    verify(e).setVariable("opd", "Dinas " + org.kodeOpd.replace("UJI", "Uji ") + " — " + org.kodeOpd);
  }

  @Test
  void businessKeyYangRusakTidakMenghentikanProses() {
    DelegateExecution e = mock(DelegateExecution.class);
    when(e.getProcessDefinitionId()).thenReturn("skp-pegawai:1:abc");
    when(e.getProcessBusinessKey()).thenReturn("bukan-kunci");
    nama.notify(e);
    verify(e, never()).setVariable(anyString(), any());
  }

  @Test
  void nipYangTidakDikenalRegisterTetapTertulisDanProsesTetapMulai() {
    assertThat(nama.label("199001012020011999")).isEqualTo("199001012020011999");
    assertThat(NamaInstansProses.gabung("Ani", "1990", null)).isEqualTo("Ani — 1990");
    assertThat(NamaInstansProses.gabung(null, "1990", "Dinas A")).isEqualTo("1990 — Dinas A");
  }

  @Test
  void kunciProsesDariIdDefinisi() {
    assertThat(NamaInstansProses.kunciProses("penilaian-periodik:7:0a1b")).isEqualTo("penilaian-periodik");
    assertThat(NamaInstansProses.kunciProses("kalibrasi-kurva")).isEqualTo("kalibrasi-kurva");
    assertThat(NamaInstansProses.kunciProses(null)).isNull();
  }

  @Test
  void prosesTanpaOrangTidakDiberiLabelPegawai() {
    assertThat(nama.nip("seleksi-penghargaan", "SP-2026")).isNull();
    assertThat(nama.nip("siklus-kinerja-tahunan", "SIKLUS-2026")).isNull();
    assertThat(nama.nip("keberatan-penilaian", "KB-2026-199001012020011999")).isEqualTo("199001012020011999");
    assertThat(nama.nip("pembinaan-kinerja", "PB-2026-199001012020011998")).isEqualTo("199001012020011998");
    assertThat(nama.nip("penilaian-periodik", "PP-2026-199001012020011997-3")).isEqualTo("199001012020011997");
  }
}
