package id.go.langsakota.kinerja.demo;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.Pejabat;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatan;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import id.go.langsakota.kinerja.penilaian.PenilaianPeriodikRepository;
import id.go.langsakota.kinerja.siklus.SiklusKinerjaRepository;
import id.go.langsakota.kinerja.proses.BacaIsian;
import id.go.langsakota.kinerja.skp.NilaiBerakhlak;
import id.go.langsakota.kinerja.skp.PerjanjianKinerja;
import id.go.langsakota.kinerja.skp.PerjanjianKinerjaRepository;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.skp.SkpService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the current year for Dinas Kesehatan of the demo organisation, through the real processes:
 * BKPSDM's siklus-kinerja-tahunan for DINKES; the SKP of the demo chain drafted and agreed top-down
 * (kepala dinas from the perjanjian kinerja, then each level from its supervisor's agreed RHK), their
 * past periods reported and rated, and the latest past period left waiting. The demo ASN's SKP, and
 * those of the rest of DINKES, wait at susun-skp so a newcomer drafts one in Tasklist.
 *
 * <p>All work runs here, job by job (as the tests do), with the job executor paused, so nothing
 * races and no job due in the past is left behind for the executor except the reminder/deadline
 * timers of the waiting tasks.
 */
@Service
public class SiklusDemoSeeder {

  static final String KODE_OPD = "DINKES";
  static final int HARI_BATAS_SKP = 14;
  private static final String SASARAN = " untuk sasaran: ";

  private static final Logger log = LoggerFactory.getLogger(SiklusDemoSeeder.class);
  private static final List<String[]> PERJANJIAN_KINERJA = List.of(
      new String[] {"Meningkatnya mutu pelayanan kesehatan dasar dan rujukan",
          "Persentase puskesmas terakreditasi paripurna: 100 %"},
      new String[] {"Meningkatnya derajat kesehatan masyarakat",
          "Cakupan imunisasi dasar lengkap: 95 %"});
  /** Realisasi as a share of target, cycled per ASN and period so predikat vary. */
  private static final double[] FAKTOR_REALISASI = {1.0, 1.2, 1.0, 0.8, 1.15, 1.0, 0.9};
  private static final String[] PERILAKU = {"SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI",
      "DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI", "DI_ATAS_EKSPEKTASI"};

  private final ProcessEngine engine;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final FormService forms;
  private final ManagementService management;
  private final SkpService skpService;
  private final SkpRepository skpRepository;
  private final PerjanjianKinerjaRepository perjanjianRepository;
  private final SiklusKinerjaRepository siklusRepository;
  private final PenilaianPeriodikRepository penilaianRepository;
  private final PegawaiRepository pegawaiRepository;
  private final RegisterOrganisasiService register;
  private final TransactionTemplate tx;

  public SiklusDemoSeeder(ProcessEngine engine, SkpService skpService, SkpRepository skpRepository,
      PerjanjianKinerjaRepository perjanjianRepository, SiklusKinerjaRepository siklusRepository,
      PenilaianPeriodikRepository penilaianRepository, PegawaiRepository pegawaiRepository,
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
    this.penilaianRepository = penilaianRepository;
    this.pegawaiRepository = pegawaiRepository;
    this.register = register;
    this.tx = tx;
  }

  /** What the seeding did; {@code dilewati} true when nothing was seeded. */
  public record Hasil(boolean dilewati, int skpDisetujui, int periodeSelesai, int periodeMenunggu,
      long milidetik) {}

  /**
   * Seeds the current year (server time, WIB) once: skipped when the demo ASN is not in the
   * register, or when DINKES already has a cycle or the demo ASN already has an SKP that year.
   */
  public Hasil isiJikaBelum() {
    return isiJikaBelum(LocalDate.now(Waktu.WIB));
  }

  Hasil isiJikaBelum(LocalDate hariIni) {
    long mulai = System.currentTimeMillis();
    int tahun = hariIni.getYear();
    String asn = DemoLogin.ASN.idPengguna();
    if (pegawaiRepository.findByNip(asn).isEmpty()) {
      log.info("Siklus demo: organisasi demo tidak ada di register, tidak ada yang dibuat");
      return new Hasil(true, 0, 0, 0, 0);
    }
    if (skpRepository.existsByNipAndTahun(asn, tahun) || adaSiklus(tahun)
        || runtime.createProcessInstanceQuery().processInstanceBusinessKey("SKP-" + tahun + "-" + asn).count() > 0) {
      log.info("Siklus demo {}: sudah ada, tidak ada yang dibuat", tahun);
      return new Hasil(true, 0, 0, 0, 0);
    }
    JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    boolean aktif = executor != null && executor.isActive();
    if (aktif) {
      executor.shutdown(); // we run every job ourselves; the executor must not race us
    }
    try {
      return isi(hariIni, mulai);
    } finally {
      if (aktif) {
        executor.start();
      }
    }
  }

  private boolean adaSiklus(int tahun) {
    return siklusRepository.findAll().stream().anyMatch(s -> s.getTahun() == tahun
        && (s.isSemuaOpd() || s.daftarKodeOpd().contains(KODE_OPD)));
  }

  private Hasil isi(LocalDate hariIni, long mulai) {
    int tahun = hariIni.getYear();
    for (String[] pk : PERJANJIAN_KINERJA) {
      perjanjianRepository.save(new PerjanjianKinerja(KODE_OPD, tahun, pk[0], pk[1],
          DemoLogin.BKPSDM.idPengguna()));
    }
    // BKPSDM starts the year for DINKES; the SKP deadline lies ahead so the demo ASN's SKP is
    // not escalated the moment she submits it.
    LocalDate batas = hariIni.plusDays(HARI_BATAS_SKP);
    if (batas.getYear() != tahun) {
      batas = LocalDate.of(tahun, 12, 31);
    }
    ProcessInstance siklus = runtime.startProcessInstanceByKey("siklus-kinerja-tahunan",
        Variables.createVariables().putValue("tahun", tahun).putValue("semuaOpd", false)
            .putValue("kodeOpd", KODE_OPD).putValue("jenisPeriode", "BULANAN")
            .putValue("batasPenetapanSkp", batas.toString()));
    jalankanPesan(siklus.getId());
    Object siklusId = runtime.getVariable(siklus.getId(), "siklusId");
    List<ProcessInstance> skp = runtime.createProcessInstanceQuery().processDefinitionKey("skp-pegawai")
        .variableValueEquals("siklusId", siklusId).list();
    for (ProcessInstance pi : skp) {
      jalankanPesan(pi.getId());
    }

    // Top-down: whoever has options to link to drafts, the pejabat penilai agrees; agreeing
    // refreshes the subordinates' options, so the next round finds more.
    String asn = DemoLogin.ASN.idPengguna();
    Set<String> rantai = rantaiDemo(hariIni);
    Map<String, ProcessInstance> disetujui = new LinkedHashMap<>();
    boolean maju = true;
    while (maju) {
      maju = false;
      for (ProcessInstance pi : skp) {
        String nip = (String) runtime.getVariable(pi.getId(), "nip");
        if (!rantai.contains(nip) || disetujui.containsKey(nip)) {
          continue;
        }
        Long skpId = ((Number) runtime.getVariable(pi.getId(), "skpId")).longValue();
        List<Map<String, String>> opsi = skpService.opsiRhkAtasan(skpId);
        if (opsi.isEmpty()) {
          continue;
        }
        Task susun = tugas(pi.getId(), "susun-skp");
        tasks.complete(susun.getId(), Variables.createVariables()
            .putValueTyped("rhk", BacaIsian.json(rhk(nip, opsi, hariIni))));
        Task setujui = tugas(pi.getId(), "setujui-skp");
        // The demo shows a year that has run since January: its SKP is agreed as of its first day
        // (the engine's clock, read by the approval), so the periods that have ended are regular
        // ones, not the catch-ups of a late start (KEBIJAKAN_PERIODE_TERLAMBAT). The job executor
        // is stopped while seeding; the clock is back to the system's right after.
        LocalDate mulaiSkp = skpRepository.findById(skpId).orElseThrow().getTanggalMulai();
        ClockUtil.setCurrentTime(Date.from(mulaiSkp.atTime(8, 0).atZone(Waktu.WIB).toInstant()));
        try {
          tasks.complete(setujui.getId(), Map.of("keputusan", "SETUJUI"));
        } finally {
          ClockUtil.reset();
        }
        disetujui.put(nip, pi);
        maju = true;
      }
    }

    // Periods: the timers of every period that has ended fire now (as the job executor would);
    // all but the latest are reported and rated; the latest waits for the ASN, except for the
    // staff of the demo pejabat penilai and of the demo atasan, whose latest report waits for
    // their rating.
    Set<String> penilaiDemo = Set.of(DemoLogin.PEJABAT_PENILAI.idPengguna(),
        DemoLogin.ATASAN_PEJABAT_PENILAI.idPengguna());
    int selesai = 0;
    int menunggu = 0;
    // Timers fire at 00:00 WIB the day after a period ends: every one due by today.
    Date sekarang = Date.from(hariIni.plusDays(1).atStartOfDay(Waktu.WIB).toInstant());
    for (Map.Entry<String, ProcessInstance> e : disetujui.entrySet()) {
      String nip = e.getKey();
      ProcessInstance pi = e.getValue();
      Long skpId = ((Number) runtime.getVariable(pi.getId(), "skpId")).longValue();
      List<Job> timer = management.createJobQuery().processInstanceId(pi.getId())
          .activityId("Event_AkhirPeriode").timers().duedateLowerThan(sekarang).orderByJobDuedate().asc().list();
      timer.forEach(j -> management.executeJob(j.getId()));
      List<ProcessInstance> periode = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).list();
      periode.sort((a, b) -> Integer.compare(periodeKe(a), periodeKe(b)));
      boolean stafPenilaiDemo = register.pejabatPenilai(nip, hariIni)
          .map(p -> penilaiDemo.contains(p.idPengguna())).orElse(false);
      for (int i = 0; i < periode.size(); i++) {
        ProcessInstance p = periode.get(i);
        jalankanPesan(p.getId());
        boolean terakhir = i == periode.size() - 1;
        if (terakhir && !stafPenilaiDemo) {
          menunggu++;
          continue;
        }
        lapor(p, skpId, nip);
        if (terakhir) {
          menunggu++;
          continue;
        }
        nilai(p, nip);
        selesai++;
      }
    }
    long ms = System.currentTimeMillis() - mulai;
    log.info("Siklus demo {} untuk {}: {} SKP disetujui, {} periode selesai dinilai, {} periode menunggu, "
        + "SKP {} menunggu disusun ({} ms)", tahun, KODE_OPD, disetujui.size(), selesai, menunggu, asn, ms);
    return new Hasil(false, disetujui.size(), selesai, menunggu, ms);
  }

  /**
   * Whose SKP is agreed and whose periods run: the demo ASN's chain (kepala dinas, the demo
   * atasan, the demo pejabat penilai) and the demo pejabat penilai's other staff. The rest of
   * DINKES waits at susun-skp, as at the start of a cycle; rating every past period of all of
   * DINKES would make startup take minutes.
   */
  private Set<String> rantaiDemo(LocalDate hariIni) {
    Set<String> nip = new LinkedHashSet<>();
    register.kepalaOpdDari(KODE_OPD, hariIni).map(Pejabat::nip).ifPresent(nip::add);
    nip.add(DemoLogin.ATASAN_PEJABAT_PENILAI.idPengguna());
    nip.add(DemoLogin.PEJABAT_PENILAI.idPengguna());
    register.bawahan(DemoLogin.PEJABAT_PENILAI.idPengguna(), hariIni).forEach(p -> nip.add(p.nip()));
    nip.remove(DemoLogin.ASN.idPengguna());
    return nip;
  }

  private int periodeKe(ProcessInstance p) {
    return ((Number) runtime.getVariable(p.getId(), "periodeKe")).intValue();
  }

  /** Two RHK: a UTAMA linked to the first option (the kepala dinas: one per PK), a TAMBAHAN. */
  private List<Map<String, Object>> rhk(String nip, List<Map<String, String>> opsi, LocalDate hariIni) {
    String jabatan = register.jabatanDefinitif(nip, hariIni).map(PenugasanJabatan::getJabatan)
        .map(j -> j.getNama()).orElse("jabatan");
    boolean kepala = register.jabatanDefinitif(nip, hariIni).map(p -> p.getJabatan().isKepalaOpd()).orElse(false);
    List<Map<String, Object>> daftar = new ArrayList<>();
    List<Map<String, String>> tautan = kepala ? opsi : opsi.subList(0, 1);
    for (Map<String, String> o : tautan) {
      // The OPD's goal the chain supports: after the last "sasaran " of the supervisor's text.
      String label = o.get("label").replaceFirst("^[^:]*: ", "");
      int i = label.lastIndexOf(SASARAN);
      String sasaran = i < 0 ? label : label.substring(i + SASARAN.length());
      daftar.add(rhkBaris("UTAMA", "Terlaksananya tugas " + jabatan + SASARAN + huruf(sasaran), o.get("value"),
          indikator("KUANTITAS", "Kegiatan/layanan yang diselesaikan", 20, "kegiatan"),
          indikator("KUALITAS", "Hasil kerja diterima tanpa perbaikan", 90, "persen")));
    }
    daftar.add(rhkBaris("TAMBAHAN", "Mengikuti pembinaan dan sosialisasi budaya kerja BerAKHLAK", null,
        indikator("KUANTITAS", "Kegiatan pembinaan yang diikuti", 1, "kegiatan")));
    return daftar;
  }

  private static String huruf(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static Map<String, Object> rhkBaris(String jenis, String uraian, String atasan, Map<?, ?>... indikator) {
    Map<String, Object> m = new HashMap<>();
    m.put("jenis", jenis);
    m.put("uraian", uraian.length() > 1000 ? uraian.substring(0, 1000) : uraian);
    m.put("rhkAtasan", atasan);
    m.put("indikator", List.of(indikator));
    return m;
  }

  private static Map<String, Object> indikator(String aspek, String uraian, int target, String satuan) {
    return Map.of("aspek", aspek, "uraian", uraian, "target", target, "satuan", satuan,
        "arah", "LEBIH_TINGGI_LEBIH_BAIK");
  }

  /** The ASN reports every indicator with a link as evidence; realisasi varies per ASN and period. */
  private void lapor(ProcessInstance p, Long skpId, String nip) {
    int ke = periodeKe(p);
    List<Map<String, Object>> realisasi = new ArrayList<>();
    tx.executeWithoutResult(s -> skpRepository.findById(skpId).orElseThrow().getRencanaHasilKerja()
        .forEach(r -> r.getIndikator().forEach(i -> {
          double f = FAKTOR_REALISASI[Math.floorMod(nip.hashCode() + ke + i.getId().intValue(), FAKTOR_REALISASI.length)];
          BigDecimal nilai = i.getTarget().multiply(BigDecimal.valueOf(f)).setScale(0, RoundingMode.HALF_UP);
          realisasi.add(Map.of("indikatorId", i.getId(), "realisasi", nilai.toPlainString(),
              "tautanBukti", "https://drive.langsakota.go.id/kinerja/" + nip + "/periode-" + ke));
        })));
    forms.submitTaskForm(tugas(p.getId(), "laporkan-realisasi").getId(), Map.of(
        "realisasi", BacaIsian.json(realisasi),
        "catatanMandiri", "Laporan periode " + ke + " (data demo)."));
    jalankanPesan(p.getId());
  }

  /** The pejabat penilai follows the suggestion and rates the 7 values alike, then the DMN runs. */
  private void nilai(ProcessInstance p, String nip) {
    int ke = periodeKe(p);
    String perilaku = PERILAKU[Math.floorMod(nip.hashCode() * 31 + ke, PERILAKU.length)];
    Map<String, Object> v = new HashMap<>();
    for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
      v.put("perilaku_" + n.name(), perilaku);
    }
    List<Map<String, Object>> umpanBalik = new ArrayList<>();
    Long penilaianId = ((Number) runtime.getVariable(p.getId(), "penilaianId")).longValue();
    Long skpId = penilaianRepository.findById(penilaianId).orElseThrow().getSkpId();
    tx.executeWithoutResult(s -> skpRepository.findById(skpId).orElseThrow().getRencanaHasilKerja()
        .forEach(r -> umpanBalik.add(Map.of("rhkId", r.getId(), "isi", "Pertahankan, laporkan tepat waktu."))));
    v.put("umpanBalik", BacaIsian.json(umpanBalik));
    v.put("ratingHasilKerja", runtime.getVariable(p.getId(), "saranRatingHasilKerja"));
    v.put("ratingPerilaku", perilaku);
    forms.submitTaskForm(tugas(p.getId(), "nilai-kinerja-periodik").getId(), v);
    jalankanPesan(p.getId());
  }

  private Task tugas(String processInstanceId, String key) {
    Task t = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
    if (t == null) {
      throw new IllegalStateException("Siklus demo: tugas " + key + " tidak ada pada " + processInstanceId);
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
    throw new IllegalStateException("Siklus demo: job " + processInstanceId + " tidak habis");
  }
}
