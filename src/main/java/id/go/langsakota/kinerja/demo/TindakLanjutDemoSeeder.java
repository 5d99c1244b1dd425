package id.go.langsakota.kinerja.demo;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.kalibrasi.KalibrasiKurvaProses;
import id.go.langsakota.kinerja.kalibrasi.PredikatOrganisasiService;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.Pejabat;
import id.go.langsakota.kinerja.organisasi.PeranPenggunaRepository;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatan;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import id.go.langsakota.kinerja.pembinaan.PembinaanKinerjaProses;
import id.go.langsakota.kinerja.penghargaan.SeleksiPenghargaanProses;
import id.go.langsakota.kinerja.pengembangan.PengembanganKompetensiProses;
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
import org.camunda.bpm.engine.IdentityService;
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
 * Seeds the follow-ups of a final predikat (issue 9) for one small OPD of the demo organisation,
 * Kecamatan Langsa Barat (12 ASN), through the real processes, so a newcomer can walk training,
 * award and pembinaan in Tasklist:
 *
 * <ol>
 *   <li><b>Two years ago</b> (engine clock in that year): cycle, SKP, four quarters, Predikat
 *       Kinerja Organisasi Istimewa, annual ratings on 10 January of the next year (the
 *       distribution fits, so the predikat become final at once), every result accepted by the
 *       closing of the appeal window ("Batas keberatan lewat").</li>
 *   <li><b>Last year</b>: the same up to the annual ratings, given today (organisation Baik;
 *       distribution fits: 3 Sangat Baik, 7 Baik, 1 Butuh Perbaikan of 11 counted). The ASN rated
 *       Butuh Perbaikan accepts her result in terima-hasil-penilaian: that starts
 *       pengembangan-kompetensi (waits at tetapkan-pelatihan for BKPSDM, Pelatihan Manajemen Waktu
 *       proposed) and pembinaan-kinerja (waits at susun-rencana-pembinaan for her pejabat penilai).
 *       The others' results wait at terima-hasil-penilaian, the window open.</li>
 *   <li>BKPSDM opens seleksi-penghargaan for last year from its start form: the camat gets
 *       nominasikan-penghargaan listing the three eligible staff (Sangat Baik both years).</li>
 * </ol>
 *
 * <p>Every job runs here, with the job executor paused, as in {@link KalibrasiDemoSeeder}; the
 * clock is reset in finally. Runs before the current year's seeding (it moves the clock).
 */
@Service
public class TindakLanjutDemoSeeder {

  static final String KODE_OPD = "KEC-BARAT";

  private static final Logger log = LoggerFactory.getLogger(TindakLanjutDemoSeeder.class);
  private static final List<String[]> PERJANJIAN_KINERJA = List.of(
      new String[] {"Meningkatnya kualitas pelayanan administrasi kecamatan",
          "Indeks kepuasan masyarakat terhadap layanan kecamatan: 85"},
      new String[] {"Meningkatnya partisipasi masyarakat dalam pembangunan gampong",
          "Musyawarah rencana pembangunan gampong yang terlaksana: 100 %"});
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

  /**
   * Who plays which part (NIPs from the register; the same on every fresh run).
   *
   * @param kepalaOpd the camat: nominates for the award
   * @param asnButuhPerbaikan rated Butuh Perbaikan last year: training and pembinaan
   * @param pejabatPenilai her pejabat penilai: the pembinaan plan
   * @param sangatBaik the eligible staff (Sangat Baik both years), sorted by NIP
   */
  public record Peran(String kepalaOpd, String asnButuhPerbaikan, String pejabatPenilai, List<String> sangatBaik) {}

  /** What the seeding did; {@code dilewati} true when nothing was seeded. */
  public record Ringkasan(boolean dilewati, int tahun, Peran peran, long milidetik) {}

