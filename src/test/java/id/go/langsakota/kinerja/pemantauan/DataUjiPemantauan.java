package id.go.langsakota.kinerja.pemantauan;

import id.go.langsakota.kinerja.kalibrasi.PolaKurvaService;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.penilaian.PenilaianPeriodik;
import id.go.langsakota.kinerja.penilaian.PenilaianPeriodikRepository;
import id.go.langsakota.kinerja.penilaian.StatusPenilaianPeriodik;
import id.go.langsakota.kinerja.skp.JenisPeriode;
import id.go.langsakota.kinerja.skp.OrganisasiUji;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.skp.StatusSkp;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small OPD for the monitoring tests, every figure worked out by hand:
 *
 * <pre>
 * ASN (10)   SKP status    predikat now | calibration: awal → final | periods
 * kepala     DINILAI       SANGAT_BAIK  | head, not counted         |
 * pengawas   DISETUJUI     SANGAT_BAIK  | SB → SB                   | p1 SELESAI (reported, rated); p2 reported, rating 3 days overdue
 * staf       DIAJUKAN      BAIK         | SB → BAIK                 |
 * s0 "=1+1"  DRAF          -            | -                         |
 * s1         DIKEMBALIKAN  -            | -                         |
 * s2         DITERIMA      BAIK         | SB → BAIK                 | p1 SELESAI
 * s3         DINILAI       BAIK         | BP → BP, appeal → BAIK    |
 * s4         DISETUJUI     BAIK         | BAIK → BAIK               | p1 not reported, 10 days overdue; p2 not yet due
 * s5         DRAF          BAIK         | BAIK → BAIK               |
 * s6         (no SKP)                   |                           |
 * </pre>
 *
 * Pengisian: jumlahAsn 10; SKP belum disusun 4 (s0, s1, s5, s6), menunggu persetujuan 1 (staf),
 * disepakati 5 (kepala, pengawas, s2, s3, s4), annual rating done 3 (kepala, s2, s3). All periods:
 * reported 3, rated 2, overdue 2, longest 10 days; period 1: 2 / 2 / 1 / 10; period 2: 1 / 0 / 1 / 3.
 *
 * <p>Kurva (6 counted, organisation predikat BAIK: Baik ≤ 70 % = 4 people, Butuh Perbaikan and/or
 * Kurang ≥ 1 person): before calibration SB 3 BAIK 2 BP 1 (50.0 / 33.3 / 16.7, fits); after
 * calibration SB 1 BAIK 4 BP 1 (16.7 / 66.7 / 16.7, fits); after appeals SB 1 BAIK 5 (16.7 / 83.3,
 * breaks both rules).
 *
 * <p>Tindak lanjut: appeals of s3 (decision deadline 4 days ago: open and overdue) and s2 (open,
 * deadline in 6 days); training needs s0 DITETAPKAN, s1 SELESAI, s4 DILAPORKAN (assigned 3,
 * done 2, verified 1); verified JP 24 for s1 and 12 for s4 (36 JP, 9 ASN below 20); pembinaan of
 * s5 running, ending in 60 days; the award selection at "Penilaian tim" until 15 March of the year.
 */
final class DataUjiPemantauan {

  static final int TAHUN = 2033;

  final OrganisasiUji org;
  final List<String> s;
  final Map<String, Long> skpId = new HashMap<>();

