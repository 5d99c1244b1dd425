package id.go.langsakota.kinerja.demo;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.demo.TahunDemoOpd.Hasil;
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
import id.go.langsakota.kinerja.siklus.SiklusKinerjaRepository;
import id.go.langsakota.kinerja.skp.PerjanjianKinerjaRepository;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.skp.SkpService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
  private final FormService forms;
  private final ManagementService management;
  private final IdentityService identity;
  private final SkpRepository skpRepository;
  private final PredikatOrganisasiService predikatOrganisasi;
  private final RegisterOrganisasiService register;
  private final PegawaiRepository pegawaiRepository;
  private final PeranPenggunaRepository peranRepository;
  private final TahunDemoOpd opd;

  public TindakLanjutDemoSeeder(ProcessEngine engine, SkpService skpService, SkpRepository skpRepository,
      PerjanjianKinerjaRepository perjanjianRepository, SiklusKinerjaRepository siklusRepository,
      PredikatOrganisasiService predikatOrganisasi, RegisterOrganisasiService register, TransactionTemplate tx,
      PegawaiRepository pegawaiRepository, PeranPenggunaRepository peranRepository) {
    this.pegawaiRepository = pegawaiRepository;
    this.peranRepository = peranRepository;
    this.engine = engine;
    this.forms = engine.getFormService();
    this.management = engine.getManagementService();
    this.identity = engine.getIdentityService();
    this.skpRepository = skpRepository;
    this.predikatOrganisasi = predikatOrganisasi;
    this.register = register;
    this.opd = new TahunDemoOpd(engine, skpService, skpRepository, perjanjianRepository, siklusRepository, register,
        tx, KODE_OPD, PERJANJIAN_KINERJA, "Tindak lanjut demo");
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
    if (opd.adaSiklus(tahun) || opd.adaSiklus(tahun - 1)
        || skpRepository.existsByNipAndTahun(peran.get().kepalaOpd(), tahun)
        || skpRepository.existsByNipAndTahun(peran.get().kepalaOpd(), tahun - 1)) {
      log.info("Tindak lanjut demo {} {}: sudah ada, tidak ada yang dibuat", tahun, KODE_OPD);
      return new Ringkasan(true, tahun, peran.get(), 0);
    }
    return opd.tanpaJobExecutor(() -> {
      try {
        isi(tahun, peran.get());
        long ms = System.currentTimeMillis() - mulai;
        log.info("Tindak lanjut demo {} untuk {}: pelatihan dan pembinaan ASN {} (Butuh Perbaikan), "
            + "nominasi penghargaan menunggu kepala OPD {} ({} ms)",
            tahun, KODE_OPD, peran.get().asnButuhPerbaikan(), peran.get().kepalaOpd(), ms);
        return new Ringkasan(false, tahun, peran.get(), ms);
      } finally {
        identity.clearAuthentication();
      }
    });
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

  private void isi(int tahun, Peran peran) {
    // Two years ago: everything final and accepted (the window closed) in January of last year.
    Map<String, Hasil> rencanaDulu = rencana(peran, false);
    Map<String, ProcessInstance> dulu = tahun(tahun - 1, rencanaDulu, "ISTIMEWA");
    TahunDemoOpd.jam(LocalDate.of(tahun, 1, 10).atTime(9, 0));
    nilaiTahunan(tahun - 1, dulu, rencanaDulu);
    for (ProcessInstance pi : dulu.values()) {
      opd.tugas(pi.getId(), "terima-hasil-penilaian");
      Job batas = management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_BatasKeberatan")
          .timers().singleResult();
      TahunDemoOpd.jam(LocalDateTime.ofInstant(batas.getDuedate().toInstant(), Waktu.WIB).plusMinutes(1));
      management.executeJob(batas.getId());
      opd.jalankanPesan(pi.getId());
    }

    // Last year: rated today; the Butuh Perbaikan ASN accepts hers, the others' windows stay open.
    Map<String, Hasil> rencanaLalu = rencana(peran, true);
    Map<String, ProcessInstance> lalu = tahun(tahun, rencanaLalu, "BAIK");
    ClockUtil.reset();
    nilaiTahunan(tahun, lalu, rencanaLalu);
    ProcessInstance skpBp = lalu.get(peran.asnButuhPerbaikan());
    forms.submitTaskForm(opd.tugas(skpBp.getId(), "terima-hasil-penilaian").getId(), Map.of("tanggapan", "TERIMA"));
    opd.jalankanPesan(skpBp.getId());
    opd.semuaPesan(PengembanganKompetensiProses.KUNCI);
    opd.semuaPesan(PembinaanKinerjaProses.KUNCI);

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
    opd.jalankanPesan(ph.getId());
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
    Map<String, ProcessInstance> perNip = opd.mulaiSiklus(tahun);
    Map<String, Long> disetujui = opd.setujuiSkp(perNip, LocalDate.of(tahun, 12, 31));
    opd.empatTriwulan(tahun, perNip, disetujui, nip -> hasil(rencana, nip));

    // BKPSDM records the Wali Kota's decision on the OPD's Predikat Kinerja Organisasi (early next year).
    TahunDemoOpd.jam(LocalDate.of(tahun + 1, 1, 8).atTime(9, 0));
    predikatOrganisasi.tetapkan(tahun, KODE_OPD, predikatOrg,
        "Keputusan Wali Kota tentang predikat kinerja organisasi " + tahun + " (data demo)",
        DemoLogin.BKPSDM.idPengguna());
    return perNip;
  }

  /** The annual ratings: the last one starts the distribution check, which fits, so all become final. */
  private void nilaiTahunan(int tahun, Map<String, ProcessInstance> perNip, Map<String, Hasil> rencana) {
    opd.nilaiTahunan(tahun, perNip, nip -> hasil(rencana, nip));
    perNip.values().forEach(pi -> opd.jalankanPesan(pi.getId()));
    perNip.values().forEach(pi -> opd.tugas(pi.getId(), "terima-hasil-penilaian")); // fails loudly if not final
  }
}