  private final ProcessEngine engine;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final FormService forms;
  private final ManagementService management;
  private final IdentityService identity;
  private final SkpService skpService;
  private final SkpRepository skpRepository;
  private final PerjanjianKinerjaRepository perjanjianRepository;
  private final SiklusKinerjaRepository siklusRepository;
  private final PredikatOrganisasiService predikatOrganisasi;
  private final RegisterOrganisasiService register;
  private final TransactionTemplate tx;
  private final PegawaiRepository pegawaiRepository;
  private final PeranPenggunaRepository peranRepository;

  public TindakLanjutDemoSeeder(ProcessEngine engine, SkpService skpService, SkpRepository skpRepository,
      PerjanjianKinerjaRepository perjanjianRepository, SiklusKinerjaRepository siklusRepository,
      PredikatOrganisasiService predikatOrganisasi, RegisterOrganisasiService register, TransactionTemplate tx,
      PegawaiRepository pegawaiRepository, PeranPenggunaRepository peranRepository) {
    this.pegawaiRepository = pegawaiRepository;
    this.peranRepository = peranRepository;
    this.engine = engine;
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.forms = engine.getFormService();
    this.management = engine.getManagementService();
    this.identity = engine.getIdentityService();
    this.skpService = skpService;
    this.skpRepository = skpRepository;
    this.perjanjianRepository = perjanjianRepository;
    this.siklusRepository = siklusRepository;
    this.predikatOrganisasi = predikatOrganisasi;
    this.register = register;
    this.tx = tx;
  }

  /** Seeds once (server time, WIB); skipped when the OPD is not in the register or a year exists. */
  public Ringkasan isiJikaBelum() {
    return isiJikaBelum(LocalDate.now(Waktu.WIB));
  }

  Ringkasan isiJikaBelum(LocalDate hariIni) {
    long mulai = System.currentTimeMillis();
    int tahun = hariIni.getYear() - 1;
    Optional<Peran> peran = peran(tahun);
    if (peran.isEmpty()) {
      log.info("Tindak lanjut demo: {} tidak ada di register, tidak ada yang dibuat", KODE_OPD);
      return new Ringkasan(true, tahun, null, 0);
    }
    if (adaSiklus(tahun) || adaSiklus(tahun - 1)
        || skpRepository.existsByNipAndTahun(peran.get().kepalaOpd(), tahun)
        || skpRepository.existsByNipAndTahun(peran.get().kepalaOpd(), tahun - 1)) {
      log.info("Tindak lanjut demo {} {}: sudah ada, tidak ada yang dibuat", tahun, KODE_OPD);
      return new Ringkasan(true, tahun, peran.get(), 0);
    }
    JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    boolean aktif = executor != null && executor.isActive();
    if (aktif) {
      executor.shutdown(); // we run every job ourselves; the executor must not race us
    }
    try {
      isi(tahun, peran.get());
      long ms = System.currentTimeMillis() - mulai;
      log.info("Tindak lanjut demo {} untuk {}: pelatihan dan pembinaan ASN {} (Butuh Perbaikan), "
          + "nominasi penghargaan menunggu kepala OPD {} ({} ms)",
          tahun, KODE_OPD, peran.get().asnButuhPerbaikan(), peran.get().kepalaOpd(), ms);
      return new Ringkasan(false, tahun, peran.get(), ms);
    } finally {
      ClockUtil.reset();
      identity.clearAuthentication();
      if (aktif) {
        executor.start();
      }
    }
  }

