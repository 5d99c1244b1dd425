package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.kosakata.Rating;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Suggests an annual rating from the periodic ones (docs/aturan-kinerja.md §3): the mean of the periodic
 * scores (default DI_BAWAH=1, SESUAI=2, DI_ATAS=3) rounded half up, mapped back to a rating.
 */
public final class SaranRatingTahunan {

  private SaranRatingTahunan() {}

  public static Rating saran(List<Rating> periodik) {
    return saran(periodik, Map.of(Rating.DI_BAWAH_EKSPEKTASI, 1, Rating.SESUAI_EKSPEKTASI, 2,
        Rating.DI_ATAS_EKSPEKTASI, 3));
  }

  /** @return null when no period has a rating yet (nothing to suggest) */
  public static Rating saran(List<Rating> periodik, Map<Rating, Integer> skor) {
    List<Rating> ada = periodik.stream().filter(r -> r != null).toList();
    if (ada.isEmpty()) {
      return null;
    }
    int jumlah = ada.stream().mapToInt(skor::get).sum();
    int bulat = new BigDecimal(jumlah)
        .divide(new BigDecimal(ada.size()), 0, RoundingMode.HALF_UP).intValueExact();
    // The nearest rating by score: with the default 1/2/3 that is an exact match.
    Rating terdekat = null;
    for (Rating r : Rating.values()) {
      if (terdekat == null || Math.abs(skor.get(r) - bulat) < Math.abs(skor.get(terdekat) - bulat)) {
        terdekat = r;
      }
    }
    return terdekat;
  }
}