  DataUjiPemantauan(ApplicationContext ctx, String awalanNip) {
    org = new OrganisasiUji(ctx);
    s = org.tambahStaf(7, awalanNip);
    PegawaiRepository pegawai = ctx.getBean(PegawaiRepository.class);
    Pegawai rumus = pegawai.findByNip(s.get(0)).orElseThrow();
    rumus.setNama("=1+1 Uji Rumus");
    pegawai.save(rumus);
    // the V80 pattern of BAIK, in case another test changed it in the shared database
    ctx.getBean(PolaKurvaService.class).ganti("BAIK", List.of(
        new PolaKurvaService.MasukanAturan(List.of("BAIK"), "PALING_BANYAK", new BigDecimal("70"), 0),
        new PolaKurvaService.MasukanAturan(List.of("BUTUH_PERBAIKAN", "KURANG"), "PALING_SEDIKIT", BigDecimal.ZERO, 1)),
        "uji");

    SkpRepository skp = ctx.getBean(SkpRepository.class);
    Instant kini = Instant.now();
    skp(skp, org.nipKepala, StatusSkp.DINILAI, Predikat.SANGAT_BAIK, null);
    skp(skp, org.nipPengawas, StatusSkp.DISETUJUI, Predikat.SANGAT_BAIK, null);
    skp(skp, org.nipStaf, StatusSkp.DIAJUKAN, Predikat.BAIK, kini.minus(2, ChronoUnit.DAYS));
    skp(skp, s.get(0), StatusSkp.DRAF, null, null);
    skp(skp, s.get(1), StatusSkp.DIKEMBALIKAN, null, null);
    skp(skp, s.get(2), StatusSkp.DITERIMA, Predikat.BAIK, null);
    skp(skp, s.get(3), StatusSkp.DINILAI, Predikat.BAIK, null);
    skp(skp, s.get(4), StatusSkp.DISETUJUI, Predikat.BAIK, null);
    skp(skp, s.get(5), StatusSkp.DRAF, Predikat.BAIK, null);

    PenilaianPeriodikRepository periode = ctx.getBean(PenilaianPeriodikRepository.class);
    PenilaianPeriodik p;
    p = periode(org.nipPengawas, 1, StatusPenilaianPeriodik.SELESAI);
    p.setDilaporkanPada(kini.minus(40, ChronoUnit.DAYS));
    p.setDinilaiPada(kini.minus(35, ChronoUnit.DAYS));
    p.setPredikat(Predikat.SANGAT_BAIK);
    periode.save(p);
    p = periode(org.nipPengawas, 2, StatusPenilaianPeriodik.MENUNGGU_PENILAIAN);
    p.setDilaporkanPada(kini.minus(8, ChronoUnit.DAYS));
    p.setBatasPenilaian(kini.minus(3, ChronoUnit.DAYS));
    periode.save(p);
    p = periode(s.get(2), 1, StatusPenilaianPeriodik.SELESAI);
    p.setDilaporkanPada(kini.minus(40, ChronoUnit.DAYS));
    p.setDinilaiPada(kini.minus(30, ChronoUnit.DAYS));
    periode.save(p);
    p = periode(s.get(4), 1, StatusPenilaianPeriodik.MENUNGGU_REALISASI);
    p.setBatasLapor(kini.minus(10, ChronoUnit.DAYS));
    periode.save(p);
    p = periode(s.get(4), 2, StatusPenilaianPeriodik.MENUNGGU_REALISASI);
    p.setBatasLapor(kini.plus(5, ChronoUnit.DAYS));
    periode.save(p);

    JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
    jdbc.update("UPDATE skp SET diubah_keberatan = TRUE WHERE id = ?", skpId.get(s.get(3)));
    jdbc.update("INSERT INTO kalibrasi_kurva (tahun, kode_opd, ronde, status, cara_mulai, dimulai_oleh, dimulai_pada,"
        + " predikat_organisasi) VALUES (?, ?, 1, 'FINAL', 'BKPSDM', 'uji', ?, 'BAIK')", TAHUN, org.kodeOpd,
        Timestamp.valueOf(LocalDateTime.now()));
    Long kalibrasi = jdbc.queryForObject("SELECT id FROM kalibrasi_kurva WHERE tahun = ? AND kode_opd = ?", Long.class,
        TAHUN, org.kodeOpd);
    anggota(jdbc, kalibrasi, org.nipKepala, true, "SANGAT_BAIK", "SANGAT_BAIK");
    anggota(jdbc, kalibrasi, org.nipPengawas, false, "SANGAT_BAIK", "SANGAT_BAIK");
    anggota(jdbc, kalibrasi, org.nipStaf, false, "SANGAT_BAIK", "BAIK");
    anggota(jdbc, kalibrasi, s.get(2), false, "SANGAT_BAIK", "BAIK");
    anggota(jdbc, kalibrasi, s.get(3), false, "BUTUH_PERBAIKAN", "BUTUH_PERBAIKAN");
    anggota(jdbc, kalibrasi, s.get(4), false, "BAIK", "BAIK");
    anggota(jdbc, kalibrasi, s.get(5), false, "BAIK", "BAIK");

    LocalDateTime sekarang = LocalDateTime.now(java.time.ZoneId.of("Asia/Jakarta"));
    keberatan(jdbc, s.get(3), "DIAJUKAN", sekarang.minusDays(4));
    keberatan(jdbc, s.get(2), "MENUNGGU_PENJELASAN", sekarang.plusDays(6));
    kebutuhan(jdbc, s.get(0), "DITETAPKAN");
    kebutuhan(jdbc, s.get(1), "SELESAI");
    kebutuhan(jdbc, s.get(4), "DILAPORKAN");
    jp(jdbc, s.get(1), 24, "TERVERIFIKASI");
    jp(jdbc, s.get(4), 12, "TERVERIFIKASI");
    jp(jdbc, s.get(6), 30, "SELESAI"); // not verified yet: no JP
    jdbc.update("INSERT INTO pembinaan_kinerja (skp_id, nip, tahun, status, predikat_awal, pejabat_penilai,"
        + " bulan_pembinaan, dimulai_oleh, dimulai_pada, tanggal_mulai_masa, tanggal_akhir_masa) VALUES"
        + " (?, ?, ?, 'BERJALAN', 'BUTUH_PERBAIKAN', ?, 3, 'sistem', ?, ?, ?)", skpId.get(s.get(5)), s.get(5), TAHUN,
        org.nipPengawas, Timestamp.valueOf(sekarang), sekarang.toLocalDate().minusDays(30),
        sekarang.toLocalDate().plusDays(60));
    jdbc.update("DELETE FROM seleksi_penghargaan WHERE tahun = ? AND NOT EXISTS"
        + " (SELECT 1 FROM nominasi_penghargaan n WHERE n.seleksi_id = seleksi_penghargaan.id)", TAHUN);
    jdbc.update("INSERT INTO seleksi_penghargaan (tahun, status, dibuka_pada, batas_penilaian_tim) VALUES"
        + " (?, 'PENILAIAN_TIM', ?, ?)", TAHUN, Timestamp.valueOf(sekarang),
        Timestamp.valueOf(LocalDateTime.of(TAHUN, 3, 15, 23, 59, 59)));
  }

