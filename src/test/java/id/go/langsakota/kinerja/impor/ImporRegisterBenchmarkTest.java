package id.go.langsakota.kinerja.impor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * 5,000 rows (37 OPD, the size of Kota Langsa) as XLSX, imported and re-imported. Excluded by
 * default (tag benchmark): {@code ./mvnw test -Dtest=ImporRegisterBenchmarkTest -Dsurefire.excludedGroups=}.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
class ImporRegisterBenchmarkTest {

  static final int OPD = 37;
  static final int BARIS = 5_000;

  @Autowired ImporRegisterService service;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void bersihkan() {
    jdbc.update("delete from penugasan_jabatan where jabatan_id in (select id from jabatan "
        + "where kode like 'UJI-%')");
    jdbc.update("delete from pegawai where nip like '%199901%'");
    RegisterUjiBersih.bersihkan(jdbc);
  }

  @Test
  void limaRibuBaris() {
    BerkasUji berkas = BerkasUji.baru();
    int perOpd = BARIS / OPD + 1;
    int n = 0;
    LocalDate lahir = LocalDate.of(1960, 1, 1);
    for (int o = 0; o < OPD && n < BARIS; o++) {
      String opd = "UJI-OPD" + o;
      for (int i = 0; i < perOpd && n < BARIS; i++, n++) {
        // 0 = kepala; 1..4 kabid; 5..16 kasi (3 per kabid); the rest staff under a kasi.
        String kode = opd + "-J" + i;
        String jenis = i == 0 ? "JPT" : i <= 4 ? "ADMINISTRATOR" : i <= 16 ? "PENGAWAS" : "PELAKSANA";
        String atasan = i == 0 ? "" : i <= 4 ? opd + "-J0" : i <= 16 ? opd + "-J" + (1 + (i - 5) / 3)
            : opd + "-J" + (5 + i % 12);
        String unit = i <= 4 ? opd + "-U" + i : opd + "-U" + (1 + (Math.min(i, 16) - 5) / 3 % 4);
        String nip = lahir.plusDays(n).toString().replace("-", "") + "199901" + "1"
            + String.format("%03d", 1 + n % 999);
        Map<String, String> b = new HashMap<>(Map.of("kode_opd", opd, "nama_opd", "OPD " + o,
            "kode_unit", unit, "nama_unit", "Unit " + unit, "kode_unit_induk",
            unit.endsWith("-U0") ? "" : opd + "-U0", "kode_jabatan", kode, "nama_jabatan",
            "Jabatan " + kode, "jenis_jabatan", jenis, "kelas_jabatan",
            String.valueOf(14 - Math.min(i, 8)), "kode_jabatan_atasan", atasan));
        b.put("kepala_opd", i == 0 ? "YA" : "TIDAK");
        if (n % 10 != 9) { // every tenth jabatan vacant
          b.putAll(Map.of("nip", nip, "nama", "Pegawai " + n, "jenis_asn", "PNS",
              "tmt_jabatan", "02-01-2024"));
        }
        berkas.baris(b);
      }
    }
    byte[] xlsx = berkas.xlsx();

    long mulai = System.nanoTime();
    HasilImpor pertama = service.impor("besar.xlsx", xlsx, false);
    Duration waktuPertama = Duration.ofNanos(System.nanoTime() - mulai);
    assertThat(pertama.kesalahan()).isEmpty();
    assertThat(pertama.jabatan().dibuat()).isEqualTo(BARIS);
    assertThat(pertama.pegawai().dibuat()).isEqualTo(4_500);

    mulai = System.nanoTime();
    HasilImpor kedua = service.impor("besar.xlsx", xlsx, false);
    Duration waktuKedua = Duration.ofNanos(System.nanoTime() - mulai);
    assertThat(kedua.adaPerubahan()).isFalse();
    System.out.printf("BENCHMARK impor %d baris: pertama %d ms, ulang %d ms%n", BARIS,
        waktuPertama.toMillis(), waktuKedua.toMillis());
    assertThat(waktuPertama).isLessThan(Duration.ofMinutes(2));
  }
}
