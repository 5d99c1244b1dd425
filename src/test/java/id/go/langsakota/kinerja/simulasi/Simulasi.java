package id.go.langsakota.kinerja.simulasi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.impor.HasilImpor;
import id.go.langsakota.kinerja.impor.ImporRegisterService;
import id.go.langsakota.kinerja.organisasi.DataPegawai;
import id.go.langsakota.kinerja.organisasi.JenisAsn;
import id.go.langsakota.kinerja.organisasi.PengelolaanRegisterService;
import id.go.langsakota.kinerja.organisasi.Peran;
import id.go.langsakota.kinerja.simulasi.KotaSintetis.Asn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plays one year of Kota Langsa's performance management for a synthetic city (issue 11), through
 * the paths users take: the register enters by the register import, roles through the register
 * service (as an administrator would), and every step of every process is a task completion over
 * the engine REST API ({@code POST /engine-rest/.../task/{id}/submit-form}) with the declared
 * variables, sent by the assignee with their own Basic credentials; BKPSDM's own steps go through
 * {@code /api}. Nothing is written into the project's tables or the engine behind the processes.
 *
 * <p>Who has which task is read with the Java API (the simulator's view of everyone's inbox, read
 * only). The job executor is off: {@link PompaJob} runs the due jobs with the same number of
 * workers, and timers become due by moving the engine clock ({@link ClockUtil}) to the day after a
 * period ends, never by waiting. In two-node mode ({@link SimulasiDuaNodeTest}) the nodes' job
 * executors run the jobs, {@link PompaJob} only waits for them, the clock runs from each moment set
 * ({@link Jam}) and the users' calls are split over the nodes ({@link KlienRest#bagiKe}).
 *
 * <p>Deterministic: the city and every decision (ratings, returns, appeals) follow from the seed;
 * only the interleaving of the workers varies between runs.
 */
public class Simulasi {

  static final String ATAS = "DI_ATAS_EKSPEKTASI";
  static final String SESUAI = "SESUAI_EKSPEKTASI";
  static final String BAWAH = "DI_BAWAH_EKSPEKTASI";
  static final List<String> RATING = List.of(BAWAH, SESUAI, ATAS);
  static final List<String> NILAI_BERAKHLAK = List.of("BERORIENTASI_PELAYANAN", "AKUNTABEL",
      "KOMPETEN", "HARMONIS", "LOYAL", "ADAPTIF", "KOLABORATIF");
  /** DOMAIN.md §3: row = rating hasil kerja, column = rating perilaku. */
  static final Map<String, Map<String, String>> MATRIKS = Map.of(
      ATAS, Map.of(BAWAH, "KURANG", SESUAI, "BAIK", ATAS, "SANGAT_BAIK"),
      SESUAI, Map.of(BAWAH, "KURANG", SESUAI, "BAIK", ATAS, "BAIK"),
      BAWAH, Map.of(BAWAH, "SANGAT_KURANG", SESUAI, "BUTUH_PERBAIKAN", ATAS, "BUTUH_PERBAIKAN"));
  static final String WALIKOTA = "walikota"; // kinerja.ppk.id-pengguna

  /** What to simulate. */
  public record Konfigurasi(int asn, long seed, int pekerja, String jenisPeriode, int tahun, String sandi) {
    public Konfigurasi {
      if (pekerja < 1) {
        throw new IllegalArgumentException("pekerja >= 1");
      }
    }
  }

  /** What happened: per stage wall time and the counters the benchmark prints. */
  public record Hasil(Map<String, Double> detikPerTahap, double detik, long tugasSelesai,
      Map<String, Long> tugasPerKunci, Map<String, Long> msPerTugas, double detikJob, long sqlJob, long prosesDimulai, long jobDijalankan, long jobGagal,
      long konflikOptimistik, long httpGagalDiulang, long keberatan, long kalibrasiDiubah,
      long dikembalikan, int jabatanLowong, int plt, Map<String, Long> tugasTerbuka, List<String> catatan) {}

