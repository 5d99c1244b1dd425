package id.go.langsakota.kinerja.pemantauan;

import static id.go.langsakota.kinerja.pemantauan.Sql.FROM_ANGGOTA;
import static id.go.langsakota.kinerja.pemantauan.Sql.WHERE_ANGGOTA;
import static id.go.langsakota.kinerja.pemantauan.Sql.filterOpd;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pemantauan pengisian: per OPD how far the year's SKPs, periods and annual ratings are. Two
 * grouped queries for the whole city (SKP states, period states), whatever its size.
 */
@Service
@Transactional(readOnly = true)
public class PemantauanService {

  static final String KOTA = "Kota Langsa";

  public record Opd(String kodeOpd, String namaOpd) {}

  public record BarisPengisian(String kodeOpd, String namaOpd, int jumlahAsn, int skpBelumDisusun,
      int skpMenungguPersetujuan, int skpDisepakati, int periodeDilaporkan, int periodeDinilai,
      int periodeTerlambat, Integer terlambatTerlamaHari, int penilaianTahunanSelesai) {}

  public record Pengisian(int tahun, Integer periode, String kodeOpd, List<BarisPengisian> baris,
      BarisPengisian total) {}

  private final NamedParameterJdbcTemplate jdbc;

  public PemantauanService(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Active OPD for the filter dropdown, by name. */
  public List<Opd> opd() {
    return jdbc.query("SELECT kode, nama FROM opd WHERE aktif = TRUE ORDER BY nama, kode",
        (rs, i) -> new Opd(rs.getString(1), rs.getString(2)));
  }

  static MapSqlParameterSource parameter(FilterPemantauan f) {
    return new MapSqlParameterSource().addValue("tahun", f.tahun()).addValue("acuan", f.acuan())
        .addValue("kodeOpd", f.kodeOpd()).addValue("periode", f.periode()).addValue("kini", Sql.kini());
  }

  /** The periods that are overdue now: not reported by batas_lapor, or not rated by batas_penilaian. */
  static final String TERLAMBAT = """
      ((pp.status = 'MENUNGGU_REALISASI' AND pp.batas_lapor < :kini)
        OR (pp.status = 'MENUNGGU_PENILAIAN' AND pp.batas_penilaian < :kini))""";

  static final String BATAS_TERLAMBAT = """
      CASE WHEN pp.status = 'MENUNGGU_REALISASI' THEN pp.batas_lapor ELSE pp.batas_penilaian END""";

  public Pengisian pengisian(FilterPemantauan f) {
    MapSqlParameterSource par = parameter(f);
    Map<String, int[]> skp = new LinkedHashMap<>();
    Map<String, String> nama = new LinkedHashMap<>();
    jdbc.query("SELECT o.kode, o.nama, COUNT(DISTINCT pg.nip),"
        + " SUM(CASE WHEN s.id IS NULL OR s.status IN ('DRAF','DIKEMBALIKAN') THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN s.status = 'DIAJUKAN' THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN s.status IN ('DISETUJUI','DINILAI','DITERIMA') THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN s.status IN ('DINILAI','DITERIMA') THEN 1 ELSE 0 END)"
        + " FROM " + FROM_ANGGOTA + " LEFT JOIN skp s ON s.nip = pg.nip AND s.tahun = :tahun"
        + " WHERE " + WHERE_ANGGOTA + filterOpd(f, "o.kode")
        + " GROUP BY o.kode, o.nama", par, rs -> {
          nama.put(rs.getString(1), rs.getString(2));
          skp.put(rs.getString(1), new int[] {rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)});
        });
    Map<String, int[]> periode = new LinkedHashMap<>();
    Map<String, LocalDateTime> batasTerlama = new LinkedHashMap<>();
    jdbc.query("SELECT o.kode,"
        + " SUM(CASE WHEN pp.dilaporkan_pada IS NOT NULL THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN pp.status = 'SELESAI' THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN " + TERLAMBAT + " THEN 1 ELSE 0 END),"
        + " MIN(CASE WHEN " + TERLAMBAT + " THEN " + BATAS_TERLAMBAT + " END)"
        + " FROM " + FROM_ANGGOTA + " JOIN penilaian_periodik pp ON pp.nip = pg.nip AND pp.tahun = :tahun"
        + (f.periode() == null ? "" : " AND pp.periode_ke = :periode")
        + " WHERE " + WHERE_ANGGOTA + filterOpd(f, "o.kode")
        + " GROUP BY o.kode", par, rs -> {
          periode.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4)});
          batasTerlama.put(rs.getString(1), Sql.waktu(rs, 5));
        });
    LocalDate hariIni = Sql.kini().toLocalDate();
    List<BarisPengisian> baris = new ArrayList<>();
    int[] t = new int[9];
    Integer terlamaKota = null;
    for (Map.Entry<String, int[]> e : skp.entrySet()) {
      int[] s = e.getValue();
      int[] p = periode.getOrDefault(e.getKey(), new int[3]);
      LocalDateTime batas = batasTerlama.get(e.getKey());
      Integer hari = batas == null ? null : hariTerlambat(batas, hariIni);
      baris.add(new BarisPengisian(e.getKey(), nama.get(e.getKey()), s[0], s[1], s[2], s[3], p[0], p[1], p[2], hari, s[4]));
      int[] semua = {s[0], s[1], s[2], s[3], p[0], p[1], p[2], s[4]};
      for (int i = 0; i < semua.length; i++) {
        t[i] += semua[i];
      }
      if (hari != null && (terlamaKota == null || hari > terlamaKota)) {
        terlamaKota = hari;
      }
    }
    baris.sort((a, b) -> a.namaOpd().compareTo(b.namaOpd()));
    BarisPengisian total = new BarisPengisian(null, f.kodeOpd() == null ? KOTA : f.namaOpd(), t[0], t[1], t[2], t[3],
        t[4], t[5], t[6], terlamaKota, t[7]);
    return new Pengisian(f.tahun(), f.periode(), f.kodeOpd(), baris, total);
  }

  /** Calendar days from the deadline's day to today (deadline 1 Dec, today 3 Dec: 2 days). */
  static int hariTerlambat(LocalDateTime batas, LocalDate hariIni) {
    return (int) Math.max(0, ChronoUnit.DAYS.between(batas.toLocalDate(), hariIni));
  }
}
