package id.go.langsakota.kinerja.pemantauan;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.web.KesalahanValidasiException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the query parameters of /api/pemantauan itself (as text), so every bad filter is a 400 in
 * Indonesian with the list of what is wrong, never Spring's conversion message.
 */
@Component
class PemeriksaFilter {

  static final int TAHUN_MIN = 2000;
  static final int TAHUN_MAKS = 2100;

  private final JdbcTemplate jdbc;

  PemeriksaFilter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  FilterPemantauan baca(String tahun, String periode, String kodeOpd) {
    List<String> salah = new ArrayList<>();
    Integer t = bilangan(tahun, "Tahun", salah);
    if (t == null && (tahun == null || tahun.isBlank())) {
      salah.add("Tahun wajib diisi (mis. tahun=2026)");
    } else if (t != null && (t < TAHUN_MIN || t > TAHUN_MAKS)) {
      salah.add("Tahun harus antara " + TAHUN_MIN + " dan " + TAHUN_MAKS);
      t = null;
    }
    Integer p = bilangan(periode, "Periode", salah);
    if (p != null && t != null) {
      int maks = periodeMaksimal(t);
      if (p < 1 || p > maks) {
        salah.add("Periode harus antara 1 dan " + maks + (maks == 4 ? " (penilaian triwulanan tahun " + t + ")"
            : " (nomor bulan penilaian)"));
      }
    } else if (p != null && (p < 1 || p > 12)) {
      salah.add("Periode harus antara 1 dan 12");
    }
    String kode = kodeOpd == null || kodeOpd.isBlank() ? null : kodeOpd.strip();
    String nama = null;
    if (kode != null) {
      List<String> ada = kode.length() > 20 ? List.of()
          : jdbc.queryForList("SELECT nama FROM opd WHERE kode = ?", String.class, kode);
      if (ada.isEmpty()) {
        salah.add("OPD dengan kode '" + (kode.length() > 20 ? kode.substring(0, 20) + "…" : kode)
            + "' tidak dikenal (lihat /api/pemantauan/opd)");
      } else {
        nama = ada.get(0);
      }
    }
    if (!salah.isEmpty()) {
      throw new KesalahanValidasiException("Filter pemantauan tidak sah: " + String.join("; ", salah), salah);
    }
    return new FilterPemantauan(t, p, kode, nama, acuan(t));
  }

  /** Only the year (kesehatan-proses has no filter; ringkasan-kota only the year). */
  FilterPemantauan bacaTahun(String tahun) {
    return baca(tahun, null, null);
  }

  /** Register date: today in the running year, else 31 December (or today for a future year). */
  static LocalDate acuan(int tahun) {
    LocalDate hariIni = Waktu.hariIni();
    LocalDate akhir = LocalDate.of(tahun, 12, 31);
    return hariIni.isBefore(akhir) ? hariIni : akhir;
  }

  /** 4 when the year's SKPs are all quarterly, else 12 (monthly, or no SKP yet). */
  private int periodeMaksimal(int tahun) {
    List<String> jenis = jdbc.queryForList("SELECT DISTINCT jenis_periode FROM skp WHERE tahun = ?",
        String.class, tahun);
    return !jenis.isEmpty() && jenis.stream().allMatch("TRIWULANAN"::equals) ? 4 : 12;
  }

  private static Integer bilangan(String teks, String nama, List<String> salah) {
    if (teks == null || teks.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(teks.strip());
    } catch (NumberFormatException e) {
      salah.add(nama + " harus berupa bilangan bulat, bukan '"
          + (teks.length() > 20 ? teks.substring(0, 20) + "…" : teks) + "'");
      return null;
    }
  }
}
