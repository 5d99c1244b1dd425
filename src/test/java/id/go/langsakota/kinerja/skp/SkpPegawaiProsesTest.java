package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.web.IsianTidakValidException;
import id.go.langsakota.kinerja.proses.BacaIsian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** skp-pegawai from start to the periods: approval paths, reminder, escalation, validation. */
@SpringBootTest
@ActiveProfiles("test")
class SkpPegawaiProsesTest {

  static final int TAHUN = 2026;

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ApplicationContext ctx;
  @Autowired SkpRepository skpRepository;
  @Autowired id.go.langsakota.kinerja.pemberitahuan.PemberitahuanRepository pemberitahuan;

  OrganisasiUji org;
  Long rhkPengawasId;

  @BeforeEach
  void siapkan() {
    BpmnAwareTests.init(engine);
    // An SKP agreed on time: the engine's clock in January of the SKP's year (the late-start
    // policy compares the approval with the periods' ends; PeriodeTerlambatProsesTest covers it).
    ClockUtil.setCurrentTime(java.util.Date.from(wib(LocalDateTime.of(TAHUN, 1, 20, 10, 0))));
    org = new OrganisasiUji(ctx);
    // The supervisor's own SKP is agreed, with one RHK the staff can link to.
    Skp atasan = new Skp(org.nipPengawas, TAHUN, LocalDate.of(TAHUN, 1, 1), LocalDate.of(TAHUN, 12, 31), JenisPeriode.BULANAN);
    atasan.tambahRhk(JenisRhk.UTAMA, "Meningkatnya layanan administrasi kepegawaian")
        .tambahIndikator(AspekIndikator.KUANTITAS, "Layanan selesai", new BigDecimal("100"), "layanan",
            ArahIndikator.LEBIH_TINGGI_LEBIH_BAIK);
    atasan.setStatus(StatusSkp.DISETUJUI);
    rhkPengawasId = skpRepository.save(atasan).getRencanaHasilKerja().get(0).getId();
  }

  @AfterEach
  void bersihkan() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  ProcessInstance mulai(String mulai, String jenis) {
    ProcessInstance pi = runtime.startProcessInstanceByKey("skp-pegawai", "SKP-" + TAHUN + "-" + org.nipStaf,
        Variables.createVariables().putValue("nip", org.nipStaf).putValue("tahun", TAHUN)
            .putValue("tanggalMulai", mulai).putValue("tanggalSelesai", TAHUN + "-12-31")
            .putValue("jenisPeriode", jenis));
    assertThat(pi).isWaitingAt("Task_BuatSkp");
    jalankan(pi, "Task_BuatSkp");
    return pi;
  }

  /** A wall-clock time in Kota Langsa as an instant. */
  static java.time.Instant wib(LocalDateTime waktu) {
    return waktu.atZone(id.go.langsakota.kinerja.config.Waktu.WIB).toInstant();
  }

  void jalankan(ProcessInstance pi, String aktivitas) {
    Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(aktivitas).singleResult();
    assertThat(job).as("job di " + aktivitas).isNotNull();
    management.executeJob(job.getId());
  }

  List<Map<String, Object>> rhkSah() {
    List<Map<String, Object>> daftar = new ArrayList<>();
    daftar.add(rhk("UTAMA", "Terselesaikannya usul kenaikan pangkat", "RHK:" + rhkPengawasId,
        indikator("KUANTITAS", "Usul diproses", 120, "usul", "LEBIH_TINGGI_LEBIH_BAIK"),
        indikator("WAKTU", "Lama proses", 3, "hari", "LEBIH_RENDAH_LEBIH_BAIK")));
    daftar.add(rhk("TAMBAHAN", "Menjadi narasumber sosialisasi", null,
        indikator("KUANTITAS", "Sosialisasi", 2, "kegiatan", "LEBIH_TINGGI_LEBIH_BAIK")));
    return daftar;
  }

