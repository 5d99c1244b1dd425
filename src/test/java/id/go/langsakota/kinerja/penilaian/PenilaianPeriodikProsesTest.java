package id.go.langsakota.kinerja.penilaian;

import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.config.Waktu;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import id.go.langsakota.kinerja.organisasi.Jabatan;
import id.go.langsakota.kinerja.organisasi.JabatanRepository;
import id.go.langsakota.kinerja.organisasi.JenisAsn;
import id.go.langsakota.kinerja.organisasi.JenisJabatan;
import id.go.langsakota.kinerja.organisasi.JenisPenugasan;
import id.go.langsakota.kinerja.organisasi.Opd;
import id.go.langsakota.kinerja.organisasi.OpdRepository;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatan;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatanRepository;
import id.go.langsakota.kinerja.organisasi.UnitKerja;
import id.go.langsakota.kinerja.organisasi.UnitKerjaRepository;
import id.go.langsakota.kinerja.pemberitahuan.Pemberitahuan;
import id.go.langsakota.kinerja.pemberitahuan.PemberitahuanRepository;
import id.go.langsakota.kinerja.skp.ArahIndikator;
import id.go.langsakota.kinerja.skp.AspekIndikator;
import id.go.langsakota.kinerja.skp.IndikatorKinerja;
import id.go.langsakota.kinerja.skp.JenisPeriode;
import id.go.langsakota.kinerja.skp.JenisRhk;
import id.go.langsakota.kinerja.skp.NilaiBerakhlak;
import id.go.langsakota.kinerja.skp.RencanaHasilKerja;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * penilaian-periodik end to end on the engine: register and SKP written through the
 * repositories, the process started directly with the variables skp-pegawai passes in.
 */