  /**
   * The parts, from the register at the end of last year: the camat; of his staff (sorted by NIP)
   * the sekretaris camat, the first kepala seksi and the first pelaksana are Sangat Baik both years;
   * the last pelaksana is Butuh Perbaikan last year (Baik the year before); the rest Baik.
   */
  public Optional<Peran> peran(int tahun) {
    LocalDate tanggal = LocalDate.of(tahun, 12, 31);
    Optional<Pejabat> kepala = register.kepalaOpdDari(KODE_OPD, tanggal);
    if (kepala.isEmpty() || kepala.get().nip() == null) {
      return Optional.empty();
    }
    List<String> sekcam = new ArrayList<>();
    List<String> kasi = new ArrayList<>();
    List<String> pelaksana = new ArrayList<>();
    for (String n : staf(kepala.get().nip(), tanggal)) {
      String jabatan = register.jabatanDefinitif(n, tanggal).map(PenugasanJabatan::getJabatan)
          .map(j -> j.getNama()).orElse("");
      if (jabatan.startsWith("Sekretaris Kecamatan")) {
        sekcam.add(n);
      } else if (jabatan.startsWith("Kepala Seksi")) {
        kasi.add(n);
      } else if (!jabatan.startsWith("Kepala")) {
        pelaksana.add(n);
      }
    }
    if (sekcam.isEmpty() || kasi.isEmpty() || pelaksana.size() < 2) {
      return Optional.empty();
    }
    List<String> sangatBaik = new ArrayList<>(List.of(sekcam.get(0), kasi.stream().sorted().findFirst().orElseThrow(),
        pelaksana.stream().sorted().findFirst().orElseThrow()));
    sangatBaik.sort(Comparator.naturalOrder());
    String bp = pelaksana.stream().sorted().reduce((a, b) -> b).orElseThrow();
    String penilai = register.pejabatPenilai(bp, tanggal).map(Pejabat::nip).orElse(null);
    return Optional.of(new Peran(kepala.get().nip(), bp, penilai, List.copyOf(sangatBaik)));
  }

  /**
   * The logins of the follow-up walk for the table printed at start (docs/demo-login.md): the ASN
   * rated Butuh Perbaikan, her pejabat penilai, the camat, the eligible staff, and the members of
   * the Tim Penilai Kinerja who are not already a {@link DemoLogin}. Rows: peran — jabatan, user
   * id, name, password.
   */
  public List<String[]> loginTindakLanjut(LocalDate hariIni) {
    Optional<Peran> p = peran(hariIni.getYear() - 1);
    if (p.isEmpty()) {
      return List.of();
    }
    List<String[]> baris = new ArrayList<>();
    String kec = ", Kecamatan Langsa Barat";
    baris.add(login("Tindak lanjut: ASN Butuh Perbaikan", p.get().asnButuhPerbaikan(), hariIni, kec));
    if (p.get().pejabatPenilai() != null) {
      baris.add(login("Tindak lanjut: pejabat penilai", p.get().pejabatPenilai(), hariIni, kec));
    }
    baris.add(login("Tindak lanjut: kepala OPD (nominasi)", p.get().kepalaOpd(), hariIni, ""));
    p.get().sangatBaik().forEach(n -> baris.add(login("Tindak lanjut: calon penghargaan", n, hariIni, kec)));
    peranRepository.findByPeran(id.go.langsakota.kinerja.organisasi.Peran.TIM_PENILAI_KINERJA).stream()
        .map(r -> r.getIdPengguna()).sorted()
        .filter(id -> !id.equals(DemoLogin.TIM_PENILAI.idPengguna()))
        .forEach(id -> baris.add(login("Tim Penilai Kinerja (anggota)", id, hariIni, "")));
    return baris;
  }

  private String[] login(String peran, String nip, LocalDate tanggal, String opd) {
    String jabatan = register.jabatanDefinitif(nip, tanggal).map(j -> j.getJabatan().getNama())
        .map(j -> j.contains("Langsa Barat") ? j : j + opd).orElse(""); // "Sekretaris Kecamatan Langsa Barat" says it
    String nama = pegawaiRepository.findByNip(nip).map(Pegawai::getNamaLengkap).orElse("(tidak ada di register)");
    return new String[] {peran + (jabatan.isEmpty() ? "" : " — " + jabatan), nip, nama, DemoLogin.KATA_SANDI};
  }