  static Map<String, Object> rhk(String jenis, String uraian, String atasan, Map<?, ?>... indikator) {
    Map<String, Object> m = new HashMap<>();
    m.put("jenis", jenis);
    m.put("uraian", uraian);
    m.put("rhkAtasan", atasan);
    m.put("indikator", List.of(indikator));
    return m;
  }

  static Map<String, Object> indikator(String aspek, String uraian, Object target, String satuan, String arah) {
    Map<String, Object> m = new HashMap<>();
    m.put("aspek", aspek);
    m.put("uraian", uraian);
    m.put("target", target);
    m.put("satuan", satuan);
    m.put("arah", arah);
    return m;
  }

  void susun(Object rhk) {
    Task t = tasks.createTaskQuery().taskAssignee(org.nipStaf).taskDefinitionKey("susun-skp").singleResult();
    tasks.complete(t.getId(), Variables.createVariables().putValueTyped("rhk", BacaIsian.json(rhk)));
  }

  void putuskan(ProcessInstance pi, String keputusan, String catatan) {
    assertThat(pi).task("setujui-skp").isAssignedTo(org.nipPengawas);
    Map<String, Object> v = new HashMap<>();
    v.put("keputusan", keputusan);
    v.put("catatan", catatan);
    tasks.complete(task("setujui-skp", pi).getId(), v);
  }

  @Autowired org.springframework.transaction.support.TransactionTemplate tx;

  /** The SKP with its collections loaded (tests run outside a transaction). */
  Skp skp(ProcessInstance pi) {
    return skp(((Number) runtime.getVariable(pi.getId(), "skpId")).longValue());
  }

  Skp skp(Long skpId) {
    return tx.execute(s -> {
      Skp skp = skpRepository.findById(skpId).orElseThrow();
      skp.getPerilakuKerja().size();
      skp.getRencanaHasilKerja().forEach(r -> {
        r.getIndikator().size();
        if (r.getRhkAtasan() != null) {
          r.getRhkAtasan().getId();
        }
      });
      return skp;
    });
  }

  long timerPeriode(ProcessInstance pi) {
    return management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_AkhirPeriode").timers().count();
  }

  @Test
  void disetujuiSekaliLaluMenungguDuaBelasPeriode() {
    ProcessInstance pi = mulai(TAHUN + "-01-01", "BULANAN");
    assertThat(pi).isWaitingAt("susun-skp").task().isAssignedTo(org.nipStaf);
    // The form's select offers the supervisor's agreed RHK.
    assertThat(runtime.getVariable(pi.getId(), "opsiRhkAtasan").toString()).contains("RHK:" + rhkPengawasId);
    assertThat(skp(pi).getPerilakuKerja()).hasSize(7);

    susun(rhkSah());
    assertThat(pi).isWaitingAt("setujui-skp");
    assertThat(skp(pi).getStatus()).isEqualTo(StatusSkp.DIAJUKAN);
    // The supervisor reads whose SKP it is (name, NIP, jabatan), then each RHK numbered with its
    // indicators numbered under it.
    assertThat((String) runtime.getVariable(pi.getId(), "ringkasanSkp"))
        .contains("**Pegawai:** Pegawai " + org.nipStaf, "**NIP:** " + org.nipStaf, "**Jabatan:** Pengelola Uji, Bidang Uji")
        .contains("**RHK 1 (utama):** Terselesaikannya usul kenaikan pangkat",
            "- 1.1 Kuantitas: Usul diproses — target 120 usul", "- 1.2 Waktu: Lama proses — target 3 hari (makin rendah makin baik)",
            "**RHK 2 (tambahan):** Menjadi narasumber sosialisasi", "- 2.1 Kuantitas: Sosialisasi");
    // A supervisor approves one SKP per staff member: the name says whose.
    String namaStaf = ctx.getBean(id.go.langsakota.kinerja.organisasi.PegawaiRepository.class)
        .findByNip(org.nipStaf).orElseThrow().getNamaLengkap();
    assertThat(task("setujui-skp", pi).getName()).isEqualTo("Setujui SKP — " + namaStaf);
    putuskan(pi, "SETUJUI", null);

    assertThat(pi).hasPassed("Gateway_SkpDisetujui").isWaitingAt("Event_AkhirPeriode");
    assertThat(timerPeriode(pi)).isEqualTo(12);
    Skp skp = skp(pi);
    assertThat(skp.getStatus()).isEqualTo(StatusSkp.DISETUJUI);
    assertThat(skp.getIdPejabatPenilai()).isEqualTo(org.nipPengawas);
    assertThat(skp.getRencanaHasilKerja()).hasSize(2);
    assertThat(skp.getRencanaHasilKerja().get(0).getRhkAtasan().getId()).isEqualTo(rhkPengawasId);
    assertThat(skp.getRencanaHasilKerja().get(0).getIndikator().get(1).getArah())
        .isEqualTo(ArahIndikator.LEBIH_RENDAH_LEBIH_BAIK);
    // The first period's timer fires the day after 31 January.
    Job januari = management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_AkhirPeriode")
        .timers().orderByJobDuedate().asc().list().get(0);
    // 00:00 WIB, whatever the JVM's own time zone
    assertThat(januari.getDuedate().toInstant()).isEqualTo(wib(LocalDateTime.of(TAHUN, 2, 1, 0, 0)));
  }

