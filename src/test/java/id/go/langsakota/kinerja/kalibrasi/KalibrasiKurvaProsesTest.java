package id.go.langsakota.kinerja.kalibrasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.pemberitahuan.Pemberitahuan;
import id.go.langsakota.kinerja.pemberitahuan.PemberitahuanRepository;
import id.go.langsakota.kinerja.proses.BacaIsian;
import id.go.langsakota.kinerja.skp.JenisPeriode;
import id.go.langsakota.kinerja.skp.OrganisasiUji;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.skp.StatusSkp;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
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
 * kalibrasi-kurva with the real skp-pegawai waiting at "Distribusi OPD final": fits at once;
 * outside the pattern then fits after one and after two calibration tasks; BKPSDM starts with a
 * rating missing (and the later round starts by itself); deadline reminder and escalation.
 */
@SpringBootTest
@ActiveProfiles("test")
class KalibrasiKurvaProsesTest {

  static final int TAHUN = 2025;

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ApplicationContext ctx;
  @Autowired SkpRepository skpRepository;
  @Autowired PredikatOrganisasiService predikatOrganisasi;
  @Autowired KalibrasiKurvaRepository rondeRepository;
  @Autowired PerubahanRatingKalibrasiRepository perubahanRepository;
  @Autowired AnggotaKalibrasiRepository anggotaRepository;
  @Autowired PemberitahuanRepository pemberitahuan;
  @Autowired id.go.langsakota.kinerja.pengembangan.KebutuhanPelatihanRepository kebutuhanPelatihan;

  OrganisasiUji org;
  /** The counted ASN (not the head): pengawas, staf and three more staff. */
  List<String> dihitung;
  Map<String, ProcessInstance> skpProses = new LinkedHashMap<>();

  @BeforeEach
  void siapkan() {
    BpmnAwareTests.init(engine);
    org = new OrganisasiUji(ctx);
    dihitung = new ArrayList<>(List.of(org.nipPengawas, org.nipStaf));
    dihitung.addAll(org.tambahStaf(3, String.format("19910101201%03d",
        Integer.parseInt(org.kodeOpd.substring(3)) % 1000)));
  }

  @AfterEach
  void bersihkan() {
    engine.getIdentityService().clearAuthentication();
  }

  static Rating[] rating(Predikat p) {
    return switch (p) {
      case SANGAT_BAIK -> new Rating[] {Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI};
      case BAIK -> new Rating[] {Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI};
      case BUTUH_PERBAIKAN -> new Rating[] {Rating.DI_BAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI};
      case KURANG -> new Rating[] {Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI};
      case SANGAT_KURANG -> new Rating[] {Rating.DI_BAWAH_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI};
    };
  }

  /** An SKP rated by its supervisor, and its skp-pegawai right after "Simpan predikat tahunan". */
  ProcessInstance dinilai(String nip, Predikat predikat) {
    Skp s = skpRepository.findByNipAndTahun(nip, TAHUN).orElseGet(() ->
        new Skp(nip, TAHUN, LocalDate.of(TAHUN, 1, 1), LocalDate.of(TAHUN, 12, 31), JenisPeriode.BULANAN));
    s.setStatus(StatusSkp.DINILAI);
    s.setRatingHasilKerjaTahunan(rating(predikat)[0]);
    s.setRatingPerilakuTahunan(rating(predikat)[1]);
    s.setSaranRatingHasilKerja(rating(predikat)[0]);
    s.setSaranRatingPerilaku(rating(predikat)[1]);
    s.setPredikatTahunan(predikat);
    s = skpRepository.save(s);
    ProcessInstance pi = runtime.createProcessInstanceByKey("skp-pegawai").businessKey("SKP-" + TAHUN + "-" + nip)
        .startBeforeActivity("Task_PeriksaKelengkapanOpd").setVariable("skpId", s.getId()).execute();
    skpProses.put(nip, pi);
    return pi;
  }

  /** An SKP that exists but is not rated yet. */
  void belumDinilai(String nip) {
    Skp s = new Skp(nip, TAHUN, LocalDate.of(TAHUN, 1, 1), LocalDate.of(TAHUN, 12, 31), JenisPeriode.BULANAN);
    s.setStatus(StatusSkp.DISETUJUI);
    skpRepository.save(s);
  }

