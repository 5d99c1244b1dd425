package id.go.langsakota.kinerja.penghargaan;

import static id.go.langsakota.kinerja.kosakata.Predikat.*;
import static id.go.langsakota.kinerja.kosakata.Rating.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.organisasi.JenisJabatan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Eligibility and scoring of seleksi-penghargaan with hand-worked cases (no engine, no database). */
class AturanPenghargaanTest {

  static final Map<String, BigDecimal> BOBOT = Map.of(
      PenghitungSkorPenghargaan.PREDIKAT_TAHUNAN, BigDecimal.valueOf(40),
      PenghitungSkorPenghargaan.RATING_PERIODIK, BigDecimal.valueOf(30),
      PenghitungSkorPenghargaan.JP_TERVERIFIKASI, BigDecimal.valueOf(20),
      PenghitungSkorPenghargaan.UMPAN_BALIK, BigDecimal.valueOf(10));

  @Test
  void eligibleOnlyWithSangatBaikNowAtLeastBaikBeforeAndNoSanction() {
    assertThat(AturanKelayakan.layak(new AturanKelayakan.Calon("1", SANGAT_BAIK, BAIK, false))).isTrue();
    assertThat(AturanKelayakan.layak(new AturanKelayakan.Calon("2", SANGAT_BAIK, SANGAT_BAIK, false))).isTrue();
    assertThat(AturanKelayakan.alasanTidakLayak(new AturanKelayakan.Calon("3", BAIK, SANGAT_BAIK, false)))
        .containsExactly("predikat tahunan final tahun ini bukan Sangat Baik");
    assertThat(AturanKelayakan.alasanTidakLayak(new AturanKelayakan.Calon("4", SANGAT_BAIK, BUTUH_PERBAIKAN, false)))
        .containsExactly("predikat tahun sebelumnya tidak minimal Baik");
    // no final predikat the year before (new ASN) is not "at least Baik"
    assertThat(AturanKelayakan.layak(new AturanKelayakan.Calon("5", SANGAT_BAIK, null, false))).isFalse();
    // not final this year counts as missing
    assertThat(AturanKelayakan.layak(new AturanKelayakan.Calon("6", null, SANGAT_BAIK, false))).isFalse();
    assertThat(AturanKelayakan.alasanTidakLayak(new AturanKelayakan.Calon("7", SANGAT_BAIK, BAIK, true)))
        .containsExactly("ada hukuman disiplin pada tahun ini");
  }

  @Test
  void categoryFollowsTheJabatan() {
    assertThat(KategoriPenghargaan.dari(JenisJabatan.JPT)).isEqualTo(KategoriPenghargaan.MANAJERIAL);
    assertThat(KategoriPenghargaan.dari(JenisJabatan.ADMINISTRATOR)).isEqualTo(KategoriPenghargaan.MANAJERIAL);
    assertThat(KategoriPenghargaan.dari(JenisJabatan.PENGAWAS)).isEqualTo(KategoriPenghargaan.MANAJERIAL);
    assertThat(KategoriPenghargaan.dari(JenisJabatan.FUNGSIONAL)).isEqualTo(KategoriPenghargaan.NON_MANAJERIAL);
    assertThat(KategoriPenghargaan.dari(JenisJabatan.PELAKSANA)).isEqualTo(KategoriPenghargaan.NON_MANAJERIAL);
  }

  static Rating[] r(Rating hasil, Rating perilaku) {
    return new Rating[] {hasil, perilaku};
  }

  @Test
  void scoreIsTheWeightedMeanOfScaledComponents() {
    // predikat 100; periodic 50,100,100,100 → 87.5; JP 20/40 → 50; 4 feedback /10 → 40
    // (100×40 + 87.5×30 + 50×20 + 40×10) / 100 = (4000 + 2625 + 1000 + 400) / 100 = 80.25
    PenghitungSkorPenghargaan.Skor s = PenghitungSkorPenghargaan.skor(new PenghitungSkorPenghargaan.Rekam("A",
        SANGAT_BAIK, List.<Rating[]>of(r(SESUAI_EKSPEKTASI, DI_ATAS_EKSPEKTASI), r(DI_ATAS_EKSPEKTASI, DI_ATAS_EKSPEKTASI)), 20, 4), BOBOT);
    assertThat(s.total()).isEqualByComparingTo("80.25");
    assertThat(s.komponen().get(PenghitungSkorPenghargaan.RATING_PERIODIK)).isEqualByComparingTo("87.5");
    assertThat(s.rincian(BOBOT)).contains("Predikat tahunan 100 × bobot 40").contains("JP terverifikasi 50 × bobot 20").doesNotContain("PREDIKAT_TAHUNAN");
    // JP above 40 and feedback above 10 are capped at 100
    assertThat(PenghitungSkorPenghargaan.skor(new PenghitungSkorPenghargaan.Rekam("X", SANGAT_BAIK,
        List.<Rating[]>of(r(DI_ATAS_EKSPEKTASI, DI_ATAS_EKSPEKTASI)), 90, 30), BOBOT).total()).isEqualByComparingTo("100");
    // no weights at all: 0, never a division by zero
    assertThat(PenghitungSkorPenghargaan.skor(new PenghitungSkorPenghargaan.Rekam("Y", SANGAT_BAIK, List.of(), 0, 0),
        Map.of()).total()).isEqualByComparingTo("0");
  }

  @Test
  void tiesAreBrokenByPredikatThenJpThenNip() {
    // B: (100×40 + 100×30 + 25×20 + 0×10)/100 = 75.00
    var b = new PenghitungSkorPenghargaan.Rekam("199001012020011002", SANGAT_BAIK, List.<Rating[]>of(r(DI_ATAS_EKSPEKTASI, DI_ATAS_EKSPEKTASI)), 10, 0);
    // C: (100×40 + 50×30 + 75×20 + 50×10)/100 = (4000+1500+1500+500)/100 = 75.00, more JP than B
    var c = new PenghitungSkorPenghargaan.Rekam("199001012020011009", SANGAT_BAIK, List.<Rating[]>of(r(SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI)), 30, 5);
    // D: B's records, larger NIP
    var d = new PenghitungSkorPenghargaan.Rekam("199001012020011003", SANGAT_BAIK, List.<Rating[]>of(r(DI_ATAS_EKSPEKTASI, DI_ATAS_EKSPEKTASI)), 10, 0);
    // E: (75×40 + 100×30 + 75×20 + 0)/100 = (3000+3000+1500)/100 = 75.00, lower predikat
    var e = new PenghitungSkorPenghargaan.Rekam("199001012020011001", BAIK, List.<Rating[]>of(r(DI_ATAS_EKSPEKTASI, DI_ATAS_EKSPEKTASI)), 30, 0);
    // A: 80.25 (above)
    var a = new PenghitungSkorPenghargaan.Rekam("199001012020011099", SANGAT_BAIK,
        List.<Rating[]>of(r(SESUAI_EKSPEKTASI, DI_ATAS_EKSPEKTASI), r(DI_ATAS_EKSPEKTASI, DI_ATAS_EKSPEKTASI)), 20, 4);
    List<PenghitungSkorPenghargaan.Skor> urut = PenghitungSkorPenghargaan.peringkat(List.of(e, d, c, b, a), BOBOT);
    assertThat(urut).extracting(PenghitungSkorPenghargaan.Skor::nip).containsExactly(
        a.nip(), c.nip(), b.nip(), d.nip(), e.nip());
    assertThat(urut.subList(1, 5)).allSatisfy(s -> assertThat(s.total()).isEqualByComparingTo("75.00"));
  }
}
