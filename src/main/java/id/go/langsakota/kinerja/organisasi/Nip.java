package id.go.langsakota.kinerja.organisasi;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a NIP (or NI PPPK): 18 digits = tanggal lahir yyyyMMdd + TMT CPNS/PPPK yyyyMM + jenis
 * kelamin 1|2 + nomor urut 3 digits. Messages are in Bahasa Indonesia, for people fixing a form.
 */
public final class Nip {

  private static final int USIA_MINIMAL_PENGANGKATAN = 17;

  private Nip() {}

  /** Every problem found; an empty list means the NIP is valid. */
  public static List<String> periksa(String nip) {
    List<String> salah = new ArrayList<>();
    if (nip == null || nip.isBlank()) {
      salah.add("NIP wajib diisi");
      return salah;
    }
    if (!nip.matches("\\d{18}")) {
      salah.add("NIP harus terdiri dari 18 angka tanpa spasi atau tanda baca (diterima: '" + nip + "')");
      return salah;
    }
    LocalDate lahir = null;
    try {
      lahir = LocalDate.of(angka(nip, 0, 4), angka(nip, 4, 6), angka(nip, 6, 8));
      if (lahir.getYear() < 1940 || lahir.isAfter(LocalDate.now())) {
        salah.add("Tahun lahir pada NIP (digit 1-8) tidak masuk akal: " + lahir.getYear());
      }
    } catch (DateTimeException e) {
      salah.add("Digit 1-8 NIP bukan tanggal lahir yang sah (yyyymmdd): " + nip.substring(0, 8));
    }
    YearMonth tmt = null;
    int bulan = angka(nip, 12, 14);
    if (bulan < 1 || bulan > 12) {
      salah.add("Digit 9-14 NIP bukan TMT pengangkatan yang sah (yyyymm): " + nip.substring(8, 14));
    } else {
      tmt = YearMonth.of(angka(nip, 8, 12), bulan);
      if (tmt.isAfter(YearMonth.now().plusYears(1))) {
        salah.add("TMT pengangkatan pada NIP (digit 9-14) ada di masa depan: " + tmt);
      }
    }
    if (lahir != null && tmt != null
        && tmt.isBefore(YearMonth.from(lahir.plusYears(USIA_MINIMAL_PENGANGKATAN)))) {
      salah.add("TMT pengangkatan pada NIP terlalu dekat dengan tanggal lahir (usia di bawah "
          + USIA_MINIMAL_PENGANGKATAN + " tahun)");
    }
    char kelamin = nip.charAt(14);
    if (kelamin != '1' && kelamin != '2') {
      salah.add("Digit 15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan), bukan " + kelamin);
    }
    if (nip.endsWith("000")) {
      salah.add("Nomor urut pada NIP (digit 16-18) tidak boleh 000");
    }
    return salah;
  }

  public static boolean sah(String nip) {
    return periksa(nip).isEmpty();
  }

  public static LocalDate tanggalLahir(String nip) {
    return LocalDate.of(angka(nip, 0, 4), angka(nip, 4, 6), angka(nip, 6, 8));
  }

  /** 'L' or 'P' (laki-laki / perempuan), from digit 15. */
  public static char jenisKelamin(String nip) {
    return nip.charAt(14) == '1' ? 'L' : 'P';
  }

  private static int angka(String s, int dari, int sampai) {
    return Integer.parseInt(s.substring(dari, sampai));
  }
}