  private final Konfigurasi k;
  private final ProcessEngine engine;
  private final ImporRegisterService impor;
  private final PengelolaanRegisterService register;
  private final TransactionTemplate tx;
  final KlienRest rest;
  final PompaJob pompa;
  private final ObjectMapper json = new ObjectMapper();

  private KotaSintetis.Kota kota;
  private final Map<String, Asn> asnMenurutNip = new HashMap<>();
  String stafBkpsdm;

  /** The annual decision of each ASN: {hasil kerja, perilaku}; changed by calibration and appeals. */
  final Map<String, String[]> tahunan = new ConcurrentHashMap<>();
  private final Set<String> sudahDikembalikan = ConcurrentHashMap.newKeySet();
  private final Map<String, LongAdder> tugasPerKunci = new ConcurrentHashMap<>();
  /** Wall time per task key: opening the form (GETs) and submitting it, as the user waits. */
  private final Map<String, LongAdder> nanoPerKunci = new ConcurrentHashMap<>();
  private final AtomicLong tugasSelesai = new AtomicLong();
  private final AtomicLong keberatan = new AtomicLong();
  private final AtomicLong kalibrasiDiubah = new AtomicLong();
  private final AtomicLong dikembalikan = new AtomicLong();
  private final Map<String, AtomicInteger> percobaanKalibrasi = new ConcurrentHashMap<>();
  private final Map<String, Double> detikPerTahap = new LinkedHashMap<>();
  private final List<String> catatan = Collections.synchronizedList(new ArrayList<>());
  /** Two-node mode: called after every completed task with the stage's name and its tasks so far. */
  volatile java.util.function.BiConsumer<String, Long> setelahTugas;
  private volatile String tahapSekarang = "";
  private volatile long tugasAwalTahap;
  /** Tasks per stage (for the kill's threshold: a third of the previous period's tasks). */
  final Map<String, Long> tugasPerTahap = new ConcurrentHashMap<>();
  /** Completions whose node died in flight after committing them (two-node mode). */
  final AtomicLong selesaiSebelumMati = new AtomicLong();

  public Simulasi(Konfigurasi k, ProcessEngine engine, ImporRegisterService impor,
      PengelolaanRegisterService register, TransactionTemplate tx, int port) {
    this.k = k;
    this.engine = engine;
    this.impor = impor;
    this.register = register;
    this.tx = tx;
    this.rest = new KlienRest("http://localhost:" + port, "/engine-rest/engine/" + engine.getName(), k.sandi());
    this.pompa = new PompaJob(engine.getManagementService(), k.pekerja());
  }

  public KotaSintetis.Kota kota() {
    return kota;
  }

  // ------------------------------------------------------------------------------ the year

