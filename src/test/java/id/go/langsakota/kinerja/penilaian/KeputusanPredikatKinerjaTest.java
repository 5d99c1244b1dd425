package id.go.langsakota.kinerja.penilaian;

import id.go.langsakota.kinerja.kosakata.Predikat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The predikat matrix of DOMAIN.md §3, cell by cell, against processes/predikat-kinerja.dmn. */
class KeputusanPredikatKinerjaTest {

  static DmnDecision keputusan;
  static DmnEngine dmn;

  @BeforeAll
  static void muat() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = KeputusanPredikatKinerjaTest.class.getResourceAsStream(
        "/processes/predikat-kinerja.dmn")) {
      keputusan = dmn.parseDecision("predikat-kinerja", in);
    }
  }

  // Copied from the table in DOMAIN.md (rows: hasil kerja, columns: perilaku).
  @ParameterizedTest(name = "{0} x {1} -> {2}")
  @CsvSource({
      "DI_ATAS_EKSPEKTASI,  DI_BAWAH_EKSPEKTASI, KURANG",
      "DI_ATAS_EKSPEKTASI,  SESUAI_EKSPEKTASI,   BAIK",
      "DI_ATAS_EKSPEKTASI,  DI_ATAS_EKSPEKTASI,  SANGAT_BAIK",
      "SESUAI_EKSPEKTASI,   DI_BAWAH_EKSPEKTASI, KURANG",
      "SESUAI_EKSPEKTASI,   SESUAI_EKSPEKTASI,   BAIK",
      "SESUAI_EKSPEKTASI,   DI_ATAS_EKSPEKTASI,  BAIK",
      "DI_BAWAH_EKSPEKTASI, DI_BAWAH_EKSPEKTASI, SANGAT_KURANG",
      "DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI,   BUTUH_PERBAIKAN",
      "DI_BAWAH_EKSPEKTASI, DI_ATAS_EKSPEKTASI,  BUTUH_PERBAIKAN",
  })
  void matriksPredikat(String hasilKerja, String perilaku, String predikat) {
    DmnDecisionTableResult hasil = dmn.evaluateDecisionTable(keputusan, Variables.createVariables()
        .putValue("ratingHasilKerja", hasilKerja).putValue("ratingPerilaku", perilaku));
    assertThat(hasil).hasSize(1);
    assertThat((String) hasil.getSingleEntry()).isEqualTo(predikat);
    // Every output is a fixed name of the Predikat enum.
    assertThat(Predikat.valueOf(hasil.getSingleEntry())).isNotNull();
  }

  @Test
  void nilaiDiLuarDaftarTidakCocokDenganAturanManaPun() {
    DmnDecisionTableResult hasil = dmn.evaluateDecisionTable(keputusan, Variables.createVariables()
        .putValue("ratingHasilKerja", "LUAR_BIASA").putValue("ratingPerilaku", "SESUAI_EKSPEKTASI"));
    assertThat(hasil).isEmpty();
    DmnDecisionTableResult kosong = dmn.evaluateDecisionTable(keputusan, Variables.createVariables()
        .putValue("ratingHasilKerja", "DI_ATAS_EKSPEKTASI").putValue("ratingPerilaku", null));
    assertThat(kosong).isEmpty();
  }
}
