package id.go.langsakota.kinerja.simulasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.langsakota.kinerja.impor.ImporRegisterService;
import id.go.langsakota.kinerja.organisasi.PengelolaanRegisterService;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ActiveProfilesResolver;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code bench/run.sh --asn N --db h2|mysql} (docs/performance.md): the simulated year for N ASN,
 * then bare Camunda completing as many tasks in the same engine, database and API with the same
 * workers. Properties (system properties, set by bench/run.sh): {@code simulasi.asn} (1000),
 * {@code simulasi.db} (h2|mysql), {@code simulasi.pekerja} (4), {@code simulasi.seed},
 * {@code simulasi.periode} (TRIWULANAN|BULANAN). Prints lines starting with "SIMULASI" and last
 * the summary line. Nothing is timed as a pass/fail condition; the year must complete.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "kinerja.identitas.kata-sandi-awal=" + SimulasiBenchmarkTest.SANDI,
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.admin-user.id=${KINERJA_ADMIN_USER:admin-sim}",
    "camunda.bpm.admin-user.password=${KINERJA_ADMIN_PASSWORD:Langsa-Sim-2026!}",
    "kinerja.demo.enabled=false"})
@ActiveProfiles(resolver = SimulasiBenchmarkTest.Profil.class)
@org.springframework.context.annotation.Import(SimulasiBenchmarkTest.KonfigurasiHitung.class)
class SimulasiBenchmarkTest {

  /** The SQL counter around the application's DataSource (benchmark only). */
  @org.springframework.boot.test.context.TestConfiguration
  static class KonfigurasiHitung {
    @org.springframework.context.annotation.Bean
    static HitungSql hitungSql() {
      return new HitungSql();
    }