  public Hasil jalankan() {
    long mulai = System.nanoTime();
    try (Pekerja pekerja = new Pekerja(k.pekerja())) {
      tahap("register (impor " + k.asn() + " ASN)", this::siapkanKota);
      // The year is played in its own time: the engine clock starts in January.
      Jam.setel(pada(LocalDate.of(k.tahun(), 1, 2)));
      tahap("siklus dimulai, SKP dibuat", () -> {
        mulaiSiklus();
        selesaikan(pekerja, Set.of("tinjau-ringkasan-siklus"));
      });
      Jam.setel(pada(LocalDate.of(k.tahun(), 1, 20)));
      tahap("SKP disusun dan disetujui", () -> selesaikan(pekerja, Set.of("susun-skp", "setujui-skp")));
      int periode = "BULANAN".equals(k.jenisPeriode()) ? 12 : 4;
      for (int p = 1; p <= periode; p++) {
        LocalDate akhir = LocalDate.of(k.tahun(), periode == 12 ? p : p * 3, 1).plusMonths(1).minusDays(1);
        // The timer "Akhir periode" is due the day after the period; the clock moves there.
        Jam.setel(pada(akhir.plusDays(1)));
        tahap("periode " + p + " dilaporkan dan dinilai",
            () -> selesaikan(pekerja, Set.of("laporkan-realisasi", "nilai-kinerja-periodik")));
      }
      Jam.setel(pada(LocalDate.of(k.tahun() + 1, 1, 5)));
      tahap("penilaian tahunan dan kalibrasi", () -> {
        for (String opd : kota.kodeOpd()) {
          rest.api(stafBkpsdm, "PUT", "/api/kinerja-organisasi/" + k.tahun() + "/" + opd + "/predikat",
              Map.of("predikat", "BAIK", "keterangan", "Keputusan Wali Kota tentang predikat kinerja organisasi"));
        }
        selesaikan(pekerja, Set.of("nilai-kinerja-tahunan", "sesuaikan-rating-kurva"));
      });
      tahap("hasil diterima, keberatan", () -> selesaikan(pekerja, Set.of("terima-hasil-penilaian",
          "putuskan-keberatan", "beri-penjelasan-asn", "beri-penjelasan-penilai", "baca-keputusan-keberatan")));
      tahap("tindak lanjut", () -> tindakLanjut(pekerja));
    } finally {
      Jam.reset();
    }
    double detik = (System.nanoTime() - mulai) / 1e9;
    Map<String, Long> perKunci = new java.util.TreeMap<>();
    tugasPerKunci.forEach((kunci, n) -> perKunci.put(kunci, n.sum()));
    Map<String, Long> msPerTugas = new java.util.TreeMap<>();
    nanoPerKunci.forEach((kunci, n) -> msPerTugas.put(kunci, n.sum() / 1_000_000L / Math.max(1, perKunci.get(kunci))));
    long proses = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    return new Hasil(detikPerTahap, detik, tugasSelesai.get(), perKunci, msPerTugas, pompa.detik(), pompa.sql(), proses, pompa.dijalankan(),
        pompa.gagal(), pompa.konflik(), rest.diulang(), keberatan.get(), kalibrasiDiubah.get(),
        dikembalikan.get(), kota.jabatanLowong(), kota.plt(), tugasTerbuka(), List.copyOf(catatan));
  }

  private void tahap(String nama, Runnable kerja) {
    long t = System.nanoTime();
    long tugas0 = tugasSelesai.get();
    long job0 = pompa.dijalankan();
    long sql0 = HitungSql.jumlah();
    long sqlJob0 = pompa.sql();
    tugasAwalTahap = tugas0;
    tahapSekarang = nama;
    kerja.run();
    tugasPerTahap.put(nama, tugasSelesai.get() - tugas0);
    double s = (System.nanoTime() - t) / 1e9;
    detikPerTahap.put(nama, s);
    long tugas = tugasSelesai.get() - tugas0;
    long job = pompa.dijalankan() - job0;
    long sqlJob = pompa.sql() - sqlJob0;
    long sqlTugas = HitungSql.jumlah() - sql0 - sqlJob;
    System.out.printf(java.util.Locale.ROOT, "SIMULASI tahap %-40s %8.1f s  tugas %d, job %d, SQL per tugas %.1f, "
        + "per job %.1f%n", nama, s, tugas, job, tugas == 0 ? 0.0 : sqlTugas / (double) tugas,
        job == 0 ? 0.0 : sqlJob / (double) job);
  }

  static Date pada(LocalDate tanggal) {
    return Date.from(tanggal.atTime(9, 0).atZone(Waktu.WIB).toInstant());
  }

  // ------------------------------------------------------------------------------ the register

