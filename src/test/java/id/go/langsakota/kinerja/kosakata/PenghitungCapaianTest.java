package id.go.langsakota.kinerja.kosakata;

import static id.go.langsakota.kinerja.kosakata.Rating.DI_ATAS_EKSPEKTASI;
import static id.go.langsakota.kinerja.kosakata.Rating.DI_BAWAH_EKSPEKTASI;
import static id.go.langsakota.kinerja.kosakata.Rating.SESUAI_EKSPEKTASI;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.langsakota.kinerja.kosakata.PenghitungCapaian.Hasil;
import id.go.langsakota.kinerja.kosakata.PenghitungCapaian.Masukan;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scoring rules of DOMAIN.md §3; every expected value below is worked out by hand in a comment. */
class PenghitungCapaianTest {

  private final PenghitungCapaian penghitung =
      new PenghitungCapaian(new BigDecimal("110"), new BigDecimal("100"));

  private static BigDecimal d(String s) { return new BigDecimal(s); }

  private static Masukan tinggi(long id, boolean utama, String target, String realisasi) {
    return new Masukan(id, utama, d(target), realisasi == null ? null : d(realisasi), false);
  }

  private static Masukan rendah(long id, boolean utama, String target, String realisasi) {
    return new Masukan(id, utama, d(target), realisasi == null ? null : d(realisasi), true);
  }

  @Test
  void capaianLebihTinggiLebihBaik() {
    // 45 / 50 * 100 = 90.00
    assertThat(PenghitungCapaian.capaian(d("50"), d("45"), false)).isEqualByComparingTo("90.00");
    // 2 / 3 * 100 = 66.666.. -> 66.67
    assertThat(PenghitungCapaian.capaian(d("3"), d("2"), false)).isEqualByComparingTo("66.67");
  }

  @Test
  void capaianLebihRendahLebihBaik() {
    // turnaround target 5 days, took 4: 5 / 4 * 100 = 125.00 (above)
    assertThat(PenghitungCapaian.capaian(d("5"), d("4"), true)).isEqualByComparingTo("125.00");
    // took 8 days: 5 / 8 * 100 = 62.50 (below)
    assertThat(PenghitungCapaian.capaian(d("5"), d("8"), true)).isEqualByComparingTo("62.50");
    assertThat(penghitung.kategori(d("125.00"))).isEqualTo(DI_ATAS_EKSPEKTASI);
    assertThat(penghitung.kategori(d("62.50"))).isEqualTo(DI_BAWAH_EKSPEKTASI);
  }

  @Test
  void targetNol() {
    // higher is better, target 0: 0 reached = 100 %, anything more = the 200 % cap
    assertThat(PenghitungCapaian.capaian(d("0"), d("0"), false)).isEqualByComparingTo("100");
    assertThat(PenghitungCapaian.capaian(d("0"), d("3"), false)).isEqualByComparingTo("200");
    // lower is better, target 0 (e.g. zero complaints): 0 = 100 %, 2 complaints = 0 / 2 = 0 %
    assertThat(PenghitungCapaian.capaian(d("0"), d("0"), true)).isEqualByComparingTo("100");
    assertThat(PenghitungCapaian.capaian(d("0"), d("2"), true)).isEqualByComparingTo("0");
  }

  @Test
  void realisasiNolUntukLebihRendahLebihBaikAdalahHasilTerbaik() {
    // target 3 days, done in 0 days: 3 / 0 -> best possible -> capped 200
    assertThat(PenghitungCapaian.capaian(d("3"), d("0"), true)).isEqualByComparingTo("200");
    // higher is better with realisasi 0: 0 / 10 = 0
    assertThat(PenghitungCapaian.capaian(d("10"), d("0"), false)).isEqualByComparingTo("0");
  }

  @Test
  void capaianDiAtas200PersenDibatasi() {
    // 50 / 10 * 100 = 500 -> capped to 200.00, still above expectation
    assertThat(PenghitungCapaian.capaian(d("10"), d("50"), false)).isEqualByComparingTo("200.00");
    // exactly 200: 20 / 10 = 200.00 stays
    assertThat(PenghitungCapaian.capaian(d("10"), d("20"), false)).isEqualByComparingTo("200.00");
    Hasil h = penghitung.hitung(List.of(tinggi(1, true, "10", "50")));
    assertThat(h.indikator().get(0).capaian()).isEqualByComparingTo("200");
    assertThat(h.saran()).isEqualTo(DI_ATAS_EKSPEKTASI);
  }

  @Test
  void realisasiKosongDihitungDiBawahEkspektasi() {
    Hasil h = penghitung.hitung(List.of(
        tinggi(1, true, "10", null),      // missing -> below
        tinggi(2, false, "10", "10"),     // 100 -> on
        tinggi(3, false, "10", null)));   // missing -> below
    assertThat(h.indikator().get(0).capaian()).isNull();
    assertThat(h.indikator().get(0).kategori()).isEqualTo(DI_BAWAH_EKSPEKTASI);
    // 2 of 3 below: more than half -> DI_BAWAH
    assertThat(h.saran()).isEqualTo(DI_BAWAH_EKSPEKTASI);
  }