  void jalankan(ProcessInstance pi, String aktivitas) {
    List<Job> job = management.createJobQuery().processInstanceId(pi.getId()).activityId(aktivitas).list();
    assertThat(job).as("job di " + aktivitas).isNotEmpty();
    job.forEach(j -> management.executeJob(j.getId()));
  }

  void tetapkanOrganisasi(String predikat) {
    predikatOrganisasi.tetapkan(TAHUN, org.kodeOpd, predikat, "Keputusan Wali Kota (uji)", "bkpsdm-uji");
  }

  /** Rates the head and the counted ASN and runs each SKP's completeness check. */
  void nilaiSemua(Predikat... perOrang) {
    dinilai(org.nipKepala, Predikat.SANGAT_BAIK);
    for (int i = 0; i < dihitung.size(); i++) {
      dinilai(dihitung.get(i), perOrang[i]);
    }
    skpProses.values().forEach(pi -> jalankan(pi, "Task_PeriksaKelengkapanOpd"));
  }

  ProcessInstance kalibrasi(int ronde) {
    ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey("kalibrasi-kurva")
        .processInstanceBusinessKey(KalibrasiKurvaProses.businessKey(TAHUN, org.kodeOpd, ronde)).singleResult();
    assertThat(pi).as("kalibrasi-kurva ronde " + ronde).isNotNull();
    return pi;
  }

  /** Final: the round's jobs to the end, each SKP at terima-hasil-penilaian. */
  void sampaiFinal(ProcessInstance kk) {
    assertThat(kk).isWaitingAt("Task_TetapkanPredikatFinal");
    jalankan(kk, "Task_TetapkanPredikatFinal");
    assertThat(kk).isWaitingAt("Task_TeruskanSkp");
    jalankan(kk, "Task_TeruskanSkp");
    assertThat(kk).isWaitingAt("Task_MulaiRondeBerikutnya");
    jalankan(kk, "Task_MulaiRondeBerikutnya");
    assertThat(kk).isEnded().hasPassed("Task_TeruskanSkp", "EndEvent_PredikatFinal");
  }

  Map<String, Object> ubah(String nip, Predikat baru, String alasan) {
    Map<String, Object> m = new HashMap<>();
    m.put("nip", nip);
    m.put("ratingHasilKerja", rating(baru)[0].name());
    m.put("ratingPerilaku", rating(baru)[1].name());
    m.put("alasan", alasan);
    return m;
  }