  /** Everyone below the head, the whole tree. */
  private List<String> staf(String nipKepala, LocalDate tanggal) {
    List<String> hasil = new ArrayList<>();
    List<String> antre = new ArrayList<>(List.of(nipKepala));
    while (!antre.isEmpty()) {
      for (Pejabat b : register.bawahan(antre.remove(0), tanggal)) {
        if (b.nip() != null && !hasil.contains(b.nip())) {
          hasil.add(b.nip());
          antre.add(b.nip());
        }
      }
    }
    return hasil;
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

  private void isi(int tahun, Peran peran) {
    // Two years ago: everything final and accepted (the window closed) in January of last year.
    Map<String, Hasil> rencanaDulu = rencana(peran, false);
    Map<String, ProcessInstance> dulu = tahun(tahun - 1, rencanaDulu, "ISTIMEWA");
    jam(LocalDate.of(tahun, 1, 10).atTime(9, 0));
    nilaiTahunan(tahun - 1, dulu, rencanaDulu);
    for (ProcessInstance pi : dulu.values()) {
      tugas(pi.getId(), "terima-hasil-penilaian");
      Job batas = management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_BatasKeberatan")
          .timers().singleResult();
      jam(LocalDateTime.ofInstant(batas.getDuedate().toInstant(), Waktu.WIB).plusMinutes(1));
      management.executeJob(batas.getId());
      jalankanPesan(pi.getId());
    }

    // Last year: rated today; the Butuh Perbaikan ASN accepts hers, the others' windows stay open.
    Map<String, Hasil> rencanaLalu = rencana(peran, true);
    Map<String, ProcessInstance> lalu = tahun(tahun, rencanaLalu, "BAIK");
    ClockUtil.reset();
    nilaiTahunan(tahun, lalu, rencanaLalu);
    ProcessInstance skpBp = lalu.get(peran.asnButuhPerbaikan());
    forms.submitTaskForm(tugas(skpBp.getId(), "terima-hasil-penilaian").getId(), Map.of("tanggapan", "TERIMA"));
    jalankanPesan(skpBp.getId());
    semuaPesan(PengembanganKompetensiProses.KUNCI);
    semuaPesan(PembinaanKinerjaProses.KUNCI);

    // BKPSDM opens the award selection of last year from its start form in Tasklist.
    String definisi = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(SeleksiPenghargaanProses.KUNCI).latestVersion().singleResult().getId();
    String bkpsdm = DemoLogin.BKPSDM.idPengguna();
    identity.setAuthentication(bkpsdm, identity.createGroupQuery().groupMember(bkpsdm).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList());
    ProcessInstance ph;
    try {
      ph = forms.submitStartForm(definisi, Map.of(SeleksiPenghargaanProses.TAHUN, (long) tahun));
    } finally {
      identity.clearAuthentication();
    }
    jalankanPesan(ph.getId());
  }

  /** Planned results: see {@link #peran}; {@code lalu} = last year (with the Butuh Perbaikan). */
  private Map<String, Hasil> rencana(Peran peran, boolean lalu) {
    Map<String, Hasil> h = new HashMap<>();
    h.put(peran.kepalaOpd(), Hasil.SANGAT_BAIK);
    peran.sangatBaik().forEach(n -> h.put(n, Hasil.SANGAT_BAIK));
    if (lalu) {
      h.put(peran.asnButuhPerbaikan(), Hasil.BUTUH_PERBAIKAN);
    }
    return h; // everyone else: BAIK (default in the lookups)
  }

  private static Hasil hasil(Map<String, Hasil> rencana, String nip) {
    return rencana.getOrDefault(nip, Hasil.BAIK);
  }

  /**
   * One year of the OPD up to the annual ratings: perjanjian kinerja, the cycle (quarterly), SKP
   * agreed top-down on 2 January, four quarters reported and rated, the organisation predikat.
   */
  private Map<String, ProcessInstance> tahun(int tahun, Map<String, Hasil> rencana, String predikatOrg) {
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
    tasks.createTaskQuery().processInstanceId(siklus.getId()).taskDefinitionKey("tinjau-ringkasan-siklus").list()
        .forEach(t -> forms.submitTaskForm(t.getId(), Map.of()));
    Map<String, ProcessInstance> perNip = new LinkedHashMap<>();
    for (ProcessInstance pi : runtime.createProcessInstanceQuery().processDefinitionKey("skp-pegawai")
        .variableValueEquals("siklusId", siklusId).list()) {
      jalankanPesan(pi.getId());
      perNip.put((String) runtime.getVariable(pi.getId(), "nip"), pi);
    }

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
      throw new IllegalStateException("Tindak lanjut demo: SKP tanpa pilihan RHK atasan: "
          + perNip.keySet().stream().filter(n -> !disetujui.containsKey(n)).toList());
    }

    for (int ke = 1; ke <= 4; ke++) {
      LocalDate berakhir = LocalDate.of(tahun, ke * 3, 1).plusMonths(1);
      for (Map.Entry<String, ProcessInstance> e : perNip.entrySet()) {
        String nip = e.getKey();
        ProcessInstance pi = e.getValue();
        jam(berakhir.atStartOfDay());
        Job timer = management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_AkhirPeriode")
            .timers().orderByJobDuedate().asc().list().stream().findFirst()
            .orElseThrow(() -> new IllegalStateException("Tindak lanjut demo: timer periode tidak ada untuk " + nip));
        management.executeJob(timer.getId());
        ProcessInstance periode = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).list()
            .stream().max(Comparator.comparingInt(this::periodeKe)).orElseThrow();
        jalankanPesan(periode.getId());
        jam(berakhir.plusDays(3).atTime(9, 0));
        lapor(periode, disetujui.get(nip), nip, hasil(rencana, nip));
        jam(berakhir.plusDays(6).atTime(10, 0));
        nilai(periode, disetujui.get(nip), hasil(rencana, nip));
        jalankanPesan(pi.getId());
      }
    }