  @Test
  void ambangBatasTepat() {
    // 110 is above (>= 110), 109.99 is on, 100 is on, 99.99 is below
    assertThat(penghitung.kategori(d("110"))).isEqualTo(DI_ATAS_EKSPEKTASI);
    assertThat(penghitung.kategori(d("109.99"))).isEqualTo(SESUAI_EKSPEKTASI);
    assertThat(penghitung.kategori(d("100"))).isEqualTo(SESUAI_EKSPEKTASI);
    assertThat(penghitung.kategori(d("99.99"))).isEqualTo(DI_BAWAH_EKSPEKTASI);
    // thresholds come from configuration: with 120/90, 110 is only on and 95 is on
    PenghitungCapaian lain = new PenghitungCapaian(d("120"), d("90"));
    assertThat(lain.kategori(d("110"))).isEqualTo(SESUAI_EKSPEKTASI);
    assertThat(lain.kategori(d("95"))).isEqualTo(SESUAI_EKSPEKTASI);
  }

  @Test
  void satuIndikator() {
    // 1 of 1 is more than half
    assertThat(penghitung.hitung(List.of(tinggi(1, true, "4", "5"))).saran())   // 125 %
        .isEqualTo(DI_ATAS_EKSPEKTASI);
    assertThat(penghitung.hitung(List.of(tinggi(1, true, "4", "4"))).saran())   // 100 %
        .isEqualTo(SESUAI_EKSPEKTASI);
    assertThat(penghitung.hitung(List.of(tinggi(1, true, "4", "3"))).saran())   // 75 %
        .isEqualTo(DI_BAWAH_EKSPEKTASI);
  }

  @Test
  void mayoritasDiAtasTetapiAdaUtamaDiBawahMenjadiSesuai() {
    Hasil h = penghitung.hitung(List.of(
        tinggi(1, false, "10", "12"),  // 120 above
        tinggi(2, false, "10", "11"),  // 110 above
        tinggi(3, true, "10", "9")));  // 90 below, UTAMA
    assertThat(h.jumlah(DI_ATAS_EKSPEKTASI)).isEqualTo(2);
    assertThat(h.saran()).isEqualTo(SESUAI_EKSPEKTASI);
    // the same with the below one TAMBAHAN: 2 of 3 above, no UTAMA below -> DI_ATAS
    Hasil h2 = penghitung.hitung(List.of(
        tinggi(1, true, "10", "12"), tinggi(2, true, "10", "11"), tinggi(3, false, "10", "9")));
    assertThat(h2.saran()).isEqualTo(DI_ATAS_EKSPEKTASI);
  }

  @Test
  void tepatSetengahBukanMayoritas() {
    // 2 above + 2 below of 4: neither is more than half -> SESUAI
    Hasil h = penghitung.hitung(List.of(
        tinggi(1, false, "10", "12"), tinggi(2, false, "10", "12"),
        tinggi(3, false, "10", "5"), rendah(4, false, "2", "4")));  // 2/4 = 50 % below
    assertThat(h.jumlah(DI_BAWAH_EKSPEKTASI)).isEqualTo(2);
    assertThat(h.saran()).isEqualTo(SESUAI_EKSPEKTASI);
  }

  @Test
  void campuranArah() {
    Hasil h = penghitung.hitung(List.of(
        rendah(1, true, "5", "4"),       // 125 above
        tinggi(2, true, "100", "115"),   // 115 above
        rendah(3, false, "10", "10"))); // 100 on
    assertThat(h.indikator()).extracting(PenghitungCapaian.HasilIndikator::kategori)
        .containsExactly(DI_ATAS_EKSPEKTASI, DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI);
    assertThat(h.saran()).isEqualTo(DI_ATAS_EKSPEKTASI);
  }

  @Test
  void tanpaIndikator() {
    assertThat(penghitung.hitung(Collections.emptyList()).saran()).isEqualTo(SESUAI_EKSPEKTASI);
  }

  @Test
  void saranPerilakuMayoritasDariTujuhNilai() {
    // 4 of 7 above -> DI_ATAS
    assertThat(PenghitungCapaian.saranPerilaku(List.of(DI_ATAS_EKSPEKTASI, DI_ATAS_EKSPEKTASI,
        DI_ATAS_EKSPEKTASI, DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI,
        DI_BAWAH_EKSPEKTASI))).isEqualTo(DI_ATAS_EKSPEKTASI);
    // 3 above, 3 below, 1 on -> SESUAI
    assertThat(PenghitungCapaian.saranPerilaku(List.of(DI_ATAS_EKSPEKTASI, DI_ATAS_EKSPEKTASI,
        DI_ATAS_EKSPEKTASI, DI_BAWAH_EKSPEKTASI, DI_BAWAH_EKSPEKTASI, DI_BAWAH_EKSPEKTASI,
        SESUAI_EKSPEKTASI))).isEqualTo(SESUAI_EKSPEKTASI);
    // 4 below -> DI_BAWAH
    assertThat(PenghitungCapaian.saranPerilaku(List.of(DI_BAWAH_EKSPEKTASI, DI_BAWAH_EKSPEKTASI,
        DI_BAWAH_EKSPEKTASI, DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI,
        SESUAI_EKSPEKTASI))).isEqualTo(DI_BAWAH_EKSPEKTASI);
  }
}
