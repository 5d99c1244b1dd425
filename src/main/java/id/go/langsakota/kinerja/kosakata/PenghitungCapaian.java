package id.go.langsakota.kinerja.kosakata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The suggestion rules of docs/aturan-kinerja.md §3, without any database or engine, so they can be checked
 * by hand. Capaian per indikator = realisasi / target × 100 (target / realisasi × 100 when lower
 * is better), rounded to 2 decimals and capped at {@link #BATAS_CAPAIAN}.
 */
public final class PenghitungCapaian {

  /**
   * Capaian is capped at 200 %: a typo or a tiny target must not show 5000 %; the category
   * (above expectation) is the same with or without the cap.
   */
  public static final BigDecimal BATAS_CAPAIAN = new BigDecimal("200.00");

  private static final BigDecimal SERATUS = new BigDecimal("100");

  /** One indicator: realisasi null = not reported (counts as below expectation). */
  public record Masukan(Long indikatorId, boolean utama, BigDecimal target, BigDecimal realisasi,
      boolean lebihRendahLebihBaik) {}

  /** capaian null when there is no realisasi. */
  public record HasilIndikator(Long indikatorId, BigDecimal capaian, Rating kategori) {}

  public record Hasil(List<HasilIndikator> indikator, Rating saran) {
    public long jumlah(Rating kategori) {
      return indikator.stream().filter(i -> i.kategori() == kategori).count();
    }
  }

  private final BigDecimal ambangDiAtas;
  private final BigDecimal ambangSesuai;

  public PenghitungCapaian(BigDecimal ambangDiAtas, BigDecimal ambangSesuai) {
    this.ambangDiAtas = ambangDiAtas;
    this.ambangSesuai = ambangSesuai;
  }

  /**
   * Capaian in percent. Zero cases: higher-is-better with target 0 is met by any realisasi (100
   * when realisasi is 0, the cap when more); lower-is-better with target 0 is met only by 0
   * (100), any realisasi above it gives 0; lower-is-better with realisasi 0 and a positive
   * target is the best possible result (the cap).
   */
  public static BigDecimal capaian(BigDecimal target, BigDecimal realisasi, boolean lebihRendahLebihBaik) {
    if (realisasi == null) {
      return null;
    }
    BigDecimal pembilang = lebihRendahLebihBaik ? target : realisasi;
    BigDecimal penyebut = lebihRendahLebihBaik ? realisasi : target;
    BigDecimal hasil;
    if (penyebut.signum() == 0) {
      hasil = pembilang.signum() == 0 ? SERATUS : BATAS_CAPAIAN;
    } else {
      hasil = pembilang.multiply(SERATUS).divide(penyebut, 2, RoundingMode.HALF_UP);
    }
    return hasil.min(BATAS_CAPAIAN).setScale(2, RoundingMode.HALF_UP);
  }

  public Rating kategori(BigDecimal capaian) {
    if (capaian == null) {
      return Rating.DI_BAWAH_EKSPEKTASI;
    }
    if (capaian.compareTo(ambangDiAtas) >= 0) {
      return Rating.DI_ATAS_EKSPEKTASI;
    }
    return capaian.compareTo(ambangSesuai) >= 0 ? Rating.SESUAI_EKSPEKTASI : Rating.DI_BAWAH_EKSPEKTASI;
  }

  /**
   * DI_ATAS when more than half of the indicators are above and no UTAMA indicator is below;
   * DI_BAWAH when more than half are below; otherwise SESUAI (also for an SKP without
   * indicators: nothing measured is no evidence of under-performance).
   */
  public Hasil hitung(List<Masukan> masukan) {
    List<HasilIndikator> hasil = new ArrayList<>();
    boolean adaUtamaDiBawah = false;
    for (Masukan m : masukan) {
      BigDecimal c = capaian(m.target(), m.realisasi(), m.lebihRendahLebihBaik());
      Rating k = kategori(c);
      adaUtamaDiBawah |= m.utama() && k == Rating.DI_BAWAH_EKSPEKTASI;
      hasil.add(new HasilIndikator(m.indikatorId(), c, k));
    }
    long atas = hasil.stream().filter(h -> h.kategori() == Rating.DI_ATAS_EKSPEKTASI).count();
    long bawah = hasil.stream().filter(h -> h.kategori() == Rating.DI_BAWAH_EKSPEKTASI).count();
    int n = hasil.size();
    Rating saran;
    if (n > 0 && 2 * atas > n && !adaUtamaDiBawah) {
      saran = Rating.DI_ATAS_EKSPEKTASI;
    } else if (n > 0 && 2 * bawah > n) {
      saran = Rating.DI_BAWAH_EKSPEKTASI;
    } else {
      saran = Rating.SESUAI_EKSPEKTASI;
    }
    return new Hasil(List.copyOf(hasil), saran);
  }

  /** The same majority rule over the ratings of the 7 BerAKHLAK values. */
  public static Rating saranPerilaku(Collection<Rating> ratingPerNilai) {
    long atas = ratingPerNilai.stream().filter(r -> r == Rating.DI_ATAS_EKSPEKTASI).count();
    long bawah = ratingPerNilai.stream().filter(r -> r == Rating.DI_BAWAH_EKSPEKTASI).count();
    int n = ratingPerNilai.size();
    if (n > 0 && 2 * atas > n) {
      return Rating.DI_ATAS_EKSPEKTASI;
    }
    if (n > 0 && 2 * bawah > n) {
      return Rating.DI_BAWAH_EKSPEKTASI;
    }
    return Rating.SESUAI_EKSPEKTASI;
  }
}
