package id.go.langsakota.kinerja.kinerjaorganisasi;

import id.go.langsakota.kinerja.kosakata.DasarSaranRatingHasilKerja;
import id.go.langsakota.kinerja.kosakata.PenghitungCapaian;
import id.go.langsakota.kinerja.kosakata.Rating;
import java.math.BigDecimal;

/**
 * docs/aturan-kinerja.md §3 for the head of an OPD, without database or engine: Rating Hasil Kerja follows
 * the OPD's capaian kinerja organisasi with the same thresholds as an indicator (≥ above →
 * DI_ATAS, ≥ on → SESUAI, else DI_BAWAH). Without that figure the other suggestion stands.
 */
public final class SaranRatingOrganisasi {

  /** A suggestion, its basis and (for CAPAIAN_ORGANISASI) the figure it came from. */
  public record Saran(Rating rating, DasarSaranRatingHasilKerja dasar, BigDecimal capaianOrganisasi) {}

  private SaranRatingOrganisasi() {}

  public static Rating rating(BigDecimal capaian, BigDecimal ambangDiAtas, BigDecimal ambangSesuai) {
    if (capaian == null) {
      throw new IllegalArgumentException("Capaian kinerja organisasi kosong");
    }
    return new PenghitungCapaian(ambangDiAtas, ambangSesuai).kategori(capaian);
  }

  /**
   * @param capaianOrganisasi the OPD's capaian when the pegawai heads that OPD and BKPSDM has
   *     entered it, else null
   * @param cadangan the suggestion from the pegawai's own data (may be null: nothing to suggest)
   */
  public static Saran pilih(BigDecimal capaianOrganisasi, Rating cadangan,
      DasarSaranRatingHasilKerja dasarCadangan, BigDecimal ambangDiAtas, BigDecimal ambangSesuai) {
    if (capaianOrganisasi == null) {
      // No basis to name when there is nothing to suggest either.
      return new Saran(cadangan, cadangan == null ? null : dasarCadangan, null);
    }
    return new Saran(rating(capaianOrganisasi, ambangDiAtas, ambangSesuai),
        DasarSaranRatingHasilKerja.CAPAIAN_ORGANISASI, capaianOrganisasi);
  }
}
