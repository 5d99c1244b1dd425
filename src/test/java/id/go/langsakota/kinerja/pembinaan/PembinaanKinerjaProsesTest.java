package id.go.langsakota.kinerja.pembinaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.pemberitahuan.PemberitahuanRepository;
import id.go.langsakota.kinerja.pengembangan.KebutuhanPelatihan;
import id.go.langsakota.kinerja.pengembangan.PemicuPelatihan;
import id.go.langsakota.kinerja.skp.JenisPeriode;
import id.go.langsakota.kinerja.skp.OrganisasiUji;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.skp.StatusSkp;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
 * pembinaan-kinerja walked through every path: plan returned then agreed, six monthly check-ins
 * from timer jobs, improved (closed) and not improved (recommendation, BKPSDM records the PPK's
 * decision), a JPT (uji kompetensi first), reminder and escalation, the start refused for Baik and
 * twice, and the owner rules.
 */
@SpringBootTest
@ActiveProfiles("test")
class PembinaanKinerjaProsesTest {

  static final int TAHUN = 2025;

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired ApplicationContext ctx;
  @Autowired SkpRepository skpRepository;
  @Autowired PembinaanKinerjaService service;
  @Autowired id.go.langsakota.kinerja.skp.SkpService skpService;
  @Autowired org.springframework.transaction.support.TransactionTemplate tx;
  @Autowired PembinaanRepository repository;
  @Autowired PemberitahuanRepository pemberitahuan;
  @Autowired id.go.langsakota.kinerja.kompetensi.KatalogPelatihanRepository katalog;
  @Autowired id.go.langsakota.kinerja.pengembangan.KebutuhanPelatihanService kebutuhanService;

  OrganisasiUji org;
  String bkpsdm;

  @BeforeEach
  void siapkan() {
    BpmnAwareTests.init(engine);
    org = new OrganisasiUji(ctx);
    bkpsdm = "bkpsdm-pb-" + org.kodeOpd;
    identity.saveUser(identity.newUser(bkpsdm));
    if (identity.createGroupQuery().groupId("bkpsdm").count() == 0) {
      org.camunda.bpm.engine.identity.Group g = identity.newGroup("bkpsdm");
      g.setName("BKPSDM");
      identity.saveGroup(g);
    }
    identity.createMembership(bkpsdm, "bkpsdm");
  }

  @AfterEach
  void bersihkan() {
    ClockUtil.reset();
    identity.clearAuthentication();
    identity.deleteMembership(bkpsdm, "bkpsdm");
    identity.deleteUser(bkpsdm);
  }

  /** A final annual result of {@code nip} with the given predikat. */
  Skp skpFinal(String nip, Predikat predikat, boolean fin) {
    Skp skp = new Skp(nip, TAHUN, LocalDate.of(TAHUN, 1, 1), LocalDate.of(TAHUN, 12, 31), JenisPeriode.BULANAN);
    skp.setStatus(StatusSkp.DITERIMA);
    skp.setRatingHasilKerjaTahunan(Rating.DI_BAWAH_EKSPEKTASI);
    skp.setRatingPerilakuTahunan(Rating.SESUAI_EKSPEKTASI);
    skp.setPredikatTahunan(predikat);
    skp.setDinilaiOleh(org.nipPengawas);
    skp.setAlasanRatingTahunan("Target tidak tercapai");
    if (fin) {
      skp.setTanggalPredikatFinal(Instant.now());
    }
    return skpRepository.save(skp);
  }

  ProcessInstance mulai(String nip, Predikat predikat) {
    Skp skp = skpFinal(nip, predikat, true);
    Pembinaan p = service.mulaiBilaPerlu(skp.getId()).orElseThrow();
    ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceId(p.getProcessInstanceId()).singleResult();
    assertThat(pi.getBusinessKey()).isEqualTo("PB-" + TAHUN + "-" + nip);
    return pi;
  }

  Task tugas(ProcessInstance pi, String kunci) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(kunci).singleResult();
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

  void jalankan(ProcessInstance pi, String aktivitas) {
    Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(aktivitas).singleResult();
    assertThat(job).as("job di " + aktivitas).isNotNull();
    management.executeJob(job.getId());
  }

  static Map<String, Object> rencana(String tambahan) {
    Map<String, Object> v = new HashMap<>();
    v.put("tujuanPembinaan", "Menyelesaikan laporan bulanan tepat waktu dan tanpa revisi" + tambahan);
    v.put("dukunganPembinaan", "Coaching mingguan oleh kepala seksi dan Pelatihan Manajemen Waktu");
    v.put("jadwalPertemuan", "Setiap Senin pertama bulan berjalan, pukul 09.00 WIB");
    return v;
  }

  static Map<String, Object> evaluasi(String hasil, String perilaku) {
    return Map.of("ratingHasilKerja", hasil, "ratingPerilaku", perilaku,
        "catatanEvaluasi", "Capaian terhadap tujuan rencana pembinaan selama enam bulan");
  }

