package id.go.langsakota.kinerja.simulasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.langsakota.kinerja.impor.ImporRegisterService;
import id.go.langsakota.kinerja.organisasi.PengelolaanRegisterService;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code bench/dua-node-tahun.sh} (docs/performance.md, "Tahun simulasi di dua node"; issue 11
 * §4): the simulated year on MySQL with the load split over two nodes on one database. Node A is
 * this JVM (port 8093, job executor on); node B is the application in a child JVM ({@link
 * NodeKedua}, port 8094, job executor on), following this JVM's engine clock. Users stick to one
 * node; the simulator only waits for the nodes' job executors. With {@code simulasi.kill=true}
 * node B gets {@code kill -9} in period 2's reporting and rating (the month-end peak) after a
 * third of the stage's tasks, and node A must finish the year after the lock time. Counted at the
 * end in SQL (ok/SALAH lines, the test fails on any SALAH): every job executed once, no job or
 * task left, no incident, the tasks per key, every final predikat stored once.
 *
 * <p>Properties: {@code simulasi.asn} (60), {@code simulasi.nodes} (1|2), {@code simulasi.kill},
 * {@code simulasi.lock-ms} (60000), {@code simulasi.pekerja} (4), {@code simulasi.seed},
 * {@code simulasi.port-b} (8094). Last line: the summary.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
    "server.port=${simulasi.port-a:8093}",
    "kinerja.identitas.kata-sandi-awal=" + SimulasiDuaNodeTest.SANDI,
    "camunda.bpm.job-execution.enabled=true",
    "camunda.bpm.job-execution.lock-time-in-millis=${simulasi.lock-ms:60000}",
    // Idle nodes look for due jobs at least every 2 s (default back-off up to 60 s): the year's
    // timers become due when the clock moves, and the simulator waits for them.
    "camunda.bpm.job-execution.wait-time-in-millis=500",
    "camunda.bpm.job-execution.max-wait=2000",
    "camunda.bpm.admin-user.id=${KINERJA_ADMIN_USER:admin-sim}",
    "camunda.bpm.admin-user.password=${KINERJA_ADMIN_PASSWORD:Langsa-Sim-2026!}",
    "kinerja.demo.enabled=false",
    "kinerja.node=node-a"})
@ActiveProfiles("mysql")
class SimulasiDuaNodeTest {

  static final String SANDI = "Rahasia#Kinerja9";
  static final int TAHUN = 2025;

  @Autowired ProcessEngine engine;
  @Autowired ImporRegisterService impor;
  @Autowired PengelolaanRegisterService register;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;
  @Autowired Environment env;

  private Process nodeB;
  private Path kerja;

  // what the kill saw
  private final AtomicBoolean dibunuh = new AtomicBoolean();
  private volatile List<String> jobTerkunciB = List.of();
  private volatile long nanoKill;
  private volatile long nanoSelesaiAmbil;
  private volatile String tahapKill = "-";
  private volatile long tugasSaatKill;

