package id.go.langsakota.kinerja.kalibrasi;

import id.go.langsakota.kinerja.kosakata.Predikat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One rule of a distribution pattern: the number of people whose predikat is in {@code kelompok}
 * is at most / at least {@code persen} % of the people counted (PALING_SEDIKIT: and at least
 * {@code minimalOrang}). Rounding in favour of a clear count of people: PALING_BANYAK allows
 * floor(persen · n / 100), PALING_SEDIKIT requires max(ceil(persen · n / 100), minimalOrang).
 */
public record AturanKurva(Set<Predikat> kelompok, BatasAturan batas, BigDecimal persen, int minimalOrang) {

  private static final BigDecimal SERATUS = BigDecimal.valueOf(100);

  public AturanKurva {
    kelompok = kelompok.isEmpty() ? EnumSet.noneOf(Predikat.class) : EnumSet.copyOf(kelompok);
  }

  public static AturanKurva palingBanyak(int persen, Predikat... kelompok) {
    return new AturanKurva(Set.of(kelompok), BatasAturan.PALING_BANYAK, BigDecimal.valueOf(persen), 0);
  }

  public static AturanKurva palingSedikit(int persen, int minimalOrang, Predikat... kelompok) {
    return new AturanKurva(Set.of(kelompok), BatasAturan.PALING_SEDIKIT, BigDecimal.valueOf(persen),
        minimalOrang);
  }

  /** The limit in people for {@code n} people counted. */
  public int batasOrang(int n) {
    BigDecimal tepat = persen.multiply(BigDecimal.valueOf(n)).divide(SERATUS, 10, RoundingMode.UNNECESSARY);
    if (batas == BatasAturan.PALING_BANYAK) {
      return tepat.setScale(0, RoundingMode.FLOOR).intValueExact();
    }
    return Math.max(tepat.setScale(0, RoundingMode.CEILING).intValueExact(), minimalOrang);
  }

  /** "Butuh Perbaikan dan/atau Kurang/Misconduct", in the order of the predikat scale. */
  public String labelKelompok() {
    return kelompok.stream().map(Predikat::label).collect(Collectors.joining(" dan/atau "));
  }

  /** The rule in words, e.g. "Sangat Baik paling banyak 70 %". */
  public String uraian() {
    return labelKelompok() + " " + uraianBatas(null);
  }

  /** "paling banyak 70 %", with the people count for n when n is given. */
  String uraianBatas(Integer n) {
    String orang = n == null ? "" : " (" + batasOrang(n) + " orang)";
    if (batas == BatasAturan.PALING_BANYAK) {
      return persen.signum() == 0 ? "tidak boleh ada" : "paling banyak " + angka(persen) + " %" + orang;
    }
    if (persen.signum() == 0) {
      return "paling sedikit " + minimalOrang + " orang";
    }
    return "paling sedikit " + angka(persen) + " %"
        + (minimalOrang > 0 && n == null ? " dan paling sedikit " + minimalOrang + " orang" : "") + orang;
  }

  /** Kelompok as stored: comma-separated names. */
  public String kelompokTersimpan() {
    return kelompok.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  static Set<Predikat> kelompokDari(String tersimpan) {
    return Arrays.stream(tersimpan.split(",")).map(String::strip).map(Predikat::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Predikat.class)));
  }

  /** 33.3 → "33,3"; 70.00 → "70" (Indonesian decimal comma). */
  static String angka(BigDecimal nilai) {
    BigDecimal b = nilai.stripTrailingZeros();
    if (b.scale() < 0) {
      b = b.setScale(0);
    }
    return b.toPlainString().replace('.', ',');
  }
}
