package id.go.langsakota.kinerja.kompetensi;

import id.go.langsakota.kinerja.skp.NilaiBerakhlak;
import id.go.langsakota.kinerja.teks.TeksAman;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a catalogue entry (plain Java): every problem as a sentence in Bahasa Indonesia, or the
 * typed {@link DataKatalogPelatihan}. Used by the /api endpoints and by the Excel import alike.
 */
public final class PemeriksaKatalogPelatihan {

  public static final int JP_MAKS = 1000;
  /** Seratus juta rupiah per participant: above that, a typo (an extra zero) is far likelier. */
  public static final BigDecimal BIAYA_MAKS = new BigDecimal("100000000");
  static final Pattern POLA_KODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._\\-]{0,29}");
  private static final Pattern RIBUAN = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

  /** The outcome: {@code data} when {@code kesalahan} is empty. */
  public record Hasil(DataKatalogPelatihan data, List<String> kesalahan) {
    public boolean sah() {
      return kesalahan.isEmpty();
    }
  }

  private PemeriksaKatalogPelatihan() {}

  public static Hasil periksa(MasukanKatalogPelatihan m) {
    List<String> salah = new ArrayList<>();
    String kode = teks(m.kode());
    if (kode.isEmpty()) {
      salah.add("Kode wajib diisi");
    } else if (!POLA_KODE.matcher(kode).matches()) {
      salah.add("Kode '" + kode + "' tidak sah: gunakan huruf, angka, '-', '_' atau '.', paling panjang 30 karakter");
    }
    String nama = wajib(m.nama(), "Nama pelatihan", 200, salah);
    JenisPelatihan jenis = pilihan(m.jenis(), "Jenis pelatihan", JenisPelatihan.class, true, salah);
    JenisKompetensi jenisKompetensi = pilihan(m.jenisKompetensi(), "Jenis kompetensi",
        JenisKompetensi.class, true, salah);
    String kompetensi = wajib(m.kompetensi(), "Kompetensi yang dibangun", 200, salah);
    NilaiBerakhlak nilai = nilaiBerakhlak(m.nilaiBerakhlak(), salah);
    Integer jp = jp(m.jp(), salah);
    String penyelenggara = wajib(m.penyelenggara(), "Penyelenggara", 200, salah);
    ModaPelatihan moda = pilihan(m.moda(), "Moda", ModaPelatihan.class, true, salah);
    BigDecimal biaya = biaya(m.biaya(), salah);
    Boolean aktif = yaTidak(m.aktif(), salah);
    if (!salah.isEmpty()) {
      return new Hasil(null, List.copyOf(salah));
    }
    return new Hasil(new DataKatalogPelatihan(kode, nama, jenis, jenisKompetensi, kompetensi, nilai,
        jp, penyelenggara, moda, biaya, aktif), List.of());
  }

  static String teks(String s) {
    return s == null ? "" : TeksAman.bersihkan(s).replace('\u00A0', ' ').strip();
  }

  private static String wajib(String nilai, String label, int maks, List<String> salah) {
    String t = teks(nilai).replaceAll("\\s+", " ");
    if (t.isEmpty()) {
      salah.add(label + " wajib diisi");
    } else if (t.length() > maks) {
      salah.add(label + " paling panjang " + maks + " karakter (sekarang " + t.length() + ")");
    }
    return t;
  }

  /** An enum value by its name, case and spaces/dashes forgiven ("e-learning" → E_LEARNING). */
  static <E extends Enum<E>> E pilihan(String nilai, String label, Class<E> jenis, boolean wajib,
      List<String> salah) {
    String t = teks(nilai);
    if (t.isEmpty()) {
      if (wajib) {
        salah.add(label + " wajib diisi (" + daftar(jenis) + ")");
      }
      return null;
    }
    String kunci = t.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    Optional<E> e = Arrays.stream(jenis.getEnumConstants()).filter(x -> x.name().equals(kunci)).findFirst();
    if (e.isEmpty()) {
      salah.add(label + " '" + t + "' tidak dikenal; pilih salah satu: " + daftar(jenis));
      return null;
    }
    return e.get();
  }

  private static NilaiBerakhlak nilaiBerakhlak(String nilai, List<String> salah) {
    String t = teks(nilai);
    if (t.isEmpty() || t.equals("-")) {
      return null;
    }
    // the label as users write it ("Berorientasi Pelayanan") is accepted too
    Function<NilaiBerakhlak, String> label = n -> n.label().toUpperCase(Locale.ROOT).replace(' ', '_');
    String kunci = t.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    return Arrays.stream(NilaiBerakhlak.values())
        .filter(n -> n.name().equals(kunci) || label.apply(n).equals(kunci))
        .findFirst()
        .orElseGet(() -> {
          salah.add("Nilai BerAKHLAK '" + t + "' tidak dikenal; pilih salah satu: "
              + daftar(NilaiBerakhlak.class) + " (atau kosongkan)");
          return null;
        });
  }

  private static Integer jp(String nilai, List<String> salah) {
    String t = teks(nilai);
    if (t.isEmpty()) {
      salah.add("JP wajib diisi (jam pelajaran, 1 sampai " + JP_MAKS + ")");
      return null;
    }
    try {
      BigDecimal d = new BigDecimal(t.replace(',', '.'));
      if (d.stripTrailingZeros().scale() > 0) {
        salah.add("JP harus bilangan bulat, bukan '" + t + "'");
        return null;
      }
      if (d.compareTo(BigDecimal.ONE) < 0 || d.compareTo(BigDecimal.valueOf(JP_MAKS)) > 0) {
        salah.add("JP harus antara 1 dan " + JP_MAKS + ", bukan " + d.toPlainString());
        return null;
      }
      return d.intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      salah.add("JP harus berupa angka, bukan '" + t + "'");
      return null;
    }
  }

  /** Rupiah: "2500000", "2.500.000" or "Rp 2.500.000"; empty = 0 (free of charge). */
  static BigDecimal biaya(String nilai, List<String> salah) {
    String t = teks(nilai).replaceFirst("(?i)^rp\\.?", "").replace(" ", "");
    if (t.isEmpty() || t.equals("-")) {
      return BigDecimal.ZERO;
    }
    if (RIBUAN.matcher(t).matches()) {
      t = t.replace(".", "");
    }
    try {
      BigDecimal d = new BigDecimal(t);
      if (d.signum() < 0) {
        salah.add("Biaya tidak boleh negatif (" + teks(nilai) + ")");
        return null;
      }
      if (d.stripTrailingZeros().scale() > 0) {
        salah.add("Biaya ditulis dalam rupiah penuh tanpa sen, bukan '" + teks(nilai) + "'");
        return null;
      }
      if (d.compareTo(BIAYA_MAKS) > 0) {
        salah.add("Biaya Rp " + rupiah(d) + " melebihi batas wajar Rp " + rupiah(BIAYA_MAKS)
            + " per peserta; periksa angka nol yang berlebih");
        return null;
      }
      return d.setScale(0);
    } catch (NumberFormatException e) {
      salah.add("Biaya harus berupa angka rupiah, bukan '" + teks(nilai) + "'");
      return null;
    }
  }

  private static Boolean yaTidak(String nilai, List<String> salah) {
    String t = teks(nilai).toUpperCase(Locale.ROOT);
    return switch (t) {
      case "", "YA", "Y", "TRUE", "1", "AKTIF" -> true;
      case "TIDAK", "T", "FALSE", "0", "NONAKTIF" -> false;
      default -> {
        salah.add("Aktif harus YA atau TIDAK, bukan '" + teks(nilai) + "'");
        yield null;
      }
    };
  }

  static String rupiah(BigDecimal d) {
    return String.format(Locale.forLanguageTag("id-ID"), "%,d", d.toBigInteger());
  }

  static <E extends Enum<E>> String daftar(Class<E> jenis) {
    return Arrays.stream(jenis.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