  /** The comments of a (completed) task, oldest first, as Tasklist's history shows them. */
  List<String> komentar(String taskId) {
    return tasks.getTaskComments(taskId).stream()
        .sorted(java.util.Comparator.comparing(Comment::getTime))
        .map(Comment::getFullMessage).toList();
  }

  @Test
  void dikembalikanDuaKaliLaluDisetujui() {
    ProcessInstance pi = mulai(TAHUN + "-01-01", "BULANAN");
    assertThat(task("susun-skp", pi).getName()).isEqualTo("Susun SKP — " + TAHUN);
    String susunPertama = task("susun-skp", pi).getId();
    susun(rhkSah());
    assertThat(komentar(susunPertama)).containsExactly("SKP diajukan kepada pejabat penilai (2 RHK).");
    String setujuiPertama = task("setujui-skp", pi).getId();
    putuskan(pi, "KEMBALIKAN", "Target usul terlalu rendah");
    assertThat(pi).isWaitingAt("susun-skp");
    // The return is told in the supervisor's task history, and the ASN's new task says so.
    assertThat(komentar(setujuiPertama))
        .containsExactly("SKP dikembalikan untuk diperbaiki. Catatan: Target usul terlalu rendah");
    assertThat(task("susun-skp", pi).getName()).isEqualTo("Perbaiki SKP (dikembalikan) — " + TAHUN);
    assertThat(komentar(task("susun-skp", pi).getId())).containsExactly(
        "SKP dikembalikan oleh pejabat penilai untuk diperbaiki. Catatan: Target usul terlalu rendah");
    assertThat(runtime.getVariable(pi.getId(), "catatanPengembalian")).isEqualTo("Target usul terlalu rendah");
    // The returned draft is offered again, with its link to the supervisor's RHK.
    assertThat(runtime.getVariable(pi.getId(), "rhk").toString()).contains("RHK:" + rhkPengawasId)
        .contains("Terselesaikannya usul kenaikan pangkat");
    susun(rhkSah());
    putuskan(pi, "KEMBALIKAN", "Tambahkan indikator kualitas");
    assertThat(pi).isWaitingAt("susun-skp");
    susun(rhkSah());
    String setujuiTerakhir = task("setujui-skp", pi).getId();
    putuskan(pi, "SETUJUI", null);
    assertThat(komentar(setujuiTerakhir)).containsExactly("SKP disetujui.");

    assertThat(pi).isWaitingAt("Event_AkhirPeriode");
    Skp skp = skp(pi);
    assertThat(skp.getJumlahPengembalian()).isEqualTo(2);
    assertThat(skp.getStatus()).isEqualTo(StatusSkp.DISETUJUI);
    assertThat(skp.getRencanaHasilKerja()).hasSize(2);
  }