  /** susun → setujui → start of the period; returns the pembinaan. */
  Pembinaan rencanaDisetujui(ProcessInstance pi, String penilai, String nip) {
    tugasSebagai(pi, "susun-rencana-pembinaan", penilai, rencana(""));
    tugasSebagai(pi, "setujui-rencana-pembinaan", nip, Map.of("setujuRencana", true));
    jalankan(pi, "Task_MulaiMasaPembinaan");
    return repository.findByNipAndTahun(nip, TAHUN).orElseThrow();
  }

  /** Each month: the timer fires (clock moved to it), the penilai records the check-in. */
  void pertemuanBulanan(ProcessInstance pi, String penilai, Pembinaan p) {
    for (int bulan = 1; bulan <= p.getBulanPembinaan(); bulan++) {
      assertThat(pi).isWaitingAt("Event_BulanPembinaanBerlalu");
      Job timer = management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_BulanPembinaanBerlalu")
          .singleResult();
      LocalDate jatuh = p.getTanggalMulaiMasa().plusMonths(bulan);
      assertThat(timer.getDuedate().toInstant()).isEqualTo(jatuh.atTime(LocalTime.of(8, 0)).atZone(Waktu.WIB).toInstant());
      ClockUtil.setCurrentTime(timer.getDuedate());
      management.executeJob(timer.getId());
      Task t = tugas(pi, "catat-pertemuan-pembinaan");
      assertThat(t.getAssignee()).isEqualTo(penilai);
      assertThat(t.getName()).startsWith("Catat pertemuan pembinaan bulan ke-" + bulan + " — ");
      tugasSebagai(pi, "catat-pertemuan-pembinaan", penilai, Map.of("tanggalPertemuan", jatuh.toString(),
          "catatanPertemuan", "Kemajuan bulan ke-" + bulan + ": laporan selesai tepat waktu",
          "tanggapanAsn", "Saya memerlukan contoh format laporan"));
    }
  }

  static Throwable akar(Throwable e) {
    while (e.getCause() != null && e.getCause() != e) {
      e = e.getCause();
    }
    return e;
  }

  // --------------------------------------------------------------------------------------------

  @Test
  void rencanaDikembalikanLaluDisetujuiPertemuanBulananDanKinerjaMembaik() {
    ProcessInstance pi = mulai(org.nipStaf, Predikat.BUTUH_PERBAIKAN);
    Pembinaan awal = repository.findByNipAndTahun(org.nipStaf, TAHUN).orElseThrow();
    assertThat(awal.getPejabatPenilai()).isEqualTo(org.nipPengawas);
    assertThat(awal.getBulanPembinaan()).isEqualTo(6);
    assertThat(awal.isJpt()).isFalse();
    assertThat(pi).isWaitingAt("susun-rencana-pembinaan").task().isAssignedTo(org.nipPengawas);
    Task susun = tugas(pi, "susun-rencana-pembinaan");
    assertThat(susun.getName()).contains("Pegawai " + org.nipStaf).contains(org.nipStaf);
    // due HARI_TUGAS_PEMBINAAN (7) days after creation, end of day WIB
    assertThat(susun.getDueDate().toInstant()).isEqualTo(
        Waktu.hariIni().plusDays(7).atTime(23, 59, 59).atZone(Waktu.WIB).toInstant());

    tugasSebagai(pi, "susun-rencana-pembinaan", org.nipPengawas, rencana(""));
    assertThat(pi).isWaitingAt("setujui-rencana-pembinaan").task().isAssignedTo(org.nipStaf);
    assertThat((String) runtime.getVariable(pi.getId(), "rencanaPembinaan")).contains("Pelatihan Manajemen Waktu");
    // returning needs a note
    assertThatThrownBy(() -> tugasSebagai(pi, "setujui-rencana-pembinaan", org.nipStaf, Map.of("setujuRencana", false)))
        .satisfies(e -> assertThat(akar(e)).isInstanceOf(IsianTidakValidException.class));
    tugasSebagai(pi, "setujui-rencana-pembinaan", org.nipStaf, Map.of("setujuRencana", false,
        "catatanAsn", "Jadwal bentrok dengan piket pelayanan; mohon pindah ke hari Selasa"));
    assertThat(pi).hasPassed("Gateway_RencanaDisetujui").isWaitingAt("susun-rencana-pembinaan");
    assertThat(tugas(pi, "susun-rencana-pembinaan").getName()).startsWith("Perbaiki rencana pembinaan — ");
    assertThat((String) runtime.getVariable(pi.getId(), "catatanPengembalian")).contains("hari Selasa");

    Pembinaan p = rencanaDisetujui(pi, org.nipPengawas, org.nipStaf);
    assertThat(service.rencana(p.getId())).extracting(RencanaPembinaan::getStatus)
        .containsExactly(StatusRencana.DIKEMBALIKAN, StatusRencana.DISETUJUI);
    assertThat(p.getStatus()).isEqualTo(StatusPembinaan.BERJALAN);
    assertThat(p.getTanggalAkhirMasa()).isEqualTo(p.getTanggalMulaiMasa().plusMonths(6));

    pertemuanBulanan(pi, org.nipPengawas, p);
    assertThat(service.pertemuan(p.getId())).hasSize(6).extracting(PertemuanPembinaan::getBulanKe)
        .containsExactly(1, 2, 3, 4, 5, 6);
    // the ASN adds their own response to a check-in; the pejabat penilai cannot write it for them
    assertThatThrownBy(() -> service.tanggapiPertemuan(p.getId(), 2, org.nipPengawas,
        "Saya setuju dengan catatan pertemuan ini"))
        .isInstanceOf(IsianTidakValidException.class).hasMessageContaining("hanya dapat diberikan oleh ASN");
    service.tanggapiPertemuan(p.getId(), 2, org.nipStaf, "Format laporan sudah saya pahami dan terapkan");
    assertThat(service.pertemuan(p.getId()).get(1).getTanggapanAsn()).startsWith("Format laporan");
    assertThat(pi).isWaitingAt("evaluasi-pembinaan").task().isAssignedTo(org.nipPengawas);

    tugasSebagai(pi, "evaluasi-pembinaan", org.nipPengawas, evaluasi("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI"));
    jalankan(pi, "Task_TentukanPredikatEvaluasi");
    jalankan(pi, "Task_CatatHasilEvaluasi");
    jalankan(pi, "Task_TutupPembinaanMembaik");
    assertThat(pi).isEnded().hasPassed("EndEvent_KinerjaMembaik").hasNotPassed("Task_RekomendasikanTindakLanjut");
    Pembinaan akhir = repository.findById(p.getId()).orElseThrow();
    assertThat(akhir.getPredikatEvaluasi()).isEqualTo(Predikat.BAIK);
    assertThat(akhir.getMembaik()).isTrue();
    assertThat(akhir.getStatus()).isEqualTo(StatusPembinaan.SELESAI_MEMBAIK);
    assertThat(akhir.getSelesaiPada()).isNotNull();
    assertThatThrownBy(() -> service.tanggapiPertemuan(p.getId(), 3, org.nipStaf, "Tanggapan setelah evaluasi selesai"))
        .isInstanceOf(IsianTidakValidException.class).hasMessageContaining("sudah dievaluasi");
  }

