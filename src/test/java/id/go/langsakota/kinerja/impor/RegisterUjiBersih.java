package id.go.langsakota.kinerja.impor;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Removes what the import tests wrote (kode prefix UJI-, the test NIPs) from the shared database. */
final class RegisterUjiBersih {

  private RegisterUjiBersih() {}

  static void bersihkan(JdbcTemplate jdbc) {
    String nip = "'" + String.join("','", BerkasUji.SEMUA_NIP) + "'";
    jdbc.update("delete from penugasan_jabatan where jabatan_id in (select id from jabatan where "
        + "kode like 'UJI-%') or pegawai_id in (select id from pegawai where nip in (" + nip + "))");
    jdbc.update("update jabatan set atasan_id = null where kode like 'UJI-%'");
    jdbc.update("delete from jabatan where kode like 'UJI-%'");
    jdbc.update("update unit_kerja set induk_id = null where kode like 'UJI-%'");
    jdbc.update("delete from unit_kerja where kode like 'UJI-%'");
    jdbc.update("delete from opd where kode like 'UJI-%'");
    jdbc.update("delete from pegawai where nip in (" + nip + ")");
  }

  /** Row counts and the sum of optimistic-lock versions of the register tables. */
  static Map<String, Long> jumlah(JdbcTemplate jdbc) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (String tabel : new String[] {"opd", "unit_kerja", "jabatan", "pegawai",
        "penugasan_jabatan"}) {
      m.put(tabel, jdbc.queryForObject("select count(*) from " + tabel, Long.class));
      m.put(tabel + ".versi", jdbc.queryForObject("select coalesce(sum(versi), 0) from " + tabel,
          Long.class));
    }
    return m;
  }
}
