package id.go.langsakota.kinerja.skp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.pengaturan.KunciPengaturan;
import id.go.langsakota.kinerja.pengaturan.PengaturanRepository;
import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import id.go.langsakota.kinerja.penilaian.CaraPenilaianPeriode;
import id.go.langsakota.kinerja.penilaian.PenilaianPeriodik;
import id.go.langsakota.kinerja.penilaian.PenilaianPeriodikRepository;
import id.go.langsakota.kinerja.penilaian.StatusPenilaianPeriodik;
import id.go.langsakota.kinerja.proses.BacaIsian;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Late starts (docs/proses-skp-pegawai.md, "Periode yang sudah berakhir saat SKP disetujui"): an
 * SKP for 2026 agreed on Wednesday 11 November 2026, when January to October have ended, under
 * each value of KEBIJAKAN_PERIODE_TERLAMBAT, and one agreed on time for comparison.
 */
@SpringBootTest
@ActiveProfiles("test")
class PeriodeTerlambatProsesTest {

  static final int TAHUN = 2026;
  static final String[] BULAN = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
      "Agustus", "September", "Oktober", "November", "Desember"};

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired ApplicationContext ctx;
  @Autowired SkpRepository skpRepository;
  @Autowired PenilaianPeriodikRepository penilaianRepository;
  @Autowired PengaturanService pengaturan;
  @Autowired PengaturanRepository pengaturanRepository;
  @Autowired PegawaiRepository pegawaiRepository;
  @Autowired TransactionTemplate tx;

  OrganisasiUji org;
  Long rhkPengawasId;

  static Instant wib(int bulan, int hari, int jam, int menit, int detik) {
    return LocalDateTime.of(TAHUN, bulan, hari, jam, menit, detik).atZone(Waktu.WIB).toInstant();
  }

  /** 23:59:59 WIB of a day of 2026 (December of 2026 too). */
  static Instant akhirHari(int bulan, int hari) {
    return wib(bulan, hari, 23, 59, 59);
  }

  static void jam(Instant t) {
    ClockUtil.setCurrentTime(Date.from(t));
  }

  @BeforeEach
  void siapkan() {
    BpmnAwareTests.init(engine);
    org = new OrganisasiUji(ctx);
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
    pengaturanRepository.deleteAll();
  }

  /** Starts the ASN's SKP (1 Jan – 31 Dec, monthly), drafts it and has the pengawas agree it at {@code disetujui}. */
  ProcessInstance skpDisetujuiPada(Instant disetujui) {
    jam(wib(1, 5, 8, 0, 0));
    ProcessInstance pi = runtime.startProcessInstanceByKey("skp-pegawai", "SKP-" + TAHUN + "-" + org.nipStaf,
        Variables.createVariables().putValue("nip", org.nipStaf).putValue("tahun", TAHUN)
            .putValue("tanggalMulai", TAHUN + "-01-01").putValue("tanggalSelesai", TAHUN + "-12-31")
            .putValue("jenisPeriode", "BULANAN").putValue("batasPenetapanSkp", TAHUN + "-12-31"));
    jalankan(pi.getId(), "Task_BuatSkp");
    Map<String, Object> indikator = Map.of("aspek", "KUANTITAS", "uraian", "Usul diproses", "target", 120,
        "satuan", "usul", "arah", "LEBIH_TINGGI_LEBIH_BAIK");
    Map<String, Object> rhk = new HashMap<>(Map.of("jenis", "UTAMA", "uraian", "Terselesaikannya usul kenaikan pangkat",
        "rhkAtasan", "RHK:" + rhkPengawasId, "indikator", List.of(indikator)));
    tasks.complete(task("susun-skp", pi).getId(), Variables.createVariables().putValueTyped("rhk", BacaIsian.json(List.of(rhk))));
    jam(disetujui);
    assertThat(pi).task("setujui-skp").isAssignedTo(org.nipPengawas);
    tasks.complete(task("setujui-skp", pi).getId(), Map.of("keputusan", "SETUJUI"));
    assertThat(pi).hasPassed("Gateway_SkpDisetujui");
    return pi;
  }

  void jalankan(String processInstanceId, String aktivitas) {
    Job job = management.createJobQuery().processInstanceId(processInstanceId).activityId(aktivitas).singleResult();
    assertThat(job).as("job di " + aktivitas).isNotNull();
    management.executeJob(job.getId());
  }

  List<ProcessInstance> periode(ProcessInstance pi) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).list();
  }

  List<Job> timerPeriode(ProcessInstance pi) {
    return management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_AkhirPeriode")
        .timers().orderByJobDuedate().asc().list();
  }

  /** The ASN's open reports as Tasklist lists them in this project: by due date, earliest first. */
  List<Task> laporanAsn() {
    return tasks.createTaskQuery().taskAssignee(org.nipStaf).taskDefinitionKey("laporkan-realisasi")
        .orderByDueDate().asc().list();
  }

  List<String> komentar(String taskId) {
    return tasks.getTaskComments(taskId).stream().sorted(Comparator.comparing(Comment::getTime))
        .map(Comment::getFullMessage).toList();
  }

  String komentarPersetujuan(ProcessInstance pi) {
    String id = history.createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("setujui-skp").singleResult().getId();
    return komentar(id).get(0);
  }

  PenilaianPeriodik baris(Long skpId, int periodeKe) {
    return penilaianRepository.findBySkpIdAndPeriodeKe(skpId, periodeKe).orElseThrow();
  }

  @Test
  void susulanSatuLaporanPerPeriodeBerurutanTidakLahirTerlambat() {
    ProcessInstance pi = skpDisetujuiPada(wib(11, 11, 10, 0, 0));
    Long skpId = skpRepository.findByNipAndTahun(org.nipStaf, TAHUN).orElseThrow().getId();

    // January to October start at once as catch-ups; November and December wait for their end.
    assertThat(pi).isWaitingAt("CallActivity_PenilaianPeriodik", "Event_AkhirPeriode");
    List<ProcessInstance> susulan = periode(pi);
    assertThat(susulan).extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrder(
        kunci(1), kunci(2), kunci(3), kunci(4), kunci(5), kunci(6), kunci(7), kunci(8), kunci(9), kunci(10));
    assertThat(timerPeriode(pi)).extracting(j -> j.getDuedate().toInstant())
        .containsExactly(wib(12, 1, 0, 0, 0), LocalDateTime.of(TAHUN + 1, 1, 1, 0, 0).atZone(Waktu.WIB).toInstant());
    assertThat(komentarPersetujuan(pi)).isEqualTo("SKP disetujui. 10 periode yang sudah berakhir dilaporkan "
        + "susulan (Januari 2026 s.d. Oktober 2026), batas laporan 25 November 2026 s.d. 8 Desember 2026.");

    // BKPSDM changes the settings afterwards: the SKP already agreed keeps its schedule.
    pengaturan.ubah(KunciPengaturan.HARI_KERJA_LAPOR_SUSULAN, "3", "bkpsdm");
    pengaturan.ubah(KunciPengaturan.KEBIJAKAN_PERIODE_TERLAMBAT, "TIDAK_DINILAI", "bkpsdm");

    susulan.forEach(p -> jalankan(p.getId(), "Task_SiapkanPenilaian"));
    List<Task> laporan = laporanAsn();
    // Tasklist's order (due date) is the period order; the names say catch-up and which month.
    assertThat(laporan).extracting(Task::getName).containsExactly(
        "Laporkan realisasi kinerja (susulan) — Januari 2026", "Laporkan realisasi kinerja (susulan) — Februari 2026",
        "Laporkan realisasi kinerja (susulan) — Maret 2026", "Laporkan realisasi kinerja (susulan) — April 2026",
        "Laporkan realisasi kinerja (susulan) — Mei 2026", "Laporkan realisasi kinerja (susulan) — Juni 2026",
        "Laporkan realisasi kinerja (susulan) — Juli 2026", "Laporkan realisasi kinerja (susulan) — Agustus 2026",
        "Laporkan realisasi kinerja (susulan) — September 2026", "Laporkan realisasi kinerja (susulan) — Oktober 2026");
    // 10 working days after Wed 11 Nov, then one more working day per period (weekends skipped).
    assertThat(laporan).extracting(t -> t.getDueDate().toInstant()).containsExactly(
        akhirHari(11, 25), akhirHari(11, 26), akhirHari(11, 27), akhirHari(11, 30), akhirHari(12, 1),
        akhirHari(12, 2), akhirHari(12, 3), akhirHari(12, 4), akhirHari(12, 7), akhirHari(12, 8));
    // None is overdue when it appears (Tasklist marks red what is past its due date).
    assertThat(tasks.createTaskQuery().taskAssignee(org.nipStaf).dueBefore(ClockUtil.getCurrentTime()).count()).isZero();
    assertThat(laporan).allSatisfy(t -> assertThat(t.getAssignee()).isEqualTo(org.nipStaf));
    Task januari = laporan.get(0);
    assertThat(komentar(januari.getId())).containsExactly("Laporan susulan. Periode ini sudah berakhir "
        + "(31 Januari 2026) ketika SKP disetujui pada 11 November 2026; realisasinya dilaporkan susulan "
        + "paling lambat 25 November 2026.");
    assertThat(tasks.getVariableLocal(januari.getId(), "labelPeriode")).isEqualTo("Januari 2026 (susulan)");
    // Reminder HARI_PENGINGAT (2) days before, and the "late" timer at the catch-up deadline.
    ProcessInstance ppJanuari = susulan.stream().filter(p -> p.getBusinessKey().equals(kunci(1))).findFirst().orElseThrow();
    assertThat(management.createJobQuery().processInstanceId(ppJanuari.getId()).activityId("Event_PengingatLapor")
        .singleResult().getDuedate().toInstant()).isEqualTo(akhirHari(11, 23));
    assertThat(management.createJobQuery().processInstanceId(ppJanuari.getId()).activityId("Event_BatasLapor")
        .singleResult().getDuedate().toInstant()).isEqualTo(akhirHari(11, 25));
    assertThat(baris(skpId, 1).getCaraPenilaian()).isEqualTo(CaraPenilaianPeriode.SUSULAN);
    assertThat(baris(skpId, 10).getBatasLapor()).isEqualTo(akhirHari(12, 8));

    // The ASN reports January on Fri 20 Nov, before its deadline (Wed 25 Nov). The rating is due
    // HARI_KERJA_PENILAIAN_PERIODIK (5) working days after the catch-up deadline: Wed 2 Dec.
    jam(wib(11, 20, 9, 0, 0));
    Map<String, Object> r = Map.of("indikatorId", indikatorId(skpId), "realisasi", "120",
        "tautanBukti", "https://drive.langsakota.go.id/januari");
    forms.submitTaskForm(januari.getId(), Map.of("realisasi",
        Variables.objectValue(List.of(r)).serializationDataFormat("application/json").create()));
    jalankan(ppJanuari.getId(), "Task_HitungCapaian");
    Task nilai = task("nilai-kinerja-periodik", ppJanuari);
    String nama = pegawaiRepository.findByNip(org.nipStaf).orElseThrow().getNamaLengkap();
    assertThat(nilai.getName()).isEqualTo("Nilai kinerja periodik (susulan) — " + nama + " — Januari 2026");
    assertThat(nilai.getAssignee()).isEqualTo(org.nipPengawas);
    assertThat(nilai.getDueDate().toInstant()).isEqualTo(akhirHari(12, 2));
    assertThat(baris(skpId, 1).isTerlambatLapor()).isFalse();
    assertThat(baris(skpId, 1).getDilaporkanPada()).isEqualTo(wib(11, 20, 9, 0, 0));

    // November ends: its report is due after the last catch-up (Tue 8 Dec), so on Wed 9 Dec, not
    // on its usual Mon 7 Dec; it is a regular report and comes last in the list.
    jam(wib(12, 1, 0, 0, 1));
    management.executeJob(timerPeriode(pi).get(0).getId());
    ProcessInstance ppNovember = periode(pi).stream().filter(p -> p.getBusinessKey().equals(kunci(11))).findFirst().orElseThrow();
    jalankan(ppNovember.getId(), "Task_SiapkanPenilaian");
    List<Task> semua = laporanAsn();
    assertThat(semua).hasSize(10);
    assertThat(semua.get(0).getName()).isEqualTo("Laporkan realisasi kinerja (susulan) — Februari 2026");
    assertThat(semua.get(9).getName()).isEqualTo("Laporkan realisasi kinerja — November 2026");
    assertThat(semua.get(9).getDueDate().toInstant()).isEqualTo(akhirHari(12, 9));
    assertThat(baris(skpId, 11).getCaraPenilaian()).isEqualTo(CaraPenilaianPeriode.REGULER);
    // Past 25 Nov the catch-ups due by then are overdue, like any other task (Tasklist marks them red).
    assertThat(tasks.createTaskQuery().taskAssignee(org.nipStaf).taskDefinitionKey("laporkan-realisasi")
        .dueBefore(ClockUtil.getCurrentTime()).list()).extracting(Task::getName).containsExactlyInAnyOrder(
        "Laporkan realisasi kinerja (susulan) — Februari 2026", "Laporkan realisasi kinerja (susulan) — Maret 2026",
        "Laporkan realisasi kinerja (susulan) — April 2026");
  }

  @Test
  void tidakDinilaiTanpaTugasDenganAlasanLaluPeriodeBerjalanReguler() {
    pengaturan.ubah(KunciPengaturan.KEBIJAKAN_PERIODE_TERLAMBAT, "TIDAK_DINILAI", "bkpsdm");
    ProcessInstance pi = skpDisetujuiPada(wib(11, 11, 10, 0, 0));
    Long skpId = skpRepository.findByNipAndTahun(org.nipStaf, TAHUN).orElseThrow().getId();

    // No catch-up work at all: January to October end at "Periode tidak dinilai".
    assertThat(periode(pi)).isEmpty();
    assertThat(laporanAsn()).isEmpty();
    assertThat(pi).isWaitingAt("Event_AkhirPeriode");
    assertThat(timerPeriode(pi)).hasSize(2);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId("EndEvent_PeriodeTidakDinilai").finished().count()).isEqualTo(10);
    assertThat(komentarPersetujuan(pi)).isEqualTo("SKP disetujui. 10 periode yang sudah berakhir tidak dinilai "
        + "(Januari 2026 s.d. Oktober 2026), sesuai kebijakan BKPSDM.");
    List<PenilaianPeriodik> baris = penilaianRepository.findBySkpIdOrderByPeriodeKe(skpId);
    assertThat(baris).extracting(PenilaianPeriodik::getPeriodeKe).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(baris).allSatisfy(p -> {
      assertThat(p.getStatus()).isEqualTo(StatusPenilaianPeriodik.TIDAK_DINILAI);
      assertThat(p.getCaraPenilaian()).isEqualTo(CaraPenilaianPeriode.TIDAK_DINILAI);
      assertThat(p.getBatasLapor()).isNull();
      assertThat(p.getRatingHasilKerja()).isNull();
    });
    assertThat(baris.get(9).getKeteranganCaraPenilaian()).isEqualTo("Periode ini sudah berakhir (31 Oktober 2026) "
        + "ketika SKP disetujui pada 11 November 2026; menurut kebijakan BKPSDM periode sebelum SKP disetujui tidak dinilai.");

    // November is regular, due 5 working days after its end (Mon 7 Dec): nothing to wait behind.
    jam(wib(12, 1, 0, 0, 1));
    management.executeJob(timerPeriode(pi).get(0).getId());
    ProcessInstance ppNovember = periode(pi).get(0);
    assertThat(ppNovember.getBusinessKey()).isEqualTo(kunci(11));
    jalankan(ppNovember.getId(), "Task_SiapkanPenilaian");
    Task november = task("laporkan-realisasi", ppNovember);
    assertThat(november.getName()).isEqualTo("Laporkan realisasi kinerja — November 2026");
    assertThat(november.getAssignee()).isEqualTo(org.nipStaf);
    assertThat(november.getDueDate().toInstant()).isEqualTo(akhirHari(12, 7));
  }

  @Test
  void tepatWaktuTidakBerubah() {
    ProcessInstance pi = skpDisetujuiPada(wib(1, 20, 10, 0, 0));
    Long skpId = skpRepository.findByNipAndTahun(org.nipStaf, TAHUN).orElseThrow().getId();
    assertThat(pi).isWaitingAt("Event_AkhirPeriode");
    assertThat(periode(pi)).isEmpty();
    assertThat(timerPeriode(pi)).hasSize(12);
    assertThat(penilaianRepository.findBySkpIdOrderByPeriodeKe(skpId)).isEmpty();
    assertThat(komentarPersetujuan(pi)).isEqualTo("SKP disetujui.");

    jam(wib(2, 1, 0, 0, 1));
    management.executeJob(timerPeriode(pi).get(0).getId());
    ProcessInstance ppJanuari = periode(pi).get(0);
    assertThat(ppJanuari.getBusinessKey()).isEqualTo(kunci(1));
    jalankan(ppJanuari.getId(), "Task_SiapkanPenilaian");
    Task januari = task("laporkan-realisasi", ppJanuari);
    assertThat(januari.getName()).isEqualTo("Laporkan realisasi kinerja — " + BULAN[0] + " " + TAHUN);
    assertThat(januari.getAssignee()).isEqualTo(org.nipStaf);
    // 31 Jan 2026 is a Saturday: 5 working days later is Friday 6 February.
    assertThat(januari.getDueDate().toInstant()).isEqualTo(akhirHari(2, 6));
    assertThat(komentar(januari.getId())).isEmpty();
    assertThat(baris(skpId, 1).getCaraPenilaian()).isEqualTo(CaraPenilaianPeriode.REGULER);
  }

  String kunci(int periodeKe) {
    return "PP-" + TAHUN + "-" + org.nipStaf + "-" + periodeKe;
  }

  Long indikatorId(Long skpId) {
    List<Long> id = new ArrayList<>();
    tx.executeWithoutResult(s -> skpRepository.findById(skpId).orElseThrow().getRencanaHasilKerja()
        .forEach(r -> r.getIndikator().forEach(i -> id.add(i.getId()))));
    return id.get(0);
  }
}