  @Test
  void tidakMembaikRekomendasiLaluKeputusanPpkDicatatBkpsdm() {
    ProcessInstance pi = mulai(org.nipStaf, Predikat.KURANG);
    Pembinaan p = rencanaDisetujui(pi, org.nipPengawas, org.nipStaf);
    pertemuanBulanan(pi, org.nipPengawas, p);
    // the caller cannot send the predikat: the DMN computes it from the stored ratings
    tugasSebagai(pi, "evaluasi-pembinaan", org.nipPengawas, evaluasi("DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI"));
    jalankan(pi, "Task_TentukanPredikatEvaluasi");
    jalankan(pi, "Task_CatatHasilEvaluasi");
    assertThat(pi).hasPassed("Gateway_KinerjaMembaik").isWaitingAt("Task_RekomendasikanTindakLanjut");
    jalankan(pi, "Task_RekomendasikanTindakLanjut");
    Pembinaan r = repository.findById(p.getId()).orElseThrow();
    assertThat(r.getPredikatEvaluasi()).isEqualTo(Predikat.BUTUH_PERBAIKAN);
    assertThat(r.getRekomendasi()).isEqualTo(TindakLanjutPembinaan.PINDAH);
    assertThat(r.getStatus()).isEqualTo(StatusPembinaan.MENUNGGU_KEPUTUSAN);

    Task t = tugas(pi, "putuskan-tindak-lanjut-pembinaan");
    assertThat(t.getAssignee()).isNull();
    assertThat(tasks.getIdentityLinksForTask(t.getId())).extracting(IdentityLink::getGroupId).contains("bkpsdm");
    assertThat((String) runtime.getVariable(pi.getId(), "rekomendasiTindakLanjut")).contains("PINDAH");
    Map<String, Object> keputusan = Map.of("keputusanTindakLanjut", "PINDAH",
        "alasanKeputusan", "Sesuai rekomendasi; dipindah ke jabatan pengadministrasi umum",
        "nomorKeputusan", "800/123/2026", "tanggalKeputusan", Waktu.hariIni().toString());
    // the pejabat penilai cannot decide the follow-up of their own pembinaan
    tasks.claim(t.getId(), org.nipPengawas);
    assertThatThrownBy(() -> tugasSebagai(pi, "putuskan-tindak-lanjut-pembinaan", org.nipPengawas, keputusan))
        .satisfies(e -> assertThat(akar(e)).isInstanceOf(IsianTidakValidException.class)
            .hasMessageContaining("pejabat penilai"));
    tasks.setAssignee(t.getId(), null);
    tasks.claim(t.getId(), bkpsdm);
    tugasSebagai(pi, "putuskan-tindak-lanjut-pembinaan", bkpsdm, keputusan);
    jalankan(pi, "Task_CatatKeputusanPegawai");
    assertThat(pi).isEnded().hasPassed("EndEvent_TindakLanjutDiputuskan");
    Pembinaan akhir = repository.findById(p.getId()).orElseThrow();
    assertThat(akhir.getKeputusan()).isEqualTo(TindakLanjutPembinaan.PINDAH);
    assertThat(akhir.getDiputuskanOleh()).isEqualTo(bkpsdm);
    assertThat(akhir.getTanggalKeputusan()).isEqualTo(Waktu.hariIni());
    assertThat(akhir.getNomorKeputusan()).isEqualTo("800/123/2026");
    assertThat(akhir.getStatus()).isEqualTo(StatusPembinaan.SELESAI_DIPUTUSKAN);
    assertThat(repository.findByNipOrderByTahunDesc(org.nipStaf)).extracting(Pembinaan::getKeputusan)
        .containsExactly(TindakLanjutPembinaan.PINDAH);
  }

