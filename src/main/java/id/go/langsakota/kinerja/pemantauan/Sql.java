package id.go.langsakota.kinerja.pemantauan;

import id.go.langsakota.kinerja.config.Waktu;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * SQL pieces shared by the monitoring queries. Membership of an OPD is the register's rule: a
 * definitive jabatan in the OPD on the register date {@code :acuan}, the pegawai active then.
 * Timestamps are stored as WIB wall time (hibernate.jdbc.time_zone), so they are read and
 * compared as LocalDateTime in WIB.
 */
final class Sql {

  private Sql() {}

  /** pg = pegawai, j = jabatan, o = opd, p = the assignment. */
  static final String FROM_ANGGOTA = """
       penugasan_jabatan p
        JOIN pegawai pg ON pg.id = p.pegawai_id
        JOIN jabatan j ON j.id = p.jabatan_id
        JOIN unit_kerja u ON u.id = j.unit_kerja_id
        JOIN opd o ON o.id = u.opd_id
      """;

  static final String WHERE_ANGGOTA = """
       p.jenis = 'DEFINITIF' AND p.tmt_mulai <= :acuan
        AND (p.tmt_selesai IS NULL OR p.tmt_selesai >= :acuan)
        AND (pg.status = 'AKTIF' OR pg.tanggal_berhenti > :acuan)
      """;

  static String filterOpd(FilterPemantauan f, String kolom) {
    return f.kodeOpd() == null ? "" : " AND " + kolom + " = :kodeOpd ";
  }

  static LocalDateTime waktu(ResultSet rs, int kolom) throws SQLException {
    return rs.getObject(kolom, LocalDateTime.class);
  }

  static LocalDate tanggal(ResultSet rs, int kolom) throws SQLException {
    LocalDateTime w = waktu(rs, kolom);
    return w == null ? null : w.toLocalDate();
  }

  static LocalDate tanggalSaja(ResultSet rs, int kolom) throws SQLException {
    return rs.getObject(kolom, LocalDate.class);
  }

  /** Now as WIB wall time, for comparisons with stored timestamps. */
  static LocalDateTime kini() {
    return LocalDateTime.now(Waktu.WIB);
  }

  static String namaLengkap(String gelarDepan, String nama, String gelarBelakang) {
    StringBuilder s = new StringBuilder();
    if (gelarDepan != null && !gelarDepan.isBlank()) {
      s.append(gelarDepan.trim()).append(' ');
    }
    s.append(nama);
    if (gelarBelakang != null && !gelarBelakang.isBlank()) {
      s.append(", ").append(gelarBelakang.trim());
    }
    return s.toString();
  }
}