  private void siapkanKota() {
    kota = KotaSintetis.buat(k.asn(), k.seed());
    kota.asn().forEach(a -> asnMenurutNip.put(a.nip(), a));
    // BKPSDM imports the register file (the same service as POST /api/impor/register and the
    // command-line import); the identity sync after commit makes every ASN a Camunda user.
    HasilImpor h = impor.impor("register-simulasi.csv", kota.csv(), false);
    if (!h.diterima()) {
      throw new IllegalStateException("impor register ditolak: " + h.kesalahan());
    }
    stafBkpsdm = KotaSintetis.nip(k.asn() + 500);
    tx.executeWithoutResult(s -> {
      register.tambahPegawai(new DataPegawai(stafBkpsdm, "Staf Bkpsdm Simulasi", null, null, JenisAsn.PNS, null, null));
      register.beriPeran(stafBkpsdm, null, Peran.BKPSDM);
      register.beriPeran(WALIKOTA, "Wali Kota", Peran.WALIKOTA);
    });
    for (String opd : kota.kodeOpd()) {
      for (String sasaran : List.of("Meningkatnya kualitas layanan publik", "Meningkatnya akuntabilitas kinerja")) {
        rest.api(stafBkpsdm, "POST", "/api/perjanjian-kinerja", Map.of("kodeOpd", opd, "tahun", k.tahun(),
            "sasaran", sasaran, "indikator", "Indeks kepuasan masyarakat 85"));
      }
    }
  }

  private void mulaiSiklus() {
    rest.engine(stafBkpsdm, "POST", "/process-definition/key/siklus-kinerja-tahunan/submit-form",
        Map.of("variables", Map.of(
            "tahun", Map.of("value", k.tahun(), "type", "Integer"),
            "semuaOpd", Map.of("value", false, "type", "Boolean"),
            "kodeOpd", Map.of("value", String.join(",", kota.kodeOpd())),
            "jenisPeriode", Map.of("value", k.jenisPeriode()),
            "batasPenetapanSkp", Map.of("value", k.tahun() + "-01-31"))));
  }

  // ------------------------------------------------------------------------------ the loop

  /**
   * Until none of these tasks is left: run the due jobs, then every open task of these keys is
   * worked by its assignee, the workers in parallel. A task whose owner cannot act yet (an SKP
   * whose supervisor's SKP is not agreed) waits for the next round; a round without progress stops
   * the simulation with what is left.
   */
  void selesaikan(Pekerja pekerja, Set<String> kunci) {
    for (int putaran = 1; ; putaran++) {
      pompa.jalankanSemua();
      List<Task> daftar = engine.getTaskService().createTaskQuery().taskDefinitionKeyIn(kunci.toArray(String[]::new))
          .active().orderByTaskId().asc().list();
      if (daftar.isEmpty()) {
        return;
      }
      int selesai = pekerja.untukSetiap(daftar, this::kerjakan);
      if (selesai == 0) {
        Map<String, Long> sisa = new java.util.TreeMap<>();
        daftar.forEach(t -> sisa.merge(t.getTaskDefinitionKey(), 1L, Long::sum));
        throw new IllegalStateException("simulasi macet pada putaran " + putaran + ": tugas tersisa " + sisa);
      }
    }
  }

  /** Works one task as its owner; false when the owner cannot act on it yet. */
  boolean kerjakan(Task t) {
    long t0 = System.nanoTime();
    boolean selesai;
    KlienRest.TUGAS.set(t.getTaskDefinitionKey());
    try {
      selesai = kerjakanSaja(t);
    } finally {
      KlienRest.TUGAS.remove();
    }
    if (selesai) {
      nanoPerKunci.computeIfAbsent(t.getTaskDefinitionKey(), x -> new LongAdder()).add(System.nanoTime() - t0);
    }
    return selesai;
  }

