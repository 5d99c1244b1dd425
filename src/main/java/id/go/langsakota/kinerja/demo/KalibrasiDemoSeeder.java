package id.go.langsakota.kinerja.demo;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.kalibrasi.KalibrasiKurvaProses;
import id.go.langsakota.kinerja.kalibrasi.KalibrasiKurvaRepository;
import id.go.langsakota.kinerja.kalibrasi.PredikatOrganisasiService;
import id.go.langsakota.kinerja.organisasi.Pejabat;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatan;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import id.go.langsakota.kinerja.proses.BacaIsian;
import id.go.langsakota.kinerja.siklus.SiklusKinerjaRepository;
import id.go.langsakota.kinerja.skp.NilaiBerakhlak;
import id.go.langsakota.kinerja.skp.PerjanjianKinerja;
import id.go.langsakota.kinerja.skp.PerjanjianKinerjaRepository;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.skp.SkpService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds LAST year for one small OPD of the demo organisation (Kecamatan Langsa Lama, 12 ASN),
 * through the real processes, so a newcomer can walk issue 8 in Tasklist: BKPSDM's
 * siklus-kinerja-tahunan for the OPD (TRIWULANAN), every SKP drafted and agreed top-down in
 * January, the four quarters reported and rated, BKPSDM's record of the OPD's Predikat Kinerja
 * Organisasi (Baik), then the annual ratings. Those are given so that the distribution breaks the
 * Baik pattern by one person (8 of the 11 counted are Baik, at most 7 allowed), so the round of
 * kalibrasi-kurva that the last rating starts waits at sesuaikan-rating-kurva for the camat.
 *
 * <p>The engine clock is set to dates of that year for the SKP agreement and the periods (so the
 * periods are regular ones and the records carry that year's dates) and reset in finally; the
 * annual ratings are given today, so the calibration deadline lies ahead. Every job runs here,
 * with the job executor paused, as in {@link SiklusDemoSeeder}.
 */
@Service
public class KalibrasiDemoSeeder {

  static final String KODE_OPD = "KEC-LAMA";
  static final String PREDIKAT_ORGANISASI = "BAIK";

  private static final Logger log = LoggerFactory.getLogger(KalibrasiDemoSeeder.class);
  private static final List<String[]> PERJANJIAN_KINERJA = List.of(
      new String[] {"Meningkatnya kualitas pelayanan administrasi kecamatan",
          "Indeks kepuasan masyarakat terhadap layanan kecamatan: 85"},
      new String[] {"Meningkatnya ketenteraman dan ketertiban umum di kecamatan",
          "Gangguan ketertiban yang tertangani: 90 %"});
  private static final String ATAS = "DI_ATAS_EKSPEKTASI";
  private static final String SESUAI = "SESUAI_EKSPEKTASI";
  private static final String BAWAH = "DI_BAWAH_EKSPEKTASI";

  /** The intended annual result: {hasil kerja, perilaku} and the realisasi factor that suggests it. */
  enum Hasil {
    SANGAT_BAIK(ATAS, ATAS, 1.2), BAIK(SESUAI, SESUAI, 1.0), BUTUH_PERBAIKAN(BAWAH, SESUAI, 0.8);

    final String hasilKerja;
    final String perilaku;
    final double faktor;

    Hasil(String hasilKerja, String perilaku, double faktor) {
      this.hasilKerja = hasilKerja;
      this.perilaku = perilaku;
      this.faktor = faktor;
    }
  }

  private final ProcessEngine engine;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final FormService forms;
  private final ManagementService management;
  private final SkpService skpService;
  private final SkpRepository skpRepository;
  private final PerjanjianKinerjaRepository perjanjianRepository;
  private final SiklusKinerjaRepository siklusRepository;
  private final KalibrasiKurvaRepository kalibrasiRepository;
  private final PredikatOrganisasiService predikatOrganisasi;
  private final RegisterOrganisasiService register;
  private final TransactionTemplate tx;

  public KalibrasiDemoSeeder(ProcessEngine engine, SkpService skpService, SkpRepository skpRepository,
      PerjanjianKinerjaRepository perjanjianRepository, SiklusKinerjaRepository siklusRepository,
      KalibrasiKurvaRepository kalibrasiRepository, PredikatOrganisasiService predikatOrganisasi,
      RegisterOrganisasiService register, TransactionTemplate tx) {
    this.engine = engine;
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.forms = engine.getFormService();
    this.management = engine.getManagementService();
    this.skpService = skpService;
    this.skpRepository = skpRepository;
    this.perjanjianRepository = perjanjianRepository;
    this.siklusRepository = siklusRepository;
    this.kalibrasiRepository = kalibrasiRepository;
    this.predikatOrganisasi = predikatOrganisasi;
    this.register = register;
    this.tx = tx;
  }

  /**
   * What the seeding did; {@code dilewati} true when nothing was seeded.
   *
   * @param kepalaOpd who the calibration task waits for
   */
  public record Ringkasan(boolean dilewati, int tahun, int skpDinilai, String kepalaOpd, long milidetik) {}

  /** Seeds last year (server time, WIB) once; skipped when the OPD is not in the register or the year exists. */
  public Ringkasan isiJikaBelum() {
    return isiJikaBelum(LocalDate.now(Waktu.WIB));
  }

  Ringkasan isiJikaBelum(LocalDate hariIni) {
    long mulai = System.currentTimeMillis();
    int tahun = hariIni.getYear() - 1;
    LocalDate akhirTahun = LocalDate.of(tahun, 12, 31);
    Optional<Pejabat> kepala = register.kepalaOpdDari(KODE_OPD, akhirTahun);
    if (kepala.isEmpty() || kepala.get().nip() == null) {
      log.info("Kalibrasi demo: {} tidak ada di register, tidak ada yang dibuat", KODE_OPD);
      return new Ringkasan(true, tahun, 0, null, 0);
    }
    if (adaSiklus(tahun) || kalibrasiRepository.rondeTerakhir(tahun, KODE_OPD) > 0
        || skpRepository.existsByNipAndTahun(kepala.get().nip(), tahun)) {
      log.info("Kalibrasi demo {} {}: sudah ada, tidak ada yang dibuat", tahun, KODE_OPD);
      return new Ringkasan(true, tahun, 0, kepala.get().nip(), 0);
    }
    JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    boolean aktif = executor != null && executor.isActive();
    if (aktif) {
      executor.shutdown(); // we run every job ourselves; the executor must not race us
    }
    try {
      int dinilai = isi(tahun);
      long ms = System.currentTimeMillis() - mulai;
      log.info("Kalibrasi demo {} untuk {}: {} SKP dinilai tahunan, kalibrasi-kurva menunggu kepala OPD {} ({} ms)",
          tahun, KODE_OPD, dinilai, kepala.get().nip(), ms);
      return new Ringkasan(false, tahun, dinilai, kepala.get().nip(), ms);
    } finally {
      ClockUtil.reset();
      if (aktif) {
        executor.start();
      }
    }
  }

  private boolean adaSiklus(int tahun) {
    return siklusRepository.findAll().stream().anyMatch(s -> s.getTahun() == tahun
        && (s.isSemuaOpd() || s.daftarKodeOpd().contains(KODE_OPD)));
  }

  /** Engine clock at {@code t} (WIB), never later than now: the seeding never writes the future. */
  private static void jam(LocalDateTime t) {
    Date d = Date.from(t.atZone(Waktu.WIB).toInstant());
    ClockUtil.setCurrentTime(d.after(new Date()) ? new Date() : d);
  }

  private int isi(int tahun) {
    LocalDate akhirTahun = LocalDate.of(tahun, 12, 31);
    jam(LocalDate.of(tahun, 1, 2).atTime(8, 0));
    for (String[] pk : PERJANJIAN_KINERJA) {
      perjanjianRepository.save(new PerjanjianKinerja(KODE_OPD, tahun, pk[0], pk[1],
          DemoLogin.BKPSDM.idPengguna()));
    }
    ProcessInstance siklus = runtime.startProcessInstanceByKey("siklus-kinerja-tahunan",
        Variables.createVariables().putValue("tahun", tahun).putValue("semuaOpd", false)
            .putValue("kodeOpd", KODE_OPD).putValue("jenisPeriode", "TRIWULANAN")
            .putValue("batasPenetapanSkp", LocalDate.of(tahun, 1, 31).toString()));
    jalankanPesan(siklus.getId());
    Object siklusId = runtime.getVariable(siklus.getId(), "siklusId");
    // BKPSDM has read the summary of last year's cycle: no open task of a past year is left.
    tasks.createTaskQuery().processInstanceId(siklus.getId()).taskDefinitionKey("tinjau-ringkasan-siklus").list()
        .forEach(t -> forms.submitTaskForm(t.getId(), Map.of()));
    List<ProcessInstance> skp = runtime.createProcessInstanceQuery().processDefinitionKey("skp-pegawai")
        .variableValueEquals("siklusId", siklusId).list();
    Map<String, ProcessInstance> perNip = new LinkedHashMap<>();
    for (ProcessInstance pi : skp) {
      jalankanPesan(pi.getId());
      perNip.put((String) runtime.getVariable(pi.getId(), "nip"), pi);
    }
    Map<String, Hasil> hasil = rencanaHasil(perNip.keySet(), akhirTahun);

    // SKP, top-down on 2 January: whoever has options to link to drafts, the pejabat penilai agrees.
    Map<String, Long> disetujui = new LinkedHashMap<>();
    boolean maju = true;
    while (maju) {
      maju = false;
      for (Map.Entry<String, ProcessInstance> e : perNip.entrySet()) {
        if (disetujui.containsKey(e.getKey())) {
          continue;
        }
        Long skpId = ((Number) runtime.getVariable(e.getValue().getId(), "skpId")).longValue();
        List<Map<String, String>> opsi = skpService.opsiRhkAtasan(skpId);
        if (opsi.isEmpty()) {
          continue;
        }
        tasks.complete(tugas(e.getValue().getId(), "susun-skp").getId(), Variables.createVariables()
            .putValueTyped("rhk", BacaIsian.json(rhk(e.getKey(), opsi, akhirTahun))));
        tasks.complete(tugas(e.getValue().getId(), "setujui-skp").getId(), Map.of("keputusan", "SETUJUI"));
        disetujui.put(e.getKey(), skpId);
        maju = true;
      }
    }
    if (disetujui.size() != perNip.size()) {
      throw new IllegalStateException("Kalibrasi demo: SKP tanpa pilihan RHK atasan: "
          + perNip.keySet().stream().filter(n -> !disetujui.containsKey(n)).toList());
    }

    // Four quarters: the timer fires the day after the quarter, the ASN reports three days
    // later, the pejabat penilai rates (following the suggestion) three days after that.
    for (int ke = 1; ke <= 4; ke++) {
      LocalDate berakhir = LocalDate.of(tahun, ke * 3, 1).plusMonths(1);
      for (Map.Entry<String, ProcessInstance> e : perNip.entrySet()) {
        String nip = e.getKey();
        ProcessInstance pi = e.getValue();
        jam(berakhir.atStartOfDay());
        Job timer = management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_AkhirPeriode")
            .timers().orderByJobDuedate().asc().list().stream().findFirst()
            .orElseThrow(() -> new IllegalStateException("Kalibrasi demo: timer periode tidak ada untuk " + nip));
        management.executeJob(timer.getId());
        ProcessInstance periode = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).list()
            .stream().max(Comparator.comparingInt(this::periodeKe)).orElseThrow();
        jalankanPesan(periode.getId());
        jam(berakhir.plusDays(3).atTime(9, 0));
        lapor(periode, disetujui.get(nip), nip, hasil.get(nip));
        jam(berakhir.plusDays(6).atTime(10, 0));
        nilai(periode, disetujui.get(nip), hasil.get(nip));
        jalankanPesan(pi.getId());
      }
    }

    // BKPSDM records the Wali Kota's decision on the OPD's Predikat Kinerja Organisasi.
    ClockUtil.reset();
    predikatOrganisasi.tetapkan(tahun, KODE_OPD, PREDIKAT_ORGANISASI,
        "Keputusan Wali Kota tentang predikat kinerja organisasi " + tahun + " (data demo)",
        DemoLogin.BKPSDM.idPengguna());

    // The annual ratings, today: the last one starts the OPD's distribution check.
    for (Map.Entry<String, ProcessInstance> e : perNip.entrySet()) {
      Hasil h = hasil.get(e.getKey());
      forms.submitTaskForm(tugas(e.getValue().getId(), "nilai-kinerja-tahunan").getId(),
          Map.of("ratingHasilKerja", h.hasilKerja, "ratingPerilaku", h.perilaku));
      jalankanPesan(e.getValue().getId());
    }
    ProcessInstance kk = runtime.createProcessInstanceQuery().processDefinitionKey("kalibrasi-kurva")
        .processInstanceBusinessKey(KalibrasiKurvaProses.businessKey(tahun, KODE_OPD, 1)).singleResult();
    if (kk == null) {
      throw new IllegalStateException("Kalibrasi demo: kalibrasi-kurva " + tahun + " " + KODE_OPD + " tidak dimulai");
    }
    jalankanPesan(kk.getId());
    tugas(kk.getId(), KalibrasiKurvaProses.TUGAS_SESUAIKAN); // fails loudly if the pattern was met
    return perNip.size();
  }

  /**
   * The annual result planned per person: the camat (rated by the Sekda, not counted) Sangat
   * Baik; of the 11 counted the sekretaris camat and the first kepala seksi Sangat Baik, one
   * pelaksana Butuh Perbaikan, the other eight Baik — one Baik more than the Baik pattern allows.
   */
  private Map<String, Hasil> rencanaHasil(Iterable<String> nip, LocalDate tanggal) {
    Map<String, Hasil> h = new HashMap<>();
    String kepala = register.kepalaOpdDari(KODE_OPD, tanggal).map(Pejabat::nip).orElseThrow();
    List<String> kasi = new ArrayList<>();
    List<String> pelaksana = new ArrayList<>();
    for (String n : nip) {
      String jabatan = register.jabatanDefinitif(n, tanggal).map(PenugasanJabatan::getJabatan)
          .map(j -> j.getNama()).orElse("");
      h.put(n, Hasil.BAIK);
      if (n.equals(kepala) || jabatan.startsWith("Sekretaris Kecamatan")) {
        h.put(n, Hasil.SANGAT_BAIK);
      } else if (jabatan.startsWith("Kepala Seksi")) {
        kasi.add(n);
      } else if (!jabatan.startsWith("Kepala")) {
        pelaksana.add(n);
      }
    }
    kasi.stream().sorted().findFirst().ifPresent(n -> h.put(n, Hasil.SANGAT_BAIK));
    // not the pelaksana of the Subbagian Umum: the demo ASN of the appeal walk (docs/demo-login.md)
    pelaksana.stream().sorted().filter(n -> !n.equals(asnKeberatan(tanggal).orElse(null))).reduce((a, b) -> b)
        .ifPresent(n -> h.put(n, Hasil.BUTUH_PERBAIKAN));
    return h;
  }

  /** The pelaksana under the Kepala Subbagian Umum dan Kepegawaian: the ASN who appeals in the walk. */
  Optional<String> asnKeberatan(LocalDate tanggal) {
    return register.kepalaOpdDari(KODE_OPD, tanggal).stream()
        .flatMap(k -> register.bawahan(k.nip(), tanggal).stream())
        .flatMap(b -> register.bawahan(b.nip(), tanggal).stream())
        .filter(p -> p.namaJabatan() != null && p.namaJabatan().startsWith("Kepala Subbagian Umum"))
        .flatMap(p -> register.bawahan(p.nip(), tanggal).stream())
        .map(Pejabat::nip).filter(java.util.Objects::nonNull).findFirst();
  }

  private int periodeKe(ProcessInstance p) {
    return ((Number) runtime.getVariable(p.getId(), "periodeKe")).intValue();
  }

  /** Two RHK: a UTAMA linked to the supervisor's first RHK (the camat: one per PK), a TAMBAHAN. */
  private List<Map<String, Object>> rhk(String nip, List<Map<String, String>> opsi, LocalDate tanggal) {
    Optional<PenugasanJabatan> j = register.jabatanDefinitif(nip, tanggal);
    String jabatan = j.map(p -> p.getJabatan().getNama()).orElse("jabatan");
    boolean kepala = j.map(p -> p.getJabatan().isKepalaOpd()).orElse(false);
    List<Map<String, Object>> daftar = new ArrayList<>();
    for (Map<String, String> o : kepala ? opsi : opsi.subList(0, 1)) {
      daftar.add(Map.of("jenis", "UTAMA", "uraian", potong("Terlaksananya tugas " + jabatan
              + " yang mendukung " + o.get("label").replaceFirst("^[^:]*: ", "")), "rhkAtasan", o.get("value"),
          "indikator", List.of(
              indikator("KUANTITAS", "Layanan/kegiatan yang diselesaikan", 20, "kegiatan"),
              indikator("KUALITAS", "Hasil kerja diterima tanpa perbaikan", 90, "persen"))));
    }
    Map<String, Object> tambahan = new HashMap<>();
    tambahan.put("jenis", "TAMBAHAN");
    tambahan.put("uraian", "Mengikuti pembinaan dan sosialisasi budaya kerja BerAKHLAK");
    tambahan.put("rhkAtasan", null);
    tambahan.put("indikator", List.of(indikator("KUANTITAS", "Kegiatan pembinaan yang diikuti", 5, "kegiatan")));
    daftar.add(tambahan);
    return daftar;
  }

  private static String potong(String s) {
    return s.length() > 1000 ? s.substring(0, 1000) : s;
  }

  private static Map<String, Object> indikator(String aspek, String uraian, int target, String satuan) {
    return Map.of("aspek", aspek, "uraian", uraian, "target", target, "satuan", satuan,
        "arah", "LEBIH_TINGGI_LEBIH_BAIK");
  }

  /** Realisasi at 120 / 100 / 80 % of every target, so the suggestion is the planned rating. */
  private void lapor(ProcessInstance p, Long skpId, String nip, Hasil h) {
    int ke = periodeKe(p);
    List<Map<String, Object>> realisasi = new ArrayList<>();
    tx.executeWithoutResult(s -> skpRepository.findById(skpId).orElseThrow().getRencanaHasilKerja()
        .forEach(r -> r.getIndikator().forEach(i -> realisasi.add(Map.of("indikatorId", i.getId(),
            "realisasi", i.getTarget().multiply(BigDecimal.valueOf(h.faktor)).setScale(0, RoundingMode.HALF_UP)
                .toPlainString(),
            "tautanBukti", "https://drive.langsakota.go.id/kinerja/" + nip + "/triwulan-" + ke)))));
    forms.submitTaskForm(tugas(p.getId(), "laporkan-realisasi").getId(), Map.of(
        "realisasi", BacaIsian.json(realisasi), "catatanMandiri", "Laporan triwulan " + ke + " (data demo)."));
    jalankanPesan(p.getId());
  }

  /** The pejabat penilai follows the suggestion, rates the 7 values alike, one umpan balik per RHK. */
  private void nilai(ProcessInstance p, Long skpId, Hasil h) {
    Map<String, Object> v = new HashMap<>();
    for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
      v.put("perilaku_" + n.name(), h.perilaku);
    }
    List<Map<String, Object>> umpanBalik = new ArrayList<>();
    tx.executeWithoutResult(s -> skpRepository.findById(skpId).orElseThrow().getRencanaHasilKerja()
        .forEach(r -> umpanBalik.add(Map.of("rhkId", r.getId(), "isi", "Pertahankan, laporkan tepat waktu."))));
    v.put("umpanBalik", BacaIsian.json(umpanBalik));
    v.put("ratingHasilKerja", runtime.getVariable(p.getId(), "saranRatingHasilKerja"));
    v.put("ratingPerilaku", h.perilaku);
    forms.submitTaskForm(tugas(p.getId(), "nilai-kinerja-periodik").getId(), v);
    jalankanPesan(p.getId());
  }

  private Task tugas(String processInstanceId, String key) {
    Task t = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
    if (t == null) {
      throw new IllegalStateException("Kalibrasi demo: tugas " + key + " tidak ada pada " + processInstanceId);
    }
    return t;
  }

  /** Runs the async continuations (not the timers) of one instance until it waits elsewhere. */
  private void jalankanPesan(String processInstanceId) {
    for (int putaran = 0; putaran < 1000; putaran++) {
      List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> management.executeJob(j.getId()));
    }
    throw new IllegalStateException("Kalibrasi demo: job " + processInstanceId + " tidak habis");
  }
}
