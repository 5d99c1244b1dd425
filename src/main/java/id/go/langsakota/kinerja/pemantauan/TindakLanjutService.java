package id.go.langsakota.kinerja.pemantauan;

import static id.go.langsakota.kinerja.pemantauan.Sql.FROM_ANGGOTA;
import static id.go.langsakota.kinerja.pemantauan.Sql.WHERE_ANGGOTA;
import static id.go.langsakota.kinerja.pemantauan.Sql.filterOpd;

import id.go.langsakota.kinerja.keberatan.StatusKeberatan;
import id.go.langsakota.kinerja.pengaturan.KunciPengaturan;
import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import id.go.langsakota.kinerja.penghargaan.KategoriPenghargaan;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tindak lanjut of a year: open appeals and their decision deadlines, training needs and JP per
 * OPD, the award selection's stage and winners, improvement periods running. OPD membership is
 * the register on the filter's date; every figure is counted in the database.
 */
@Service
@Transactional(readOnly = true)
public class TindakLanjutService {

  /** Lists (open appeals, running pembinaan) stop here; the counters stay exact. */
  public static final int BATAS_DAFTAR = 500;

  public record KeberatanTerbuka(String nip, String nama, String namaOpd, String tahap, LocalDate batas,
      boolean lewatBatas) {}

  public record Keberatan(int terbuka, int lewatBatas, List<KeberatanTerbuka> daftar) {}

  public record BarisPelatihan(String kodeOpd, String namaOpd, int ditetapkan, int selesai, int terverifikasi,
      int jumlahJp, int asnDiBawah20Jp) {}

  /** @param jpMinimal the entitlement from pengaturan JP_MINIMAL_TAHUNAN (20 by default) */
  public record Pelatihan(int jpMinimal, List<BarisPelatihan> baris) {}

  public record Pemenang(String kategori, String nip, String nama, String namaOpd) {}

  public record Penghargaan(String tahap, LocalDate batas, List<Pemenang> pemenang) {}

  public record PembinaanBerjalan(String nip, String nama, String namaOpd, String tahap, LocalDate mulai,
      LocalDate selesaiRencana) {}

  public record Pembinaan(int berjalan, List<PembinaanBerjalan> daftar) {}

  public record TindakLanjut(int tahun, String kodeOpd, Keberatan keberatan, Pelatihan pelatihan,
      Penghargaan penghargaan, Pembinaan pembinaan) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final PengaturanService pengaturan;

  public TindakLanjutService(NamedParameterJdbcTemplate jdbc, PengaturanService pengaturan) {
    this.jdbc = jdbc;
    this.pengaturan = pengaturan;
  }

  public TindakLanjut tindakLanjut(FilterPemantauan f) {
    return new TindakLanjut(f.tahun(), f.kodeOpd(), keberatan(f, true), pelatihan(f), penghargaan(f), pembinaan(f, true));
  }

  /** Appeals still open (filed or waiting for explanations), by decision deadline. */
  Keberatan keberatan(FilterPemantauan f, boolean denganDaftar) {
    MapSqlParameterSource par = PemantauanService.parameter(f);
    String dari = " FROM " + FROM_ANGGOTA + " JOIN keberatan k ON k.nip = pg.nip AND k.tahun = :tahun"
        + " WHERE " + WHERE_ANGGOTA + filterOpd(f, "o.kode") + " AND k.status IN ('DIAJUKAN','MENUNGGU_PENJELASAN')";
    int[] jumlah = new int[2];
    jdbc.query("SELECT COUNT(*), SUM(CASE WHEN k.batas_keputusan < :kini THEN 1 ELSE 0 END)" + dari, par, rs -> {
      jumlah[0] = rs.getInt(1);
      jumlah[1] = rs.getInt(2);
    });
    List<KeberatanTerbuka> daftar = !denganDaftar ? List.of() : jdbc.query(
        "SELECT pg.nip, pg.nama, pg.gelar_depan, pg.gelar_belakang, o.nama, k.status, k.batas_keputusan, k.dieskalasi_pada"
            + dari + " ORDER BY k.batas_keputusan, pg.nip LIMIT " + BATAS_DAFTAR, par, (rs, i) -> {
              LocalDateTime batas = Sql.waktu(rs, 7);
              String tahap = StatusKeberatan.valueOf(rs.getString(6)).label()
                  + (rs.getObject(8) != null ? " (dieskalasi)" : "");
              return new KeberatanTerbuka(rs.getString(1), Sql.namaLengkap(rs.getString(3), rs.getString(2),
                  rs.getString(4)), rs.getString(5), tahap, batas == null ? null : batas.toLocalDate(),
                  batas != null && batas.isBefore(Sql.kini()));
            });
    return new Keberatan(jumlah[0], jumlah[1], daftar);
  }

