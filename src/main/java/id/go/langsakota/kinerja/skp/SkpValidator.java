package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.web.IsianTidakValidException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the RHK list submitted with susun-skp (what the form checks, and what a REST client
 * could get wrong): at least one UTAMA RHK, every RHK with at least one indicator, aspek and
 * arah from the lists, target a number above 0 and at most 1e9, every UTAMA RHK linked to one of
 * the offered supervisor RHK / perjanjian kinerja entries.
 */
public final class SkpValidator {

  static final BigDecimal TARGET_MAKS = new BigDecimal("1000000000");
  static final int PANJANG_URAIAN_MAKS = 1000;

  private SkpValidator() {}

  /** @throws IsianTidakValidException listing every problem found */
  @SuppressWarnings("unchecked")
  public static List<RhkMasukan> periksa(Object daftarRhk, Set<String> opsiRhkAtasan) {
    List<String> salah = new ArrayList<>();
    List<RhkMasukan> hasil = new ArrayList<>();
    if (!(daftarRhk instanceof List<?> daftar) || daftar.isEmpty()) {
      throw new IsianTidakValidException("Daftar RHK (rhk) wajib diisi dan berupa daftar");
    }
    int nomor = 0;
    for (Object o : daftar) {
      nomor++;
      String rhkKe = "RHK ke-" + nomor;
      if (!(o instanceof Map<?, ?> m)) {
        salah.add(rhkKe + " tidak berbentuk objek");
        continue;
      }
      JenisRhk jenis = enumDari(JenisRhk.class, m.get("jenis"), rhkKe + ": jenis", salah);
      String uraian = teks(m.get("uraian"), rhkKe + ": uraian", salah);
      String atasan = m.get("rhkAtasan") == null ? null : String.valueOf(m.get("rhkAtasan")).trim();
      if (atasan != null && atasan.isEmpty()) {
        atasan = null;
      }
      if (jenis == JenisRhk.UTAMA && atasan == null) {
        salah.add(rhkKe + ": RHK utama wajib mengacu pada RHK atasan yang diintervensi");
      } else if (atasan != null && !opsiRhkAtasan.contains(atasan)) {
        salah.add(rhkKe + ": RHK atasan '" + atasan + "' bukan RHK pejabat penilai yang berlaku");
      }
      List<RhkMasukan.IndikatorMasukan> indikator = new ArrayList<>();
      Object daftarIndikator = m.get("indikator");
      if (!(daftarIndikator instanceof List<?> li) || li.isEmpty()) {
        salah.add(rhkKe + ": minimal satu indikator kinerja");
      } else {
        int n = 0;
        for (Object oi : li) {
          n++;
          String ik = rhkKe + ", indikator ke-" + n;
          if (!(oi instanceof Map<?, ?> mi)) {
            salah.add(ik + " tidak berbentuk objek");
            continue;
          }
          AspekIndikator aspek = enumDari(AspekIndikator.class, mi.get("aspek"), ik + ": aspek", salah);
          String ur = teks(mi.get("uraian"), ik + ": uraian", salah);
          BigDecimal target = angka(mi.get("target"), ik + ": target", salah);
          String satuan = teks(mi.get("satuan"), ik + ": satuan", salah);
          ArahIndikator arah = mi.get("arah") == null || String.valueOf(mi.get("arah")).isBlank()
              ? ArahIndikator.LEBIH_TINGGI_LEBIH_BAIK
              : enumDari(ArahIndikator.class, mi.get("arah"), ik + ": arah", salah);
          indikator.add(new RhkMasukan.IndikatorMasukan(aspek, ur, target, satuan, arah));
        }
      }
      hasil.add(new RhkMasukan(jenis, uraian, atasan, indikator));
    }
    if (hasil.stream().noneMatch(r -> r.jenis() == JenisRhk.UTAMA)) {
      salah.add("SKP wajib memiliki minimal satu RHK utama");
    }
    if (!salah.isEmpty()) {
      throw new IsianTidakValidException(salah);
    }
    return hasil;
  }

  private static String teks(Object nilai, String nama, List<String> salah) {
    if (nilai == null || String.valueOf(nilai).isBlank()) {
      salah.add(nama + " wajib diisi");
      return null;
    }
    String s = String.valueOf(nilai).trim();
    if (s.length() > PANJANG_URAIAN_MAKS) {
      salah.add(nama + " terlalu panjang (maksimal " + PANJANG_URAIAN_MAKS + " karakter)");
    }
    return s;
  }

  private static BigDecimal angka(Object nilai, String nama, List<String> salah) {
    if (nilai == null || String.valueOf(nilai).isBlank()) {
      salah.add(nama + " wajib diisi");
      return null;
    }
    BigDecimal d;
    try {
      d = nilai instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(String.valueOf(nilai).trim());
    } catch (NumberFormatException e) {
      salah.add(nama + " harus berupa angka, bukan '" + nilai + "'");
      return null;
    }
    if (d.signum() <= 0) {
      salah.add(nama + " harus lebih besar dari 0");
    } else if (d.compareTo(TARGET_MAKS) > 0) {
      salah.add(nama + " tidak wajar (maksimal 1.000.000.000)");
    } else if (d.scale() > 4) {
      salah.add(nama + " paling banyak 4 angka di belakang koma");
    }
    return d;
  }

  static <E extends Enum<E>> E enumDari(Class<E> jenis, Object nilai, String nama, List<String> salah) {
    if (nilai == null || String.valueOf(nilai).isBlank()) {
      salah.add(nama + " wajib diisi");
      return null;
    }
    try {
      return Enum.valueOf(jenis, String.valueOf(nilai).trim());
    } catch (IllegalArgumentException e) {
      List<String> boleh = new ArrayList<>();
      for (E c : jenis.getEnumConstants()) {
        boleh.add(c.name());
      }
      salah.add(nama + " harus salah satu dari " + String.join(", ", boleh) + " (diterima: '" + nilai + "')");
      return null;
    }
  }
}
