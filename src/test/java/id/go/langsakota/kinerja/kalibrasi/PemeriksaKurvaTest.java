package id.go.langsakota.kinerja.kalibrasi;

import static id.go.langsakota.kinerja.kosakata.Predikat.BAIK;
import static id.go.langsakota.kinerja.kosakata.Predikat.BUTUH_PERBAIKAN;
import static id.go.langsakota.kinerja.kosakata.Predikat.KURANG;
import static id.go.langsakota.kinerja.kosakata.Predikat.SANGAT_BAIK;
import static id.go.langsakota.kinerja.kosakata.Predikat.SANGAT_KURANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.langsakota.kinerja.kalibrasi.PemeriksaKurva.HasilAturan;
import id.go.langsakota.kinerja.kalibrasi.PemeriksaKurva.HasilPemeriksaan;
import id.go.langsakota.kinerja.kosakata.Predikat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pattern check with hand-worked figures (docs/kurva-distribusi.md). The pattern is written
 * here from the SE MenPANRB 3/2023 table, not taken from the code or the database seed.
 */
class PemeriksaKurvaTest {

  static final Map<PredikatOrganisasi, List<AturanKurva>> POLA = Map.of(
      PredikatOrganisasi.ISTIMEWA, List.of(AturanKurva.palingBanyak(70, SANGAT_BAIK)),
      PredikatOrganisasi.BAIK, List.of(AturanKurva.palingBanyak(70, BAIK),
          AturanKurva.palingSedikit(0, 1, BUTUH_PERBAIKAN, KURANG)),
      PredikatOrganisasi.BUTUH_PERBAIKAN, List.of(AturanKurva.palingSedikit(60, 0, BUTUH_PERBAIKAN),
          AturanKurva.palingBanyak(10, SANGAT_BAIK)),
      PredikatOrganisasi.KURANG, List.of(AturanKurva.palingSedikit(60, 0, KURANG),
          AturanKurva.palingSedikit(10, 0, BUTUH_PERBAIKAN), AturanKurva.palingBanyak(10, SANGAT_BAIK)),
      PredikatOrganisasi.SANGAT_KURANG, List.of(AturanKurva.palingSedikit(60, 0, SANGAT_KURANG),
          AturanKurva.palingSedikit(10, 0, KURANG, BUTUH_PERBAIKAN), AturanKurva.palingBanyak(0, SANGAT_BAIK)));

  final PemeriksaKurva pemeriksa = new PemeriksaKurva(5);
  final PemeriksaKurva tanpaMinimal = new PemeriksaKurva(1);

  static List<Predikat> opd(Object... jumlahDanPredikat) {
    List<Predikat> hasil = new ArrayList<>();
    for (int i = 0; i < jumlahDanPredikat.length; i += 2) {
      hasil.addAll(Collections.nCopies((Integer) jumlahDanPredikat[i], (Predikat) jumlahDanPredikat[i + 1]));
    }
    return hasil;
  }

  HasilPemeriksaan periksa(PemeriksaKurva p, PredikatOrganisasi org, List<Predikat> pegawai) {
    return p.periksa(org, POLA.get(org), pegawai);
  }

  @Test
  void istimewaTepat70PersenSesuaiDan80PersenKelebihanSatuOrang() {
    HasilPemeriksaan pas = periksa(pemeriksa, PredikatOrganisasi.ISTIMEWA, opd(7, SANGAT_BAIK, 3, BAIK));
    assertThat(pas.sesuai()).isTrue();
    assertThat(pas.diberlakukan()).isTrue();
    assertThat(pas.aturan().get(0).pesan())
        .isEqualTo("Sangat Baik 7 dari 10 (70 %), paling banyak 70 % (7 orang): terpenuhi");

    HasilPemeriksaan lebih = periksa(pemeriksa, PredikatOrganisasi.ISTIMEWA, opd(8, SANGAT_BAIK, 2, BAIK));
    assertThat(lebih.sesuai()).isFalse();
    assertThat(lebih.pelanggaran())
        .containsExactly("Sangat Baik 8 dari 10 (80 %), paling banyak 70 % (7 orang): kelebihan 1 orang");
    HasilAturan a = lebih.aturan().get(0);
    assertThat(a.selisih()).isEqualTo(1);
    assertThat(a.batasOrang()).isEqualTo(7);
    assertThat(a.persen()).isEqualByComparingTo("80");
    assertThat(lebih.sebaran().get(0).jumlah()).isEqualTo(8);
    assertThat(lebih.sebaran().get(1).persen()).isEqualByComparingTo("20");
  }