  private boolean kerjakanSaja(Task t) {
    Map<String, Object> isian = switch (t.getTaskDefinitionKey()) {
      case "tinjau-ringkasan-siklus" -> Map.of();
      case "susun-skp" -> susunSkp(t);
      case "setujui-skp" -> setujuiSkp(t);
      case "laporkan-realisasi" -> laporkanRealisasi(t);
      case "nilai-kinerja-periodik" -> nilaiPeriodik(t);
      case "nilai-kinerja-tahunan" -> nilaiTahunan(t);
      case "sesuaikan-rating-kurva" -> sesuaikanKurva(t);
      case "terima-hasil-penilaian" -> terimaHasil(t);
      case "putuskan-keberatan" -> putuskanKeberatan(t);
      case "beri-penjelasan-asn" -> Map.of("penjelasanAsn", teks("Capaian saya didukung bukti yang sudah diunggah."));
      case "beri-penjelasan-penilai" -> Map.of("penjelasanPenilai", teks("Penilaian didasarkan pada pengamatan langsung."));
      case "baca-keputusan-keberatan" -> Map.of("dibaca", Map.of("value", true, "type", "Boolean"));
      default -> TindakLanjut.isian(this, t);
    };
    if (isian == null) {
      return false;
    }
    String pelaku = pelaku(t);
    try {
      rest.engine(pelaku, "POST", "/task/" + t.getId() + "/submit-form", Map.of("variables", isian));
    } catch (KlienRest.Terputus e) {
      // Its node died with the completion in flight and the other node refused it: done when the
      // task is gone (the dead node committed it before it died), otherwise a real error.
      if (engine.getTaskService().createTaskQuery().taskId(t.getId()).count() > 0) {
        throw e;
      }
      selesaiSebelumMati.incrementAndGet();
    }
    tugasSelesai.incrementAndGet();
    tugasPerKunci.computeIfAbsent(t.getTaskDefinitionKey(), x -> new LongAdder()).increment();
    java.util.function.BiConsumer<String, Long> p = setelahTugas;
    if (p != null) {
      p.accept(tahapSekarang, tugasSelesai.get() - tugasAwalTahap);
    }
    return true;
  }

  /** The assignee, or for a group task (bkpsdm) the BKPSDM officer. */
  String pelaku(Task t) {
    return t.getAssignee() != null ? t.getAssignee() : stafBkpsdm;
  }

  static Map<String, Object> teks(String s) {
    return Map.of("value", s);
  }