  void kirim(ProcessInstance kk, String oleh, List<Map<String, Object>> perubahan) {
    engine.getIdentityService().setAuthenticatedUserId(oleh);
    try {
      tasks.complete(task(KalibrasiKurvaProses.TUGAS_SESUAIKAN, kk).getId(),
          Map.of("perubahan", BacaIsian.json(perubahan)));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  Skp skp(String nip) {
    return skpRepository.findByNipAndTahun(nip, TAHUN).orElseThrow();
  }

  List<String> komentar(String taskId) {
    return engine.getTaskService().getTaskComments(taskId).stream().map(Comment::getFullMessage).toList();
  }

  @Test
  void sesuaiPolaSekaligusFinalDanSetiapSkpLanjut() {
    tetapkanOrganisasi("ISTIMEWA");
    nilaiSemua(Predikat.SANGAT_BAIK, Predikat.SANGAT_BAIK, Predikat.SANGAT_BAIK, Predikat.BAIK, Predikat.BAIK);
    // every SKP waits: none receives its result before the OPD's distribution is final
    skpProses.values().forEach(pi -> assertThat(pi).isWaitingAt("Event_DistribusiOpdFinal"));
    assertThat(tasks.createTaskQuery().taskDefinitionKey("terima-hasil-penilaian")
        .processInstanceBusinessKeyLike("SKP-" + TAHUN + "-%").list())
        .noneMatch(t -> skpProses.values().stream().anyMatch(p -> p.getId().equals(t.getProcessInstanceId())));

    ProcessInstance kk = kalibrasi(1);
    KalibrasiKurva ronde = rondeRepository.findByTahunAndKodeOpdAndRonde(TAHUN, org.kodeOpd, 1).orElseThrow();
    assertThat(ronde.getCaraMulai()).isEqualTo(KalibrasiKurva.CaraMulai.OTOMATIS);
    assertThat(anggotaRepository.findByKalibrasiIdOrderByNip(ronde.getId())).hasSize(6);
    assertThat(kk).isWaitingAt("Task_PeriksaKurva");
    jalankan(kk, "Task_PeriksaKurva");
    // 3 Sangat Baik of 5 = 60 %, at most 70 % (3 people): fits
    assertThat(kk).hasPassed("Gateway_SebaranSesuai").hasNotPassed("sesuaikan-rating-kurva");
    sampaiFinal(kk);

    for (Map.Entry<String, ProcessInstance> e : skpProses.entrySet()) {
      assertThat(e.getValue()).hasPassed("Event_DistribusiOpdFinal").isWaitingAt("terima-hasil-penilaian")
          .task().isAssignedTo(e.getKey());
      assertThat(skp(e.getKey()).getTanggalPredikatFinal()).isNotNull();
    }
    assertThat(rondeRepository.findById(ronde.getId()).orElseThrow().getStatus()).isEqualTo(KalibrasiKurva.Status.FINAL);
    assertThat(perubahanRepository.findByKalibrasiIdOrderById(ronde.getId())).isEmpty();
    assertThat(pemberitahuan.findByPenerimaOrderById(org.nipStaf)).extracting(Pemberitahuan::getPesan)
        .contains("Predikat kinerja tahunan " + TAHUN + " Anda telah final setelah pemeriksaan kurva distribusi OPD: Sangat Baik.");
  }

  @Test
  void diLuarPolaLaluSesuaiSetelahSatuKalibrasi() {
    tetapkanOrganisasi("ISTIMEWA");
    nilaiSemua(Predikat.SANGAT_BAIK, Predikat.SANGAT_BAIK, Predikat.SANGAT_BAIK, Predikat.SANGAT_BAIK,
        Predikat.SANGAT_BAIK);
    ProcessInstance kk = kalibrasi(1);
    jalankan(kk, "Task_PeriksaKurva");
    assertThat(kk).isWaitingAt(KalibrasiKurvaProses.TUGAS_SESUAIKAN).task().isAssignedTo(org.nipKepala);
    Task t = task(KalibrasiKurvaProses.TUGAS_SESUAIKAN, kk);
    assertThat(tasks.getIdentityLinksForTask(t.getId())).anyMatch(l -> "bkpsdm".equals(l.getGroupId())
        && "candidate".equals(l.getType()));
    LocalDate batas = Waktu.hariIni().plusDays(14);
    assertThat(t.getDueDate().toInstant()).isEqualTo(OffsetDateTime.parse(Waktu.akhirHari(batas)).toInstant());
    String ringkasan = (String) runtime.getVariable(kk.getId(), "ringkasanKurva");
    assertThat(ringkasan)
        .contains("**Predikat kinerja organisasi:** Istimewa")
        .contains("| Sangat Baik | 5 | 100 % |", "| Baik | 0 | 0 % |")
        .contains("✘ Sangat Baik 5 dari 5 (100 %), paling banyak 70 % (3 orang): kelebihan 2 orang")
        .contains("Kurangi 2 ASN dari kelompok ini: Sangat Baik paling banyak 70 %")
        .contains("Kepala OPD (dinilai Sekretaris Daerah / Wali Kota; tidak dihitung dan tidak diubah di sini)")
        .contains("(" + org.nipStaf + "): hasil kerja Di Atas Ekspektasi, perilaku kerja Di Atas Ekspektasi → "
            + "**Sangat Baik**");
    assertThat(runtime.getVariable(kk.getId(), "opsiPegawai").toString()).contains(org.nipStaf)
        .doesNotContain(org.nipKepala);

    kirim(kk, org.nipKepala, List.of(ubah(dihitung.get(3), Predikat.BAIK, "Dua indikator utama hanya sesuai target"),
        ubah(dihitung.get(4), Predikat.BAIK, "Perilaku kerja sesuai, tidak melampaui")));
    assertThat(komentar(t.getId())).singleElement().asString().startsWith("Rating diubah dalam kalibrasi: ")
        .contains("predikat Sangat Baik → Baik. Alasan: Dua indikator utama hanya sesuai target");
    KalibrasiKurva ronde = rondeRepository.findByTahunAndKodeOpdAndRonde(TAHUN, org.kodeOpd, 1).orElseThrow();
    List<PerubahanRatingKalibrasi> ubahan = perubahanRepository.findByKalibrasiIdOrderById(ronde.getId());
    assertThat(ubahan).hasSize(2);
    PerubahanRatingKalibrasi p = ubahan.get(0);
    assertThat(p.getNip()).isEqualTo(dihitung.get(3));
    assertThat(p.getDiubahOleh()).isEqualTo(org.nipKepala);
    assertThat(p.getDiubahPada()).isNotNull();
    assertThat(p.getPutaran()).isEqualTo(1);
    assertThat(p.getRatingHasilLama()).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
    assertThat(p.getRatingHasilBaru()).isEqualTo(Rating.SESUAI_EKSPEKTASI);
    assertThat(p.getRatingPerilakuLama()).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
    assertThat(p.getRatingPerilakuBaru()).isEqualTo(Rating.SESUAI_EKSPEKTASI);
    assertThat(p.getPredikatLama()).isEqualTo(Predikat.SANGAT_BAIK);
    assertThat(p.getPredikatBaru()).isEqualTo(Predikat.BAIK);
    assertThat(skp(dihitung.get(3)).getPredikatTahunan()).isEqualTo(Predikat.BAIK);
    // nothing is final while the check has not run again
    assertThat(skp(dihitung.get(3)).getTanggalPredikatFinal()).isNull();

    assertThat(kk).isWaitingAt("Task_PeriksaKurva");
    jalankan(kk, "Task_PeriksaKurva");
    sampaiFinal(kk);
    assertThat(skpProses.get(dihitung.get(3))).isWaitingAt("terima-hasil-penilaian");
    assertThat(anggotaRepository.findByKalibrasiIdOrderByNip(ronde.getId()))
        .filteredOn(a -> a.getNip().equals(dihitung.get(3))).singleElement()
        .satisfies(a -> {
          assertThat(a.getPredikatAwal()).isEqualTo(Predikat.SANGAT_BAIK);
          assertThat(a.getPredikatFinal()).isEqualTo(Predikat.BAIK);
        });
    assertThat(pemberitahuan.findByPenerimaOrderById(dihitung.get(3))).extracting(Pemberitahuan::getPesan)
        .anyMatch(m -> m.contains("telah final") && m.contains("diubah dalam kalibrasi dari Sangat Baik"));
  }

  @Test
  void diLuarPolaDuaPutaranKalibrasi() {
    // Baik: at most 70 % Baik (3 of 5) and at least one Butuh Perbaikan / Kurang
    tetapkanOrganisasi("BAIK");
    nilaiSemua(Predikat.BAIK, Predikat.BAIK, Predikat.BAIK, Predikat.BAIK, Predikat.BAIK);
    ProcessInstance kk = kalibrasi(1);
    jalankan(kk, "Task_PeriksaKurva");
    assertThat((String) runtime.getVariable(kk.getId(), "ringkasanKurva"))
        .contains("Baik 5 dari 5 (100 %), paling banyak 70 % (3 orang): kelebihan 2 orang")
        .contains("Butuh Perbaikan dan/atau Kurang/Misconduct 0 dari 5 (0 %), paling sedikit 1 orang: kurang 1 orang");
    // first task: one change — Baik is now 4, still one too many
    kirim(kk, org.nipKepala, List.of(ubah(dihitung.get(0), Predikat.BUTUH_PERBAIKAN, "Target utama tidak tercapai")));
    jalankan(kk, "Task_PeriksaKurva");
    assertThat(kk).isWaitingAt(KalibrasiKurvaProses.TUGAS_SESUAIKAN);
    assertThat((String) runtime.getVariable(kk.getId(), "ringkasanKurva"))
        .contains("**Putaran kalibrasi:** 2")
        .contains("Baik 4 dari 5 (80 %), paling banyak 70 % (3 orang): kelebihan 1 orang")
        .contains("Butuh Perbaikan (semula Baik)");
    // second task, by BKPSDM after the head released nothing: the head completes again
    kirim(kk, org.nipKepala, List.of(ubah(dihitung.get(1), Predikat.SANGAT_BAIK, "Melampaui semua target utama")));
    jalankan(kk, "Task_PeriksaKurva");
    sampaiFinal(kk);
    KalibrasiKurva ronde = rondeRepository.findByTahunAndKodeOpdAndRonde(TAHUN, org.kodeOpd, 1).orElseThrow();
    assertThat(ronde.getPutaran()).isEqualTo(2);
    assertThat(perubahanRepository.findByKalibrasiIdOrderById(ronde.getId()))
        .extracting(PerubahanRatingKalibrasi::getPutaran, PerubahanRatingKalibrasi::getPredikatBaru)
        .containsExactly(Tuple.tuple(1, Predikat.BUTUH_PERBAIKAN),
            Tuple.tuple(2, Predikat.SANGAT_BAIK));
    skpProses.values().forEach(pi -> assertThat(pi).isWaitingAt("terima-hasil-penilaian"));
    // Follow-ups wait until the result is final for them (accepted, window closed or appeal decided):
    // an appeal could still raise the Butuh Perbaikan.
    assertThat(kebutuhanPelatihan.findByTahunAndPemicu(TAHUN, id.go.langsakota.kinerja.pengembangan.PemicuPelatihan.PREDIKAT))
        .extracting(id.go.langsakota.kinerja.pengembangan.KebutuhanPelatihan::getNip).doesNotContain(dihitung.get(0));
    for (String nip : List.of(dihitung.get(0), dihitung.get(1))) {
      org.camunda.bpm.engine.task.Task t = tasks.createTaskQuery().processInstanceId(skpProses.get(nip).getId())
          .taskDefinitionKey("terima-hasil-penilaian").singleResult();
      engine.getIdentityService().setAuthenticatedUserId(nip);
      try {
        tasks.complete(t.getId(), Map.of("tanggapan", "TERIMA"));
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
    }
    // the accepted final Butuh Perbaikan started pengembangan-kompetensi for that ASN only (issue 9)
    var pelatihan = kebutuhanPelatihan.findByTahunAndPemicu(TAHUN,
        id.go.langsakota.kinerja.pengembangan.PemicuPelatihan.PREDIKAT);
    assertThat(pelatihan).extracting(id.go.langsakota.kinerja.pengembangan.KebutuhanPelatihan::getNip)
        .contains(dihitung.get(0)).doesNotContain(dihitung.get(1), dihitung.get(2));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("pengembangan-kompetensi")
        .processInstanceBusinessKey(pelatihan.stream().filter(k -> k.getNip().equals(dihitung.get(0)))
            .findFirst().orElseThrow().businessKey()).count()).isEqualTo(1);
  }

  @Test
  void bkpsdmMemulaiDenganPenilaianBelumLengkapLaluRondeBerikutnyaMulaiSendiri() {
    tetapkanOrganisasi("ISTIMEWA");
    String belum = dihitung.remove(4);
    belumDinilai(belum);
    dinilai(org.nipKepala, Predikat.BAIK);
    dihitung.forEach(n -> dinilai(n, Predikat.BAIK));
    skpProses.values().forEach(pi -> jalankan(pi, "Task_PeriksaKelengkapanOpd"));
    // one SKP is not rated: nothing starts by itself
    assertThat(rondeRepository.findByTahunAndKodeOpdOrderByRonde(TAHUN, org.kodeOpd)).isEmpty();

    engine.getIdentityService().setAuthentication("bkpsdm-uji", List.of("bkpsdm"));
    ProcessInstance kk;
    try {
      kk = runtime.startProcessInstanceByKey("kalibrasi-kurva", Map.of("tahun", TAHUN, "kodeOpd", org.kodeOpd));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(kk.getBusinessKey()).isEqualTo("KK-" + TAHUN + "-" + org.kodeOpd + "-1");
    KalibrasiKurva ronde = rondeRepository.findByTahunAndKodeOpdAndRonde(TAHUN, org.kodeOpd, 1).orElseThrow();
    assertThat(ronde.getCaraMulai()).isEqualTo(KalibrasiKurva.CaraMulai.BKPSDM);
    assertThat(ronde.getDimulaiOleh()).isEqualTo("bkpsdm-uji");
    assertThat(ronde.getProcessInstanceId()).isEqualTo(kk.getId());
    assertThat(ronde.getBelumDinilai()).isEqualTo(belum);
    assertThat(ronde.getJumlahBelumDinilai()).isEqualTo(1);
    // a second start while the round runs is refused
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("kalibrasi-kurva",
        Map.of("tahun", TAHUN, "kodeOpd", org.kodeOpd))).isInstanceOf(IsianTidakValidException.class)
        .hasMessageContaining("ronde 1 masih berjalan");
    jalankan(kk, "Task_PeriksaKurva");
    sampaiFinal(kk);
    assertThat(kk).variables().containsEntry("rondeBerikutnyaDimulai", false);

    // the missing SKP is rated later: its own check starts round 2 with only that SKP
    ProcessInstance terlambat = dinilai(belum, Predikat.SANGAT_BAIK);
    jalankan(terlambat, "Task_PeriksaKelengkapanOpd");
    ProcessInstance kk2 = kalibrasi(2);
    KalibrasiKurva ronde2 = rondeRepository.findByTahunAndKodeOpdAndRonde(TAHUN, org.kodeOpd, 2).orElseThrow();
    assertThat(anggotaRepository.findByKalibrasiIdOrderByNip(ronde2.getId())).extracting(AnggotaKalibrasi::getNip)
        .containsExactly(belum);
    jalankan(kk2, "Task_PeriksaKurva");
    // judged with the final ones: 1 Sangat Baik of 5
    sampaiFinal(kk2);
    assertThat(terlambat).isWaitingAt("terima-hasil-penilaian");
  }

  @Test
  void bkpsdmMemulaiUntukOpdTanpaPenilaianDitolak() {
    engine.getIdentityService().setAuthentication("bkpsdm-uji", List.of("bkpsdm"));
    try {
      assertThatThrownBy(() -> runtime.startProcessInstanceByKey("kalibrasi-kurva",
          Map.of("tahun", TAHUN, "kodeOpd", org.kodeOpd))).isInstanceOf(IsianTidakValidException.class)
          .hasMessageContaining("Belum ada predikat tahunan OPD " + org.kodeOpd);
      assertThatThrownBy(() -> runtime.startProcessInstanceByKey("kalibrasi-kurva",
          Map.of("tahun", 1990, "kodeOpd", "TIDAK-ADA"))).isInstanceOf(IsianTidakValidException.class)
          .hasMessageContaining("Tahun harus antara 2000 dan 2100")
          .hasMessageContaining("OPD dengan kode 'TIDAK-ADA' tidak ditemukan");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(rondeRepository.findByTahunAndKodeOpdOrderByRonde(TAHUN, org.kodeOpd)).isEmpty();
  }

  @Test
  void predikatOrganisasiBelumDitetapkanMenungguLaluDiperiksaLagi() {
    nilaiSemua(Predikat.BAIK, Predikat.BAIK, Predikat.BAIK, Predikat.SANGAT_BAIK, Predikat.BAIK);
    ProcessInstance kk = kalibrasi(1);
    jalankan(kk, "Task_PeriksaKurva");
    assertThat(kk).isWaitingAt("Event_TungguPredikatOrganisasi");
    tetapkanOrganisasi("ISTIMEWA");
    jalankan(kk, "Event_TungguPredikatOrganisasi");
    jalankan(kk, "Task_PeriksaKurva");
    sampaiFinal(kk);
  }

  @Test
  void pengingatSebelumBatasLaluEskalasiKeBkpsdm() {
    tetapkanOrganisasi("ISTIMEWA");
    nilaiSemua(Predikat.SANGAT_BAIK, Predikat.SANGAT_BAIK, Predikat.SANGAT_BAIK, Predikat.SANGAT_BAIK,
        Predikat.BAIK);
    ProcessInstance kk = kalibrasi(1);
    jalankan(kk, "Task_PeriksaKurva");
    assertThat(kk).isWaitingAt(KalibrasiKurvaProses.TUGAS_SESUAIKAN);
    LocalDate batas = Waktu.hariIni().plusDays(14);
    Job pengingat = management.createJobQuery().processInstanceId(kk.getId()).activityId("Event_PengingatKalibrasi")
        .singleResult();
    Job lewat = management.createJobQuery().processInstanceId(kk.getId()).activityId("Event_BatasKalibrasi")
        .singleResult();
    // reminder HARI_PENGINGAT (2) days before, at 08:00 WIB; escalation at the deadline's last second
    assertThat(pengingat.getDuedate().toInstant())
        .isEqualTo(OffsetDateTime.parse(Waktu.iso(batas.minusDays(2), LocalTime.of(8, 0))).toInstant());
    assertThat(lewat.getDuedate().toInstant()).isEqualTo(OffsetDateTime.parse(Waktu.akhirHari(batas)).toInstant());

    management.executeJob(pengingat.getId());
    jalankan(kk, "Task_KirimPengingatKalibrasi");
    assertThat(kk).hasPassed("Event_PengingatTerkirim").isWaitingAt(KalibrasiKurvaProses.TUGAS_SESUAIKAN);
    assertThat(pemberitahuan.findByPenerimaOrderById(org.nipKepala))
        .filteredOn(p -> p.getJenis() == Pemberitahuan.Jenis.PENGINGAT_KALIBRASI).singleElement()
        .extracting(Pemberitahuan::getPesan).asString().contains("menunggu Anda. Batas kalibrasi: " + batas);

    management.executeJob(lewat.getId());
    jalankan(kk, "Task_EskalasiKalibrasi");
    assertThat(kk).hasPassed("Event_EskalasiTerkirim");
    // the task is released to its candidates: BKPSDM claims and calibrates
    Task t = task(KalibrasiKurvaProses.TUGAS_SESUAIKAN, kk);
    assertThat(t.getAssignee()).isNull();
    assertThat(kk).task().hasCandidateGroup("bkpsdm");
    assertThat(pemberitahuan.findByPenerimaOrderById(org.nipKepala))
        .filteredOn(p -> p.getJenis() == Pemberitahuan.Jenis.ESKALASI_KALIBRASI).singleElement()
        .extracting(Pemberitahuan::getPesan).asString().contains("terlewati");
    tasks.claim(t.getId(), "bkpsdm-uji");
    kirim(kk, "bkpsdm-uji", List.of(ubah(dihitung.get(0), Predikat.BAIK, "Kalibrasi BKPSDM setelah eskalasi")));
    assertThat(perubahanRepository.findAll()).filteredOn(p -> p.getNip().equals(dihitung.get(0)))
        .singleElement().extracting(PerubahanRatingKalibrasi::getDiubahOleh).isEqualTo("bkpsdm-uji");
    jalankan(kk, "Task_PeriksaKurva");
    sampaiFinal(kk);
  }

  @Test
  void opdKecilPolaTidakDiberlakukanLangsungFinal() {
    // head + 2 counted, both Sangat Baik, Istimewa: n = 2 < KURVA_JUMLAH_MINIMAL (5); enforced it
    // would allow floor(1,4) = 1 Sangat Baik
    tetapkanOrganisasi("ISTIMEWA");
    dinilai(org.nipKepala, Predikat.SANGAT_BAIK);
    dinilai(org.nipPengawas, Predikat.SANGAT_BAIK);
    dinilai(org.nipStaf, Predikat.SANGAT_BAIK);
    skpProses.values().forEach(pi -> jalankan(pi, "Task_PeriksaKelengkapanOpd"));
    ProcessInstance kk = kalibrasi(1);
    jalankan(kk, "Task_PeriksaKurva");
    assertThat(kk).variables().containsEntry("hasilKurva", "SESUAI");
    sampaiFinal(kk);
    skpProses.values().forEach(pi -> assertThat(pi).isWaitingAt("terima-hasil-penilaian"));
    assertThat(skp(org.nipStaf).getPredikatTahunan()).isEqualTo(Predikat.SANGAT_BAIK);
  }
}