  @Test
  void pengingatLaluEskalasiKeAtasanPejabatPenilai() {
    ProcessInstance pi = mulai(TAHUN + "-01-01", "BULANAN");
    susun(rhkSah());
    Task setujui = task("setujui-skp", pi);
    // Deadline from pengaturan BATAS_PENETAPAN_SKP (01-31), reminder HARI_PENGINGAT (2) days before.
    assertThat(setujui.getDueDate().toInstant()).isEqualTo(wib(LocalDateTime.of(TAHUN, 1, 31, 23, 59, 59)));
    Job pengingat = management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_PengingatSkp").singleResult();
    assertThat(pengingat.getDuedate().toInstant()).isEqualTo(wib(LocalDateTime.of(TAHUN, 1, 29, 8, 0)));

    management.executeJob(pengingat.getId());
    jalankan(pi, "Task_KirimPengingatSkp");
    assertThat(pi).hasPassed("Task_KirimPengingatSkp").isWaitingAt("setujui-skp");
    assertThat(runtime.getVariable(pi.getId(), "jumlahPengingatSkp")).isEqualTo(1);
    assertThat(pi).task("setujui-skp").isAssignedTo(org.nipPengawas);

    jalankan(pi, "Event_BatasPenetapanSkp");
    jalankan(pi, "Task_EskalasiSkp");
    assertThat(pi).hasPassed("Task_EskalasiSkp").isWaitingAt("setujui-skp");
    assertThat(pi).task("setujui-skp").isAssignedTo(org.nipKepala);
    assertThat(runtime.getVariable(pi.getId(), "eskalasiSkpKepada")).isEqualTo(org.nipKepala);
    // outbox (docs/pemberitahuan.md): reminder to the penilai, escalation to both, the task to the atasan
    assertThat(pemberitahuan.findByPenerimaOrderById(org.nipPengawas)).extracting(p -> p.getJenis().name())
        .contains("PENGINGAT_SKP", "ESKALASI_SKP");
    assertThat(pemberitahuan.findByPenerimaOrderById(org.nipKepala)).extracting(p -> p.getJenis().name())
        .contains("ESKALASI_SKP", "TUGAS_BARU");

    // The atasan decides in the penilai's place.
    tasks.complete(task("setujui-skp", pi).getId(), Map.of("keputusan", "SETUJUI"));
    assertThat(pi).isWaitingAt("Event_AkhirPeriode");
    assertThat(skp(pi).getIdPejabatPenilai()).isEqualTo(org.nipKepala);
  }

  @Test
  void tahunParsialMemberiPeriodeLebihSedikit() {
    ProcessInstance pi = mulai(TAHUN + "-07-15", "BULANAN");
    susun(rhkSah());
    putuskan(pi, "SETUJUI", null);
    assertThat(timerPeriode(pi)).isEqualTo(6); // July (from the 15th) to December
    assertThat(skp(pi).getTanggalMulai()).isEqualTo(LocalDate.of(TAHUN, 7, 15));
  }

  @Test
  void triwulananParsialMemberiDuaPeriode() {
    ProcessInstance pi = mulai(TAHUN + "-07-15", "TRIWULANAN");
    susun(rhkSah());
    putuskan(pi, "SETUJUI", null);
    assertThat(timerPeriode(pi)).isEqualTo(2);
  }