  @Test
  void jptUjiKompetensiDulu() {
    // the kepala (JPT, head of the OPD): the PPK is the pejabat penilai
    ProcessInstance pi = mulai(org.nipKepala, Predikat.BUTUH_PERBAIKAN);
    Pembinaan p = repository.findByNipAndTahun(org.nipKepala, TAHUN).orElseThrow();
    assertThat(p.isJpt()).isTrue();
    String ppk = p.getPejabatPenilai();
    assertThat(ppk).isEqualTo("walikota");
    p = rencanaDisetujui(pi, ppk, org.nipKepala);
    pertemuanBulanan(pi, ppk, p);
    tugasSebagai(pi, "evaluasi-pembinaan", ppk, evaluasi("DI_BAWAH_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI"));
    jalankan(pi, "Task_TentukanPredikatEvaluasi");
    jalankan(pi, "Task_CatatHasilEvaluasi");
    jalankan(pi, "Task_RekomendasikanTindakLanjut");
    assertThat(repository.findById(p.getId()).orElseThrow().getRekomendasi())
        .isEqualTo(TindakLanjutPembinaan.UJI_KOMPETENSI);

    Task t = tugas(pi, "putuskan-tindak-lanjut-pembinaan");
    tasks.claim(t.getId(), bkpsdm);
    Map<String, Object> turun = Map.of("keputusanTindakLanjut", "TURUN_JABATAN",
        "alasanKeputusan", "Hasil uji kompetensi di bawah standar jabatan pimpinan tinggi",
        "tanggalKeputusan", Waktu.hariIni().toString());
    assertThatThrownBy(() -> tugasSebagai(pi, "putuskan-tindak-lanjut-pembinaan", bkpsdm, turun))
        .satisfies(e -> assertThat(akar(e)).hasMessageContaining("UJI_KOMPETENSI"));
    tugasSebagai(pi, "putuskan-tindak-lanjut-pembinaan", bkpsdm, Map.of("keputusanTindakLanjut", "UJI_KOMPETENSI",
        "alasanKeputusan", "Uji kompetensi oleh panitia seleksi sebelum keputusan PPK"));
    assertThat(pi).hasPassed("Gateway_UjiKompetensi").isWaitingAt("putuskan-tindak-lanjut-pembinaan");
    assertThat(repository.findById(p.getId()).orElseThrow().getUjiKompetensiPada()).isNotNull();

    Task t2 = tugas(pi, "putuskan-tindak-lanjut-pembinaan");
    tasks.claim(t2.getId(), bkpsdm);
    tugasSebagai(pi, "putuskan-tindak-lanjut-pembinaan", bkpsdm, turun);
    jalankan(pi, "Task_CatatKeputusanPegawai");
    assertThat(pi).isEnded().hasPassed("EndEvent_TindakLanjutDiputuskan");
    assertThat(repository.findById(p.getId()).orElseThrow().getKeputusan()).isEqualTo(TindakLanjutPembinaan.TURUN_JABATAN);
  }