  @Test
  void butuhPerbaikanTepat60PersenSesuaiDan50PersenKurangSatuOrang() {
    assertThat(periksa(pemeriksa, PredikatOrganisasi.BUTUH_PERBAIKAN, opd(6, BUTUH_PERBAIKAN, 4, BAIK)).sesuai())
        .isTrue();
    HasilPemeriksaan h = periksa(pemeriksa, PredikatOrganisasi.BUTUH_PERBAIKAN, opd(5, BUTUH_PERBAIKAN, 5, BAIK));
    assertThat(h.sesuai()).isFalse();
    assertThat(h.pelanggaran()).containsExactly(
        "Butuh Perbaikan 5 dari 10 (50 %), paling sedikit 60 % (6 orang): kurang 1 orang");
  }

  @Test
  void baikButuhSatuButuhPerbaikanAtauKurang() {
    assertThat(periksa(pemeriksa, PredikatOrganisasi.BAIK, opd(2, SANGAT_BAIK, 7, BAIK, 1, KURANG)).sesuai())
        .isTrue();
    HasilPemeriksaan h = periksa(pemeriksa, PredikatOrganisasi.BAIK, opd(10, BAIK));
    assertThat(h.pelanggaran()).containsExactly(
        "Baik 10 dari 10 (100 %), paling banyak 70 % (7 orang): kelebihan 3 orang",
        "Butuh Perbaikan dan/atau Kurang/Misconduct 0 dari 10 (0 %), paling sedikit 1 orang: kurang 1 orang");
    // Sangat Kurang is allowed in a BAIK organisation, but does not count as Butuh Perbaikan/Kurang
    assertThat(periksa(pemeriksa, PredikatOrganisasi.BAIK, opd(3, SANGAT_BAIK, 6, BAIK, 1, SANGAT_KURANG))
        .pelanggaran()).hasSize(1);
  }

  @Test
  void kurangDanSangatKurang() {
    assertThat(periksa(pemeriksa, PredikatOrganisasi.KURANG, opd(3, BAIK, 1, BUTUH_PERBAIKAN, 6, KURANG)).sesuai())
        .isTrue();
    assertThat(periksa(pemeriksa, PredikatOrganisasi.KURANG, opd(2, SANGAT_BAIK, 2, BAIK, 6, KURANG)).pelanggaran())
        .containsExactly(
            "Butuh Perbaikan 0 dari 10 (0 %), paling sedikit 10 % (1 orang): kurang 1 orang",
            "Sangat Baik 2 dari 10 (20 %), paling banyak 10 % (1 orang): kelebihan 1 orang");
    assertThat(periksa(pemeriksa, PredikatOrganisasi.SANGAT_KURANG, opd(4, KURANG, 6, SANGAT_KURANG)).sesuai())
        .isTrue();
    assertThat(periksa(pemeriksa, PredikatOrganisasi.SANGAT_KURANG, opd(1, SANGAT_BAIK, 3, BAIK, 6, SANGAT_KURANG))
        .pelanggaran()).containsExactly(
            "Butuh Perbaikan dan/atau Kurang/Misconduct 0 dari 10 (0 %), paling sedikit 10 % (1 orang): kurang 1 orang",
            "Sangat Baik 1 dari 10 (10 %), tidak boleh ada: kelebihan 1 orang");
  }

  @Test
  void tigaPuluhTujuhOrang() {
    // 0.7 · 37 = 25.9 → at most 25; 26/37 = 70.27 % → shown 70,3 %
    assertThat(periksa(pemeriksa, PredikatOrganisasi.ISTIMEWA, opd(25, SANGAT_BAIK, 12, BAIK)).sesuai()).isTrue();
    assertThat(periksa(pemeriksa, PredikatOrganisasi.ISTIMEWA, opd(26, SANGAT_BAIK, 11, BAIK)).pelanggaran())
        .containsExactly("Sangat Baik 26 dari 37 (70,3 %), paling banyak 70 % (25 orang): kelebihan 1 orang");
    // 0.6 · 37 = 22.2 → at least 23; 0.1 · 37 = 3.7 → Sangat Baik at most 3
    HasilPemeriksaan bp = periksa(pemeriksa, PredikatOrganisasi.BUTUH_PERBAIKAN,
        opd(4, SANGAT_BAIK, 11, BAIK, 22, BUTUH_PERBAIKAN));
    assertThat(bp.pelanggaran()).containsExactly(
        "Butuh Perbaikan 22 dari 37 (59,5 %), paling sedikit 60 % (23 orang): kurang 1 orang",
        "Sangat Baik 4 dari 37 (10,8 %), paling banyak 10 % (3 orang): kelebihan 1 orang");
    assertThat(periksa(pemeriksa, PredikatOrganisasi.BUTUH_PERBAIKAN,
        opd(3, SANGAT_BAIK, 11, BAIK, 23, BUTUH_PERBAIKAN)).sesuai()).isTrue();
    // KURANG: Butuh Perbaikan at least ceil(3.7) = 4
    assertThat(periksa(pemeriksa, PredikatOrganisasi.KURANG, opd(3, BUTUH_PERBAIKAN, 11, BAIK, 23, KURANG))
        .pelanggaran()).containsExactly(
            "Butuh Perbaikan 3 dari 37 (8,1 %), paling sedikit 10 % (4 orang): kurang 1 orang");
  }