@SpringBootTest
@ActiveProfiles("test")
class PenilaianPeriodikProsesTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;
  @Autowired OpdRepository opdRepo;
  @Autowired UnitKerjaRepository unitRepo;
  @Autowired JabatanRepository jabatanRepo;
  @Autowired PegawaiRepository pegawaiRepo;
  @Autowired PenugasanJabatanRepository penugasanRepo;
  @Autowired SkpRepository skpRepo;
  @Autowired PenilaianPeriodikRepository penilaianRepo;
  @Autowired RealisasiIndikatorRepository realisasiRepo;
  @Autowired UmpanBalikRepository umpanBalikRepo;
  @Autowired RatingPerilakuPeriodikRepository ratingPerilakuRepo;
  @Autowired PemberitahuanRepository pemberitahuanRepo;
  @Autowired BuktiDukungRepository buktiRepo;
  @Autowired BuktiDukungService buktiService;

  static final java.util.concurrent.atomic.AtomicInteger URUTAN =
      new java.util.concurrent.atomic.AtomicInteger(ThreadLocalRandom.current().nextInt(1000));

  String nipAsn;
  String nipKasi;    // pejabat penilai
  String nipKabid;   // atasan pejabat penilai
  Skp skp;
  Long indUtama;     // UTAMA, higher is better, target 10
  Long indWaktu;     // UTAMA, lower is better, target 5 days
  Long indTambahan;  // TAMBAHAN, higher is better, target 4

  @BeforeEach
  void siapkan() {
    BpmnAwareTests.init(engine);
    String k = String.valueOf(ThreadLocalRandom.current().nextInt(100000, 999999));
    Opd opd = opdRepo.save(new Opd("T" + k, "Dinas Uji " + k, "DU" + k));
    UnitKerja unit = unitRepo.save(new UnitKerja("U" + k, "Bidang Uji", opd, null));
    Jabatan kadis = new Jabatan("JK" + k, "Kepala Dinas", JenisJabatan.JPT, 14, unit, null);
    kadis.setKepalaOpd(true);
    jabatanRepo.save(kadis);
    Jabatan kabid = jabatanRepo.save(new Jabatan("JB" + k, "Kepala Bidang", JenisJabatan.ADMINISTRATOR, 11, unit, kadis));
    Jabatan kasi = jabatanRepo.save(new Jabatan("JS" + k, "Kepala Seksi", JenisJabatan.PENGAWAS, 9, unit, kabid));
    Jabatan pelaksana = jabatanRepo.save(new Jabatan("JP" + k, "Pengadministrasi Umum", JenisJabatan.PELAKSANA, 5, unit, kasi));
    // unique within the shared context: one sequence number per test, a distinct prefix per role
    String urut = String.format("%03d", URUTAN.getAndIncrement() % 1000);
    pegawai("197501012000031" + urut, kadis);
    nipKabid = pegawai("198002022005011" + urut, kabid);
    nipKasi = pegawai("198503032010012" + urut, kasi);
    nipAsn = pegawai("199004042015021" + urut, pelaksana);

    skp = new Skp(nipAsn, 2025, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), JenisPeriode.BULANAN);
    RencanaHasilKerja utama = skp.tambahRhk(JenisRhk.UTAMA, "Tersusunnya laporan kepegawaian");
    IndikatorKinerja a = utama.tambahIndikator(AspekIndikator.KUANTITAS, "Jumlah laporan", new BigDecimal("10"), "laporan", ArahIndikator.LEBIH_TINGGI_LEBIH_BAIK);
    IndikatorKinerja b = utama.tambahIndikator(AspekIndikator.WAKTU, "Lama penyelesaian", new BigDecimal("5"), "hari", ArahIndikator.LEBIH_RENDAH_LEBIH_BAIK);
    RencanaHasilKerja tambahan = skp.tambahRhk(JenisRhk.TAMBAHAN, "Membantu kegiatan bidang");
    IndikatorKinerja c = tambahan.tambahIndikator(AspekIndikator.KUANTITAS, "Kegiatan dibantu", new BigDecimal("4"), "kegiatan", ArahIndikator.LEBIH_TINGGI_LEBIH_BAIK);
    skp.lampirkanBerakhlak();
    skp = skpRepo.save(skp);
    indUtama = a.getId();
    indWaktu = b.getId();
    indTambahan = c.getId();
  }

  @AfterEach
  void keluar() {
    identity.clearAuthentication();
  }

  private String pegawai(String nip, Jabatan jabatan) {
    Pegawai p = pegawaiRepo.save(new Pegawai(nip, "Pegawai " + nip, JenisAsn.PNS));
    penugasanRepo.save(new PenugasanJabatan(p, jabatan, JenisPenugasan.DEFINITIF, LocalDate.of(2020, 1, 1)));
    return nip;
  }

  private ProcessInstance mulai(int periodeKe, LocalDate mulai, LocalDate akhir) {
    ProcessInstance pi = runtime.startProcessInstanceByKey("penilaian-periodik",
        "PP-2025-" + nipAsn + "-" + periodeKe, Variables.createVariables()
            .putValue("nip", nipAsn).putValue("tahun", 2025).putValue("skpId", skp.getId())
            .putValue("periodeKe", periodeKe)
            .putValue("tanggalMulaiPeriode", mulai.toString())
            .putValue("tanggalAkhirPeriode", akhir.toString()));
    assertThat(pi).isWaitingAt("Task_SiapkanPenilaian");
    jalankan(pi, "Task_SiapkanPenilaian");
    return pi;
  }

  /** A period that ended yesterday: every deadline is still ahead. */
  private ProcessInstance mulaiPeriodeBaru() {
    LocalDate kemarin = LocalDate.now(Waktu.WIB).minusDays(1);
    return mulai(2, kemarin.minusDays(27), kemarin);
  }

  private void jalankan(ProcessInstance pi, String activityId) {
    Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
    assertThat(job).as("job di " + activityId).isNotNull();
    management.executeJob(job.getId());
  }

  private long penilaianId(ProcessInstance pi) {
    return ((Number) runtime.getVariable(pi.getId(), "penilaianId")).longValue();
  }

  private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

  private Map<String, Object> laporanSah() {
    List<Map<String, Object>> realisasi = new ArrayList<>();
    realisasi.add(Map.of("indikatorId", indUtama, "realisasi", "12", "tautanBukti", "https://drive.langsakota.go.id/laporan-1"));
    // The file is uploaded first (as the form does through POST /api/bukti-dukung); the report
    // carries only its id.
    long bukti = buktiService.unggah(nipAsn, "rekap-waktu.pdf", PDF).getId();
    realisasi.add(Map.of("indikatorId", indWaktu, "realisasi", 4, "keterangan", "rata-rata", "buktiDukungId", bukti));
    realisasi.add(Map.of("indikatorId", indTambahan, "realisasi", "4,0", "tautanBukti", "http://intra.langsakota.go.id/kegiatan"));
    Map<String, Object> v = new HashMap<>();
    v.put("realisasi", Variables.objectValue(realisasi).serializationDataFormat("application/json").create());
    v.put("catatanMandiri", "Semua laporan selesai tepat waktu.");
    return v;
  }

  private Map<String, Object> penilaianSah(String ratingHasilKerja, String ratingPerilaku) {
    Map<String, Object> v = new HashMap<>();
    for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
      v.put("perilaku_" + n.name(), n.ordinal() < 4 ? "DI_ATAS_EKSPEKTASI" : "SESUAI_EKSPEKTASI");
    }
    List<Map<String, Object>> umpanBalik = new ArrayList<>();
    skp.getRencanaHasilKerja().forEach(r -> umpanBalik.add(Map.of("rhkId", r.getId(), "isi", "Pertahankan, " + r.getUraian())));
    v.put("umpanBalik", Variables.objectValue(umpanBalik).serializationDataFormat("application/json").create());
    v.put("ratingHasilKerja", ratingHasilKerja);
    v.put("ratingPerilaku", ratingPerilaku);
    return v;
  }

  @Test
  void predikatTampilDiFormulirPeriodeLainYangMasihTerbuka() {
    ProcessInstance lama = mulai(1, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
    String terbuka = tasks.createTaskQuery().processInstanceId(lama.getId())
        .taskDefinitionKey("laporkan-realisasi").singleResult().getId();
    assertThat(tasks.getVariableLocal(terbuka, "hasilPeriode").toString()).isEqualTo("[]");

    ProcessInstance pi = mulaiPeriodeBaru();
    assertThat(pi).isWaitingAt("laporkan-realisasi");
    forms.submitTaskForm(task().getId(), laporanSah());
    jalankan(pi, "Task_HitungCapaian");
    assertThat(pi).isWaitingAt("nilai-kinerja-periodik");
    forms.submitTaskForm(task().getId(), penilaianSah("DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI"));
    jalankan(pi, "Task_TentukanPredikat");
    jalankan(pi, "Task_SimpanPredikat");
    assertThat(pi).isEnded();

    // The ASN reads the stored predikat (Di atas x Di atas = Sangat Baik) in the form still open.
    assertThat(tasks.getVariableLocal(terbuka, "hasilPeriode").toString())
        .contains("\"predikat\":\"Sangat Baik\"").contains("\"ratingHasilKerja\":\"Di Atas Ekspektasi\"");
  }

  @Test
  void periodeDilaporkanDanDinilaiTepatWaktu() {
    ProcessInstance pi = mulaiPeriodeBaru();
    assertThat(pi).isWaitingAt("laporkan-realisasi");
    assertThat(task()).isAssignedTo(nipAsn);
    long id = penilaianId(pi);
    PenilaianPeriodik p = penilaianRepo.findById(id).orElseThrow();
    // due date = end of the 5th working day after the period end (WIB)
    LocalDate akhir = p.getTanggalAkhir();
    LocalDate batas = HariKerja.tambah(akhir, 5);
    assertThat(task().getDueDate()).isEqualTo(Date.from(batas.atTime(23, 59, 59).atZone(Waktu.WIB).toInstant()));
    // Several open periods must be told apart in Tasklist: the name says which one.
    assertThat(task().getName()).startsWith("Laporkan realisasi kinerja — ").endsWith(" " + akhir.getYear());

    forms.submitTaskForm(task().getId(), laporanSah());
    assertThat(pi).hasPassed("laporkan-realisasi").isWaitingAt("Task_HitungCapaian");
    // the working variables are gone; the process keeps ids and steering values
    assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys("realisasi", "catatanMandiri");
    jalankan(pi, "Task_HitungCapaian");

    // 12/10 = 120 % above; 5/4 = 125 % above; 4/4 = 100 % on -> 2 of 3 above, no UTAMA below
    assertThat(runtime.getVariable(pi.getId(), "saranRatingHasilKerja")).isEqualTo("DI_ATAS_EKSPEKTASI");
    Map<Long, RealisasiIndikator> r = new HashMap<>();
    realisasiRepo.findByPenilaianIdOrderById(id).forEach(x -> r.put(x.getIndikatorId(), x));
    assertThat(r.get(indUtama).getCapaian()).isEqualByComparingTo("120.00");
    assertThat(r.get(indWaktu).getCapaian()).isEqualByComparingTo("125.00");
    assertThat(r.get(indTambahan).getCapaian()).isEqualByComparingTo("100.00");
    BuktiDukung bukti = buktiRepo.findById(r.get(indWaktu).getBuktiDukungId()).orElseThrow();
    assertThat(bukti.getNamaBerkas()).isEqualTo("rekap-waktu.pdf");
    assertThat(bukti.getUkuran()).isEqualTo(PDF.length);
    assertThat(bukti.getSha256()).hasSize(64);
    assertThat(bukti.getNipPemilik()).isEqualTo(nipAsn);

    assertThat(pi).isWaitingAt("nilai-kinerja-periodik");
    assertThat(task()).isAssignedTo(nipKasi);
    LocalDate batasNilai = HariKerja.tambah(batas, 5);
    assertThat(task().getDueDate()).isEqualTo(Date.from(batasNilai.atTime(23, 59, 59).atZone(Waktu.WIB).toInstant()));
    assertThat(tasks.getVariableLocal(task().getId(), "umpanBalik")).isNotNull();
    // The evidence column of the form: the link, or the stored file to download.
    assertThat(tasks.getVariableLocal(task().getId(), "ringkasanRealisasi").toString())
        .contains("\"bukti\":\"https://drive.langsakota.go.id/laporan-1\"")
        .contains("\"bukti\":\"berkas /api/bukti-dukung/" + r.get(indWaktu).getBuktiDukungId() + " (rekap-waktu.pdf)\"");
    // ... and a download link per stored file (Markdown in the form); links without a file are in the table only.
    assertThat((String) tasks.getVariableLocal(task().getId(), "daftarBerkasBukti"))
        .startsWith("- [rekap\\-waktu\\.pdf](</api/bukti-dukung/" + r.get(indWaktu).getBuktiDukungId() + ">) — ")
        .doesNotContain("laporan-1");
    // What the form shows for the decision: each RHK once, numbered, its indicators numbered under
    // it with capaian and kategori on the same line, the evidence as links (a text view wraps at
    // any width; the seven-column table did not fit 1,024 px).
    String perRhk = (String) tasks.getVariableLocal(task().getId(), "ringkasanRealisasiTeks");
    assertThat(perRhk).startsWith("**RHK 1 (utama):** Tersusunnya laporan kepegawaian\n\n- **1.1** Jumlah laporan  \n"
            + "  Target 10 laporan · Realisasi 12 · **Capaian 120.00 % (Di Atas Ekspektasi)**  \n"
            + "  Bukti dukung: [tautan bukti](<https://drive.langsakota.go.id/laporan-1>)\n")
        .contains("- **1.2** Lama penyelesaian  \n  Target 5 hari · Realisasi 4 · **Capaian 125.00 % (Di Atas Ekspektasi)**  \n"
            + "  Bukti dukung: [berkas rekap\\-waktu\\.pdf](</api/bukti-dukung/" + r.get(indWaktu).getBuktiDukungId() + ">)  \n"
            + "  Keterangan: rata\\-rata\n")
        .contains("**RHK 2 (tambahan):** Membantu kegiatan bidang\n\n- **2.1** Kegiatan dibantu")
        .contains("**Capaian 100.00 % (Sesuai Ekspektasi)**");
    assertThat(perRhk.split("Tersusunnya laporan kepegawaian", -1)).as("RHK text once").hasSize(2);
    // A supervisor's list shows one such task per staff member: the name says whose and which period.
    String namaAsn = pegawaiRepo.findByNip(nipAsn).orElseThrow().getNamaLengkap();
    assertThat(task().getName()).startsWith("Nilai kinerja periodik — " + namaAsn + " — ").endsWith(" " + akhir.getYear());

    // 4 of 7 values above -> perilaku suggestion DI_ATAS; both follow the suggestion, no reason needed
    forms.submitTaskForm(task().getId(), penilaianSah("DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI"));
    assertThat(pi).hasPassed("nilai-kinerja-periodik").isWaitingAt("Task_TentukanPredikat");
    jalankan(pi, "Task_TentukanPredikat");
    jalankan(pi, "Task_SimpanPredikat");
    assertThat(pi).hasPassed("Task_TentukanPredikat", "Task_SimpanPredikat").isEnded();

    PenilaianPeriodik selesai = penilaianRepo.findById(id).orElseThrow();
    // DOMAIN.md matrix: DI_ATAS x DI_ATAS = SANGAT_BAIK
    assertThat(selesai.getPredikat()).isEqualTo(Predikat.SANGAT_BAIK);
    assertThat(selesai.getStatus()).isEqualTo(StatusPenilaianPeriodik.SELESAI);
    assertThat(selesai.isTerlambatLapor()).isFalse();
    assertThat(selesai.isTerlambatNilai()).isFalse();
    assertThat(selesai.getSaranRatingPerilaku()).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
    assertThat(selesai.getIdPejabatPenilai()).isEqualTo(nipKasi);
    assertThat(umpanBalikRepo.findByPenilaianIdOrderById(id)).hasSize(2);
    assertThat(ratingPerilakuRepo.findByPenilaianIdOrderById(id)).hasSize(7);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName("predikat").singleResult().getValue()).isEqualTo("SANGAT_BAIK");
  }

  @Test
  void tenggatDariPengaturanDalamHariKerja() {
    // January 2025 ends on Friday 31-01; 5 working days -> Friday 07-02-2025, reminder 2 days before
    ProcessInstance pi = mulai(1, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
    assertThat(runtime.getVariable(pi.getId(), "batasLapor")).isEqualTo("2025-02-07T23:59:59+07:00");
    assertThat(runtime.getVariable(pi.getId(), "pengingatLapor")).isEqualTo("2025-02-05T23:59:59+07:00");
    assertThat(task().getDueDate()).isEqualTo(Date.from(OffsetDateTime.parse("2025-02-07T23:59:59+07:00").toInstant()));
  }

  @Test
  void pengingatDanKeterlambatanPelaporan() {
    ProcessInstance pi = mulai(1, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
    long id = penilaianId(pi);
    Job pengingat = management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_PengingatLapor").singleResult();
    assertThat(pengingat.getDuedate()).isEqualTo(Date.from(OffsetDateTime.parse("2025-02-05T23:59:59+07:00").toInstant()));
    management.executeJob(pengingat.getId());
    jalankan(pi, "Task_KirimPengingatLapor");
    assertThat(pi).hasPassed("Task_KirimPengingatLapor").isWaitingAt("laporkan-realisasi");
    assertThat(pemberitahuanRepo.findByPenilaianIdOrderById(id)).extracting(Pemberitahuan::getPenerima, Pemberitahuan::getJenis)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(nipAsn, Pemberitahuan.Jenis.PENGINGAT_LAPOR));

    jalankan(pi, "Event_BatasLapor");
    jalankan(pi, "Task_CatatTerlambatLapor");
    // the ASN can still report; the period is marked late and the pejabat penilai told
    assertThat(pi).isWaitingAt("laporkan-realisasi");
    assertThat(penilaianRepo.findById(id).orElseThrow().isTerlambatLapor()).isTrue();
    assertThat(pemberitahuanRepo.findByPenilaianIdOrderById(id)).extracting(Pemberitahuan::getPenerima)
        .containsExactly(nipAsn, nipKasi);

    forms.submitTaskForm(task().getId(), laporanSah());
    jalankan(pi, "Task_HitungCapaian");
    assertThat(pi).isWaitingAt("nilai-kinerja-periodik");
    // a late report gives the supervisor 5 working days from the day of the report
    LocalDate hariIni = LocalDate.now(Waktu.WIB);
    assertThat(runtime.getVariable(pi.getId(), "batasPenilaian"))
        .isEqualTo(HariKerja.tambah(hariIni, 5) + "T23:59:59+07:00");
  }

  @Test
  void penilaianTerlambatDialihkanKeAtasanPejabatPenilai() {
    ProcessInstance pi = mulaiPeriodeBaru();
    long id = penilaianId(pi);
    forms.submitTaskForm(task().getId(), laporanSah());
    jalankan(pi, "Task_HitungCapaian");
    assertThat(task()).isAssignedTo(nipKasi);

    jalankan(pi, "Event_PengingatPenilaian");
    jalankan(pi, "Task_KirimPengingatPenilaian");
    jalankan(pi, "Event_BatasPenilaian");
    jalankan(pi, "Task_EskalasiPenilaian");
    assertThat(pi).hasPassed("Task_EskalasiPenilaian").isWaitingAt("nilai-kinerja-periodik");
    assertThat(task()).isAssignedTo(nipKabid);
    assertThat(penilaianRepo.findById(id).orElseThrow().isTerlambatNilai()).isTrue();
    assertThat(pemberitahuanRepo.findByPenilaianIdOrderById(id)).extracting(Pemberitahuan::getJenis, Pemberitahuan::getPenerima)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Pemberitahuan.Jenis.PENGINGAT_PENILAIAN, nipKasi),
            org.assertj.core.groups.Tuple.tuple(Pemberitahuan.Jenis.ESKALASI_PENILAIAN, nipKabid),
            org.assertj.core.groups.Tuple.tuple(Pemberitahuan.Jenis.ESKALASI_PENILAIAN, nipKasi));

    // the atasan rates, deviating from the suggestion DI_ATAS with a reason
    Map<String, Object> v = penilaianSah("SESUAI_EKSPEKTASI", "DI_ATAS_EKSPEKTASI");
    v.put("alasanRatingHasilKerja", "Indikator tambahan belum berdampak");
    identity.setAuthentication(nipKabid, List.of("pegawai"));
    forms.submitTaskForm(task().getId(), v);
    identity.clearAuthentication();
    jalankan(pi, "Task_TentukanPredikat");
    jalankan(pi, "Task_SimpanPredikat");
    assertThat(pi).isEnded();
    PenilaianPeriodik p = penilaianRepo.findById(id).orElseThrow();
    // DOMAIN.md matrix: SESUAI x DI_ATAS = BAIK
    assertThat(p.getPredikat()).isEqualTo(Predikat.BAIK);
    assertThat(p.getIdPejabatPenilai()).isEqualTo(nipKabid);
    assertThat(p.getAlasanRatingHasilKerja()).isEqualTo("Indikator tambahan belum berdampak");
  }

  private void laporanDitolak(ProcessInstance pi, Map<String, Object> v, String pesan) {
    String taskId = tugas(pi).getId();
    assertThatThrownBy(() -> forms.submitTaskForm(taskId, v)).hasMessageContaining(pesan);
    assertThat(pi).isWaitingAt("laporkan-realisasi");
    long id = penilaianId(pi);
    assertThat(realisasiRepo.findByPenilaianIdOrderById(id)).isEmpty();
    assertThat(penilaianRepo.findById(id).orElseThrow().getStatus()).isEqualTo(StatusPenilaianPeriodik.MENUNGGU_REALISASI);
  }

  private Map<String, Object> laporanDengan(Map<String, Object> baris) {
    Map<String, Object> v = laporanSah();
    List<Map<String, Object>> realisasi = new ArrayList<>();
    realisasi.add(baris);
    v.put("realisasi", Variables.objectValue(realisasi).serializationDataFormat("application/json").create());
    return v;
  }

  @Test
  void laporanTidakSahMembiarkanTugasTerbukaDanTidakMenulisApaPun() {
    ProcessInstance pi = mulaiPeriodeBaru();
    laporanDitolak(pi, laporanDengan(Map.of("indikatorId", indUtama, "realisasi", "-3", "tautanBukti", "https://a.id/x")),
        "tidak boleh negatif");
    laporanDitolak(pi, laporanDengan(Map.of("indikatorId", indUtama, "realisasi", "sepuluh", "tautanBukti", "https://a.id/x")),
        "realisasi harus berupa angka");
    laporanDitolak(pi, laporanDengan(Map.of("indikatorId", indUtama, "realisasi", "50000", "tautanBukti", "https://a.id/x")),
        "tidak masuk akal");
    laporanDitolak(pi, laporanDengan(Map.of("indikatorId", indUtama, "realisasi", "8")),
        "bukti dukung wajib dilampirkan");
    laporanDitolak(pi, laporanDengan(Map.of("indikatorId", indUtama, "realisasi", "8", "tautanBukti", "javascript:alert(1)")),
        "http:// atau https://");
    laporanDitolak(pi, laporanDengan(Map.of("indikatorId", 999999999L, "realisasi", "8", "tautanBukti", "https://a.id/x")),
        "tidak ada dalam SKP");
    // Files never travel as process variables: a File variable is refused, nothing is written.
    Map<String, Object> v = laporanSah();
    v.put("bukti_" + indWaktu, Variables.fileValue("rekap.pdf").file(PDF).create());
    laporanDitolak(pi, v, "tidak dikirim sebagai variabel proses");
    assertThat(runtime.getVariables(pi.getId())).doesNotContainKey("bukti_" + indWaktu);
    // Each laporanSah() uploaded a file first; none of them got attached to anything.
    assertThat(buktiRepo.findAll()).filteredOn(b -> b.getNipPemilik().equals(nipAsn))
        .isNotEmpty().noneMatch(b -> realisasiRepo.existsByBuktiDukungId(b.getId()));
  }

  @Test
  void penilaianTidakSahMembiarkanTugasTerbuka() {
    ProcessInstance pi = mulaiPeriodeBaru();
    long id = penilaianId(pi);
    forms.submitTaskForm(task().getId(), laporanSah());
    jalankan(pi, "Task_HitungCapaian");
    String taskId = task().getId();

    Map<String, Object> bukanDaftar = penilaianSah("SANGAT_BAGUS", "DI_ATAS_EKSPEKTASI");
    assertThatThrownBy(() -> forms.submitTaskForm(taskId, bukanDaftar)).hasMessageContaining("Rating hasil kerja harus salah satu dari");

    Map<String, Object> tanpaAlasan = penilaianSah("DI_BAWAH_EKSPEKTASI", "DI_ATAS_EKSPEKTASI");
    assertThatThrownBy(() -> forms.submitTaskForm(taskId, tanpaAlasan)).hasMessageContaining("Alasan wajib diisi karena rating hasil kerja");

    Map<String, Object> perilakuBeda = penilaianSah("DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    assertThatThrownBy(() -> forms.submitTaskForm(taskId, perilakuBeda)).hasMessageContaining("Alasan wajib diisi karena rating perilaku kerja");

    Map<String, Object> kurangSatu = penilaianSah("DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI");
    kurangSatu.remove("perilaku_KOLABORATIF");
    assertThatThrownBy(() -> forms.submitTaskForm(taskId, kurangSatu)).hasMessageContaining("Rating perilaku 'Kolaboratif' wajib diisi");

    Map<String, Object> tanpaUmpanBalik = penilaianSah("DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI");
    tanpaUmpanBalik.remove("umpanBalik");
    tasks.removeVariableLocal(taskId, "umpanBalik");
    assertThatThrownBy(() -> forms.submitTaskForm(taskId, tanpaUmpanBalik)).hasMessageContaining("Umpan balik untuk RHK");

    // someone else: an admin passes Camunda's authorization but is not the assignee
    identity.setAuthentication("admin-bkpsdm", List.of("camunda-admin"));
    Map<String, Object> sah = penilaianSah("DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI");
    assertThatThrownBy(() -> forms.submitTaskForm(taskId, sah)).hasMessageContaining("tidak berhak menyelesaikannya");
    // the ASN themself: Camunda's authorization already refuses
    identity.setAuthentication(nipAsn, List.of("pegawai"));
    assertThatThrownBy(() -> forms.submitTaskForm(taskId, sah)).isInstanceOf(AuthorizationException.class);
    identity.clearAuthentication();

    assertThat(pi).isWaitingAt("nilai-kinerja-periodik");
    assertThat(umpanBalikRepo.findByPenilaianIdOrderById(id)).isEmpty();
    assertThat(ratingPerilakuRepo.findByPenilaianIdOrderById(id)).isEmpty();
    PenilaianPeriodik p = penilaianRepo.findById(id).orElseThrow();
    assertThat(p.getRatingHasilKerja()).isNull();
    assertThat(p.getStatus()).isEqualTo(StatusPenilaianPeriodik.MENUNGGU_PENILAIAN);
  }

  @Test
  void formulirLaporanTertanamTerdeploy() {
    // formKey embedded:deployment:forms/laporkan-realisasi.html needs the resource under that name
    String deploymentId = repository.createProcessDefinitionQuery().processDefinitionKey("penilaian-periodik")
        .latestVersion().singleResult().getDeploymentId();
    assertThat(repository.getDeploymentResourceNames(deploymentId)).contains("forms/laporkan-realisasi.html");
  }

  private Task tugas(ProcessInstance pi) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }
}
