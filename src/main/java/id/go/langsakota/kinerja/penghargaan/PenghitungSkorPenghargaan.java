package id.go.langsakota.kinerja.penghargaan;

import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the nominees of one category from their records (pure; docs/proses-seleksi-penghargaan.md).
 * Each component is scaled to 0–100; the score is the weighted mean with the weights of table
 * bobot_penghargaan. Ties: the higher annual predikat component, then more verified JP, then the
 * smaller NIP (so the order never depends on the database).
 */
public final class PenghitungSkorPenghargaan {

  public static final String PREDIKAT_TAHUNAN = "PREDIKAT_TAHUNAN";
  public static final String RATING_PERIODIK = "RATING_PERIODIK";
  public static final String JP_TERVERIFIKASI = "JP_TERVERIFIKASI";
  public static final String UMPAN_BALIK = "UMPAN_BALIK";
  /** What a reader sees for each component (the codes stay the keys of table bobot_penghargaan). */
  private static final Map<String, String> LABEL = Map.of(
      PREDIKAT_TAHUNAN, "Predikat tahunan",
      RATING_PERIODIK, "Rating periodik",
      JP_TERVERIFIKASI, "JP terverifikasi",
      UMPAN_BALIK, "Umpan balik");
  static final int JP_PENUH = 40;
  static final int UMPAN_BALIK_PENUH = 10;

  private PenghitungSkorPenghargaan() {}

  /** The Indonesian label of a component code ("PREDIKAT_TAHUNAN" → "Predikat tahunan"); unknown: as is. */
  public static String label(String komponen) {
    return LABEL.getOrDefault(komponen, komponen);
  }

  /**
   * A stored breakdown as shown: rows scored before the labels existed hold the raw codes
   * ("PREDIKAT_TAHUNAN 100 × bobot 40"); they are shown with the labels too.
   */
  public static String labelRincian(String rincian) {
    if (rincian == null) {
      return null;
    }
    String hasil = rincian;
    for (Map.Entry<String, String> e : LABEL.entrySet()) {
      hasil = hasil.replace(e.getKey() + " ", e.getValue() + " ");
    }
    return hasil;
  }

  /** A nominee's records: the periodic ratings are pairs (hasil kerja, perilaku) of rated periods. */
  public record Rekam(String nip, Predikat predikatTahunan, List<Rating[]> ratingPeriodik, int jp, int umpanBalik) {}

  public record Skor(String nip, BigDecimal total, Map<String, BigDecimal> komponen, int jp) {
    /** "Predikat tahunan 100 × bobot 40; ..." shown with the score. */
    public String rincian(Map<String, BigDecimal> bobot) {
      StringBuilder sb = new StringBuilder();
      komponen.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : "; ").append(label(k)).append(' ')
          .append(v.stripTrailingZeros().toPlainString()).append(" × bobot ")
          .append(bobot.getOrDefault(k, BigDecimal.ZERO).stripTrailingZeros().toPlainString()));
      return sb.toString();
    }
  }

  static BigDecimal nilaiPredikat(Predikat p) {
    if (p == null) {
      return BigDecimal.ZERO;
    }
    return switch (p) {
      case SANGAT_BAIK -> BigDecimal.valueOf(100);
      case BAIK -> BigDecimal.valueOf(75);
      case BUTUH_PERBAIKAN -> BigDecimal.valueOf(50);
      case KURANG -> BigDecimal.valueOf(25);
      case SANGAT_KURANG -> BigDecimal.ZERO;
    };
  }

  /** Mean of all periodic ratings (1 → 0, 2 → 50, 3 → 100); no rated period → 0. */
  static BigDecimal nilaiPeriodik(List<Rating[]> ratings) {
    int jumlah = 0;
    int n = 0;
    for (Rating[] r : ratings) {
      for (Rating x : r) {
        if (x != null) {
          jumlah += (x.skor() - 1) * 50;
          n++;
        }
      }
    }
    return n == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(jumlah).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
  }

  static BigDecimal skala(int nilai, int penuh) {
    return BigDecimal.valueOf(Math.min(Math.max(nilai, 0), penuh) * 100L)
        .divide(BigDecimal.valueOf(penuh), 2, RoundingMode.HALF_UP);
  }

  public static Skor skor(Rekam r, Map<String, BigDecimal> bobot) {
    Map<String, BigDecimal> k = new LinkedHashMap<>();
    k.put(PREDIKAT_TAHUNAN, nilaiPredikat(r.predikatTahunan()));
    k.put(RATING_PERIODIK, nilaiPeriodik(r.ratingPeriodik()));
    k.put(JP_TERVERIFIKASI, skala(r.jp(), JP_PENUH));
    k.put(UMPAN_BALIK, skala(r.umpanBalik(), UMPAN_BALIK_PENUH));
    BigDecimal jumlah = BigDecimal.ZERO;
    BigDecimal totalBobot = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal> e : k.entrySet()) {
      BigDecimal b = bobot.getOrDefault(e.getKey(), BigDecimal.ZERO);
      jumlah = jumlah.add(e.getValue().multiply(b));
      totalBobot = totalBobot.add(b);
    }
    BigDecimal total = totalBobot.signum() == 0 ? BigDecimal.ZERO
        : jumlah.divide(totalBobot, 2, RoundingMode.HALF_UP);
    return new Skor(r.nip(), total, k, r.jp());
  }

  /** Best first, with the tie rule of the class comment. */
  public static List<Skor> peringkat(List<Rekam> rekam, Map<String, BigDecimal> bobot) {
    List<Skor> hasil = new ArrayList<>(rekam.stream().map(r -> skor(r, bobot)).toList());
    hasil.sort(URUTAN);
    return hasil;
  }

  static final Comparator<Skor> URUTAN = Comparator.comparing(Skor::total).reversed()
      .thenComparing(Comparator.comparing((Skor s) -> s.komponen().get(PREDIKAT_TAHUNAN)).reversed())
      .thenComparing(Comparator.comparingInt(Skor::jp).reversed())
      .thenComparing(Skor::nip);
}