  Map<String, Object> jsonVar(Object nilai) {
    try {
      return Map.of("type", "Json", "value", json.writeValueAsString(nilai));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  String nipTugas(Task t) {
    return (String) engine.getTaskService().getVariable(t.getId(), "nip");
  }

  Asn asn(String nip) {
    return asnMenurutNip.get(nip);
  }

  // ------------------------------------------------------------------------------ decisions

  /** A deterministic draw per (seed, person, purpose) in [0, 100). */
  int undian(String nip, String tujuan) {
    return Math.floorMod(new Random(k.seed() * 1_000_003L + nip.hashCode() * 31L + tujuan.hashCode()).nextInt(), 100);
  }

  /**
   * The ASN's true year: {hasil kerja, perilaku}. About 10 % Sangat Baik, 70 % Baik, 12 % Butuh
   * Perbaikan, 6 % Kurang, 2 % Sangat Kurang.
   */
  String[] profil(String nip) {
    int u = undian(nip, "profil");
    if (u < 10) {
      return new String[] {ATAS, ATAS};
    } else if (u < 60) {
      return new String[] {SESUAI, SESUAI};
    } else if (u < 70) {
      return new String[] {ATAS, SESUAI};
    } else if (u < 80) {
      return new String[] {SESUAI, ATAS};
    } else if (u < 92) {
      return new String[] {BAWAH, SESUAI};
    } else if (u < 98) {
      return new String[] {SESUAI, BAWAH};
    }
    return new String[] {BAWAH, BAWAH};
  }

  /** One period: the profile, one step off in about one period of five. */
  String[] periodik(String nip, int periodeKe) {
    String[] p = profil(nip);
    int u = undian(nip, "periode" + periodeKe);
    String hk = p[0];
    if (u < 20) {
      int i = RATING.indexOf(hk) + (u < 10 ? 1 : -1);
      hk = RATING.get(Math.max(0, Math.min(2, i)));
    }
    return new String[] {hk, p[1]};
  }

  // ------------------------------------------------------------------------------ SKP

  private Map<String, Object> susunSkp(Task t) {
    String nip = t.getAssignee();
    JsonNode opsi = rest.variabel(nip, t.getId(), "opsiRhkAtasan");
    if (opsi == null || !opsi.isArray() || opsi.isEmpty()) {
      return null; // the supervisor's SKP is not agreed yet: nothing to link to
    }
    Asn a = asn(nip);
    int urut = a == null ? 0 : a.urut();
    String rhkAtasan = opsi.get(urut % opsi.size()).get("value").asText();
    List<Map<String, Object>> rhk = new ArrayList<>();
    rhk.add(Map.of("jenis", "UTAMA", "uraian", "Terlaksananya layanan bidang tugas " + urut, "rhkAtasan", rhkAtasan,
        "indikator", List.of(
            indikator("KUANTITAS", "Layanan selesai", 100, "layanan", "LEBIH_TINGGI_LEBIH_BAIK"),
            indikator("WAKTU", "Lama penyelesaian", 5, "hari", "LEBIH_RENDAH_LEBIH_BAIK"))));
    if (urut % 3 == 0) {
      rhk.add(Map.of("jenis", "TAMBAHAN", "uraian", "Narasumber sosialisasi layanan",
          "indikator", List.of(indikator("KUANTITAS", "Sosialisasi", 4, "kegiatan", null))));
    }
    return Map.of("rhk", jsonVar(rhk));
  }

  static Map<String, Object> indikator(String aspek, String uraian, int target, String satuan, String arah) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("aspek", aspek);
    m.put("uraian", uraian);
    m.put("target", target);
    m.put("satuan", satuan);
    if (arah != null) {
      m.put("arah", arah);
    }
    return m;
  }

  private Map<String, Object> setujuiSkp(Task t) {
    String nip = nipTugas(t);
    // About one SKP in ten goes back once with notes; the ASN revises and submits again.
    if (undian(nip, "kembalikan") < 10 && sudahDikembalikan.add(nip)) {
      dikembalikan.incrementAndGet();
      return Map.of("keputusan", teks("KEMBALIKAN"),
          "catatan", teks("Tambahkan indikator waktu yang lebih ketat untuk RHK utama"));
    }
    return Map.of("keputusan", teks("SETUJUI"));
  }

  // ------------------------------------------------------------------------------ periods

  private Map<String, Object> laporkanRealisasi(Task t) {
    String nip = t.getAssignee();
    int periodeKe = ((Number) engine.getTaskService().getVariable(t.getId(), "periodeKe")).intValue();
    String profil = periodik(nip, periodeKe)[0];
    List<Map<String, Object>> isi = new ArrayList<>();
    for (JsonNode ind : rest.variabel(nip, t.getId(), "daftarIndikator")) {
      isi.add(Map.of("indikatorId", ind.get("indikatorId").asLong(),
          "realisasi", realisasi(profil, ind.get("aspek").asText(), ind.get("jenisRhk").asText()),
          "tautanBukti", "https://drive.langsakota.go.id/bukti/" + nip + "/" + k.tahun() + "/" + periodeKe));
    }
    return Map.of("realisasi", jsonVar(isi), "catatanMandiri", teks("Laporan periode " + periodeKe));
  }

  /** Targets: UTAMA kuantitas 100 (higher better), waktu 5 days (lower better); TAMBAHAN 4. */
  static String realisasi(String profil, String aspek, String jenisRhk) {
    boolean waktu = aspek.equals("WAKTU");
    boolean tambahan = jenisRhk.equals("TAMBAHAN");
    return switch (profil) {
      case ATAS -> waktu ? "4" : tambahan ? "5" : "120";
      case SESUAI -> waktu ? "5" : tambahan ? "4" : "100";
      default -> waktu ? "7" : tambahan ? "2" : "80";
    };
  }

  private Map<String, Object> nilaiPeriodik(Task t) {
    String penilai = t.getAssignee();
    String nip = nipTugas(t);
    int periodeKe = ((Number) engine.getTaskService().getVariable(t.getId(), "periodeKe")).intValue();
    String[] r = periodik(nip, periodeKe);
    JsonNode v = rest.variabelSemua(penilai, t.getId(), "umpanBalik,saranRatingHasilKerja");
    Map<String, Object> isian = new HashMap<>();
    for (String nilai : NILAI_BERAKHLAK) {
      isian.put("perilaku_" + nilai, teks(r[1]));
    }
    List<Map<String, Object>> umpanBalik = new ArrayList<>();
    for (JsonNode u : bacaJson(v.path("umpanBalik").path("value"))) {
      umpanBalik.add(Map.of("rhkId", u.get("rhkId").asLong(), "isi", "Umpan balik periode " + periodeKe
          + ": pertahankan ketepatan waktu layanan"));
    }
    isian.put("umpanBalik", jsonVar(umpanBalik));
    isian.put("ratingHasilKerja", teks(r[0]));
    isian.put("ratingPerilaku", teks(r[1]));
    if (!r[0].equals(v.path("saranRatingHasilKerja").path("value").asText())) {
      isian.put("alasanRatingHasilKerja", teks("Hasil kerja dinilai dari pengamatan langsung atas layanan"));
    }
    return isian;
  }

  // ------------------------------------------------------------------------------ the annual result

  private Map<String, Object> nilaiTahunan(Task t) {
    String penilai = t.getAssignee();
    String nip = nipTugas(t);
    String[] p = profil(nip);
    JsonNode v = rest.variabelSemua(penilai, t.getId(), "saranRatingHasilKerja,saranRatingPerilaku");
    Map<String, Object> isian = new HashMap<>();
    isian.put("ratingHasilKerja", teks(p[0]));
    isian.put("ratingPerilaku", teks(p[1]));
    if (!p[0].equals(v.path("saranRatingHasilKerja").path("value").asText())
        || !p[1].equals(v.path("saranRatingPerilaku").path("value").asText())) {
      isian.put("alasan", teks("Keputusan tahunan pejabat penilai atas seluruh periode"));
    }
    tahunan.put(nip, p.clone());
    return isian;
  }

  /**
   * The head of the OPD calibrates against the Baik pattern (Baik at most 70 %, Butuh Perbaikan
   * and/or Kurang at least one person): one Baik becomes Butuh Perbaikan when nobody is below
   * Baik, then the surplus of Baik becomes Sangat Baik, each with a reason.
   */
  private Map<String, Object> sesuaikanKurva(Task t) {
    String kodeOpd = (String) engine.getTaskService().getVariable(t.getId(), "kodeOpd");
    if (percobaanKalibrasi.computeIfAbsent(kodeOpd, x -> new AtomicInteger()).incrementAndGet() > 3) {
      catatan.add("kalibrasi " + kodeOpd + " tidak selesai setelah 3 percobaan");
      return null;
    }
    List<Asn> dihitung = kota.asn().stream().filter(a -> a.kodeOpd().equals(kodeOpd) && !a.kepala())
        .sorted(Comparator.comparing(Asn::urut)).toList();
    Predicate<Asn> baik = a -> "BAIK".equals(predikat(a.nip()));
    List<Map<String, Object>> perubahan = new ArrayList<>();
    boolean adaDiBawah = dihitung.stream().anyMatch(a -> Set.of("BUTUH_PERBAIKAN", "KURANG").contains(predikat(a.nip())));
    if (!adaDiBawah) {
      Asn a = dihitung.stream().filter(baik).reduce((x, y) -> y).orElseThrow();
      perubahan.add(ubah(a, BAWAH, SESUAI, "Capaian RHK utama di bawah target pada dua periode terakhir"));
    }
    long jumlahBaik = dihitung.stream().filter(baik).count();
    long batas = 70L * dihitung.size() / 100;
    dihitung.stream().filter(baik).limit(Math.max(0, jumlahBaik - batas))
        .forEach(a -> perubahan.add(ubah(a, ATAS, ATAS, "Capaian RHK utama melampaui target pada periode III dan IV")));
    kalibrasiDiubah.addAndGet(perubahan.size());
    return Map.of("perubahan", jsonVar(perubahan));
  }

  private Map<String, Object> ubah(Asn a, String hk, String pk, String alasan) {
    tahunan.put(a.nip(), new String[] {hk, pk});
    return Map.of("nip", a.nip(), "ratingHasilKerja", hk, "ratingPerilaku", pk, "alasan", alasan);
  }

  String predikat(String nip) {
    String[] r = tahunan.get(nip);
    return r == null ? null : MATRIKS.get(r[0]).get(r[1]);
  }

  /** About 3 % appeal; the others accept. */
  private Map<String, Object> terimaHasil(Task t) {
    String nip = t.getAssignee();
    if (undian(nip, "keberatan") < 3) {
      keberatan.incrementAndGet();
      return Map.of("tanggapan", teks("AJUKAN_KEBERATAN"), "alasanKeberatan",
          teks("Realisasi periode terakhir melampaui target tetapi tidak diperhitungkan dalam penilaian tahunan."));
    }
    return Map.of("tanggapan", teks("TERIMA"));
  }

  /** The atasan pejabat penilai raises the result rating one step (or keeps it at the top). */
  private Map<String, Object> putuskanKeberatan(Task t) {
    String nip = t.getProcessInstanceId() == null ? null : bisnisKeyNip(t);
    String[] r = tahunan.getOrDefault(nip, new String[] {SESUAI, SESUAI});
    String hk = RATING.get(Math.min(2, RATING.indexOf(r[0]) + 1));
    tahunan.put(nip, new String[] {hk, r[1]});
    return Map.of("tindakan", teks("PUTUSKAN"), "ratingHasilKerja", teks(hk),
        "alasanHasilKerja", teks("Bukti realisasi periode terakhir diperiksa dan sah"),
        "ratingPerilaku", teks(r[1]), "alasanPerilaku", teks("Perilaku kerja tetap sesuai pengamatan atasan"));
  }

  /** The NIP in a business key such as KEB-2025-<nip> or SKP-2025-<nip>. */
  String bisnisKeyNip(Task t) {
    String kunci = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId())
        .singleResult().getBusinessKey();
    String[] bagian = kunci.split("-");
    return bagian[bagian.length - 1];
  }