    // BKPSDM records the Wali Kota's decision on the OPD's Predikat Kinerja Organisasi (early next year).
    jam(LocalDate.of(tahun + 1, 1, 8).atTime(9, 0));
    predikatOrganisasi.tetapkan(tahun, KODE_OPD, predikatOrg,
        "Keputusan Wali Kota tentang predikat kinerja organisasi " + tahun + " (data demo)",
        DemoLogin.BKPSDM.idPengguna());
    return perNip;
  }

  /** The annual ratings: the last one starts the distribution check, which fits, so all become final. */
  private void nilaiTahunan(int tahun, Map<String, ProcessInstance> perNip, Map<String, Hasil> rencana) {
    for (Map.Entry<String, ProcessInstance> e : perNip.entrySet()) {
      Hasil h = hasil(rencana, e.getKey());
      forms.submitTaskForm(tugas(e.getValue().getId(), "nilai-kinerja-tahunan").getId(),
          Map.of("ratingHasilKerja", h.hasilKerja, "ratingPerilaku", h.perilaku));
      jalankanPesan(e.getValue().getId());
    }
    ProcessInstance kk = runtime.createProcessInstanceQuery().processDefinitionKey("kalibrasi-kurva")
        .processInstanceBusinessKey(KalibrasiKurvaProses.businessKey(tahun, KODE_OPD, 1)).singleResult();
    if (kk == null) {
      throw new IllegalStateException("Tindak lanjut demo: kalibrasi-kurva " + tahun + " " + KODE_OPD + " tidak dimulai");
    }
    jalankanPesan(kk.getId());
    perNip.values().forEach(pi -> jalankanPesan(pi.getId()));
    perNip.values().forEach(pi -> tugas(pi.getId(), "terima-hasil-penilaian")); // fails loudly if not final
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

  private Task tugas(String processInstanceId, String key) {
    Task t = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
    if (t == null) {
      throw new IllegalStateException("Tindak lanjut demo: tugas " + key + " tidak ada pada " + processInstanceId);
    }
    return t;
  }

  /** The async continuations of every running instance of a process. */
  private void semuaPesan(String kunciProses) {
    runtime.createProcessInstanceQuery().processDefinitionKey(kunciProses).list()
        .forEach(pi -> jalankanPesan(pi.getId()));
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
    throw new IllegalStateException("Tindak lanjut demo: job " + processInstanceId + " tidak habis");
  }
}