  @AfterEach
  void hentikan() throws Exception {
    if (nodeB != null && nodeB.isAlive()) {
      nodeB.destroy();
      if (!nodeB.waitFor(Duration.ofSeconds(60).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
        nodeB.destroyForcibly().waitFor();
      }
    }
    Jam.berhentiBerbagi();
  }

  @Test
  void tahunDiDuaNode() throws Exception {
    int asn = Integer.getInteger("simulasi.asn", 60);
    int nodes = Integer.getInteger("simulasi.nodes", 2);
    boolean kill = nodes == 2 && Boolean.getBoolean("simulasi.kill");
    int pekerja = Integer.getInteger("simulasi.pekerja", 4);
    long seed = Long.getLong("simulasi.seed", 20261202L);
    long lockMs = Long.getLong("simulasi.lock-ms", 60_000L);
    int portA = Integer.getInteger("simulasi.port-a", 8093);
    int portB = Integer.getInteger("simulasi.port-b", 8094);

    kerja = Files.createTempDirectory("dua-node-tahun");
    Jam.bagikan(kerja.resolve("jam"));
    if (nodes == 2) {
      nodeB = mulaiNodeB(portB, lockMs);
      tungguSiap(portB);
    }

    Simulasi s = new Simulasi(new Simulasi.Konfigurasi(asn, seed, pekerja, "TRIWULANAN", TAHUN, SANDI), engine, impor,
        register, tx, portA);
    List<String> dasar = new ArrayList<>(List.of("http://localhost:" + portA));
    if (nodes == 2) {
      dasar.add("http://localhost:" + portB);
    }
    s.rest.bagiKe(dasar);
    // The job executors run the jobs; the simulator waits for them (at most the lock time + 15 min).
    s.pompa.hanyaMenunggu(lockMs + 900_000L, () -> jdbc.queryForObject(
        "select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 2", Long.class));
    String pemilikA = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor()
        .getLockOwner();
    if (kill) {
      s.setelahTugas = (tahap, n) -> {
        Long sebelumnya = s.tugasPerTahap.get("periode 1 dilaporkan dan dinilai");
        if (tahap.startsWith("periode 2 ") && sebelumnya != null && n >= sebelumnya / 3 && !dibunuh.getAndSet(true)) {
          tahapKill = tahap;
          tugasSaatKill = n;
          bunuhB(pemilikA);
        }
      };
    }

    Simulasi.Hasil h = s.jalankan();

    // ---------------------------------------------------------------- counting
    List<String> salah = new ArrayList<>();
    System.out.println("SIMULASI ===== hitungan (SQL) =====");
    periksa(salah, "baris skp " + TAHUN + " / NIP berbeda", jdbc.queryForObject(
        "select concat(count(*), '/', count(distinct nip)) from skp where tahun = ?", String.class, TAHUN), asn + "/" + asn);
    periksa(salah, "predikat final tersimpan (baris / NIP berbeda)", jdbc.queryForObject(
        "select concat(count(*), '/', count(distinct nip)) from skp where tahun = ? and tanggal_predikat_final is not null "
        + "and predikat_tahunan is not null", String.class, TAHUN), asn + "/" + asn);
    long beda = jdbc.queryForList("select nip, predikat_tahunan from skp where tahun = ?", TAHUN).stream()
        .filter(r -> !String.valueOf(r.get("predikat_tahunan")).equals(s.predikat((String) r.get("nip")))).count();
    periksa(salah, "predikat final berbeda dari keputusan simulator", beda, 0);
    periksa(salah, "penilaian periodik SELESAI", jdbc.queryForObject("select count(*) from penilaian_periodik p join skp s "
        + "on s.id = p.skp_id where s.tahun = ? and p.status = 'SELESAI'", Long.class, TAHUN), 4L * asn);
    periksa(salah, "skp-pegawai masih berjalan", engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("skp-pegawai").count(), 0);
    // Camunda's history cleanup is one job that is re-scheduled after each run (same JOB_ID_,
    // one success per batch window the year's clock passes): not a job run twice.
    List<Map<String, Object>> ganda = jdbc.queryForList("select JOB_ID_ id, JOB_DEF_TYPE_ jenis, ACT_ID_ act, count(*) n "
        + "from ACT_HI_JOB_LOG where JOB_STATE_ = 2 and (JOB_DEF_TYPE_ is null or JOB_DEF_TYPE_ <> 'history-cleanup') "
        + "group by JOB_ID_, JOB_DEF_TYPE_, ACT_ID_ having count(*) > 1");
    periksa(salah, "job berhasil lebih dari sekali (JOB_ID_)", ganda.size() + (ganda.isEmpty() ? "" : " " + ganda), 0);
    System.out.printf(Locale.ROOT, "SIMULASI job history-cleanup: %d jalan (satu job, dijadwalkan ulang)%n",
        jdbc.queryForObject("select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 2 and JOB_DEF_TYPE_ = 'history-cleanup'",
            Long.class));
    periksa(salah, "job dibuat, tidak berhasil/dihapus, tidak tersisa", jdbc.queryForObject("select count(*) from ("
        + "select JOB_ID_ from ACT_HI_JOB_LOG group by JOB_ID_ having sum(JOB_STATE_ = 0) > 0 and sum(JOB_STATE_ = 2) = 0 "
        + "and sum(JOB_STATE_ = 3) = 0) g where not exists (select 1 from ACT_RU_JOB j where j.ID_ = g.JOB_ID_)",
        Long.class), 0);
    periksa(salah, "job jatuh tempo tersisa", engine.getManagementService().createJobQuery().executable().count(), 0);
    periksa(salah, "job dengan exception", engine.getManagementService().createJobQuery().withException().count(), 0);
    periksa(salah, "insiden", engine.getRuntimeService().createIncidentQuery().count(), 0);
    periksa(salah, "tugas terbuka", h.tugasTerbuka().values().stream().mapToLong(Long::longValue).sum(), 0);
    periksa(salah, "catatan simulasi", h.catatan().size(), 0);
    Map<String, Long> riwayat = new TreeMap<>();
    jdbc.queryForList("select TASK_DEF_KEY_ k, count(*) n from ACT_HI_TASKINST where END_TIME_ is not null "
        + "and DELETE_REASON_ = 'completed' group by TASK_DEF_KEY_").forEach(r ->
        riwayat.put((String) r.get("k"), ((Number) r.get("n")).longValue()));
    periksa(salah, "tugas selesai per kunci: riwayat = simulator", riwayat.toString(), h.tugasPerKunci().toString());
    periksa(salah, "tugas periodik ganda (instans, kunci)", jdbc.queryForObject("select count(*) from (select "
        + "PROC_INST_ID_, TASK_DEF_KEY_ from ACT_HI_TASKINST where TASK_DEF_KEY_ in ('laporkan-realisasi', "
        + "'nilai-kinerja-periodik') group by PROC_INST_ID_, TASK_DEF_KEY_ having count(*) > 1) g", Long.class), 0);
    Map<String, Long> k = h.tugasPerKunci();
    periksa(salah, "laporkan-realisasi / nilai-kinerja-periodik", k.get("laporkan-realisasi") + "/"
        + k.get("nilai-kinerja-periodik"), 4 * asn + "/" + 4 * asn);
    periksa(salah, "susun-skp / setujui-skp (ASN + dikembalikan)", k.get("susun-skp") + "/" + k.get("setujui-skp"),
        (asn + h.dikembalikan()) + "/" + (asn + h.dikembalikan()));
    periksa(salah, "nilai-kinerja-tahunan / terima-hasil-penilaian", k.get("nilai-kinerja-tahunan") + "/"
        + k.get("terima-hasil-penilaian"), asn + "/" + asn);
    String kill_to_done = "-";
    if (kill) {
      periksa(salah, "node-b dibunuh", dibunuh.get() ? "ya" : "tidak", "ya");
      if (!jobTerkunciB.isEmpty()) {
        String daftar = jobTerkunciB.stream().map(x -> "'" + x + "'").collect(Collectors.joining(","));
        periksa(salah, "job terkunci node-b saat kill: berhasil sekali / di node-a", jdbc.queryForObject(
            "select concat(count(*), '/', coalesce(sum(HOSTNAME_ = 'node-a'), 0)) from ACT_HI_JOB_LOG where JOB_STATE_ = 2 "
            + "and JOB_ID_ in (" + daftar + ")", String.class), jobTerkunciB.size() + "/" + jobTerkunciB.size());
      }
      if (nanoSelesaiAmbil > 0) {
        kill_to_done = String.format(Locale.ROOT, "%.1f", (nanoSelesaiAmbil - nanoKill) / 1e9);
      }
    }
    String bagian = jdbc.queryForList("select HOSTNAME_ h, count(*) n from ACT_HI_JOB_LOG where JOB_STATE_ = 2 "
        + "group by HOSTNAME_ order by HOSTNAME_").stream().map(r -> r.get("h") + "=" + r.get("n"))
        .collect(Collectors.joining(","));
    long gagalPercobaan = jdbc.queryForObject("select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 1", Long.class);
    System.out.printf(Locale.ROOT, "SIMULASI job per node (berhasil): %s; percobaan gagal (dicoba lagi) %d%n", bagian,
        gagalPercobaan);
    System.out.printf(Locale.ROOT, "SIMULASI panggilan HTTP per node: %s; dialihkan %d; selesai di node-b sebelum mati %d%n",
        s.rest.panggilanPerNode(), s.rest.alih(), s.selesaiSebelumMati.get());
    for (Map.Entry<String, Double> e : h.detikPerTahap().entrySet()) {
      System.out.printf(Locale.ROOT, "SIMULASI tahap %-45s %9.1f s%n", e.getKey(), e.getValue());
    }
    if (kill) {
      System.out.printf(Locale.ROOT, "SIMULASI kill -9 node-b di '%s' setelah %d tugas tahap itu; %d job terkunci node-b; "
          + "semua selesai %s s setelah kill (kunci %d ms)%n", tahapKill, tugasSaatKill, jobTerkunciB.size(), kill_to_done,
          lockMs);
    }
    double tps = h.tugasSelesai() / h.detik();
    System.out.printf(Locale.ROOT, "asn=%d nodes=%d killed=%s locked_at_kill=%s kill_to_done_s=%s lock_ms=%d seconds=%.1f "
        + "tasks=%d tasks_per_s=%.2f jobs=%s failovers=%d ok=%s%n", asn, nodes, kill ? "node-b" : "-",
        kill ? Integer.toString(jobTerkunciB.size()) : "-", kill_to_done, lockMs, h.detik(), h.tugasSelesai(), tps, bagian,
        s.rest.alih(), salah.isEmpty() ? "ya" : "tidak");
    assertThat(salah).as("hitungan SALAH").isEmpty();
  }

  private static void periksa(List<String> salah, String label, Object nilai, Object harus) {
    boolean ok = String.valueOf(nilai).equals(String.valueOf(harus));
    System.out.printf(Locale.ROOT, "SIMULASI   %-6s %-58s %s%s%n", ok ? "ok" : "SALAH", label, nilai,
        ok ? "" : " (harus " + harus + ")");
    if (!ok) {
      salah.add(label);
    }
  }

  /**
   * kill -9 of node B once it holds locked jobs (waits up to 10 s for one); then a watcher notes
   * when the last of those jobs has left ACT_RU_JOB (run by node A after the lock expired).
   */
  private void bunuhB(String pemilikA) {
    String sql = "select ID_ from ACT_RU_JOB where LOCK_OWNER_ is not null and LOCK_OWNER_ <> ?";
    long batas = System.currentTimeMillis() + 10_000;
    while (System.currentTimeMillis() < batas && jdbc.queryForList(sql, String.class, pemilikA).isEmpty()) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    nodeB.destroyForcibly(); // SIGKILL on Linux
    nanoKill = System.nanoTime();
    try {
      nodeB.waitFor();
      Thread.sleep(300); // the server notices the closed connections and rolls back what B had open
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    // Read after the kill: exactly the locks the dead node left behind.
    List<String> terkunci = jdbc.queryForList(sql, String.class, pemilikA);
    jobTerkunciB = List.copyOf(terkunci);
    System.out.printf(Locale.ROOT, "SIMULASI kill -9 node-b (pid %d): %d job masih terkunci olehnya%n", nodeB.pid(),
        terkunci.size());
    if (terkunci.isEmpty()) {
      return;
    }
    String daftar = terkunci.stream().map(x -> "'" + x + "'").collect(Collectors.joining(","));
    Thread pengamat = new Thread(() -> {
      while (true) {
        Long sisa = jdbc.queryForObject("select count(*) from ACT_RU_JOB where ID_ in (" + daftar + ")", Long.class);
        if (sisa != null && sisa == 0) {
          nanoSelesaiAmbil = System.nanoTime();
          System.out.printf(Locale.ROOT, "SIMULASI job terkunci node-b semua selesai %.1f s setelah kill%n",
              (nanoSelesaiAmbil - nanoKill) / 1e9);
          return;
        }
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "simulasi-pengamat-kill");
    pengamat.setDaemon(true);
    pengamat.start();
  }

  /**
   * Node B: the production classes and dependencies of this JVM's classpath, without the test
   * classes (the application scans its package: the tests' beans must not enter node B), plus
   * only the two helper classes it needs ({@link NodeKedua}, {@link Jam}).
   */
  private Process mulaiNodeB(int port, long lockMs) throws Exception {
    Path kelas = kerja.resolve("kelas");
    Path paket = Path.of(NodeKedua.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve(NodeKedua.class.getPackageName().replace('.', '/'));
    Path tujuan = kelas.resolve(NodeKedua.class.getPackageName().replace('.', '/'));
    Files.createDirectories(tujuan);
    try (Stream<Path> f = Files.list(paket)) {
      for (Path p : f.filter(x -> x.getFileName().toString().matches("(NodeKedua|Jam)(\\$.*)?\\.class")).toList()) {
        Files.copy(p, tujuan.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    String asal = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cp = new ArrayList<>();
    cp.add(kelas.toString());
    for (String e : asal.split(File.pathSeparator)) {
      if (!e.isBlank() && !e.replace('\\', '/').endsWith("test-classes") && !e.replace('\\', '/').endsWith("test-classes/")) {
        cp.add(e);
      }
    }
    List<String> perintah = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + System.getProperty("simulasi.heap-b", "768m"),
        "-Dsimulasi.jam=" + kerja.resolve("jam"),
        "-cp", String.join(File.pathSeparator, cp),
        NodeKedua.class.getName(),
        "--spring.profiles.active=mysql",
        "--server.port=" + port,
        "--kinerja.node=node-b",
        "--spring.datasource.url=" + env.getProperty("spring.datasource.url"),
        "--spring.datasource.username=" + env.getProperty("spring.datasource.username"),
        "--spring.datasource.password=" + env.getProperty("spring.datasource.password", ""),
        "--camunda.bpm.job-execution.enabled=true",
        "--camunda.bpm.job-execution.lock-time-in-millis=" + lockMs,
        "--camunda.bpm.job-execution.wait-time-in-millis=500",
        "--camunda.bpm.job-execution.max-wait=2000",
        "--camunda.bpm.admin-user.id=" + env.getProperty("camunda.bpm.admin-user.id"),
        "--camunda.bpm.admin-user.password=" + env.getProperty("camunda.bpm.admin-user.password"),
        "--kinerja.identitas.kata-sandi-awal=" + SANDI,
        "--kinerja.demo.enabled=false",
        // the daily JP check starts on one node only (docker-compose.yml: app-2 has it off)
        "--kinerja.pengembangan.cron-pemeriksaan-jp=-"));
    String berkas = env.getProperty("kinerja.berkas.direktori");
    if (berkas != null) {
      perintah.add("--kinerja.berkas.direktori=" + berkas); // one evidence store for both nodes
    }
    File log = new File(System.getProperty("simulasi.log-b", kerja.resolve("node-b.log").toString()));
    System.out.println("SIMULASI node-b dimulai, log: " + log);
    return new ProcessBuilder(perintah).redirectErrorStream(true).redirectOutput(log).start();
  }

  private void tungguSiap(int port) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long mulai = System.nanoTime();
    for (int i = 0; i < 600; i++) {
      if (!nodeB.isAlive()) {
        throw new IllegalStateException("node-b berhenti saat start (kode " + nodeB.exitValue() + ")");
      }
      try {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/camunda/app/welcome/")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() < 500) {
          System.out.printf(Locale.ROOT, "SIMULASI node-b siap di port %d (%.1f s)%n", port, (System.nanoTime() - mulai) / 1e9);
          return;
        }
      } catch (java.io.IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("node-b tidak siap dalam 300 s");
  }
}