  private void skp(SkpRepository repo, String nip, StatusSkp status, Predikat predikat, Instant diajukan) {
    Skp k = new Skp(nip, TAHUN, LocalDate.of(TAHUN, 1, 1), LocalDate.of(TAHUN, 12, 31), JenisPeriode.BULANAN);
    k.setStatus(status);
    k.setPredikatTahunan(predikat);
    k.setTanggalDiajukan(diajukan);
    k.setProcessInstanceId("instans-selesai-" + nip); // an instance that no longer runs: no Cockpit link
    skpId.put(nip, repo.save(k).getId());
  }

  private PenilaianPeriodik periode(String nip, int ke, StatusPenilaianPeriodik status) {
    PenilaianPeriodik p = new PenilaianPeriodik(skpId.get(nip), nip, TAHUN, ke, LocalDate.of(TAHUN, ke, 1),
        LocalDate.of(TAHUN, ke, 28));
    p.setStatus(status);
    return p;
  }

  private void keberatan(JdbcTemplate jdbc, String nip, String status, LocalDateTime batasKeputusan) {
    jdbc.update("INSERT INTO keberatan (skp_id, nip, tahun, status, alasan, diajukan_oleh, diajukan_pada,"
        + " batas_pengajuan, batas_keputusan, rating_hasil_kerja_awal, rating_perilaku_awal, predikat_awal)"
        + " VALUES (?, ?, ?, ?, 'uji', ?, ?, ?, ?, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BAIK')",
        skpId.get(nip), nip, TAHUN, status, nip, Timestamp.valueOf(batasKeputusan.minusDays(20)),
        Timestamp.valueOf(batasKeputusan.minusDays(15)), Timestamp.valueOf(batasKeputusan));
  }

  private void kebutuhan(JdbcTemplate jdbc, String nip, String status) {
    jdbc.update("INSERT INTO kebutuhan_pelatihan (nip, tahun, pemicu, kesenjangan, status, dibuat_oleh, dibuat_pada)"
        + " VALUES (?, ?, 'PREDIKAT', 'uji', ?, 'sistem', ?)", nip, TAHUN, status, Timestamp.valueOf(LocalDateTime.now()));
  }

  private void jp(JdbcTemplate jdbc, String nip, int jp, String status) {
    jdbc.update("INSERT INTO pengembangan_kompetensi (nip, nama_pelatihan, jenis, tanggal_mulai, tanggal_selesai, jp,"
        + " status, dicatat_oleh, dicatat_pada) VALUES (?, 'Pelatihan uji', 'KLASIKAL', ?, ?, ?, ?, 'sistem', ?)",
        nip, LocalDate.of(TAHUN, 5, 1), LocalDate.of(TAHUN, 5, 3), jp, status, Timestamp.valueOf(LocalDateTime.now()));
  }

  private void anggota(JdbcTemplate jdbc, Long kalibrasi, String nip, boolean kepala, String awal, String akhir) {
    jdbc.update("INSERT INTO anggota_kalibrasi (kalibrasi_id, skp_id, nip, kepala_opd, rating_hasil_awal,"
        + " rating_perilaku_awal, predikat_awal, predikat_final) VALUES (?, ?, ?, ?, 'SESUAI_EKSPEKTASI',"
        + " 'SESUAI_EKSPEKTASI', ?, ?)", kalibrasi, skpId.get(nip), nip, kepala, awal, akhir);
  }
}