  @Test
  void isianSalahDitolakTugasTetapTerbukaTanpaData() {
    ProcessInstance pi = mulai(TAHUN + "-01-01", "BULANAN");
    Task t = task("susun-skp", pi);

    List<Map<String, Object>> tanpaUtama = List.of(rhk("TAMBAHAN", "Narasumber", null,
        indikator("KUANTITAS", "Kegiatan", 2, "kegiatan", "LEBIH_TINGGI_LEBIH_BAIK")));
    assertThatThrownBy(() -> tasks.complete(t.getId(), Map.of("rhk", BacaIsian.json(tanpaUtama))))
        .hasRootCauseInstanceOf(IsianTidakValidException.class).hasMessageContaining("minimal satu RHK utama");

    List<Map<String, Object>> targetTeks = List.of(rhk("UTAMA", "Usul", "RHK:" + rhkPengawasId,
        indikator("KUANTITAS", "Usul", "seratus", "usul", "LEBIH_TINGGI_LEBIH_BAIK")));
    // A REST client may send the list as a JSON string: it is checked the same way.
    assertThatThrownBy(() -> tasks.complete(t.getId(), Map.of("rhk",
        new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(targetTeks))))
        .hasRootCauseInstanceOf(IsianTidakValidException.class).hasMessageContaining("harus berupa angka, bukan 'seratus'");

    List<Map<String, Object>> bukanAtasan = List.of(rhk("UTAMA", "Usul", "RHK:999999",
        indikator("KUANTITAS", "Usul", 5, "usul", "LEBIH_TINGGI_LEBIH_BAIK")));
    assertThatThrownBy(() -> tasks.complete(t.getId(), Map.of("rhk", BacaIsian.json(bukanAtasan))))
        .hasRootCauseInstanceOf(IsianTidakValidException.class).hasMessageContaining("bukan RHK pejabat penilai");

    assertThat(pi).isWaitingAt("susun-skp");
    assertThat(skp(pi).getRencanaHasilKerja()).isEmpty();
    assertThat(skp(pi).getStatus()).isEqualTo(StatusSkp.DRAF);

    susun(rhkSah());
    String setujuiId = task("setujui-skp", pi).getId();
    assertThatThrownBy(() -> tasks.complete(setujuiId, Map.of("keputusan", "KEMBALIKAN")))
        .hasRootCauseInstanceOf(IsianTidakValidException.class).hasMessageContaining("catatan wajib diisi");
    assertThatThrownBy(() -> tasks.complete(setujuiId, Map.of("keputusan", "TERIMA")))
        .hasRootCauseInstanceOf(IsianTidakValidException.class).hasMessageContaining("SETUJUI atau KEMBALIKAN");
    assertThat(pi).isWaitingAt("setujui-skp");
    assertThat(skp(pi).getStatus()).isEqualTo(StatusSkp.DIAJUKAN);
  }

  @Test
  void penggunaLainTidakDapatMenyelesaikanTugas() {
    ProcessInstance pi = mulai(TAHUN + "-01-01", "BULANAN");
    String id = task("susun-skp", pi).getId();
    engine.getIdentityService().setAuthentication("orang-lain", List.of("pegawai"));
    assertThatThrownBy(() -> tasks.complete(id, Map.of("rhk", BacaIsian.json(rhkSah()))))
        .isInstanceOf(AuthorizationException.class);
    engine.getIdentityService().setAuthentication(org.nipStaf, List.of("pegawai"));
    tasks.complete(id, Map.of("rhk", BacaIsian.json(rhkSah())));
    engine.getIdentityService().clearAuthentication();
    assertThat(pi).isWaitingAt("setujui-skp");
  }

  @Autowired org.camunda.bpm.engine.FormService forms;

  String terakhirDinilai;

