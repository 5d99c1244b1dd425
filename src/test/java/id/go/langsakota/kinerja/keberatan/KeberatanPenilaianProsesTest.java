package id.go.langsakota.kinerja.keberatan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.organisasi.Jabatan;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatan;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatanRepository;
import id.go.langsakota.kinerja.pemberitahuan.PemberitahuanRepository;
import id.go.langsakota.kinerja.skp.JenisPeriode;
import id.go.langsakota.kinerja.skp.OrganisasiUji;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.skp.StatusSkp;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * keberatan-penilaian walked through every path from the ASN's terima-hasil-penilaian in
 * skp-pegawai: kept, changed (with explanations and a change of supervisor), too late, by someone
 * else, filed twice, explanation late, decision late and escalated, and the own-rating rule.
 */
@SpringBootTest
@ActiveProfiles("test")
class KeberatanPenilaianProsesTest {

  static final int TAHUN = 2025;
  static final String ALASAN = "Capaian RHK utama saya melampaui target di triwulan III dan IV, "
      + "tetapi tidak diperhitungkan dalam penilaian tahunan.";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired ApplicationContext ctx;
  @Autowired SkpRepository skpRepository;
  @Autowired KeberatanRepository keberatanRepository;
  @Autowired KeberatanService service;
  @Autowired PemberitahuanRepository pemberitahuan;
  @Autowired PenugasanJabatanRepository penugasan;
  @Autowired id.go.langsakota.kinerja.pengembangan.KebutuhanPelatihanRepository kebutuhanPelatihan;

  OrganisasiUji org;
  Long skpId;

  @BeforeEach
  void siapkan() {
    BpmnAwareTests.init(engine);
    org = new OrganisasiUji(ctx);
    skpId = skpDinilai(org.nipPengawas).getId();
  }

  @AfterEach
  void bersihkan() {
    ClockUtil.reset();
    identity.clearAuthentication();
  }

  /** The staff's annual result as the pejabat penilai stored it: Sesuai/Sesuai = Baik. */
  Skp skpDinilai(String dinilaiOleh) {
    Skp skp = new Skp(org.nipStaf, TAHUN, LocalDate.of(TAHUN, 1, 1), LocalDate.of(TAHUN, 12, 31), JenisPeriode.BULANAN);
    skp.setStatus(StatusSkp.DINILAI);
    skp.setRatingHasilKerjaTahunan(Rating.SESUAI_EKSPEKTASI);
    skp.setRatingPerilakuTahunan(Rating.SESUAI_EKSPEKTASI);
    skp.setPredikatTahunan(Predikat.BAIK);
    skp.setDinilaiOleh(dinilaiOleh);
    skp.setAlasanRatingTahunan("Sesuai rencana");
    return skpRepository.save(skp);
  }

  /** skp-pegawai of the staff, at terima-hasil-penilaian (the final result reaches the ASN). */
  ProcessInstance hasilDiterima() {
    ProcessInstance pi = runtime.createProcessInstanceByKey("skp-pegawai")
        .businessKey("SKP-" + TAHUN + "-" + org.nipStaf).startBeforeActivity("terima-hasil-penilaian").execute();
    assertThat(pi).isWaitingAt("terima-hasil-penilaian").task().isAssignedTo(org.nipStaf);
    return pi;
  }

  ProcessInstance ajukan(ProcessInstance skp) {
    tugasSebagai(skp, "terima-hasil-penilaian", org.nipStaf, Map.of("tanggapan", "AJUKAN_KEBERATAN",
        "alasanKeberatan", ALASAN));
    assertThat(skp).isWaitingAt("CallActivity_KeberatanPenilaian");
    ProcessInstance kb = runtime.createProcessInstanceQuery().superProcessInstanceId(skp.getId()).singleResult();
    assertThat(kb.getBusinessKey()).isEqualTo("KB-" + TAHUN + "-" + org.nipStaf);
    assertThat(kb).isWaitingAt("Task_TeruskanKeberatan");
    jalankan(kb, "Task_TeruskanKeberatan");
    return kb;
  }

  void tugasSebagai(ProcessInstance pi, String kunci, String pengguna, Map<String, Object> v) {
    Task t = tugas(pi, kunci);
    identity.setAuthenticatedUserId(pengguna);
    try {
      tasks.complete(t.getId(), v);
    } finally {
      identity.clearAuthentication();
    }
  }

