package id.go.langsakota.kinerja.disiplin;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.organisasi.Nip;
import id.go.langsakota.kinerja.teks.TeksAman;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Checks a hukuman disiplin (plain Java): the Indonesian problems, or the typed data. */
public final class PemeriksaHukumanDisiplin {

  private static final DateTimeFormatter HARI_BULAN_TAHUN =
      DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter TAHUN_BULAN_HARI =
      DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);

  public record Hasil(DataHukumanDisiplin data, List<String> kesalahan) {
    public boolean sah() {
      return kesalahan.isEmpty();
    }
  }

  private PemeriksaHukumanDisiplin() {}

  /** @param nipTerdaftar whether a (well-formed) NIP is in the register */
  public static Hasil periksa(MasukanHukumanDisiplin m, Predicate<String> nipTerdaftar) {
    List<String> salah = new ArrayList<>();
    String nip = teks(m.nip());
    List<String> salahNip = Nip.periksa(nip);
    if (!salahNip.isEmpty()) {
      salah.addAll(salahNip);
    } else if (!nipTerdaftar.test(nip)) {
      salah.add("NIP " + nip + " tidak terdaftar di register");
    }
    JenisHukumanDisiplin jenis = null;
    String j = kunci(m.jenis());
    if (j.isEmpty()) {
      salah.add("Jenis hukuman disiplin wajib diisi (" + daftar(JenisHukumanDisiplin.class) + ")");
    } else {
      jenis = Arrays.stream(JenisHukumanDisiplin.values()).filter(x -> x.name().equals(j)).findFirst().orElse(null);
      if (jenis == null) {
        salah.add("Jenis hukuman disiplin '" + teks(m.jenis()) + "' tidak dikenal; pilih salah satu: "
            + daftar(JenisHukumanDisiplin.class));
      }
    }
    String t = kunci(m.tingkat());
    if (!t.isEmpty()) {
      TingkatHukumanDisiplin tingkat = Arrays.stream(TingkatHukumanDisiplin.values())
          .filter(x -> x.name().equals(t)).findFirst().orElse(null);
      if (tingkat == null) {
        salah.add("Tingkat hukuman disiplin '" + teks(m.tingkat()) + "' tidak dikenal; pilih RINGAN, SEDANG atau BERAT");
      } else if (jenis != null && jenis.tingkat() != tingkat) {
        salah.add("Jenis " + jenis.name() + " adalah hukuman disiplin tingkat " + jenis.tingkat().name()
            + ", bukan " + tingkat.name() + " (PP 94/2021 Pasal 8)");
      }
    }
    LocalDate mulai = tanggal(m.tmtMulai(), "TMT mulai", true, salah);
    LocalDate selesai = tanggal(m.tmtSelesai(), "TMT selesai", false, salah);
    LocalDate keputusan = tanggal(m.tanggalKeputusan(), "Tanggal keputusan", true, salah);
    if (mulai != null && selesai != null && selesai.isBefore(mulai)) {
      salah.add("TMT selesai tidak boleh sebelum TMT mulai");
    }
    if (mulai != null && keputusan != null && mulai.isBefore(keputusan)) {
      salah.add("TMT mulai tidak boleh sebelum tanggal keputusan (hukuman berlaku setelah ditetapkan)");
    }
    if (jenis != null && jenis.bulan() != null && mulai != null && selesai == null) {
      selesai = mulai.plusMonths(jenis.bulan()).minusDays(1);
    }
    String nomor = teks(m.nomorKeputusan()).replaceAll("\\s+", " ");
    if (nomor.isEmpty()) {
      salah.add("Nomor keputusan wajib diisi");
    } else if (nomor.length() > 100) {
      salah.add("Nomor keputusan paling panjang 100 karakter");
    }
    String keterangan = teks(m.keterangan());
    if (keterangan.length() > 1000) {
      salah.add("Keterangan paling panjang 1000 karakter");
    }
    if (!salah.isEmpty()) {
      return new Hasil(null, List.copyOf(salah));
    }
    return new Hasil(new DataHukumanDisiplin(nip, jenis, mulai, selesai, nomor, keputusan,
        keterangan.isEmpty() ? null : keterangan), List.of());
  }

  static String teks(String s) {
    return s == null ? "" : TeksAman.bersihkan(s).replace('\u00A0', ' ').strip();
  }

  private static String kunci(String s) {
    return teks(s).toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
  }

  /** dd-mm-yyyy or yyyy-mm-dd ('/' and '.' accepted as separators), years 1970 to next year. */
  static LocalDate tanggal(String nilai, String label, boolean wajib, List<String> salah) {
    String v = teks(nilai);
    if (v.isEmpty()) {
      if (wajib) {
        salah.add(label + " wajib diisi (dd-mm-yyyy)");
      }
      return null;
    }
    String n = v.replace('/', '-').replace('.', '-');
    try {
      LocalDate d = n.matches("\\d{4}-\\d{1,2}-\\d{1,2}") ? LocalDate.parse(n, TAHUN_BULAN_HARI)
          : LocalDate.parse(n, HARI_BULAN_TAHUN);
      if (d.getYear() < 1970 || d.getYear() > LocalDate.now(Waktu.WIB).getYear() + 1) {
        salah.add(label + " " + v + " di luar rentang yang wajar (1970 sampai tahun depan)");
        return null;
      }
      return d;
    } catch (DateTimeParseException e) {
      salah.add(label + " '" + v + "' bukan tanggal yang sah; tulis dd-mm-yyyy (mis. 02-01-2025) atau yyyy-mm-dd");
      return null;
    }
  }

  static <E extends Enum<E>> String daftar(Class<E> jenis) {
    return Arrays.stream(jenis.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