  @Test
  void opdKosongTidakDiperiksaDanSesuai() {
    HasilPemeriksaan h = periksa(pemeriksa, PredikatOrganisasi.BAIK, List.of());
    assertThat(h.jumlahPegawai()).isZero();
    assertThat(h.diberlakukan()).isFalse();
    assertThat(h.sesuai()).isTrue();
    assertThat(h.pelanggaran()).isEmpty();
    assertThat(h.sebaran()).hasSize(5).allSatisfy(s -> assertThat(s.jumlah()).isZero());
    assertThat(h.catatan()).contains("tidak ada yang diperiksa");
  }

  @Test
  void satuOrangTidakDiberlakukanSecaraBawaanTetapiDihitungSebagaiInformasi() {
    HasilPemeriksaan h = periksa(pemeriksa, PredikatOrganisasi.ISTIMEWA, opd(1, SANGAT_BAIK));
    assertThat(h.diberlakukan()).isFalse();
    assertThat(h.sesuai()).isTrue();
    assertThat(h.pelanggaran()).isEmpty();
    assertThat(h.aturan().get(0).terpenuhi()).isFalse();
    assertThat(h.catatan()).contains("Hanya 1 ASN").contains("kurang dari 5");

    // with the minimum set to 1 the rule applies: floor(0.7 · 1) = 0 Sangat Baik allowed
    HasilPemeriksaan ketat = periksa(tanpaMinimal, PredikatOrganisasi.ISTIMEWA, opd(1, SANGAT_BAIK));
    assertThat(ketat.sesuai()).isFalse();
    assertThat(ketat.pelanggaran())
        .containsExactly("Sangat Baik 1 dari 1 (100 %), paling banyak 70 % (0 orang): kelebihan 1 orang");
  }

  @ParameterizedTest(name = "n = {0}")
  @CsvSource({
      // n, max SB for 70 %, min for 60 %, min for 10 %, max for 10 %
      "1, 0, 1, 1, 0",
      "2, 1, 2, 1, 0",
      "3, 2, 2, 1, 0",
      "4, 2, 3, 1, 0",
      "5, 3, 3, 1, 0",
      "10, 7, 6, 1, 1",
      "37, 25, 23, 4, 3"})
  void pembulatanUntukOpdKecilDanBesar(int n, int maks70, int min60, int min10, int maks10) {
    assertThat(AturanKurva.palingBanyak(70, SANGAT_BAIK).batasOrang(n)).isEqualTo(maks70);
    assertThat(AturanKurva.palingSedikit(60, 0, KURANG).batasOrang(n)).isEqualTo(min60);
    assertThat(AturanKurva.palingSedikit(10, 0, BUTUH_PERBAIKAN).batasOrang(n)).isEqualTo(min10);
    assertThat(AturanKurva.palingBanyak(10, SANGAT_BAIK).batasOrang(n)).isEqualTo(maks10);
  }

  @ParameterizedTest(name = "n = {0}: all Sangat Baik in an ISTIMEWA OPD")
  @CsvSource({"1, 1", "2, 1", "3, 1", "4, 2"})
  void satuSampaiEmpatOrangSemuaSangatBaik(int n, int kelebihan) {
    HasilPemeriksaan bawaan = periksa(pemeriksa, PredikatOrganisasi.ISTIMEWA, opd(n, SANGAT_BAIK));
    assertThat(bawaan.sesuai()).isTrue();
    assertThat(bawaan.diberlakukan()).isFalse();
    HasilPemeriksaan ketat = periksa(tanpaMinimal, PredikatOrganisasi.ISTIMEWA, opd(n, SANGAT_BAIK));
    assertThat(ketat.sesuai()).isFalse();
    assertThat(ketat.aturan().get(0).selisih()).isEqualTo(kelebihan);
  }