  JsonNode bacaJson(JsonNode nilai) {
    try {
      return nilai.isTextual() ? json.readTree(nilai.asText()) : nilai;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  // ------------------------------------------------------------------------------ follow-ups

  /** The follow-ups: what cannot be played is recorded, not fatal (the year itself is done). */
  private void tindakLanjut(Pekerja pekerja) {
    try {
      TindakLanjut.jalankan(this, pekerja);
    } catch (RuntimeException e) {
      catatan.add("tindak lanjut berhenti: " + e.getMessage());
      System.out.println("SIMULASI tindak lanjut berhenti: " + e);
    }
  }

  void catat(String s) {
    catatan.add(s);
  }

  Konfigurasi konfigurasi() {
    return k;
  }

  ProcessEngine engine() {
    return engine;
  }

  /** Runs the due jobs once more (after the year) and tells what is left open. */
  Map<String, Long> tugasTerbuka() {
    Map<String, Long> sisa = new java.util.TreeMap<>();
    for (Task t : engine.getTaskService().createTaskQuery().active().list()) {
      sisa.merge(t.getTaskDefinitionKey(), 1L, Long::sum);
    }
    return sisa;
  }

  static boolean konflik(Throwable e) {
    for (Throwable x = e; x != null; x = x.getCause()) {
      if (x instanceof OptimisticLockingException) {
        return true;
      }
    }
    return false;
  }

  static List<List<Job>> kelompok(List<Job> job, int n) {
    List<List<Job>> hasil = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      hasil.add(new ArrayList<>());
    }
    for (Job j : job) {
      String kunci = j.getProcessInstanceId() != null ? j.getProcessInstanceId() : j.getId();
      hasil.get(Math.floorMod(kunci.hashCode(), n)).add(j);
    }
    return hasil;
  }
}