  /**
   * Per OPD: training needs of the year assigned (ditetapkan or later), done (certificate in:
   * DILAPORKAN or SELESAI) and verified (SELESAI); verified JP of the year (all trainings, by
   * tanggal selesai) and ASN below the entitlement.
   */
  Pelatihan pelatihan(FilterPemantauan f) {
    int minimal = pengaturan.bilangan(KunciPengaturan.JP_MINIMAL_TAHUNAN);
    MapSqlParameterSource par = PemantauanService.parameter(f).addValue("minimal", minimal)
        .addValue("dari", LocalDate.of(f.tahun(), 1, 1)).addValue("sampai", LocalDate.of(f.tahun(), 12, 31));
    Map<String, int[]> angka = new LinkedHashMap<>();
    Map<String, String> nama = new LinkedHashMap<>();
    jdbc.query("SELECT o.kode, o.nama, SUM(COALESCE(jp.jumlah, 0)),"
        + " SUM(CASE WHEN COALESCE(jp.jumlah, 0) < :minimal THEN 1 ELSE 0 END)"
        + " FROM " + FROM_ANGGOTA + " LEFT JOIN (SELECT nip, SUM(jp) AS jumlah FROM pengembangan_kompetensi"
        + "   WHERE status = 'TERVERIFIKASI' AND tanggal_selesai BETWEEN :dari AND :sampai GROUP BY nip) jp"
        + "   ON jp.nip = pg.nip"
        + " WHERE " + WHERE_ANGGOTA + filterOpd(f, "o.kode") + " GROUP BY o.kode, o.nama", par, rs -> {
          nama.put(rs.getString(1), rs.getString(2));
          angka.put(rs.getString(1), new int[] {0, 0, 0, rs.getInt(3), rs.getInt(4)});
        });
    jdbc.query("SELECT o.kode,"
        + " SUM(CASE WHEN kp.status IN ('DITETAPKAN','DILAPORKAN','DIKEMBALIKAN','SELESAI') THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN kp.status IN ('DILAPORKAN','SELESAI') THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN kp.status = 'SELESAI' THEN 1 ELSE 0 END)"
        + " FROM " + FROM_ANGGOTA + " JOIN kebutuhan_pelatihan kp ON kp.nip = pg.nip AND kp.tahun = :tahun"
        + " WHERE " + WHERE_ANGGOTA + filterOpd(f, "o.kode") + " GROUP BY o.kode", par, rs -> {
          int[] a = angka.get(rs.getString(1));
          if (a != null) {
            a[0] = rs.getInt(2);
            a[1] = rs.getInt(3);
            a[2] = rs.getInt(4);
          }
        });
    List<BarisPelatihan> baris = new ArrayList<>();
    angka.forEach((kode, a) -> baris.add(new BarisPelatihan(kode, nama.get(kode), a[0], a[1], a[2], a[3], a[4])));
    baris.sort((a, b) -> a.namaOpd().compareTo(b.namaOpd()));
    return new Pelatihan(minimal, baris);
  }