  /** One penilaian-periodik instance from report to stored predikat, every realisasi = target. */
  void nilaiPeriode(ProcessInstance p, Long skpId, String ratingHasilKerja, String ratingPerilaku) {
    jalankan(p, "Task_SiapkanPenilaian");
    List<Map<String, Object>> realisasi = new ArrayList<>();
    List<Map<String, Object>> umpanBalik = new ArrayList<>();
    tx.executeWithoutResult(s -> skpRepository.findById(skpId).orElseThrow().getRencanaHasilKerja().forEach(r -> {
      umpanBalik.add(Map.of("rhkId", r.getId(), "isi", "Pertahankan"));
      r.getIndikator().forEach(i -> realisasi.add(Map.of("indikatorId", i.getId(),
          "realisasi", i.getTarget().toPlainString(), "tautanBukti", "https://drive.langsakota.go.id/bukti")));
    }));
    String lapor = tasks.createTaskQuery().processInstanceId(p.getId()).taskDefinitionKey("laporkan-realisasi").singleResult().getId();
    forms.submitTaskForm(lapor, Map.of("realisasi",
        Variables.objectValue(realisasi).serializationDataFormat("application/json").create(),
        "catatanMandiri", "Sesuai rencana"));
    jalankan(p, "Task_HitungCapaian");
    Map<String, Object> v = new HashMap<>();
    for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
      v.put("perilaku_" + n.name(), "SESUAI_EKSPEKTASI");
    }
    v.put("umpanBalik", Variables.objectValue(umpanBalik).serializationDataFormat("application/json").create());
    v.put("ratingHasilKerja", ratingHasilKerja);
    v.put("ratingPerilaku", ratingPerilaku);
    v.put("alasanRatingHasilKerja", "Hasil melampaui rencana");
    v.put("alasanRatingPerilaku", "Sesuai pengamatan");
    String nilai = tasks.createTaskQuery().processInstanceId(p.getId()).taskDefinitionKey("nilai-kinerja-periodik").singleResult().getId();
    forms.submitTaskForm(nilai, v);
    terakhirDinilai = nilai;
    jalankan(p, "Task_TentukanPredikat");
    jalankan(p, "Task_SimpanPredikat");
    assertThat(p).isEnded();
  }

  @Test
  void periodeDipanggilLaluPenilaianTahunanDenganPredikatDmn() {
    ProcessInstance pi = mulai(TAHUN + "-07-15", "TRIWULANAN");
    susun(rhkSah());
    putuskan(pi, "SETUJUI", null);
    management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_AkhirPeriode").list()
        .forEach(j -> management.executeJob(j.getId()));

    List<ProcessInstance> periode = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .orderByBusinessKey().asc().list();
    assertThat(periode).extracting(ProcessInstance::getBusinessKey).containsExactly(
        "PP-" + TAHUN + "-" + org.nipStaf + "-3", "PP-" + TAHUN + "-" + org.nipStaf + "-4");
    assertThat(runtime.getVariables(periode.get(0).getId())).containsEntry("periodeKe", 3)
        .containsEntry("tanggalMulaiPeriode", TAHUN + "-07-15").containsEntry("tanggalAkhirPeriode", TAHUN + "-09-30");
    Long skpId = skp(pi).getId();
    id.go.langsakota.kinerja.kosakata.Rating atas = id.go.langsakota.kinerja.kosakata.Rating.DI_ATAS_EKSPEKTASI;
    id.go.langsakota.kinerja.kosakata.Rating sesuai = id.go.langsakota.kinerja.kosakata.Rating.SESUAI_EKSPEKTASI;
    // Each period runs through the real penilaian-periodik: report on target, rated by the pengawas.
    nilaiPeriode(periode.get(0), skpId, "DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    // Every realisasi = target: the system suggests SESUAI; the supervisor's different rating and
    // its reason are in the task's history.
    assertThat(komentar(terakhirDinilai)).singleElement().asString()
        .startsWith("Dinilai (Triwulan III " + TAHUN)
        .contains("hasil kerja Di Atas Ekspektasi (saran sistem Sesuai Ekspektasi), perilaku kerja Sesuai Ekspektasi.")
        .contains("Alasan hasil kerja: Hasil melampaui rencana.");
    nilaiPeriode(periode.get(1), skpId, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");

    // The suggestion is computed and stored by its own async service task before the rating.
    assertThat(pi).isWaitingAt("Task_HitungSaranTahunan");
    jalankan(pi, "Task_HitungSaranTahunan");
    assertThat(skp(skpId).getSaranRatingHasilKerja()).isEqualTo(id.go.langsakota.kinerja.kosakata.Rating.DI_ATAS_EKSPEKTASI);
    assertThat(pi).isWaitingAt("nilai-kinerja-tahunan").task().isAssignedTo(org.nipPengawas);
    // (3 + 2) / 2 = 2.5 → rounded half up to DI_ATAS; perilaku 2 → SESUAI
    assertThat(runtime.getVariables(pi.getId())).containsEntry("saranRatingHasilKerja", "DI_ATAS_EKSPEKTASI")
        .containsEntry("saranRatingPerilaku", "SESUAI_EKSPEKTASI");
    assertThat((String) runtime.getVariable(pi.getId(), "ringkasanPeriodik")).contains("Periode 3").contains("Periode 4");

    String tahunanId = task("nilai-kinerja-tahunan", pi).getId();
    assertThatThrownBy(() -> tasks.complete(tahunanId, Map.of("ratingHasilKerja", "SESUAI_EKSPEKTASI",
        "ratingPerilaku", "SESUAI_EKSPEKTASI"))).hasRootCauseInstanceOf(IsianTidakValidException.class)
        .hasMessageContaining("alasan wajib diisi");
    assertThatThrownBy(() -> tasks.complete(tahunanId, Map.of("ratingHasilKerja", "BAGUS",
        "ratingPerilaku", "SESUAI_EKSPEKTASI"))).hasRootCauseInstanceOf(IsianTidakValidException.class)
        .hasMessageContaining("harus salah satu dari");
    tasks.complete(tahunanId, Map.of("ratingHasilKerja", "SESUAI_EKSPEKTASI",
        "ratingPerilaku", "SESUAI_EKSPEKTASI", "alasan", "Capaian triwulan IV menurun"));
    // only the completed attempt is recorded: the two refused ones rolled back with their comment
    assertThat(komentar(tahunanId)).containsExactly("Dinilai (tahun " + TAHUN + "): hasil kerja Sesuai Ekspektasi "
        + "(saran sistem Di Atas Ekspektasi), perilaku kerja Sesuai Ekspektasi. Alasan: Capaian triwulan IV menurun.");
    assertThat(pi).isWaitingAt("Task_TentukanPredikatTahunan");
    jalankan(pi, "Task_TentukanPredikatTahunan");
    assertThat(pi).hasPassed("Task_TentukanPredikatTahunan").isWaitingAt("Task_SimpanPredikatTahunan");
    assertThat(runtime.getVariable(pi.getId(), "predikat")).isEqualTo("BAIK");
    jalankan(pi, "Task_SimpanPredikatTahunan");

    Skp dinilai = skp(pi);
    assertThat(dinilai.getStatus()).isEqualTo(StatusSkp.DINILAI);
    assertThat(dinilai.getPredikatTahunan()).isEqualTo(id.go.langsakota.kinerja.kosakata.Predikat.BAIK);
    assertThat(dinilai.getRatingHasilKerjaTahunan()).isEqualTo(sesuai);
    assertThat(dinilai.getSaranRatingHasilKerja()).isEqualTo(atas);
    assertThat(dinilai.getAlasanRatingTahunan()).isEqualTo("Capaian triwulan IV menurun");
    // the ASN is told each period's result and the year's (outbox, docs/pemberitahuan.md)
    assertThat(pemberitahuan.findByPenerimaOrderById(org.nipStaf)).extracting(p -> p.getJenis().name())
        .containsSubsequence("HASIL_PERIODIK", "HASIL_PERIODIK", "HASIL_TAHUNAN");
    assertThat(pemberitahuan.findByPenerimaOrderById(org.nipStaf))
        .filteredOn(p -> p.getJenis().name().equals("HASIL_TAHUNAN")).extracting(p -> p.getPesan())
        .containsExactly("Penilaian kinerja tahunan Anda telah diberikan pejabat penilai. Predikat kinerja tahunan: "
            + "Baik (belum final: menunggu pemeriksaan kurva distribusi OPD; Anda akan diberi tahu predikat finalnya).");

    // The predikat is not final yet: the SKP waits for its OPD's distribution (kalibrasi-kurva;
    // the pengawas of this OPD is not rated, so no round starts; the message stands in for it).
    assertThat(pi).isWaitingAt("Task_PeriksaKelengkapanOpd");
    jalankan(pi, "Task_PeriksaKelengkapanOpd");
    assertThat(pi).isWaitingAt("Event_DistribusiOpdFinal");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("kalibrasi-kurva")
        .processInstanceBusinessKeyLike("KK-" + TAHUN + "-" + org.kodeOpd + "-%").count()).isZero();
    runtime.correlateMessage("distribusi-opd-final", "SKP-" + TAHUN + "-" + org.nipStaf);
    assertThat(pi).task("terima-hasil-penilaian").isAssignedTo(org.nipStaf);
    Skp diterimaHasil = skp(skpId);
    assertThat(diterimaHasil.getTanggalHasilDiterima()).isNotNull();
    // the window: 14 days after the result reached the ASN, to the end of that day (WIB)
    java.time.Instant batas = diterimaHasil.getTanggalHasilDiterima().atZone(id.go.langsakota.kinerja.config.Waktu.WIB)
        .toLocalDate().plusDays(14).atTime(23, 59, 59).atZone(id.go.langsakota.kinerja.config.Waktu.WIB).toInstant();
    assertThat(task("terima-hasil-penilaian", pi).getDueDate().toInstant()).isEqualTo(batas);
    assertThat((String) runtime.getVariable(pi.getId(), "hasilTahunan")).contains("**Baik**");
    String terimaId = task("terima-hasil-penilaian", pi).getId();
    assertThatThrownBy(() -> tasks.complete(terimaId, Map.of("tanggapan", "DITERIMA")))
        .hasRootCauseInstanceOf(IsianTidakValidException.class).hasMessageContaining("TERIMA atau AJUKAN_KEBERATAN");
    tasks.complete(terimaId, Map.of("tanggapan", "TERIMA"));
    assertThat(komentar(terimaId)).singleElement().asString()
        .isEqualTo("Hasil penilaian tahunan diterima (predikat Baik); tidak ada keberatan.");
    assertThat(pi).hasPassed("Gateway_KeberatanDiajukan").isEnded().hasPassed("EndEvent_SkpSelesai");
    Skp diterima = skp(skpId);
    assertThat(diterima.getStatus()).isEqualTo(StatusSkp.DITERIMA);
    assertThat(diterima.getTanggalDiterima()).isNotNull();
  }

  @Test
  void skpAtasanBelumDisetujuiOpsiKosongLaluDiperbaruiSaatDisetujui() {
    Skp atasan = skpRepository.findByNipAndTahun(org.nipPengawas, TAHUN).orElseThrow();
    atasan.setStatus(StatusSkp.DIAJUKAN);
    skpRepository.save(atasan);
    ProcessInstance pi = mulai(TAHUN + "-01-01", "BULANAN");
    assertThat(runtime.getVariable(pi.getId(), "opsiRhkAtasan").toString()).isEqualTo("[]");
    // Submitting a UTAMA RHK now is refused: there is nothing agreed to link to yet.
    String susunId = task("susun-skp", pi).getId();
    assertThatThrownBy(() -> tasks.complete(susunId, Map.of("rhk", BacaIsian.json(rhkSah()))))
        .hasRootCauseInstanceOf(IsianTidakValidException.class).hasMessageContaining("bukan RHK pejabat penilai");

    // The kepala agrees the pengawas's SKP in the pengawas's own skp-pegawai.
    ProcessInstance piAtasan = runtime.createProcessInstanceByKey("skp-pegawai")
        .businessKey("SKP-" + TAHUN + "-" + org.nipPengawas).startBeforeActivity("setujui-skp")
        .setVariables(Variables.createVariables().putValue("nip", org.nipPengawas).putValue("tahun", TAHUN)
            .putValue("skpId", atasan.getId()).putValue("waktuBatasPenetapanSkp", TAHUN + "-12-31T23:59:59")
            .putValue("waktuPengingatSkp", TAHUN + "-12-29T08:00:00"))
        .execute();
    assertThat(piAtasan).task("setujui-skp").isAssignedTo(org.nipKepala);
    tasks.complete(task("setujui-skp", piAtasan).getId(), Map.of("keputusan", "SETUJUI"));

    assertThat(runtime.getVariable(pi.getId(), "opsiRhkAtasan").toString()).contains("RHK:" + rhkPengawasId);
    susun(rhkSah());
    assertThat(pi).isWaitingAt("setujui-skp");
  }
}
