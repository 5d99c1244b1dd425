package id.go.langsakota.kinerja.penilaian;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LabelPeriodeTest {

  @Test
  void bulanPenuhDanBulanParsialDisebutNamaBulannya() {
    assertThat(LabelPeriode.dari(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31))).isEqualTo("Oktober 2026");
    assertThat(LabelPeriode.dari(LocalDate.of(2026, 7, 15), LocalDate.of(2026, 7, 31))).isEqualTo("Juli 2026");
    assertThat(LabelPeriode.dari(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))).isEqualTo("Januari 2026");
  }

  @Test
  void triwulanDisebutDenganAngkaRomawi() {
    assertThat(LabelPeriode.dari(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))).isEqualTo("Triwulan I 2026");
    assertThat(LabelPeriode.dari(LocalDate.of(2026, 7, 15), LocalDate.of(2026, 9, 30))).isEqualTo("Triwulan III 2026");
    assertThat(LabelPeriode.dari(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31))).isEqualTo("Triwulan IV 2026");
  }
}