  @Test
  void pengingatDanEskalasiKeBkpsdmSaatBatasLewat() {
    ProcessInstance pi = mulai(org.nipStaf, Predikat.SANGAT_KURANG);
    Task susun = tugas(pi, "susun-rencana-pembinaan");
    Job pengingat = management.createJobQuery().processInstanceId(pi.getId())
        .activityId("Event_PengingatSusunRencanaPembinaan").singleResult();
    // HARI_PENGINGAT (2) days before the deadline, 08:00 WIB
    assertThat(pengingat.getDuedate().toInstant()).isEqualTo(Waktu.hariIni().plusDays(5).atTime(8, 0)
        .atZone(Waktu.WIB).toInstant());
    ClockUtil.setCurrentTime(pengingat.getDuedate());
    management.executeJob(pengingat.getId());
    jalankan(pi, "Task_KirimPengingatPembinaan");
    assertThat(pemberitahuan.findByPenerimaOrderById(org.nipPengawas)).extracting(x -> x.getJenis().name())
        .contains("PENGINGAT_PEMBINAAN");

    Job batas = management.createJobQuery().processInstanceId(pi.getId())
        .activityId("Event_BatasSusunRencanaPembinaan").singleResult();
    assertThat(batas.getDuedate()).isEqualTo(susun.getDueDate());
    ClockUtil.setCurrentTime(Date.from(batas.getDuedate().toInstant().plusSeconds(60)));
    management.executeJob(batas.getId());
    jalankan(pi, "Task_EskalasiPembinaan");
    assertThat(pi).hasPassed("EndEvent_EskalasiTerkirim", "EndEvent_PengingatTerkirim")
        .isWaitingAt("susun-rencana-pembinaan");
    assertThat(repository.findByNipAndTahun(org.nipStaf, TAHUN).orElseThrow().getDieskalasiPada()).isNotNull();
    assertThat(pemberitahuan.findByPenerimaOrderById(bkpsdm)).extracting(x -> x.getJenis().name())
        .contains("ESKALASI_PEMBINAAN");
    // the atasan of the pejabat penilai is told as well; the task stays with the pejabat penilai
    assertThat(pemberitahuan.findByPenerimaOrderById(org.nipKepala)).extracting(x -> x.getJenis().name())
        .contains("ESKALASI_PEMBINAAN");
    assertThat(tugas(pi, "susun-rencana-pembinaan").getAssignee()).isEqualTo(org.nipPengawas);
  }

