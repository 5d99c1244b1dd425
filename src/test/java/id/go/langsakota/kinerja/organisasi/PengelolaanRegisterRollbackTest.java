package id.go.langsakota.kinerja.organisasi;

import static id.go.langsakota.kinerja.organisasi.OrganisasiUji.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refused mutations leave nothing written, with real transactions (no test transaction around
 * them): the organisation is committed, each refusal runs and rolls back on its own, and the
 * tables are compared row by row afterwards.
 */
@RegisterJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class PengelolaanRegisterRollbackTest {

  @Autowired PengelolaanRegisterService pengelolaan;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void organisasi() {
    new OrganisasiUji(pengelolaan).bangun();
  }

  @AfterEach
  void bersihkan() {
    jdbc.update("delete from penugasan_jabatan");
    jdbc.update("delete from peran_pengguna");
    jdbc.update("delete from pegawai");
    jdbc.update("update jabatan set atasan_id = null");
    jdbc.update("delete from jabatan");
    jdbc.update("update unit_kerja set induk_id = null");
    jdbc.update("delete from unit_kerja");
    jdbc.update("delete from opd");
  }

  private List<Map<String, Object>> isi() {
    return List.of(
        Map.of("pegawai", jdbc.queryForList("select * from pegawai order by id")),
        Map.of("penugasan", jdbc.queryForList("select * from penugasan_jabatan order by id")),
        Map.of("jabatan", jdbc.queryForList("select * from jabatan order by id")),
        Map.of("unit", jdbc.queryForList("select * from unit_kerja order by id")),
        Map.of("peran", jdbc.queryForList("select * from peran_pengguna order by id")));
  }

  @Test
  void refusalsLeaveEveryTableAsItWas() {
    List<Map<String, Object>> sebelum = isi();
    assertThat(jdbc.queryForObject("select count(*) from penugasan_jabatan", Integer.class)).isEqualTo(9);

    assertThatThrownBy(() -> pengelolaan.tambahPegawai(
        new DataPegawai(PEL1, "Duplikat", null, null, JenisAsn.PNS, null, null)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> pengelolaan.angkatDalamJabatan(PEL1, "J-KASI", LocalDate.of(2025, 4, 1)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> pengelolaan.tunjukPlt(PEL1, "J-KASI", LocalDate.of(2025, 4, 1), null))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> pengelolaan.simpanJabatan(new DataJabatan("J-KABID", "Kabid", JenisJabatan.ADMINISTRATOR,
        null, 12, "DISDIK.BID", "J-KASI", false)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> pengelolaan.simpanUnitKerja("DISDIK", "Dinas", "DISDIK", "DISDIK.BID.S2"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> pengelolaan.beriPeran(PEL1, "Nama yang terlalu panjang ".repeat(10), Peran.BKPSDM))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(isi()).isEqualTo(sebelum);
  }
}