  Task tugas(ProcessInstance pi, String kunci) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(kunci).singleResult();
  }

  void jalankan(ProcessInstance pi, String aktivitas) {
    Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(aktivitas).singleResult();
    assertThat(job).as("job di " + aktivitas).isNotNull();
    management.executeJob(job.getId());
  }

  static Map<String, Object> putuskan(String hasil, String perilaku) {
    Map<String, Object> v = new HashMap<>();
    v.put("tindakan", "PUTUSKAN");
    v.put("ratingHasilKerja", hasil);
    v.put("alasanHasilKerja", "Bukti capaian triwulan IV diperiksa");
    v.put("ratingPerilaku", perilaku);
    v.put("alasanPerilaku", "Perilaku kerja sesuai pengamatan");
    return v;
  }

  static Throwable akar(Throwable e) {
    while (e.getCause() != null && e.getCause() != e) {
      e = e.getCause();
    }
    return e;
  }

  List<JenisLangkah> langkah() {
    return service.langkah(keberatanRepository.findByNipAndTahun(org.nipStaf, TAHUN).orElseThrow().getId())
        .stream().map(LangkahKeberatan::getJenis).toList();
  }

  void selesaikanSampaiBaca(ProcessInstance kb, ProcessInstance skp) {
    jalankan(kb, "Task_TerapkanKeputusan");
    jalankan(kb, "Task_UmumkanKeputusan");
    assertThat(kb).isWaitingAt("baca-keputusan-keberatan").task().isAssignedTo(org.nipStaf);
    tugasSebagai(kb, "baca-keputusan-keberatan", org.nipStaf, Map.of("dibaca", true));
    assertThat(kb).isEnded().hasPassed("EndEvent_KeberatanSelesai");
    assertThat(skp).isEnded().hasPassed("EndEvent_SkpSelesaiSetelahKeberatan");
  }

  // --------------------------------------------------------------------------------------------

  @Test
  void keputusanYangMenurunkanPredikatMemulaiPengembanganKompetensi() {
    ProcessInstance skp = hasilDiterima();
    ProcessInstance kb = ajukan(skp);
    // the atasan finds the results below expectations: Di Bawah / Sesuai = Butuh Perbaikan
    tugasSebagai(kb, "putuskan-keberatan", org.nipKepala, putuskan("DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI"));
    jalankan(kb, "Task_TentukanPredikatBaru");
    assertThat(runtime.getVariable(kb.getId(), "predikat")).isEqualTo("BUTUH_PERBAIKAN");
    assertThat(kebutuhanPelatihan.existsByNipAndTahunAndPemicu(org.nipStaf, TAHUN,
        id.go.langsakota.kinerja.pengembangan.PemicuPelatihan.PREDIKAT)).isFalse();
    selesaikanSampaiBaca(kb, skp);
    // final after the appeal: one training need (issue 9), not started twice
    var pelatihan = kebutuhanPelatihan.findByNipOrderByIdDesc(org.nipStaf);
    assertThat(pelatihan).hasSize(1);
    assertThat(pelatihan.get(0).getPemicu()).isEqualTo(id.go.langsakota.kinerja.pengembangan.PemicuPelatihan.PREDIKAT);
    assertThat(pelatihan.get(0).getKesenjangan()).contains("Butuh Perbaikan", "manajemen waktu");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(pelatihan.get(0).businessKey()).count())
        .isEqualTo(1);
  }

  @Test
  void keberatanDitetapkanHasilTidakBerubah() {
    ProcessInstance skp = hasilDiterima();
    ProcessInstance kb = ajukan(skp);
    Keberatan k = keberatanRepository.findByNipAndTahun(org.nipStaf, TAHUN).orElseThrow();
    assertThat(k.getAlasan()).isEqualTo(ALASAN);
    assertThat(k.getDinilaiOleh()).isEqualTo(org.nipPengawas);
    // decided by the atasan pejabat penilai (the kepala), due HARI_KEPUTUSAN_KEBERATAN (14) days after filing
    assertThat(kb).isWaitingAt("putuskan-keberatan").task().isAssignedTo(org.nipKepala);
    Instant batas = k.getDiajukanPada().atZone(Waktu.WIB).toLocalDate().plusDays(14).atTime(23, 59, 59)
        .atZone(Waktu.WIB).toInstant();
    assertThat(tugas(kb, "putuskan-keberatan").getDueDate().toInstant()).isEqualTo(batas);
    assertThat((String) runtime.getVariable(kb.getId(), "ringkasanKeberatan")).contains("Alasan keberatan");

    tugasSebagai(kb, "putuskan-keberatan", org.nipKepala, putuskan("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI"));
    assertThat(kb).hasPassed("EndEvent_KeberatanDiputuskan", "Gateway_RatingDiubah")
        .isWaitingAt("Task_TerapkanKeputusan").hasNotPassed("Task_TentukanPredikatBaru");
    selesaikanSampaiBaca(kb, skp);

    Skp s = skpRepository.findById(skpId).orElseThrow();
    assertThat(s.getPredikatTahunan()).isEqualTo(Predikat.BAIK);
    assertThat(s.isDiubahKeberatan()).isFalse();
    assertThat(s.getStatus()).isEqualTo(StatusSkp.DITERIMA);
    Keberatan akhir = keberatanRepository.findById(k.getId()).orElseThrow();
    assertThat(akhir.hasil()).isEqualTo("TETAP");
    assertThat(akhir.getPredikatAkhir()).isEqualTo(Predikat.BAIK);
    assertThat(akhir.getDiputuskanOleh()).isEqualTo(org.nipKepala);
    assertThat(akhir.getStatus()).isEqualTo(StatusKeberatan.SELESAI);
    assertThat(langkah()).containsExactly(JenisLangkah.DIAJUKAN, JenisLangkah.DITERUSKAN, JenisLangkah.DIPUTUSKAN,
        JenisLangkah.KEPUTUSAN_DIBACA);
    assertThat(pemberitahuan.findByPenerimaOrderById(org.nipStaf)).extracting(p -> p.getPesan())
        .anySatisfy(p -> assertThat(p).contains("penilaian tetap, predikat Baik"));
  }

  @Test
  void keberatanDiubahSetelahPenjelasanDanAtasanBergantiPredikatDihitungUlang() {
    ProcessInstance skp = hasilDiterima();
    ProcessInstance kb = ajukan(skp);
    Map<String, Object> minta = new HashMap<>();
    minta.put("tindakan", "MINTA_PENJELASAN");
    minta.put("mintaPenjelasanAsn", true);
    minta.put("mintaPenjelasanPenilai", true);
    minta.put("pertanyaanPenjelasan", "Jelaskan capaian RHK utama triwulan IV beserta buktinya");
    tugasSebagai(kb, "putuskan-keberatan", org.nipKepala, minta);
    assertThat(kb).isWaitingAt("beri-penjelasan-asn", "beri-penjelasan-penilai");
    assertThat(kb).task("beri-penjelasan-asn").isAssignedTo(org.nipStaf);
    assertThat(kb).task("beri-penjelasan-penilai").isAssignedTo(org.nipPengawas);
    Instant batas = Instant.now().atZone(Waktu.WIB).toLocalDate().plusDays(5).atTime(23, 59, 59)
        .atZone(Waktu.WIB).toInstant();
    assertThat(tugas(kb, "beri-penjelasan-asn").getDueDate().toInstant()).isEqualTo(batas);

    // someone else cannot answer the ASN's request
    assertThatThrownBy(() -> tugasSebagai(kb, "beri-penjelasan-asn", org.nipPengawas,
        Map.of("penjelasanAsn", "Saya menjawab untuk bawahan saya")))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    tugasSebagai(kb, "beri-penjelasan-asn", org.nipStaf, Map.of("penjelasanAsn",
        "Laporan triwulan IV terlampir; target 120 usul tercapai 150 usul."));
    assertThat(kb).isWaitingAt("beri-penjelasan-penilai");

    // the kepala moves on; a new kepala is in the register before the next decision task
    String kepalaBaru = String.format("199001012015011%03d", skpId % 1000);
    LocalDate hariIni = LocalDate.now(Waktu.WIB);
    PenugasanJabatan lama = penugasan.findBerlakuByNip(org.nipKepala, hariIni).get(0);
    Jabatan jabatanKepala = lama.getJabatan();
    lama.setTmtSelesai(hariIni.minusDays(1));
    penugasan.save(lama);
    org.tempatkan(kepalaBaru, jabatanKepala, hariIni);

    tugasSebagai(kb, "beri-penjelasan-penilai", org.nipPengawas, Map.of("penjelasanPenilai",
        "Realisasi triwulan IV belum dilaporkan saat saya menilai."));
    assertThat(kb).hasPassed("Gateway_PenjelasanTerkumpul").isWaitingAt("putuskan-keberatan")
        .task().isAssignedTo(kepalaBaru);
    assertThat((String) runtime.getVariable(kb.getId(), "ringkasanKeberatan"))
        .contains("target 120 usul tercapai 150 usul").contains("belum dilaporkan saat saya menilai");

    tugasSebagai(kb, "putuskan-keberatan", kepalaBaru, putuskan("DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI"));
    assertThat(kb).isWaitingAt("Task_TentukanPredikatBaru");
    jalankan(kb, "Task_TentukanPredikatBaru");
    assertThat(runtime.getVariable(kb.getId(), "predikat")).isEqualTo("SANGAT_BAIK");
    selesaikanSampaiBaca(kb, skp);

    Skp s = skpRepository.findById(skpId).orElseThrow();
    assertThat(s.getPredikatTahunan()).isEqualTo(Predikat.SANGAT_BAIK);
    assertThat(s.getRatingHasilKerjaTahunan()).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
    assertThat(s.isDiubahKeberatan()).isTrue();
    Keberatan k = keberatanRepository.findByNipAndTahun(org.nipStaf, TAHUN).orElseThrow();
    assertThat(k.hasil()).isEqualTo("DIUBAH");
    assertThat(k.getPredikatAwal()).isEqualTo(Predikat.BAIK);
    assertThat(k.getDiputuskanOleh()).isEqualTo(kepalaBaru);
    assertThat(langkah()).containsExactly(JenisLangkah.DIAJUKAN, JenisLangkah.DITERUSKAN,
        JenisLangkah.PENJELASAN_DIMINTA, JenisLangkah.PENJELASAN_DIBERIKAN, JenisLangkah.PENJELASAN_DIBERIKAN,
        JenisLangkah.DIPUTUSKAN, JenisLangkah.SKP_DIPERBARUI, JenisLangkah.KEPUTUSAN_DIBACA);
  }

  @Test
  void keberatanTerlambatDitolakLaluHasilDianggapDiterima() {
    ProcessInstance skp = hasilDiterima();
    Instant batas = tugas(skp, "terima-hasil-penilaian").getDueDate().toInstant();
    ClockUtil.setCurrentTime(Date.from(batas.plus(Duration.ofMinutes(1))));
    assertThatThrownBy(() -> tugasSebagai(skp, "terima-hasil-penilaian", org.nipStaf,
        Map.of("tanggapan", "AJUKAN_KEBERATAN", "alasanKeberatan", ALASAN)))
        .hasRootCauseInstanceOf(IsianTidakValidException.class)
        .rootCause().hasMessageContaining("Batas pengajuan keberatan sudah lewat");
    assertThat(keberatanRepository.existsByNipAndTahun(org.nipStaf, TAHUN)).isFalse();
    assertThat(skp).isWaitingAt("terima-hasil-penilaian");

    // the window timer closes the task as accepted
    Job timer = management.createJobQuery().processInstanceId(skp.getId()).timers().singleResult();
    assertThat(timer.getDuedate().toInstant()).isEqualTo(batas);
    management.executeJob(timer.getId());
    jalankan(skp, "Task_TutupPenerimaanHasil");
    assertThat(skp).isEnded().hasPassed("Event_BatasKeberatan", "EndEvent_HasilDianggapDiterima");
    assertThat(skpRepository.findById(skpId).orElseThrow().getStatus()).isEqualTo(StatusSkp.DITERIMA);
    // and later through the service (the /api path): still refused, nothing filed
    assertThatThrownBy(() -> service.ajukan(skpId, org.nipStaf, ALASAN, null, ClockUtil.getCurrentTime().toInstant()))
        .isInstanceOf(IsianTidakValidException.class).hasMessageContaining("sudah lewat");
    assertThat(keberatanRepository.existsByNipAndTahun(org.nipStaf, TAHUN)).isFalse();
  }

  @Test
  void orangLainTidakDapatMengajukanDanDuaKaliDitolak() {
    ProcessInstance skp = hasilDiterima();
    // the pejabat penilai (or anyone else) cannot file for the ASN: neither through the task ...
    assertThatThrownBy(() -> tugasSebagai(skp, "terima-hasil-penilaian", org.nipPengawas,
        Map.of("tanggapan", "AJUKAN_KEBERATAN", "alasanKeberatan", ALASAN)))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    // ... nor through the service
    assertThatThrownBy(() -> service.ajukan(skpId, org.nipKepala, ALASAN, null, Instant.now()))
        .isInstanceOf(IsianTidakValidException.class).hasMessageContaining("hanya dapat diajukan oleh ASN pemilik");
    assertThat(keberatanRepository.existsByNipAndTahun(org.nipStaf, TAHUN)).isFalse();
    // too short a reason, and evidence that is not the ASN's: refused, nothing filed
    assertThatThrownBy(() -> tugasSebagai(skp, "terima-hasil-penilaian", org.nipStaf,
        Map.of("tanggapan", "AJUKAN_KEBERATAN", "alasanKeberatan", "Tidak setuju", "buktiKeberatan", "999999")))
        .hasRootCauseInstanceOf(IsianTidakValidException.class)
        .satisfies(e -> assertThat(((IsianTidakValidException) akar(e))
            .getKesalahan()).hasSize(2));
    assertThat(keberatanRepository.existsByNipAndTahun(org.nipStaf, TAHUN)).isFalse();

    ajukan(skp);
    assertThatThrownBy(() -> service.ajukan(skpId, org.nipStaf, ALASAN, null, Instant.now()))
        .isInstanceOf(IsianTidakValidException.class).hasMessageContaining("sudah diajukan");
    assertThat(keberatanRepository.findAll()).filteredOn(k -> k.getNip().equals(org.nipStaf)).hasSize(1);
  }

  @Test
  void penjelasanTerlambatKeputusanTetapBerjalan() {
    ProcessInstance skp = hasilDiterima();
    ProcessInstance kb = ajukan(skp);
    Map<String, Object> minta = new HashMap<>();
    minta.put("tindakan", "MINTA_PENJELASAN");
    minta.put("mintaPenjelasanAsn", true);
    minta.put("mintaPenjelasanPenilai", false);
    minta.put("pertanyaanPenjelasan", "Lampirkan laporan capaian triwulan IV");
    tugasSebagai(kb, "putuskan-keberatan", org.nipKepala, minta);
    assertThat(kb).isWaitingAt("beri-penjelasan-asn");
    assertThat(tugas(kb, "beri-penjelasan-penilai")).isNull();

    Job timer = management.createJobQuery().processInstanceId(kb.getId()).activityId("Event_BatasPenjelasanAsn")
        .singleResult();
    assertThat(timer.getDuedate()).isEqualTo(tugas(kb, "beri-penjelasan-asn").getDueDate());
    ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
    management.executeJob(timer.getId());
    jalankan(kb, "Task_CatatPenjelasanAsnTerlambat");
    assertThat(kb).hasPassed("Event_BatasPenjelasanAsn").isWaitingAt("putuskan-keberatan")
        .task().isAssignedTo(org.nipKepala);
    assertThat(tugas(kb, "beri-penjelasan-asn")).isNull();
    assertThat((String) runtime.getVariable(kb.getId(), "ringkasanKeberatan")).contains("tidak diberikan sampai batas");
    Keberatan k = keberatanRepository.findByNipAndTahun(org.nipStaf, TAHUN).orElseThrow();
    assertThat(service.penjelasan(k.getId())).singleElement()
        .satisfies(p -> assertThat(p.getStatus()).isEqualTo(StatusPenjelasan.TERLAMBAT));
    // a late answer has nowhere to go
    assertThatThrownBy(() -> service.beriPenjelasan(k.getId(), PihakPenjelasan.ASN, org.nipStaf,
        "Penjelasan yang terlambat", Instant.now())).isInstanceOf(IsianTidakValidException.class);

    tugasSebagai(kb, "putuskan-keberatan", org.nipKepala, putuskan("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI"));
    selesaikanSampaiBaca(kb, skp);
    assertThat(langkah()).contains(JenisLangkah.PENJELASAN_TERLAMBAT).endsWith(JenisLangkah.DIPUTUSKAN,
        JenisLangkah.KEPUTUSAN_DIBACA);
  }

  @Test
  void keputusanTerlambatDieskalasiKeBkpsdmYangMemutus() {
    String bkpsdm = "bkpsdm-uji-" + skpId;
    identity.saveUser(identity.newUser(bkpsdm));
    if (identity.createGroupQuery().groupId("bkpsdm").count() == 0) {
      org.camunda.bpm.engine.identity.Group g = identity.newGroup("bkpsdm");
      g.setName("BKPSDM");
      identity.saveGroup(g);
    }
    identity.createMembership(bkpsdm, "bkpsdm");
    try {
      ProcessInstance skp = hasilDiterima();
      ProcessInstance kb = ajukan(skp);
      Job timer = management.createJobQuery().processInstanceId(kb.getId()).activityId("Event_BatasKeputusan")
          .singleResult();
      assertThat(timer.getDuedate()).isEqualTo(tugas(kb, "putuskan-keberatan").getDueDate());
      ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
      management.executeJob(timer.getId());
      jalankan(kb, "Task_EskalasiKeberatan");
      assertThat(kb).hasPassed("Event_BatasKeputusan", "EndEvent_Dieskalasi").isWaitingAt("putuskan-keberatan");
      Task t = tugas(kb, "putuskan-keberatan");
      assertThat(t.getAssignee()).isNull();
      assertThat(tasks.getIdentityLinksForTask(t.getId())).extracting(IdentityLink::getGroupId).contains("bkpsdm");
      assertThat(tasks.getIdentityLinksForTask(t.getId())).extracting(IdentityLink::getUserId).contains(org.nipKepala);
      assertThat(pemberitahuan.findByPenerimaOrderById(bkpsdm)).extracting(p -> p.getJenis().name())
          .contains("ESKALASI_KEBERATAN");
      assertThat(pemberitahuan.findByPenerimaOrderById(org.nipKepala)).extracting(p -> p.getJenis().name())
          .contains("ESKALASI_KEBERATAN");

      tasks.claim(t.getId(), bkpsdm);
      tugasSebagai(kb, "putuskan-keberatan", bkpsdm, putuskan("SESUAI_EKSPEKTASI", "DI_ATAS_EKSPEKTASI"));
      // SESUAI / DI_ATAS = BAIK: a changed rating, the same predikat
      jalankan(kb, "Task_TentukanPredikatBaru");
      selesaikanSampaiBaca(kb, skp);
      Keberatan k = keberatanRepository.findByNipAndTahun(org.nipStaf, TAHUN).orElseThrow();
      assertThat(k.getDiputuskanOleh()).isEqualTo(bkpsdm);
      assertThat(k.getDieskalasiPada()).isNotNull();
      assertThat(k.getPredikatAkhir()).isEqualTo(Predikat.BAIK);
      assertThat(skpRepository.findById(skpId).orElseThrow().isDiubahKeberatan()).isTrue();
      assertThat(langkah()).containsSubsequence(JenisLangkah.DIESKALASI, JenisLangkah.DIPUTUSKAN);
    } finally {
      identity.deleteMembership(bkpsdm, "bkpsdm");
      identity.deleteUser(bkpsdm);
    }
  }

  @Test
  void pejabatPenilaiTidakMemutusKeberatanAtasPenilaiannyaSendiri() {
    // The kepala rated as Plt of the pengawas position; today the register names the kepala as
    // the atasan pejabat penilai: the appeal goes one level up, here the PPK.
    skpRepository.deleteById(skpId);
    skpId = skpDinilai(org.nipKepala).getId();
    ProcessInstance skp = hasilDiterima();
    ProcessInstance kb = ajukan(skp);
    assertThat(kb).isWaitingAt("putuskan-keberatan").task().isAssignedTo("walikota");
    Keberatan k = keberatanRepository.findByNipAndTahun(org.nipStaf, TAHUN).orElseThrow();
    // reassigned to the rater by an administrator, the decision is still refused
    tasks.setAssignee(tugas(kb, "putuskan-keberatan").getId(), org.nipKepala);
    assertThatThrownBy(() -> tugasSebagai(kb, "putuskan-keberatan", org.nipKepala,
        putuskan("DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI")))
        .hasRootCauseInstanceOf(IsianTidakValidException.class)
        .rootCause().hasMessageContaining("tidak dapat memutus keberatan atas penilaiannya sendiri");
    assertThat(keberatanRepository.findById(k.getId()).orElseThrow().getDiputuskanPada()).isNull();
    assertThat(kb).isWaitingAt("putuskan-keberatan");
  }
}