  /** The award selection of the year: stage in words, its deadline, the winners (of the OPD filter). */
  Penghargaan penghargaan(FilterPemantauan f) {
    MapSqlParameterSource par = PemantauanService.parameter(f);
    List<Penghargaan> seleksi = jdbc.query("SELECT status, batas_nominasi, batas_penilaian_tim, batas_persetujuan"
        + " FROM seleksi_penghargaan WHERE tahun = :tahun", par, (rs, i) -> {
          String status = rs.getString(1);
          return switch (status) {
            case "NOMINASI" -> new Penghargaan("Nominasi", Sql.tanggal(rs, 2), List.of());
            case "PENILAIAN_TIM" -> new Penghargaan("Penilaian tim", Sql.tanggal(rs, 3), List.of());
            case "PERSETUJUAN" -> new Penghargaan("Persetujuan Wali Kota", Sql.tanggal(rs, 4), List.of());
            default -> new Penghargaan("Selesai", null, List.of());
          };
        });
    if (seleksi.isEmpty()) {
      return new Penghargaan("Belum dibuka", null, List.of());
    }
    List<Pemenang> pemenang = jdbc.query("SELECT w.kategori, w.nip, pg.nama, pg.gelar_depan, pg.gelar_belakang, o.nama"
        + " FROM pemenang_penghargaan w JOIN nominasi_penghargaan n ON n.id = w.nominasi_id"
        + " LEFT JOIN pegawai pg ON pg.nip = w.nip LEFT JOIN opd o ON o.kode = n.kode_opd"
        + " WHERE w.tahun = :tahun" + filterOpd(f, "n.kode_opd") + " ORDER BY w.kategori", par, (rs, i) ->
            new Pemenang(KategoriPenghargaan.valueOf(rs.getString(1)).label(), rs.getString(2),
                rs.getString(3) == null ? rs.getString(2) : Sql.namaLengkap(rs.getString(4), rs.getString(3), rs.getString(5)),
                rs.getString(6)));
    Penghargaan s = seleksi.get(0);
    return new Penghargaan(s.tahap(), s.batas(), pemenang);
  }

  /** Pembinaan of the year not yet closed, the earliest end first. */
  Pembinaan pembinaan(FilterPemantauan f, boolean denganDaftar) {
    MapSqlParameterSource par = PemantauanService.parameter(f);
    String dari = " FROM " + FROM_ANGGOTA + " JOIN pembinaan_kinerja b ON b.nip = pg.nip AND b.tahun = :tahun"
        + " WHERE " + WHERE_ANGGOTA + filterOpd(f, "o.kode")
        + " AND b.status NOT IN ('SELESAI_MEMBAIK','SELESAI_DIPUTUSKAN')";
    Integer berjalan = jdbc.queryForObject("SELECT COUNT(*)" + dari, par, Integer.class);
    List<PembinaanBerjalan> daftar = !denganDaftar ? List.of() : jdbc.query(
        "SELECT pg.nip, pg.nama, pg.gelar_depan, pg.gelar_belakang, o.nama, b.status, b.tanggal_mulai_masa,"
            + " b.dimulai_pada, b.tanggal_akhir_masa" + dari
            + " ORDER BY b.tanggal_akhir_masa, pg.nip LIMIT " + BATAS_DAFTAR, par, (rs, i) -> {
              LocalDate mulai = Sql.tanggalSaja(rs, 7);
              return new PembinaanBerjalan(rs.getString(1), Sql.namaLengkap(rs.getString(3), rs.getString(2),
                  rs.getString(4)), rs.getString(5), tahapPembinaan(rs.getString(6)),
                  mulai != null ? mulai : Sql.tanggal(rs, 8), Sql.tanggalSaja(rs, 9));
            });
    return new Pembinaan(berjalan == null ? 0 : berjalan, daftar);
  }

  static String tahapPembinaan(String status) {
    return switch (status) {
      case "MENYUSUN_RENCANA" -> "Menyusun rencana";
      case "MENUNGGU_PERSETUJUAN" -> "Rencana menunggu persetujuan ASN";
      case "BERJALAN" -> "Masa pembinaan berjalan";
      case "EVALUASI" -> "Evaluasi";
      case "MENUNGGU_KEPUTUSAN" -> "Menunggu keputusan PPK";
      default -> status;
    };
  }
}
