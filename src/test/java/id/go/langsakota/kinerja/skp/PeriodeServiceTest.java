package id.go.langsakota.kinerja.skp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodeServiceTest {

  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void tahunPenuhBulananDuaBelasPeriodeKalender() {
    List<Periode> p = PeriodeService.periode(d("2026-01-01"), d("2026-12-31"), JenisPeriode.BULANAN);
    assertThat(p).hasSize(12);
    assertThat(p.get(1)).isEqualTo(new Periode(2, d("2026-02-01"), d("2026-02-28")));
    assertThat(p.get(11)).isEqualTo(new Periode(12, d("2026-12-01"), d("2026-12-31")));
  }

  @Test
  void tahunKabisatFebruari29() {
    assertThat(PeriodeService.periode(d("2028-01-01"), d("2028-12-31"), JenisPeriode.BULANAN).get(1).akhir())
        .isEqualTo(d("2028-02-29"));
  }

  @Test
  void tahunPenuhTriwulananEmpatPeriode() {
    assertThat(PeriodeService.periode(d("2026-01-01"), d("2026-12-31"), JenisPeriode.TRIWULANAN))
        .containsExactly(new Periode(1, d("2026-01-01"), d("2026-03-31")),
            new Periode(2, d("2026-04-01"), d("2026-06-30")),
            new Periode(3, d("2026-07-01"), d("2026-09-30")),
            new Periode(4, d("2026-10-01"), d("2026-12-31")));
  }

  @Test
  void bergabungTengahBulanPeriodePertamaDipotong() {
    List<Periode> p = PeriodeService.periode(d("2026-07-15"), d("2026-12-31"), JenisPeriode.BULANAN);
    assertThat(p).hasSize(6);
    assertThat(p.get(0)).isEqualTo(new Periode(7, d("2026-07-15"), d("2026-07-31")));
  }

  @Test
  void triwulananParsialDiDuaSisi() {
    assertThat(PeriodeService.periode(d("2026-05-10"), d("2026-08-20"), JenisPeriode.TRIWULANAN))
        .containsExactly(new Periode(2, d("2026-05-10"), d("2026-06-30")),
            new Periode(3, d("2026-07-01"), d("2026-08-20")));
  }

  @Test
  void satuHariTerakhirTahunSatuPeriode() {
    assertThat(PeriodeService.periode(d("2026-12-31"), d("2026-12-31"), JenisPeriode.BULANAN))
        .containsExactly(new Periode(12, d("2026-12-31"), d("2026-12-31")));
  }

  @Test
  void rentangTidakSahDitolak() {
    assertThatThrownBy(() -> PeriodeService.periode(d("2026-05-01"), d("2026-04-30"), JenisPeriode.BULANAN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tidak boleh sebelum");
    assertThatThrownBy(() -> PeriodeService.periode(d("2026-05-01"), d("2027-01-31"), JenisPeriode.BULANAN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("satu tahun");
  }
}