  /** The result becomes final for follow-ups when the ASN accepts it (or the window closes / the appeal is decided). */
  @Test
  void dimulaiOtomatisSaatHasilTahunanDiterimaHanyaUntukButuhPerbaikanAtauLebihRendah() {
    Skp kurang = skpFinal(org.nipStaf, Predikat.KURANG, true);
    kurang.setStatus(StatusSkp.DINILAI);
    skpRepository.save(kurang);
    OrganisasiUji lain = new OrganisasiUji(ctx);
    Skp baik = skpFinal(lain.nipStaf, Predikat.BAIK, true);
    baik.setStatus(StatusSkp.DINILAI);
    skpRepository.save(baik);

    tx.executeWithoutResult(s -> skpService.terima(kurang.getId()));
    tx.executeWithoutResult(s -> skpService.terima(baik.getId()));

    ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey("PB-" + TAHUN + "-" + org.nipStaf)
        .singleResult();
    assertThat(pi).isNotNull().isWaitingAt("susun-rencana-pembinaan").task().isAssignedTo(org.nipPengawas);
    assertThat(repository.existsBySkpId(kurang.getId())).isTrue();
    assertThat(repository.existsBySkpId(baik.getId())).isFalse();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("PB-" + TAHUN + "-" + lain.nipStaf)
        .count()).isZero();
    // the window closing later for an already accepted SKP starts nothing twice
    tx.executeWithoutResult(s -> skpService.terimaKarenaBatasLewat(kurang.getId()));
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("PB-" + TAHUN + "-" + org.nipStaf)
        .count()).isEqualTo(1);
  }

  @Test
  void mulaiDitolakUntukBaikBelumFinalDanDuaKali() {
    Skp baik = skpFinal(org.nipStaf, Predikat.BAIK, true);
    assertThat(service.mulaiBilaPerlu(baik.getId())).isEmpty();
    assertThatThrownBy(() -> service.mulaiManual(baik.getId(), bkpsdm, Instant.now()))
        .isInstanceOf(IsianTidakValidException.class).hasMessageContaining("Baik");
    assertThat(repository.existsBySkpId(baik.getId())).isFalse();

    OrganisasiUji lain = new OrganisasiUji(ctx);
    Skp belumFinal = skpFinal(lain.nipStaf, Predikat.KURANG, false);
    assertThat(service.mulaiBilaPerlu(belumFinal.getId())).isEmpty();
    assertThatThrownBy(() -> service.mulaiManual(belumFinal.getId(), bkpsdm, Instant.now()))
        .isInstanceOf(IsianTidakValidException.class).hasMessageContaining("belum final");

    OrganisasiUji ketiga = new OrganisasiUji(ctx);
    Skp kurang = skpFinal(ketiga.nipStaf, Predikat.BUTUH_PERBAIKAN, true);
    Pembinaan p = service.mulaiManual(kurang.getId(), bkpsdm, Instant.now());
    assertThat(p.getDimulaiOleh()).isEqualTo(bkpsdm);
    assertThat(service.mulaiBilaPerlu(kurang.getId())).isEmpty();
    assertThatThrownBy(() -> service.mulaiManual(kurang.getId(), bkpsdm, Instant.now()))
        .isInstanceOf(IsianTidakValidException.class).hasMessageContaining("sudah dimulai");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("PB-" + TAHUN + "-" + ketiga.nipStaf)
        .count()).isEqualTo(1);
  }

  @Test
  void asnLainDanPenilaiTidakMenyetujuiRencanaAtasNamaAsn() {
    ProcessInstance pi = mulai(org.nipStaf, Predikat.BUTUH_PERBAIKAN);
    // someone else than the pejabat penilai cannot draft the plan
    assertThatThrownBy(() -> tugasSebagai(pi, "susun-rencana-pembinaan", org.nipKepala, rencana("")))
        .satisfies(e -> assertThat(akar(e)).isInstanceOfAny(IsianTidakValidException.class,
            org.camunda.bpm.engine.AuthorizationException.class));
    tugasSebagai(pi, "susun-rencana-pembinaan", org.nipPengawas, rencana(""));
    // the penilai cannot agree the plan on the ASN's behalf (Camunda authorization, else the owner rule)
    assertThatThrownBy(() -> tugasSebagai(pi, "setujui-rencana-pembinaan", org.nipPengawas,
        Map.of("setujuRencana", true)))
        .satisfies(e -> assertThat(akar(e)).isInstanceOfAny(IsianTidakValidException.class,
            org.camunda.bpm.engine.AuthorizationException.class));
    // nor the service when called directly by another user
    Long id = repository.findByNipAndTahun(org.nipStaf, TAHUN).orElseThrow().getId();
    assertThatThrownBy(() -> service.tanggapiRencana(id, org.nipPengawas, true, null, Instant.now()))
        .isInstanceOf(IsianTidakValidException.class).hasMessageContaining("hanya dapat disetujui");
    assertThat(pi).isWaitingAt("setujui-rencana-pembinaan");
    assertThat(service.rencanaDisetujui(id)).isFalse();
  }

  // -------------------------------------------------------------------------------- with training

  long kode(String kode) {
    return katalog.findByKode(kode).orElseThrow().getId();
  }

  List<String> jenisPemberitahuan(String penerima) {
    return pemberitahuan.findByPenerimaOrderById(penerima).stream().map(x -> x.getJenis().name()).toList();
  }

  /** susun (with the training of catalogue entry {@code kode}) → setujui → start of the period. */
  Pembinaan rencanaDenganPelatihan(ProcessInstance pi, String penilai, String nip, String kode) {
    Map<String, Object> v = rencana("");
    v.put("pelatihanPembinaan", String.valueOf(kode(kode)));
    tugasSebagai(pi, "susun-rencana-pembinaan", penilai, v);
    assertThat((String) runtime.getVariable(pi.getId(), "rencanaPembinaan"))
        .contains("- Pelatihan: " + katalog.findByKode(kode).orElseThrow().getNama() + " (");
    tugasSebagai(pi, "setujui-rencana-pembinaan", nip, Map.of("setujuRencana", true));
    jalankan(pi, "Task_MulaiMasaPembinaan");
    return repository.findByNipAndTahun(nip, TAHUN).orElseThrow();
  }

  @Test
  @SuppressWarnings("unchecked")
  void rencanaDenganPelatihanMemulaiPengembanganKompetensiSekaliLaluKinerjaMembaik() {
    ProcessInstance pi = mulai(org.nipStaf, Predikat.BUTUH_PERBAIKAN);
    Task susun = tugas(pi, "susun-rencana-pembinaan");
    // the dropdown is filled when the form opens: "no training" first, then the active catalogue
    List<Map<String, String>> opsi = (List<Map<String, String>>) fromJson(
        String.valueOf(tasks.getVariable(susun.getId(), "opsiPelatihanPembinaan")));
    assertThat(opsi.get(0)).containsEntry("value", "TANPA").containsEntry("label", "Tanpa pelatihan");
    assertThat(opsi).anySatisfy(o -> {
      assertThat(o.get("value")).isEqualTo(String.valueOf(kode("KP-001")));
      assertThat(o.get("label")).startsWith("Pelatihan Manajemen Waktu (").contains("24 JP", "BPSDM Aceh");
    });
    assertThat(runtime.getVariable(pi.getId(), "pelatihanPembinaan")).isEqualTo("TANPA");

    // an id that is not in the active catalogue is refused in Indonesian, nothing stored
    for (String salah : List.of("999999999", "abc", "-1")) {
      Map<String, Object> v = rencana("");
      v.put("pelatihanPembinaan", salah);
      assertThatThrownBy(() -> tugasSebagai(pi, "susun-rencana-pembinaan", org.nipPengawas, v))
          .satisfies(e -> assertThat(akar(e)).isInstanceOf(IsianTidakValidException.class)
              .hasMessageContaining("tidak ada di katalog pelatihan aktif"));
    }
    Long id = repository.findByNipAndTahun(org.nipStaf, TAHUN).orElseThrow().getId();
    assertThat(service.rencana(id)).isEmpty();

    Pembinaan p = rencanaDenganPelatihan(pi, org.nipPengawas, org.nipStaf, "KP-001");
    assertThat(service.rencana(id)).singleElement().extracting(RencanaPembinaan::getKatalogPelatihanId)
        .isEqualTo(kode("KP-001"));
    // started through the engine after the approval committed: a job, nothing opened yet
    assertThat(pi).hasPassed("Gateway_PelatihanDirencanakan").isWaitingAt("Task_MulaiPengembanganKompetensi");
    assertThat(service.kebutuhanPelatihan(id)).isEmpty();
    jalankan(pi, "Task_MulaiPengembanganKompetensi");
    assertThat(pi).hasPassed("Task_MulaiPengembanganKompetensi").isWaitingAt("Event_BulanPembinaanBerlalu");

    KebutuhanPelatihan k = service.kebutuhanPelatihan(id).orElseThrow();
    assertThat(k.getPemicu()).isEqualTo(PemicuPelatihan.PEMBINAAN);
    assertThat(k.getNip()).isEqualTo(org.nipStaf);
    assertThat(k.getTahun()).isEqualTo(TAHUN);
    assertThat(k.getPembinaanId()).isEqualTo(id);
    assertThat(k.getKatalogDimintaId()).isEqualTo(kode("KP-001"));
    assertThat(k.getKesenjangan()).isEqualTo("Rencana pembinaan kinerja " + TAHUN
        + " (predikat Butuh Perbaikan): Pelatihan Manajemen Waktu");
    assertThat((Long) runtime.getVariable(pi.getId(), "kebutuhanPelatihanId")).isEqualTo(k.getId());
    ProcessInstance pk = runtime.createProcessInstanceQuery().processInstanceBusinessKey("PK-" + k.getId())
        .singleResult();
    assertThat(pk).isNotNull().isWaitingAt("Task_UsulkanPelatihan");
    assertThat(pk.getProcessDefinitionId()).startsWith("pengembangan-kompetensi:");
    // the plan's choice is the first proposal, with its reason; BKPSDM assigns a classroom training
    jalankan(pk, "Task_UsulkanPelatihan");
    assertThat(kebutuhanService.usulan(k.getId()).get(0).getKatalogId()).isEqualTo(kode("KP-001"));
    assertThat(kebutuhanService.usulan(k.getId()).get(0).getAlasan()).contains("rencana pembinaan");
    Task tetapkan = tugas(pk, "tetapkan-pelatihan");
    assertThat(tasks.getIdentityLinksForTask(tetapkan.getId())).extracting(IdentityLink::getGroupId).contains("bkpsdm");

    // asked again (a retried job, a second request): the same need, one process
    assertThat(service.mulaiPelatihan(id)).get().extracting(x -> x.getId()).isEqualTo(k.getId());
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("PK-" + k.getId()).count()).isEqualTo(1);

    pertemuanBulanan(pi, org.nipPengawas, p);
    tugasSebagai(pi, "evaluasi-pembinaan", org.nipPengawas, evaluasi("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI"));
    jalankan(pi, "Task_TentukanPredikatEvaluasi");
    jalankan(pi, "Task_CatatHasilEvaluasi");
    jalankan(pi, "Task_TutupPembinaanMembaik");
    assertThat(pi).isEnded().hasPassed("EndEvent_KinerjaMembaik", "Task_MulaiPengembanganKompetensi");
    assertThat(repository.findById(id).orElseThrow().getStatus()).isEqualTo(StatusPembinaan.SELESAI_MEMBAIK);
    // the training goes on on its own
    assertThat(pk).isWaitingAt("tetapkan-pelatihan");
  }

  static Object fromJson(String s) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readValue(s, List.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void rencanaTanpaPelatihanTidakMemulaiPengembanganKompetensi() {
    ProcessInstance pi = mulai(org.nipStaf, Predikat.BUTUH_PERBAIKAN);
    Map<String, Object> v = rencana("");
    v.put("pelatihanPembinaan", "TANPA");
    tugasSebagai(pi, "susun-rencana-pembinaan", org.nipPengawas, v);
    assertThat((String) runtime.getVariable(pi.getId(), "rencanaPembinaan")).contains("- Pelatihan: tanpa pelatihan");
    tugasSebagai(pi, "setujui-rencana-pembinaan", org.nipStaf, Map.of("setujuRencana", true));
    jalankan(pi, "Task_MulaiMasaPembinaan");
    assertThat(pi).hasPassed("Gateway_PelatihanDirencanakan").hasNotPassed("Task_MulaiPengembanganKompetensi")
        .isWaitingAt("Event_BulanPembinaanBerlalu");
    Long id = repository.findByNipAndTahun(org.nipStaf, TAHUN).orElseThrow().getId();
    assertThat(service.kebutuhanPelatihan(id)).isEmpty();
    assertThat(service.mulaiPelatihan(id)).isEmpty();
  }

  @Test
  void rencanaDenganPelatihanTidakMembaikKeputusanDenganPengingatDanLaporanTerlambat() {
    ProcessInstance pi = mulai(org.nipStaf, Predikat.KURANG);
    Pembinaan p = rencanaDenganPelatihan(pi, org.nipPengawas, org.nipStaf, "KP-009");
    jalankan(pi, "Task_MulaiPengembanganKompetensi");
    KebutuhanPelatihan k = service.kebutuhanPelatihan(p.getId()).orElseThrow();
    assertThat(k.getKatalogDimintaId()).isEqualTo(kode("KP-009"));
    pertemuanBulanan(pi, org.nipPengawas, p);
    tugasSebagai(pi, "evaluasi-pembinaan", org.nipPengawas, evaluasi("DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI"));
    jalankan(pi, "Task_TentukanPredikatEvaluasi");
    jalankan(pi, "Task_CatatHasilEvaluasi");
    jalankan(pi, "Task_RekomendasikanTindakLanjut");
    assertThat(pi).isWaitingAt("putuskan-tindak-lanjut-pembinaan");

    // deadline HARI_KEPUTUSAN_PEMBINAAN (14) days, end of day WIB; reminder HARI_PENGINGAT (2) days before, 08:00
    LocalDate hari = PembinaanKinerjaProses.hariIni();
    Task t = tugas(pi, "putuskan-tindak-lanjut-pembinaan");
    Instant batasWaktu = java.time.OffsetDateTime.parse(Waktu.akhirHari(hari.plusDays(14))).toInstant();
    assertThat(t.getDueDate().toInstant()).isEqualTo(batasWaktu);
    assertThat(batasWaktu).isEqualTo(hari.plusDays(14).atTime(23, 59, 59).atZone(Waktu.WIB).toInstant());
    Job pengingat = management.createJobQuery().processInstanceId(pi.getId())
        .activityId("Event_PengingatPutuskanTindakLanjutPembinaan").singleResult();
    assertThat(pengingat.getDuedate().toInstant()).isEqualTo(hari.plusDays(12).atTime(8, 0).atZone(Waktu.WIB).toInstant());
    Job batas = management.createJobQuery().processInstanceId(pi.getId())
        .activityId("Event_BatasPutuskanTindakLanjutPembinaan").singleResult();
    assertThat(batas.getDuedate()).isEqualTo(t.getDueDate());

    ClockUtil.setCurrentTime(pengingat.getDuedate());
    management.executeJob(pengingat.getId());
    jalankan(pi, "Task_KirimPengingatPembinaan");
    // unclaimed group task: every BKPSDM member is reminded
    assertThat(jenisPemberitahuan(bkpsdm)).contains("PENGINGAT_PEMBINAAN").doesNotContain("ESKALASI_PEMBINAAN");
    assertThat(repository.findById(p.getId()).orElseThrow().getDieskalasiPada()).isNull();

    ClockUtil.setCurrentTime(Date.from(batas.getDuedate().toInstant().plusSeconds(60)));
    management.executeJob(batas.getId());
    jalankan(pi, "Task_EskalasiPembinaan");
    assertThat(pi).hasPassed("Event_BatasPutuskanTindakLanjutPembinaan", "EndEvent_EskalasiTerkirim")
        .isWaitingAt("putuskan-tindak-lanjut-pembinaan");
    Pembinaan terlambat = repository.findById(p.getId()).orElseThrow();
    assertThat(terlambat.getDieskalasiPada()).isEqualTo(batas.getDuedate().toInstant().plusSeconds(60));
    assertThat(jenisPemberitahuan(bkpsdm)).contains("ESKALASI_PEMBINAAN");
    assertThat(pemberitahuan.findByPenerimaOrderById(bkpsdm).stream()
        .filter(x -> x.getJenis().name().equals("ESKALASI_PEMBINAAN")).findFirst().orElseThrow().getPesan())
        .contains("melewati batas").contains(org.nipStaf);
    // the overdue decision is BKPSDM's: the atasan of the pejabat penilai is not told
    assertThat(jenisPemberitahuan(org.nipKepala)).doesNotContain("ESKALASI_PEMBINAAN");
    // nothing is decided on anyone's behalf: the task stays open until BKPSDM records the decision
    tasks.claim(t.getId(), bkpsdm);
    tugasSebagai(pi, "putuskan-tindak-lanjut-pembinaan", bkpsdm, Map.of("keputusanTindakLanjut", "PINDAH",
        "alasanKeputusan", "Sesuai rekomendasi; dipindah ke jabatan pengadministrasi umum",
        "tanggalKeputusan", Waktu.hariIni().toString()));
    jalankan(pi, "Task_CatatKeputusanPegawai");
    assertThat(pi).isEnded().hasPassed("EndEvent_TindakLanjutDiputuskan", "Task_MulaiPengembanganKompetensi");
    assertThat(repository.findById(p.getId()).orElseThrow().getKeputusan()).isEqualTo(TindakLanjutPembinaan.PINDAH);
    assertThat(kebutuhanService.ambil(k.getId()).getPembinaanId()).isEqualTo(p.getId());
  }
}