    /** Outermost filter: counts each simulated task's requests (see PenghitungPerTugas). */
    @org.springframework.context.annotation.Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<PenghitungPerTugas> penghitungPerTugas() {
      var r = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new PenghitungPerTugas());
      r.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
      return r;
    }
  }

  static final String SANDI = "Rahasia#Kinerja9";

  /** mysql when simulasi.db=mysql, otherwise the test profile (H2; bench/run.sh gives it a file). */
  static class Profil implements ActiveProfilesResolver {
    @Override
    public String[] resolve(Class<?> testClass) {
      return new String[] {"mysql".equals(System.getProperty("simulasi.db")) ? "mysql" : "test"};
    }
  }

  @Autowired ProcessEngine engine;
  @Autowired ImporRegisterService impor;
  @Autowired PengelolaanRegisterService register;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;
  @Autowired Environment env;
  @LocalServerPort int port;

  @Test
  void satuTahun() throws Exception {
    int asn = Integer.getInteger("simulasi.asn", 1000);
    int pekerja = Integer.getInteger("simulasi.pekerja", 4);
    long seed = Long.getLong("simulasi.seed", 20261202L);
    String db = "mysql".equals(System.getProperty("simulasi.db")) ? "mysql" : "h2";
    String periode = System.getProperty("simulasi.periode", "TRIWULANAN");

    AtomicLong puncak = new AtomicLong();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        puncak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "simulasi-heap");
    sampler.setDaemon(true);
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
    sampler.start();

    HitungSql.mulaiUlang();
    // On 2 cores the JIT compiler competes with the year for CPU while the JVM warms up (a server
    // that runs for weeks pays this once): its share is printed next to the year.
    long jitMulai = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    long cpuMulai = cpuProses();
    long mulai = System.nanoTime();
    Simulasi s = new Simulasi(new Simulasi.Konfigurasi(asn, seed, pekerja, periode, 2025, SANDI), engine, impor,
        register, tx, port);
    Simulasi.Hasil h = s.jalankan();
    long ukuranDb = ukuranDb(db);
    long prosesDimulai = h.prosesDimulai();
    long insiden = engine.getRuntimeService().createIncidentQuery().count();
    long jobSalah = engine.getManagementService().createJobQuery().withException().count();
    long finalPredikat = jdbc.queryForObject("select count(*) from skp where tahun = 2025 and tanggal_predikat_final "
        + "is not null and predikat_tahunan is not null", Long.class);

    long sqlSebelumBaseline = HitungSql.jumlah();
    List<Map.Entry<String, Long>> sqlTeratas = HitungSql.teratas(25);
    // The year's figures before the baseline: for a large N the baseline alone takes many minutes.
    System.out.printf(Locale.ROOT, "SIMULASI tahun selesai (sebelum baseline): %.1f s, tugas %d (%.2f/s), job %d, "
        + "predikat final %d/%d, insiden %d, database %.1f MB, CPU JVM %.0f s, di antaranya kompilasi JIT %.0f s%n",
        h.detik(), h.tugasSelesai(), h.tugasSelesai() / h.detik(), h.jobDijalankan(), finalPredikat, asn, insiden,
        ukuranDb / 1048576.0, (cpuProses() - cpuMulai) / 1e9,
        (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitMulai) / 1e3);
    Baseline.Hasil b = Baseline.jalankan(engine, s.rest, s.kota().asn().stream().map(KotaSintetis.Asn::nip).toList(),
        h.tugasSelesai(), pekerja);
    double total = (System.nanoTime() - mulai) / 1e9;
    sampler.interrupt();
    long hidup = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null && p.getName().contains("Old")) {
        hidup = Math.max(hidup, p.getCollectionUsage().getUsed());
      }
    }

    double tps = h.tugasSelesai() / h.detik();
    System.out.println("SIMULASI ===== ringkasan =====");
    System.out.printf(Locale.ROOT, "SIMULASI SQL: tahun %d pernyataan; per tugas (tanpa job) %.1f, per job %.1f; baseline "
        + "(mulai + selesai) %.1f per tugas%n", sqlSebelumBaseline, (sqlSebelumBaseline - h.sqlJob()) / (double) h.tugasSelesai(),
        h.sqlJob() / (double) Math.max(1, h.jobDijalankan()), (HitungSql.jumlah() - sqlSebelumBaseline) / (double) b.tugas());
    for (Map.Entry<String, Double> e : h.detikPerTahap().entrySet()) {
      System.out.printf(Locale.ROOT, "SIMULASI tahap %-45s %9.1f s%n", e.getKey(), e.getValue());
    }
    System.out.printf(Locale.ROOT, "SIMULASI tugas per kunci: %s%n", h.tugasPerKunci());
    Map<String, String> sqlPerKunci = new java.util.TreeMap<>();
    HitungSql.perKunciTugas().forEach((kunci, n) -> sqlPerKunci.put(kunci, String.format(Locale.ROOT, "%.1f",
        n / (double) Math.max(1, h.tugasPerKunci().getOrDefault(kunci, 1L)))));
    System.out.printf(Locale.ROOT, "SIMULASI SQL per tugas per kunci (permintaan membuka formulir + kirim, tanpa job): %s%n",
        sqlPerKunci);
    for (Map.Entry<String, Long> e : sqlTeratas) {
      System.out.printf(Locale.ROOT, "SIMULASI SQL teratas %8d (%.2f per tugas) %s%n", e.getValue(),
          e.getValue() / (double) h.tugasSelesai(), e.getKey());
    }
    System.out.printf(Locale.ROOT, "SIMULASI ms per tugas (buka formulir + kirim, rata-rata, %d pekerja bersamaan): %s%n",
        pekerja, h.msPerTugas());
    System.out.printf(Locale.ROOT, "SIMULASI waktu menjalankan job (tanpa tugas bersamaan): %.1f s%n", h.detikJob());
    System.out.printf(Locale.ROOT, "SIMULASI ASN %d, OPD %d, jabatan lowong %d (Plt %d), pekerja %d, periode %s, seed %d%n",
        asn, s.kota().kodeOpd().size(), h.jabatanLowong(), h.plt(), pekerja, periode, seed);
    System.out.printf(Locale.ROOT, "SIMULASI tahun: %.1f s, tugas %d (%.1f/s), instans proses dimulai %d, job dijalankan %d, "
        + "job gagal (percobaan) %d, konflik optimistik %d, HTTP diulang %d%n", h.detik(), h.tugasSelesai(), tps,
        prosesDimulai, h.jobDijalankan(), h.jobGagal(), h.konflikOptimistik(), h.httpGagalDiulang());
    System.out.printf(Locale.ROOT, "SIMULASI SKP dikembalikan %d, kalibrasi: rating diubah %d, keberatan %d, predikat final %d/%d, "
        + "insiden %d, job dengan exception %d, tugas terbuka %s, catatan %s%n", h.dikembalikan(), h.kalibrasiDiubah(),
        h.keberatan(), finalPredikat, asn, insiden, jobSalah, h.tugasTerbuka(), h.catatan());
    System.out.printf(Locale.ROOT, "SIMULASI ukuran database setelah tahun: %.1f MB%n", ukuranDb / 1048576.0);
    if ("mysql".equals(db)) {
      // The server's settings matter as much as the code (a 128 MB buffer pool under a 5 GB database).
      System.out.println("SIMULASI server database: " + jdbc.queryForMap("select version() as versi, "
          + "@@innodb_buffer_pool_size div 1048576 as buffer_pool_mb, @@innodb_log_file_size div 1048576 as redo_log_mb, "
          + "@@innodb_flush_log_at_trx_commit as flush_log_at_trx_commit"));
    }
    tabelTerbesar.forEach(System.out::println);
    System.out.printf(Locale.ROOT, "SIMULASI baseline: %d tugas satu-tugas dalam %.1f s (%.1f/s)%n", b.tugas(), b.detik(),
        b.perDetik());
    System.out.printf(Locale.ROOT, "SIMULASI heap: puncak terpakai (sampel 100 ms) %d MB, sisa hidup setelah GC old gen %d MB, "
        + "maks %d MB, panggilan HTTP %d%n", puncak.get() / 1048576, hidup / 1048576,
        Runtime.getRuntime().maxMemory() / 1048576, s.rest.panggilan());
    System.out.printf(Locale.ROOT, "asn=%d db=%s seconds=%.1f tasks=%d tasks_per_s=%.2f baseline_tasks_per_s=%.2f ratio=%.2f heap_mb=%d%n",
        asn, db, total, h.tugasSelesai(), tps, b.perDetik(), tps / b.perDetik(), puncak.get() / 1048576);

    assertThat(finalPredikat).as("setiap ASN punya predikat final").isEqualTo(asn);
    assertThat(insiden).as("insiden").isZero();
  }

  /** CPU time of this JVM in nanoseconds (every thread: simulator, server, jobs, JIT, GC). */
  static long cpuProses() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0L;
  }

  /** The largest tables after the year (MySQL), printed with the summary. */
  final java.util.List<String> tabelTerbesar = new java.util.ArrayList<>();

  long ukuranDb(String db) throws Exception {
    if ("mysql".equals(db)) {
      for (Map<String, Object> t : jdbc.queryForList("select table_name as nama, table_rows as baris, "
          + "data_length + index_length as ukuran from information_schema.tables where table_schema = database() "
          + "order by data_length + index_length desc limit 10")) {
        tabelTerbesar.add(String.format(Locale.ROOT, "SIMULASI tabel %-32s %9s baris %8.1f MB", t.get("nama"),
            t.get("baris"), ((Number) t.get("ukuran")).longValue() / 1048576.0));
      }
      return jdbc.queryForObject("select coalesce(sum(data_length + index_length), 0) from information_schema.tables "
          + "where table_schema = database()", Long.class);
    }
    // H2's file only grows during a run (MVStore appends, compacts on close): the live size of
    // every table and its indexes instead.
    long jumlah = 0;
    for (Map<String, Object> t : jdbc.queryForList("select table_schema, table_name from information_schema.tables "
        + "where table_type = 'BASE TABLE' and table_schema = 'PUBLIC'")) {
      try {
        String nama = (String) t.get("TABLE_NAME");
        jumlah += jdbc.queryForObject("select disk_space_used(?)", Long.class,
            nama.equals(nama.toUpperCase(Locale.ROOT)) ? nama : "\"" + nama + "\"");
      } catch (RuntimeException e) {
        System.out.println("SIMULASI ukuran tabel " + t.get("TABLE_NAME") + " tidak terbaca: " + e.getMessage());
      }
    }
    return jumlah;
  }
}
