package id.go.langsakota.kinerja.demo;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.kalibrasi.KalibrasiKurvaProses;
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
import java.util.function.Function;
import java.util.function.Supplier;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one year of one demo OPD through the real processes, as {@link KalibrasiDemoSeeder} and
 * {@link TindakLanjutDemoSeeder} both need it: perjanjian kinerja, BKPSDM's siklus-kinerja-tahunan
 * (TRIWULANAN), every SKP drafted and agreed top-down on 2 January, the four quarters reported and
 * rated with the engine clock in that year, then the annual ratings. Every job runs here, with
 * the job executor paused ({@link #tanpaJobExecutor}); the clock never goes past now.
 */
class TahunDemoOpd {

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
  private final RegisterOrganisasiService register;
  private final TransactionTemplate tx;
  private final String kodeOpd;
  private final List<String[]> perjanjianKinerja;
  private final String label;

  /**
   * @param perjanjianKinerja {sasaran, indikator} of the OPD's perjanjian kinerja, every year
   * @param label the seeder's name at the start of its error messages ("Kalibrasi demo")
   */
  TahunDemoOpd(ProcessEngine engine, SkpService skpService, SkpRepository skpRepository,
      PerjanjianKinerjaRepository perjanjianRepository, SiklusKinerjaRepository siklusRepository,
      RegisterOrganisasiService register, TransactionTemplate tx, String kodeOpd,
      List<String[]> perjanjianKinerja, String label) {
    this.engine = engine;
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.forms = engine.getFormService();
    this.management = engine.getManagementService();
    this.skpService = skpService;
    this.skpRepository = skpRepository;
    this.perjanjianRepository = perjanjianRepository;
    this.siklusRepository = siklusRepository;
    this.register = register;
    this.tx = tx;
    this.kodeOpd = kodeOpd;
    this.perjanjianKinerja = perjanjianKinerja;
    this.label = label;
  }

  /**
   * Runs {@code kerja} with the job executor paused (we run every job ourselves; the executor must
   * not race us), then resets the engine clock and restarts the executor.
   */
  <T> T tanpaJobExecutor(Supplier<T> kerja) {
    JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    boolean aktif = executor != null && executor.isActive();
    if (aktif) {
      executor.shutdown();
    }
    try {
      return kerja.get();
    } finally {
      ClockUtil.reset();
      if (aktif) {
        executor.start();
      }
    }
  }

  /** A cycle of {@code tahun} covers the OPD already. */
  boolean adaSiklus(int tahun) {
    return siklusRepository.findAll().stream().anyMatch(s -> s.getTahun() == tahun
        && (s.isSemuaOpd() || s.daftarKodeOpd().contains(kodeOpd)));
  }

  /** Engine clock at {@code t} (WIB), never later than now: the seeding never writes the future. */
  static void jam(LocalDateTime t) {
    Date d = Date.from(t.atZone(Waktu.WIB).toInstant());
    ClockUtil.setCurrentTime(d.after(new Date()) ? new Date() : d);
  }

  /**
   * 2 January of {@code tahun}: the perjanjian kinerja, the cycle started (BKPSDM's summary task
   * done, so no open task of a past year is left); the OPD's skp-pegawai instances by NIP.
   */
  Map<String, ProcessInstance> mulaiSiklus(int tahun) {
    jam(LocalDate.of(tahun, 1, 2).atTime(8, 0));
    for (String[] pk : perjanjianKinerja) {
      perjanjianRepository.save(new PerjanjianKinerja(kodeOpd, tahun, pk[0], pk[1],
          DemoLogin.BKPSDM.idPengguna()));
    }
    ProcessInstance siklus = runtime.startProcessInstanceByKey("siklus-kinerja-tahunan",
        Variables.createVariables().putValue("tahun", tahun).putValue("semuaOpd", false)
            .putValue("kodeOpd", kodeOpd).putValue("jenisPeriode", "TRIWULANAN")
            .putValue("batasPenetapanSkp", LocalDate.of(tahun, 1, 31).toString()));
    jalankanPesan(siklus.getId());
    Object siklusId = runtime.getVariable(siklus.getId(), "siklusId");
    tasks.createTaskQuery().processInstanceId(siklus.getId()).taskDefinitionKey("tinjau-ringkasan-siklus").list()
        .forEach(t -> forms.submitTaskForm(t.getId(), Map.of()));
    Map<String, ProcessInstance> perNip = new LinkedHashMap<>();
    for (ProcessInstance pi : runtime.createProcessInstanceQuery().processDefinitionKey("skp-pegawai")
        .variableValueEquals("siklusId", siklusId).list()) {
      jalankanPesan(pi.getId());
      perNip.put((String) runtime.getVariable(pi.getId(), "nip"), pi);
    }
    return perNip;
  }

  /** SKP, top-down: whoever has options to link to drafts, the pejabat penilai agrees. SKP id by NIP. */
  Map<String, Long> setujuiSkp(Map<String, ProcessInstance> perNip, LocalDate akhirTahun) {
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
      throw new IllegalStateException(label + ": SKP tanpa pilihan RHK atasan: "
          + perNip.keySet().stream().filter(n -> !disetujui.containsKey(n)).toList());
    }
    return disetujui;
  }

  /**
   * Four quarters: the timer fires the day after the quarter, the ASN reports three days later,
   * the pejabat penilai rates (following the suggestion) three days after that.
   */
  void empatTriwulan(int tahun, Map<String, ProcessInstance> perNip, Map<String, Long> disetujui,
      Function<String, Hasil> hasil) {
    for (int ke = 1; ke <= 4; ke++) {
      LocalDate berakhir = LocalDate.of(tahun, ke * 3, 1).plusMonths(1);
      for (Map.Entry<String, ProcessInstance> e : perNip.entrySet()) {
        String nip = e.getKey();
        ProcessInstance pi = e.getValue();
        jam(berakhir.atStartOfDay());
        Job timer = management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_AkhirPeriode")
            .timers().orderByJobDuedate().asc().list().stream().findFirst()
            .orElseThrow(() -> new IllegalStateException(label + ": timer periode tidak ada untuk " + nip));
        management.executeJob(timer.getId());
        ProcessInstance periode = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).list()
            .stream().max(Comparator.comparingInt(this::periodeKe)).orElseThrow();
        jalankanPesan(periode.getId());
        jam(berakhir.plusDays(3).atTime(9, 0));
        lapor(periode, disetujui.get(nip), nip, hasil.apply(nip));
        jam(berakhir.plusDays(6).atTime(10, 0));
        nilai(periode, disetujui.get(nip), hasil.apply(nip));
        jalankanPesan(pi.getId());
      }
    }
  }

  /**
   * The annual ratings as planned: the last one starts the OPD's distribution check. Returns that
   * kalibrasi-kurva instance (round 1), its async continuations run.
   */
  ProcessInstance nilaiTahunan(int tahun, Map<String, ProcessInstance> perNip, Function<String, Hasil> hasil) {
    for (Map.Entry<String, ProcessInstance> e : perNip.entrySet()) {
      Hasil h = hasil.apply(e.getKey());
      forms.submitTaskForm(tugas(e.getValue().getId(), "nilai-kinerja-tahunan").getId(),
          Map.of("ratingHasilKerja", h.hasilKerja, "ratingPerilaku", h.perilaku));
      jalankanPesan(e.getValue().getId());
    }
    ProcessInstance kk = runtime.createProcessInstanceQuery().processDefinitionKey("kalibrasi-kurva")
        .processInstanceBusinessKey(KalibrasiKurvaProses.businessKey(tahun, kodeOpd, 1)).singleResult();
    if (kk == null) {
      throw new IllegalStateException(label + ": kalibrasi-kurva " + tahun + " " + kodeOpd + " tidak dimulai");
    }
    jalankanPesan(kk.getId());
    return kk;
  }

  private int periodeKe(ProcessInstance p) {
    return ((Number) runtime.getVariable(p.getId(), "periodeKe")).intValue();
  }

  /** Two RHK: a UTAMA linked to the supervisor's first RHK (the head: one per PK), a TAMBAHAN. */
  private List<Map<String, Object>> rhk(String nip, List<Map<String, String>> opsi, LocalDate tanggal) {
    Optional<PenugasanJabatan> j = register.jabatanDefinitif(nip, tanggal);
    String jabatan = j.map(p -> p.getJabatan().getNama()).orElse("jabatan");
    boolean kepala = j.map(p -> p.getJabatan().isKepalaOpd()).orElse(false);
    List<Map<String, Object>> daftar = new ArrayList<>();
    for (Map<String, String> o : kepala ? opsi : opsi.subList(0, 1)) {
      String uraian = "Terlaksananya tugas " + jabatan + " yang mendukung " + o.get("label").replaceFirst("^[^:]*: ", "");
      daftar.add(Map.of("jenis", "UTAMA", "uraian", uraian.length() > 1000 ? uraian.substring(0, 1000) : uraian,
          "rhkAtasan", o.get("value"), "indikator", List.of(
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

  /** The one open task {@code key} of the instance; fails loudly when there is none. */
  Task tugas(String processInstanceId, String key) {
    Task t = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
    if (t == null) {
      throw new IllegalStateException(label + ": tugas " + key + " tidak ada pada " + processInstanceId);
    }
    return t;
  }

  /** The async continuations of every running instance of a process. */
  void semuaPesan(String kunciProses) {
    runtime.createProcessInstanceQuery().processDefinitionKey(kunciProses).list()
        .forEach(pi -> jalankanPesan(pi.getId()));
  }

  /** Runs the async continuations (not the timers) of one instance until it waits elsewhere. */
  void jalankanPesan(String processInstanceId) {
    for (int putaran = 0; putaran < 1000; putaran++) {
      List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> management.executeJob(j.getId()));
    }
    throw new IllegalStateException(label + ": job " + processInstanceId + " tidak habis");
  }
}
