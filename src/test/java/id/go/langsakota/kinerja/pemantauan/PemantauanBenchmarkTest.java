package id.go.langsakota.kinerja.pemantauan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.langsakota.kinerja.pemantauan.KurvaPemantauanService.Tahap;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The monitoring queries at the scale of Kota Langsa: 10 OPD × 500 ASN (N = 5,000 by default,
 * {@code -Dpemantauan.benchmark.jumlah=N} for a busy machine), each with an SKP in a spread of
 * states, 4 quarterly periods (some overdue), a finished calibration in half of the OPD, appeals,
 * training needs, JP and pembinaan. Prints the milliseconds per call of pengisian, kurva,
 * tindak-lanjut and orang (service call plus JSON serialisation, after warm-up); nothing is timed
 * as an assertion (docs/benchmark.md). Run with {@code ./mvnw verify -Pbenchmark}.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PemantauanBenchmarkTest {

  static final int TAHUN = 2041;
  static final int OPD = 10;
  static final int JUMLAH = Integer.getInteger("pemantauan.benchmark.jumlah", 5000);
  static final int PER_OPD = JUMLAH / OPD;
  static final String[] STATUS_SKP = {"DRAF", "DIAJUKAN", "DISETUJUI", "DISETUJUI", "DINILAI", "DITERIMA", "DIKEMBALIKAN",
      "DISETUJUI", "DINILAI", "DINILAI"};
  static final String[] PREDIKAT = {"SANGAT_BAIK", "BAIK", "BAIK", "BAIK", "BUTUH_PERBAIKAN", "BAIK", "KURANG",
      "BAIK", "SANGAT_BAIK", "BAIK"};

  @Autowired JdbcTemplate jdbc;
  @Autowired PemeriksaFilter filter;
  @Autowired PemantauanService pengisian;
  @Autowired KurvaPemantauanService kurva;
  @Autowired TindakLanjutService tindakLanjut;
  @Autowired OrangService orang;
  @Autowired ObjectMapper json;

  final List<String> kode = new ArrayList<>();

  @BeforeAll
  void data() {
    long t0 = System.nanoTime();
    LocalDateTime kini = LocalDateTime.now(ZoneId.of("Asia/Jakarta"));
    Timestamp sekarang = Timestamp.valueOf(kini);
    for (int o = 0; o < OPD; o++) {
      String k = "PMB" + o;
      kode.add(k);
      jdbc.update("INSERT INTO opd (kode, nama) VALUES (?, ?)", k, "Dinas Pemantauan Benchmark " + o);
      Long opdId = jdbc.queryForObject("SELECT id FROM opd WHERE kode = ?", Long.class, k);
      jdbc.update("INSERT INTO unit_kerja (kode, nama, opd_id) VALUES (?, ?, ?)", k + "-U", "Unit " + o, opdId);
      Long unitId = jdbc.queryForObject("SELECT id FROM unit_kerja WHERE kode = ?", Long.class, k + "-U");
      List<Object[]> jabatan = new ArrayList<>();
      List<Object[]> pegawai = new ArrayList<>();
      for (int i = 0; i < PER_OPD; i++) {
        jabatan.add(new Object[] {k + "-J" + i, "Jabatan " + i, i == 0 ? "JPT" : "PELAKSANA", 7, unitId, i == 0});
        pegawai.add(new Object[] {nip(o, i), "Pegawai Benchmark " + o + "-" + i});
      }
      jdbc.batchUpdate("INSERT INTO jabatan (kode, nama, jenis, kelas_jabatan, unit_kerja_id, kepala_opd)"
          + " VALUES (?, ?, ?, ?, ?, ?)", jabatan);
      jdbc.batchUpdate("INSERT INTO pegawai (nip, nama, jenis_asn, status) VALUES (?, ?, 'PNS', 'AKTIF')", pegawai);
      jdbc.update("INSERT INTO penugasan_jabatan (pegawai_id, jabatan_id, jenis, tmt_mulai)"
          + " SELECT pg.id, j.id, 'DEFINITIF', DATE '2020-01-01' FROM pegawai pg, jabatan j"
          + " WHERE pg.nip LIKE ? AND j.kode = CONCAT(?, '-J', CAST(CAST(SUBSTRING(pg.nip, 16, 3) AS INT) AS VARCHAR(10)))",
          nipAwal(o) + "%", k);
      List<Object[]> skp = new ArrayList<>();
      for (int i = 0; i < PER_OPD; i++) {
        skp.add(new Object[] {nip(o, i), TAHUN, STATUS_SKP[i % 10], i % 10 == 0 ? null : PREDIKAT[(i + o) % 10],
            sekarang, i % 7 == 3});
      }
      jdbc.batchUpdate("INSERT INTO skp (nip, tahun, tanggal_mulai, tanggal_selesai, jenis_periode, status,"
          + " predikat_tahunan, tanggal_diajukan, diubah_keberatan) VALUES (?, ?, DATE '2041-01-01', DATE '2041-12-31',"
          + " 'TRIWULANAN', ?, ?, ?, ?)", skp);
    }
    // 4 quarters per ASN: 1-2 done, 3 reported (some overdue rating), 4 waiting (some overdue report)
    jdbc.update("INSERT INTO penilaian_periodik (skp_id, nip, tahun, periode_ke, tanggal_mulai, tanggal_akhir, status,"
        + " dilaporkan_pada, batas_lapor, batas_penilaian)"
        + " SELECT s.id, s.nip, s.tahun, q.x, DATE '2041-01-01', DATE '2041-03-31',"
        + " CASE WHEN q.x <= 2 THEN 'SELESAI' WHEN q.x = 3 THEN 'MENUNGGU_PENILAIAN' ELSE 'MENUNGGU_REALISASI' END,"
        + " CASE WHEN q.x <= 3 THEN ? END, ?, ?"
        + " FROM skp s, (SELECT 1 AS x UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4) q WHERE s.tahun = ?",
        sekarang, Timestamp.valueOf(kini.minusDays(5)), Timestamp.valueOf(kini.minusDays(2)), TAHUN);
    // a final calibration in half of the OPD
    for (int o = 0; o < OPD; o += 2) {
      jdbc.update("INSERT INTO kalibrasi_kurva (tahun, kode_opd, ronde, status, cara_mulai, dimulai_oleh, dimulai_pada,"
          + " predikat_organisasi) VALUES (?, ?, 1, 'FINAL', 'BKPSDM', 'bench', ?, 'BAIK')", TAHUN, kode.get(o), sekarang);
      jdbc.update("INSERT INTO anggota_kalibrasi (kalibrasi_id, skp_id, nip, kepala_opd, rating_hasil_awal,"
          + " rating_perilaku_awal, predikat_awal, predikat_final)"
          + " SELECT k.id, s.id, s.nip, FALSE, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI', s.predikat_tahunan, s.predikat_tahunan"
          + " FROM kalibrasi_kurva k, skp s WHERE k.tahun = ? AND k.kode_opd = ? AND s.tahun = ?"
          + " AND s.predikat_tahunan IS NOT NULL AND s.nip LIKE ?", TAHUN, kode.get(o), TAHUN, nipAwal(o) + "%");
    }
    jdbc.update("INSERT INTO keberatan (skp_id, nip, tahun, status, alasan, diajukan_oleh, diajukan_pada,"
        + " batas_pengajuan, batas_keputusan, rating_hasil_kerja_awal, rating_perilaku_awal, predikat_awal)"
        + " SELECT id, nip, tahun, 'DIAJUKAN', 'bench', nip, ?, ?, ?, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BAIK'"
        + " FROM skp WHERE tahun = ? AND MOD(id, 50) = 0", sekarang, sekarang, sekarang, TAHUN);
    jdbc.update("INSERT INTO kebutuhan_pelatihan (nip, tahun, pemicu, kesenjangan, status, dibuat_oleh, dibuat_pada)"
        + " SELECT nip, tahun, 'PREDIKAT', 'bench', 'DITETAPKAN', 'sistem', ? FROM skp WHERE tahun = ? AND MOD(id, 10) = 1",
        sekarang, TAHUN);
    jdbc.update("INSERT INTO pengembangan_kompetensi (nip, nama_pelatihan, jenis, tanggal_mulai, tanggal_selesai, jp,"
        + " status, dicatat_oleh, dicatat_pada) SELECT nip, 'Bench', 'KLASIKAL', DATE '2041-05-01', DATE '2041-05-02',"
        + " 24, 'TERVERIFIKASI', 'sistem', ? FROM skp WHERE tahun = ? AND MOD(id, 3) = 0", sekarang, TAHUN);
    jdbc.update("INSERT INTO pembinaan_kinerja (skp_id, nip, tahun, status, predikat_awal, pejabat_penilai,"
        + " bulan_pembinaan, dimulai_oleh, dimulai_pada) SELECT id, nip, tahun, 'BERJALAN', 'KURANG', 'x', 3, 'sistem', ?"
        + " FROM skp WHERE tahun = ? AND predikat_tahunan = 'KURANG'", sekarang, TAHUN);
    System.out.printf("BENCHMARK pemantauan: data %d ASN disiapkan dalam %.1f s%n", JUMLAH, (System.nanoTime() - t0) / 1e9);
  }

  static String nipAwal(int o) {
    return String.format("1980010120100%02d", o); // 15 characters
  }

  static String nip(int o, int i) {
    return nipAwal(o) + String.format("%03d", i);
  }

  private double ukur(String nama, Supplier<Object> panggilan) throws Exception {
    for (int i = 0; i < 3; i++) {
      json.writeValueAsBytes(panggilan.get());
    }
    int ulang = 10;
    long t0 = System.nanoTime();
    for (int i = 0; i < ulang; i++) {
      json.writeValueAsBytes(panggilan.get());
    }
    double ms = (System.nanoTime() - t0) / 1e6 / ulang;
    System.out.printf("BENCHMARK pemantauan %d ASN: %s %.1f ms per panggilan%n", JUMLAH, nama, ms);
    return ms;
  }

  @Test
  void endpointPemantauan() throws Exception {
    FilterPemantauan kota = filter.baca(String.valueOf(TAHUN), null, null);
    FilterPemantauan satuOpd = filter.baca(String.valueOf(TAHUN), "3", kode.get(0));
    // the data are what the figures say, so the timings measure real work
    PemantauanService.Pengisian p = pengisian.pengisian(kota);
    int asn = p.baris().stream().filter(b -> b.kodeOpd().startsWith("PMB")).mapToInt(PemantauanService.BarisPengisian::jumlahAsn).sum();
    assertThat(asn).isEqualTo(JUMLAH);
    assertThat(orang.orang(satuOpd, "periodeTerlambat", Tahap.SETELAH_KEBERATAN, 1, 100).jumlah()).isEqualTo(PER_OPD);

    ukur("pengisian (kota)", () -> pengisian.pengisian(kota));
    ukur("pengisian (1 OPD, periode 3)", () -> pengisian.pengisian(satuOpd));
    ukur("kurva (kota, setelah keberatan)", () -> kurva.kurva(kota, Tahap.SETELAH_KEBERATAN));
    ukur("kurva (kota, sebelum kalibrasi)", () -> kurva.kurva(kota, Tahap.SEBELUM_KALIBRASI));
    ukur("tindak-lanjut (kota)", () -> tindakLanjut.tindakLanjut(kota));
    ukur("orang (kota, skpBelumDisusun, halaman 1 × 100)", () -> orang.orang(kota, "skpBelumDisusun", Tahap.SETELAH_KEBERATAN, 1, 100));
    ukur("orang (kota, periodeTerlambat, halaman 5 × 100)", () -> orang.orang(kota, "periodeTerlambat", Tahap.SETELAH_KEBERATAN, 5, 100));
    ukur("orang (kota, BAIK setelah keberatan, halaman 1 × 100)", () -> orang.orang(kota, "BAIK", Tahap.SETELAH_KEBERATAN, 1, 100));
  }
}