  @Test
  void limaOrangDiberlakukan() {
    // n = 5 reaches the default minimum: 4 of 5 Sangat Baik > floor(3.5) = 3
    HasilPemeriksaan h = periksa(pemeriksa, PredikatOrganisasi.ISTIMEWA, opd(4, SANGAT_BAIK, 1, BAIK));
    assertThat(h.diberlakukan()).isTrue();
    assertThat(h.pelanggaran())
        .containsExactly("Sangat Baik 4 dari 5 (80 %), paling banyak 70 % (3 orang): kelebihan 1 orang");
  }

  @Test
  void setiapPredikatDalamSatuOpd() {
    List<Predikat> semua = opd(1, SANGAT_BAIK, 1, BAIK, 1, BUTUH_PERBAIKAN, 1, KURANG, 1, SANGAT_KURANG);
    assertThat(periksa(pemeriksa, PredikatOrganisasi.ISTIMEWA, semua).sesuai()).isTrue();
    assertThat(periksa(pemeriksa, PredikatOrganisasi.BAIK, semua).sesuai()).isTrue();
    assertThat(periksa(pemeriksa, PredikatOrganisasi.BUTUH_PERBAIKAN, semua).pelanggaran()).containsExactly(
        "Butuh Perbaikan 1 dari 5 (20 %), paling sedikit 60 % (3 orang): kurang 2 orang",
        "Sangat Baik 1 dari 5 (20 %), paling banyak 10 % (0 orang): kelebihan 1 orang");
    assertThat(periksa(pemeriksa, PredikatOrganisasi.KURANG, semua).pelanggaran()).containsExactly(
        "Kurang/Misconduct 1 dari 5 (20 %), paling sedikit 60 % (3 orang): kurang 2 orang",
        "Sangat Baik 1 dari 5 (20 %), paling banyak 10 % (0 orang): kelebihan 1 orang");
    HasilPemeriksaan sk = periksa(pemeriksa, PredikatOrganisasi.SANGAT_KURANG, semua);
    assertThat(sk.pelanggaran()).containsExactly(
        "Sangat Kurang 1 dari 5 (20 %), paling sedikit 60 % (3 orang): kurang 2 orang",
        "Sangat Baik 1 dari 5 (20 %), tidak boleh ada: kelebihan 1 orang");
    assertThat(sk.sebaran()).allSatisfy(s -> {
      assertThat(s.jumlah()).isEqualTo(1);
      assertThat(s.persen()).isEqualByComparingTo("20");
    });
    assertThat(sk.catatan()).contains("2 aturan dilanggar");
  }

  @Test
  void tanpaPredikatOrganisasiDitolak() {
    assertThatThrownBy(() -> pemeriksa.periksa(null, List.of(), List.of(BAIK)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belum ditetapkan");
  }

  @Test
  void saranPredikatOrganisasiDariCapaian() {
    java.math.BigDecimal a110 = new java.math.BigDecimal("110");
    java.math.BigDecimal a90 = new java.math.BigDecimal("90");
    java.math.BigDecimal a70 = new java.math.BigDecimal("70");
    java.math.BigDecimal a50 = new java.math.BigDecimal("50");
    assertThat(SaranPredikatOrganisasi.saran(new java.math.BigDecimal("110.00"), a110, a90, a70, a50))
        .isEqualTo(PredikatOrganisasi.ISTIMEWA);
    assertThat(SaranPredikatOrganisasi.saran(new java.math.BigDecimal("109.99"), a110, a90, a70, a50))
        .isEqualTo(PredikatOrganisasi.BAIK);
    assertThat(SaranPredikatOrganisasi.saran(new java.math.BigDecimal("90"), a110, a90, a70, a50))
        .isEqualTo(PredikatOrganisasi.BAIK);
    assertThat(SaranPredikatOrganisasi.saran(new java.math.BigDecimal("70"), a110, a90, a70, a50))
        .isEqualTo(PredikatOrganisasi.BUTUH_PERBAIKAN);
    assertThat(SaranPredikatOrganisasi.saran(new java.math.BigDecimal("50"), a110, a90, a70, a50))
        .isEqualTo(PredikatOrganisasi.KURANG);
    assertThat(SaranPredikatOrganisasi.saran(new java.math.BigDecimal("49.99"), a110, a90, a70, a50))
        .isEqualTo(PredikatOrganisasi.SANGAT_KURANG);
    assertThat(SaranPredikatOrganisasi.saran(null, a110, a90, a70, a50)).isNull();
  }
}
