package id.go.langsakota.kinerja.kinerjaorganisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.langsakota.kinerja.kosakata.DasarSaranRatingHasilKerja;
import id.go.langsakota.kinerja.kosakata.Rating;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** DOMAIN.md §3 for the head of an OPD: the OPD's capaian against the configured thresholds. */
class SaranRatingOrganisasiTest {

  static final BigDecimal DI_ATAS = new BigDecimal("110");
  static final BigDecimal SESUAI = new BigDecimal("100");

  @ParameterizedTest(name = "{0} % -> {1}")
  @CsvSource({
      "0, DI_BAWAH_EKSPEKTASI",
      "99.99, DI_BAWAH_EKSPEKTASI",
      "100, SESUAI_EKSPEKTASI",
      "100.00, SESUAI_EKSPEKTASI",
      "109.99, SESUAI_EKSPEKTASI",
      "110, DI_ATAS_EKSPEKTASI",
      "250, DI_ATAS_EKSPEKTASI"})
  void batasBawaan100Dan110(String capaian, Rating harapan) {
    assertThat(SaranRatingOrganisasi.rating(new BigDecimal(capaian), DI_ATAS, SESUAI)).isEqualTo(harapan);
  }

  @Test
  void ambangMengikutiPengaturan() {
    // BKPSDM raised "above" to 120 and lowered "on" to 90
    BigDecimal atas = new BigDecimal("120");
    BigDecimal sesuai = new BigDecimal("90");
    assertThat(SaranRatingOrganisasi.rating(new BigDecimal("115"), atas, sesuai)).isEqualTo(Rating.SESUAI_EKSPEKTASI);
    assertThat(SaranRatingOrganisasi.rating(new BigDecimal("120"), atas, sesuai)).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
    assertThat(SaranRatingOrganisasi.rating(new BigDecimal("90"), atas, sesuai)).isEqualTo(Rating.SESUAI_EKSPEKTASI);
    assertThat(SaranRatingOrganisasi.rating(new BigDecimal("89.99"), atas, sesuai)).isEqualTo(Rating.DI_BAWAH_EKSPEKTASI);
  }

  @Test
  void capaianOrganisasiMenggantikanSaranIndikator() {
    SaranRatingOrganisasi.Saran s = SaranRatingOrganisasi.pilih(new BigDecimal("95.50"),
        Rating.DI_ATAS_EKSPEKTASI, DasarSaranRatingHasilKerja.INDIKATOR, DI_ATAS, SESUAI);
    assertThat(s.rating()).isEqualTo(Rating.DI_BAWAH_EKSPEKTASI);
    assertThat(s.dasar()).isEqualTo(DasarSaranRatingHasilKerja.CAPAIAN_ORGANISASI);
    assertThat(s.capaianOrganisasi()).isEqualByComparingTo("95.50");
  }

  @Test
  void tanpaCapaianOrganisasiSaranSendiriTetap() {
    SaranRatingOrganisasi.Saran s = SaranRatingOrganisasi.pilih(null, Rating.DI_ATAS_EKSPEKTASI,
        DasarSaranRatingHasilKerja.INDIKATOR, DI_ATAS, SESUAI);
    assertThat(s.rating()).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
    assertThat(s.dasar()).isEqualTo(DasarSaranRatingHasilKerja.INDIKATOR);
    assertThat(s.capaianOrganisasi()).isNull();
  }

  @Test
  void tanpaApaPunTidakAdaSaranDanTidakAdaDasar() {
    SaranRatingOrganisasi.Saran s = SaranRatingOrganisasi.pilih(null, null,
        DasarSaranRatingHasilKerja.RATING_PERIODIK, DI_ATAS, SESUAI);
    assertThat(s.rating()).isNull();
    assertThat(s.dasar()).isNull();
  }

  @Test
  void capaianTahunanTetapBerlakuTanpaRatingPeriodik() {
    SaranRatingOrganisasi.Saran s = SaranRatingOrganisasi.pilih(new BigDecimal("112"), null,
        DasarSaranRatingHasilKerja.RATING_PERIODIK, DI_ATAS, SESUAI);
    assertThat(s.rating()).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
    assertThat(s.dasar()).isEqualTo(DasarSaranRatingHasilKerja.CAPAIAN_ORGANISASI);
  }

  @Test
  void capaianKosongDitolak() {
    assertThatThrownBy(() -> SaranRatingOrganisasi.rating(null, DI_ATAS, SESUAI))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
