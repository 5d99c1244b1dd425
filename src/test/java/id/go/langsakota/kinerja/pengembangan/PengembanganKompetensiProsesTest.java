package id.go.langsakota.kinerja.pengembangan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.kompetensi.KatalogPelatihanRepository;
import id.go.langsakota.kinerja.kompetensi.PengembanganKompetensiService;
import id.go.langsakota.kinerja.kompetensi.StatusPengembanganKompetensi;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.pemberitahuan.Pemberitahuan;
import id.go.langsakota.kinerja.pemberitahuan.PemberitahuanRepository;
import id.go.langsakota.kinerja.pengaturan.KunciPengaturan;
import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import id.go.langsakota.kinerja.penilaian.BuktiDukung;
import id.go.langsakota.kinerja.penilaian.BuktiDukungRepository;
import id.go.langsakota.kinerja.skp.JenisPeriode;
import id.go.langsakota.kinerja.skp.OrganisasiUji;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.skp.StatusSkp;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
 * pengembangan-kompetensi walked through every path: the final-predikat trigger (once a year,
 * switched off), the ASN's request and BKPSDM's start form (duplicates refused), coaching routed
 * to the pejabat penilai, a certificate returned then verified (JP counted in the register), the
 * reminder and the overdue mark, and the schedule rules.
 */
@SpringBootTest
@ActiveProfiles("test")
class PengembanganKompetensiProsesTest {

  static final String BKPSDM = "bkpsdm-uji-pelatihan";
  static final int TAHUN = Waktu.hariIni().getYear();

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired RepositoryService repository;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired ApplicationContext ctx;
  @Autowired SkpRepository skpRepository;
  @Autowired KebutuhanPelatihanRepository kebutuhanRepository;
  @Autowired KebutuhanPelatihanService service;
  @Autowired PemicuPengembanganService pemicu;
  @Autowired KatalogPelatihanRepository katalog;
  @Autowired BuktiDukungRepository buktiRepository;
  @Autowired PengembanganKompetensiService register;
  @Autowired PemberitahuanRepository pemberitahuan;
  @Autowired PengaturanService pengaturan;
  @Autowired id.go.langsakota.kinerja.penilaian.PenilaianPeriodikRepository periodikRepository;
  @Autowired id.go.langsakota.kinerja.penilaian.RatingPerilakuPeriodikRepository ratingPerilakuRepository;

  OrganisasiUji org;

  @BeforeEach
  void siapkan() {
    BpmnAwareTests.init(engine);
    org = new OrganisasiUji(ctx);
  }

  @AfterEach
  void bersihkan() {
    identity.clearAuthentication();
  }

  // ------------------------------------------------------------------------------ helpers

  void skpButuhPerbaikan(String nip) {
    Skp skp = new Skp(nip, TAHUN, LocalDate.of(TAHUN, 1, 1), LocalDate.of(TAHUN, 12, 31), JenisPeriode.BULANAN);
    skp.setStatus(StatusSkp.DINILAI);
    skp.setRatingHasilKerjaTahunan(Rating.DI_BAWAH_EKSPEKTASI);
    skp.setRatingPerilakuTahunan(Rating.SESUAI_EKSPEKTASI);
    skp.setPredikatTahunan(Predikat.BUTUH_PERBAIKAN);
    skpRepository.save(skp);
  }

  ProcessInstance proses(KebutuhanPelatihan k) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(k.businessKey()).singleResult();
  }

  void jalankan(ProcessInstance pi, String aktivitas) {
    Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(aktivitas).singleResult();
    assertThat(job).as("job di " + aktivitas).isNotNull();
    management.executeJob(job.getId());
  }

  Task tugas(ProcessInstance pi, String kunci) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(kunci).singleResult();
  }

  void selesaikan(ProcessInstance pi, String kunci, String pengguna, Map<String, Object> v) {
    Task t = tugas(pi, kunci);
    if (t.getAssignee() == null) {
      tasks.claim(t.getId(), pengguna);
    }
    identity.setAuthenticatedUserId(pengguna);
    try {
      tasks.complete(t.getId(), v);
    } finally {
      identity.clearAuthentication();
    }
  }

  long kode(String kode) {
    return katalog.findByKode(kode).orElseThrow().getId();
  }

  static Map<String, Object> penetapan(long katalogId, LocalDate mulai, LocalDate selesai) {
    Map<String, Object> v = new HashMap<>();
    v.put("katalogId", String.valueOf(katalogId));
    v.put("tanggalMulai", mulai.toString());
    v.put("tanggalSelesai", selesai.toString());
    v.put("catatanPenetapan", "Ikuti seluruh sesi");
    v.put("konfirmasi", true);
    return v;
  }

  long sertifikat(String pemilik) {
    return buktiRepository.save(new BuktiDukung(pemilik, "sertifikat.pdf", "application/pdf", 10, "abc",
        "x-" + System.nanoTime() + ".pdf", pemilik)).getId();
  }

  ProcessInstance mulaiDariFormulir(String pengguna, List<String> grup, Map<String, Object> v) {
    String def = repository.createProcessDefinitionQuery().processDefinitionKey(PengembanganKompetensiProses.KUNCI)
        .latestVersion().singleResult().getId();
    identity.setAuthentication(pengguna, grup);
    try {
      return forms.submitStartForm(def, v);
    } finally {
      identity.clearAuthentication();
    }
  }

  static Throwable akar(Throwable e) {
    while (e.getCause() != null && e.getCause() != e) {
      e = e.getCause();
    }
    return e;
  }

  List<Pemberitahuan.Jenis> pemberitahuanUntuk(String nip) {
    return pemberitahuan.findAll().stream().filter(p -> nip.equals(p.getPenerima())).map(Pemberitahuan::getJenis).toList();
  }

  // ------------------------------------------------------------------------------ paths

  @Test
  void predikatButuhPerbaikanSertifikatDikembalikanLaluDiverifikasiJpDihitung() {
    skpButuhPerbaikan(org.nipStaf);
    KebutuhanPelatihan k = pemicu.predikatFinal(org.nipStaf, TAHUN, Predikat.BUTUH_PERBAIKAN).orElseThrow();
    assertThat(k.getPemicu()).isEqualTo(PemicuPelatihan.PREDIKAT);
    assertThat(k.getKesenjangan()).contains("manajemen waktu");
    ProcessInstance pi = proses(k);
    assertThat(pi).isWaitingAt("Task_UsulkanPelatihan");
    // at most once per ASN per year (after kalibrasi, and again after an appeal)
    assertThat(pemicu.predikatFinal(org.nipStaf, TAHUN, Predikat.KURANG)).isEmpty();
    // Baik never starts one
    assertThat(pemicu.predikatFinal(org.nipPengawas, TAHUN, Predikat.BAIK)).isEmpty();

    jalankan(pi, "Task_UsulkanPelatihan");
    assertThat(pi).isWaitingAt("tetapkan-pelatihan");
    Task tetapkan = tugas(pi, "tetapkan-pelatihan");
    assertThat(tetapkan.getAssignee()).isNull();
    assertThat(tasks.getIdentityLinksForTask(tetapkan.getId())).extracting(IdentityLink::getGroupId).contains("bkpsdm");
    assertThat(tetapkan.getName()).isEqualTo("Tetapkan pelatihan untuk Pegawai " + org.nipStaf + " (" + org.nipStaf + ")");
    List<UsulanPelatihan> usulan = service.usulan(k.getId());
    assertThat(usulan).isNotEmpty();
    assertThat(usulan.stream().limit(2).map(UsulanPelatihan::getKatalogId).toList())
        .containsExactlyInAnyOrder(kode("KP-001"), kode("KP-003"));
    assertThat(usulan.get(0).getAlasan()).contains("'manajemen'", "'waktu'");
    assertThat((String) tasks.getVariable(tetapkan.getId(), "ringkasanPelatihan")).contains("Usulan dari katalog");

    LocalDate hariIni = Waktu.hariIni();
    selesaikan(pi, "tetapkan-pelatihan", BKPSDM, penetapan(kode("KP-001"), hariIni, hariIni));
    KebutuhanPelatihan ditetapkan = service.ambil(k.getId());
    assertThat(ditetapkan.getStatus()).isEqualTo(StatusKebutuhanPelatihan.DITETAPKAN);
    assertThat(ditetapkan.getBatasLapor()).isEqualTo(hariIni.plusDays(14));
    assertThat(register.cari(ditetapkan.getPengembanganId()).getStatus()).isEqualTo(StatusPengembanganKompetensi.DITUGASKAN);
    Task laporkan = tugas(pi, "laporkan-pelatihan");
    assertThat(laporkan.getAssignee()).isEqualTo(org.nipStaf);
    // the ASN uploads in the task itself: the embedded HTML form (Camunda Forms have no file input)
    assertThat(forms.getTaskFormData(laporkan.getId()).getFormKey())
        .isEqualTo("embedded:deployment:forms/laporkan-pelatihan.html");
    assertThat(repository.getDeploymentResourceNames(repository.createProcessDefinitionQuery()
        .processDefinitionId(laporkan.getProcessDefinitionId()).singleResult().getDeploymentId()))
        .contains("forms/laporkan-pelatihan.html");
    assertThat(laporkan.getName()).isEqualTo("Unggah sertifikat Pelatihan Manajemen Waktu — Pegawai " + org.nipStaf
        + " (" + org.nipStaf + ")");
    assertThat(laporkan.getDueDate().toInstant().toString())
        .isEqualTo(java.time.OffsetDateTime.parse(Waktu.akhirHari(hariIni.plusDays(14))).toInstant().toString());

    long bukti = sertifikat(org.nipStaf);
    selesaikan(pi, "laporkan-pelatihan", org.nipStaf, Map.of("sertifikatBuktiId", bukti, "konfirmasi", true));
    assertThat(pi).isWaitingAt("verifikasi-pelatihan");
    assertThat(tugas(pi, "verifikasi-pelatihan").getName()).startsWith("Verifikasi sertifikat Pelatihan Manajemen Waktu");

    // returned with a note: back to the ASN
    assertThatThrownBy(() -> selesaikan(pi, "verifikasi-pelatihan", BKPSDM,
        Map.of("tindakan", "KEMBALIKAN", "konfirmasi", true)))
        .satisfies(e -> assertThat(akar(e).getMessage()).contains("Catatan pengembalian wajib diisi"));
    selesaikan(pi, "verifikasi-pelatihan", BKPSDM,
        Map.of("tindakan", "KEMBALIKAN", "catatanVerifikasi", "Sertifikat terpotong, unggah halaman lengkap", "konfirmasi", true));
    assertThat(pi).hasPassed("Gateway_SertifikatDiterima").isWaitingAt("laporkan-pelatihan");
    assertThat(service.ambil(k.getId()).getStatus()).isEqualTo(StatusKebutuhanPelatihan.DIKEMBALIKAN);
    assertThat((String) tasks.getVariable(tugas(pi, "laporkan-pelatihan").getId(), "ringkasanPelatihan"))
        .contains("Sertifikat dikembalikan oleh " + BKPSDM + ": Sertifikat terpotong")
        .doesNotContain("DIKEMBALIKAN");
    assertThat(register.jpTerverifikasi(org.nipStaf, hariIni.getYear())).isZero();

    long buktiBaru = sertifikat(org.nipStaf);
    selesaikan(pi, "laporkan-pelatihan", org.nipStaf, Map.of("sertifikatBuktiId", buktiBaru, "konfirmasi", true));
    selesaikan(pi, "verifikasi-pelatihan", BKPSDM, Map.of("tindakan", "VERIFIKASI", "konfirmasi", true));
    assertThat(pi).isWaitingAt("Task_KreditkanJp");
    jalankan(pi, "Task_KreditkanJp");
    assertThat(pi).isEnded().hasPassed("EndEvent_PelatihanTerverifikasi");

    KebutuhanPelatihan akhir = service.ambil(k.getId());
    assertThat(akhir.getStatus()).isEqualTo(StatusKebutuhanPelatihan.SELESAI);
    assertThat(akhir.getJpDikreditkan()).isEqualTo(24);
    // verified JP count in the existing register and report
    assertThat(register.jpTerverifikasi(org.nipStaf, hariIni.getYear())).isEqualTo(24);
    assertThat(register.cari(akhir.getPengembanganId()).getSertifikatBuktiId()).isEqualTo(buktiBaru);
    assertThat(service.riwayat(k.getId())).extracting(LangkahKebutuhanPelatihan::getJenis).containsExactly(
        LangkahKebutuhanPelatihan.Jenis.DIMULAI, LangkahKebutuhanPelatihan.Jenis.DIUSULKAN,
        LangkahKebutuhanPelatihan.Jenis.DITETAPKAN, LangkahKebutuhanPelatihan.Jenis.DILAPORKAN,
        LangkahKebutuhanPelatihan.Jenis.DIKEMBALIKAN, LangkahKebutuhanPelatihan.Jenis.DILAPORKAN,
        LangkahKebutuhanPelatihan.Jenis.DIVERIFIKASI);
    assertThat(pemberitahuanUntuk(org.nipStaf)).contains(Pemberitahuan.Jenis.PELATIHAN_TERVERIFIKASI);
    // closed: the same trigger stays refused for the year (predikat: once a year)
    assertThat(service.alasanTolak(org.nipStaf, TAHUN, PemicuPelatihan.PREDIKAT)).contains("sudah pernah dimulai");
  }

  void periode(int ke, id.go.langsakota.kinerja.skp.NilaiBerakhlak nilai, Rating rating) {
    Long skpId = skpRepository.findByNipAndTahun(org.nipStaf, TAHUN).orElseThrow().getId();
    var p = periodikRepository.save(new id.go.langsakota.kinerja.penilaian.PenilaianPeriodik(skpId, org.nipStaf, TAHUN, ke,
        LocalDate.of(TAHUN, ke, 1), LocalDate.of(TAHUN, ke, 28)));
    ratingPerilakuRepository.save(new id.go.langsakota.kinerja.penilaian.RatingPerilakuPeriodik(p.getId(), nilai, rating));
  }

  @Test
  void nilaiBerakhlakDiBawahEkspektasiDuaPeriode() {
    skpButuhPerbaikan(org.nipStaf);
    periode(1, id.go.langsakota.kinerja.skp.NilaiBerakhlak.ADAPTIF, Rating.DI_BAWAH_EKSPEKTASI);
    periode(2, id.go.langsakota.kinerja.skp.NilaiBerakhlak.HARMONIS, Rating.DI_BAWAH_EKSPEKTASI);
    // one period per value is not yet a pattern
    assertThat(pemicu.periodeDinilai(org.nipStaf, TAHUN)).isEmpty();
    periode(3, id.go.langsakota.kinerja.skp.NilaiBerakhlak.ADAPTIF, Rating.DI_BAWAH_EKSPEKTASI);
    KebutuhanPelatihan k = pemicu.periodeDinilai(org.nipStaf, TAHUN).orElseThrow();
    assertThat(k.getPemicu()).isEqualTo(PemicuPelatihan.BERAKHLAK);
    assertThat(k.getNilaiBerakhlak()).isEqualTo(id.go.langsakota.kinerja.skp.NilaiBerakhlak.ADAPTIF);
    assertThat(k.getKesenjangan()).contains("Adaptif", "2 periode");
    ProcessInstance pi = proses(k);
    jalankan(pi, "Task_UsulkanPelatihan");
    assertThat(service.usulan(k.getId()).get(0).getAlasan()).contains("Adaptif");
    assertThat(pi).isWaitingAt("tetapkan-pelatihan");
    // once per ASN per year
    periode(4, id.go.langsakota.kinerja.skp.NilaiBerakhlak.HARMONIS, Rating.DI_BAWAH_EKSPEKTASI);
    assertThat(pemicu.periodeDinilai(org.nipStaf, TAHUN)).isEmpty();
  }

  @Test
  void pemicuPredikatDapatDimatikan() {
    pengaturan.ubah(KunciPengaturan.PEMICU_PELATIHAN_PREDIKAT, "TIDAK", "uji");
    try {
      assertThat(pemicu.predikatFinal(org.nipStaf, TAHUN, Predikat.SANGAT_KURANG)).isEmpty();
      assertThat(kebutuhanRepository.findByNipOrderByIdDesc(org.nipStaf)).isEmpty();
    } finally {
      pengaturan.ubah(KunciPengaturan.PEMICU_PELATIHAN_PREDIKAT, "YA", "uji");
    }
  }

  @Test
  void permintaanAsnDimulaiDanDuplikatDitolak() {
    // what POST /api/pengembangan-kompetensi/kebutuhan does for an ASN
    KebutuhanPelatihan k = pemicu.mulai(org.nipStaf, TAHUN, PemicuPelatihan.PERMINTAAN_ASN, "Pelayanan publik yang ramah",
        id.go.langsakota.kinerja.skp.NilaiBerakhlak.BERORIENTASI_PELAYANAN, null, null, org.nipStaf);
    ProcessInstance pi = proses(k);
    assertThat(pi.getBusinessKey()).isEqualTo("PK-" + k.getId());
    assertThat(service.ambil(k.getId()).getProcessInstanceId()).isEqualTo(pi.getId());
    assertThat(pi).isWaitingAt("Task_UsulkanPelatihan");

    // the same ASN, year and trigger while open: refused in Indonesian, nothing stored
    long sebelum = kebutuhanRepository.count();
    assertThatThrownBy(() -> pemicu.mulai(org.nipStaf, TAHUN, PemicuPelatihan.PERMINTAAN_ASN, "Pelayanan publik lagi",
        null, null, null, org.nipStaf))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("masih berjalan");
    assertThat(kebutuhanRepository.count()).isEqualTo(sebelum);
    // another trigger of the same year is a separate need
    assertThat(service.alasanTolak(org.nipStaf, TAHUN, PemicuPelatihan.BKPSDM)).isNull();
    // an ASN does not start the process in Tasklist (no definition rights): they ask over /api
    assertThatThrownBy(() -> mulaiDariFormulir(org.nipStaf, List.of("pegawai"),
        Map.of("kesenjangan", "Manajemen waktu")))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);

    jalankan(pi, "Task_UsulkanPelatihan");
    assertThat(service.usulan(k.getId()).get(0).getAlasan()).contains("Berorientasi Pelayanan");
    assertThat(tugas(pi, "tetapkan-pelatihan").getAssignee()).isNull();
  }

  @Test
  void pemicuPermintaanAsnDapatDimatikan() {
    pengaturan.ubah(KunciPengaturan.PEMICU_PELATIHAN_PERMINTAAN_ASN, "TIDAK", "uji");
    try {
      assertThatThrownBy(() -> pemicu.mulai(org.nipStaf, TAHUN, PemicuPelatihan.PERMINTAAN_ASN, "Manajemen waktu",
          null, null, null, org.nipStaf))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("dinonaktifkan");
    } finally {
      pengaturan.ubah(KunciPengaturan.PEMICU_PELATIHAN_PERMINTAAN_ASN, "YA", "uji");
    }
  }

  @Test
  void bkpsdmMemulaiCoachingDitetapkanPejabatPenilai() {
    ProcessInstance pi = mulaiDariFormulir(BKPSDM, List.of("bkpsdm"), Map.of("nipAsn", org.nipStaf,
        "kesenjangan", "Orientasi pada hasil kerja bersama atasan", "jenisDiminta", "COACHING"));
    KebutuhanPelatihan k = service.ambil(PengembanganKompetensiProses.urai(pi.getBusinessKey()));
    assertThat(k.getPemicu()).isEqualTo(PemicuPelatihan.BKPSDM);
    assertThat(k.getDibuatOleh()).isEqualTo(BKPSDM);
    // the same ASN, year and trigger while open: refused with 400 in Indonesian
    assertThatThrownBy(() -> mulaiDariFormulir(BKPSDM, List.of("bkpsdm"), Map.of("nipAsn", org.nipStaf,
        "kesenjangan", "Coaching lagi")))
        .isInstanceOf(IsianTidakValidException.class)
        .hasMessageContaining("masih berjalan");
    jalankan(pi, "Task_UsulkanPelatihan");
    assertThat(katalog.findById(service.usulan(k.getId()).get(0).getKatalogId()).orElseThrow().getKode())
        .isEqualTo("KP-009");
    // the best proposal is coaching: the pejabat penilai from the register assigns it
    assertThat(pi).task("tetapkan-pelatihan").isAssignedTo(org.nipPengawas);
    assertThat(service.ambil(k.getId()).getPenetapNip()).isEqualTo(org.nipPengawas);

    LocalDate hariIni = Waktu.hariIni();
    // the penilai assigns coaching or mentoring only
    assertThatThrownBy(() -> selesaikan(pi, "tetapkan-pelatihan", org.nipPengawas,
        penetapan(kode("KP-001"), hariIni, hariIni.plusDays(3))))
        .satisfies(e -> assertThat(akar(e).getMessage()).contains("coaching atau mentoring"));
    // the schedule: not in the past, end not before start
    assertThatThrownBy(() -> selesaikan(pi, "tetapkan-pelatihan", org.nipPengawas,
        penetapan(kode("KP-009"), hariIni.minusDays(1), hariIni.plusDays(3))))
        .satisfies(e -> assertThat(((IsianTidakValidException) akarIsian(e)).getKesalahan())
            .anySatisfy(s -> assertThat(s).contains("tidak boleh sebelum hari ini")));
    assertThatThrownBy(() -> selesaikan(pi, "tetapkan-pelatihan", org.nipPengawas,
        penetapan(kode("KP-009"), hariIni.plusDays(5), hariIni.plusDays(3))))
        .satisfies(e -> assertThat(((IsianTidakValidException) akarIsian(e)).getKesalahan())
            .anySatisfy(s -> assertThat(s).contains("tidak boleh sebelum tanggal mulai")));
    assertThatThrownBy(() -> selesaikan(pi, "tetapkan-pelatihan", org.nipPengawas,
        penetapan(kode("KP-009"), hariIni, hariIni.plusMonths(13))))
        .satisfies(e -> assertThat(((IsianTidakValidException) akarIsian(e)).getKesalahan())
            .anySatisfy(s -> assertThat(s).contains("paling jauh")));
    selesaikan(pi, "tetapkan-pelatihan", org.nipPengawas, penetapan(kode("KP-009"), hariIni, hariIni.plusDays(3)));
    assertThat(pi).task("laporkan-pelatihan").isAssignedTo(org.nipStaf);
    assertThat(service.ambil(k.getId()).getDitetapkanOleh()).isEqualTo(org.nipPengawas);
  }

  static Throwable akarIsian(Throwable e) {
    Throwable t = e;
    while (t != null && !(t instanceof IsianTidakValidException)) {
      t = t.getCause();
    }
    return t == null ? e : t;
  }

  @Test
  void pengingatLaluTerlambatDilaporkanTugasTetapTerbuka() {
    ProcessInstance pi = mulaiDariFormulir(BKPSDM, List.of("bkpsdm"), Map.of("nipAsn", org.nipStaf,
        "kesenjangan", "Manajemen waktu dan prioritas"));
    KebutuhanPelatihan k = service.ambil(PengembanganKompetensiProses.urai(pi.getBusinessKey()));
    jalankan(pi, "Task_UsulkanPelatihan");
    LocalDate hariIni = Waktu.hariIni();
    selesaikan(pi, "tetapkan-pelatihan", BKPSDM, penetapan(kode("KP-003"), hariIni, hariIni));
    // the reminder timer: HARI_PENGINGAT (2) days before the deadline, 08:00 WIB
    Job pengingat = management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_PengingatSertifikat")
        .singleResult();
    assertThat(pengingat.getDuedate().toInstant()).isEqualTo(
        hariIni.plusDays(12).atTime(8, 0).atZone(Waktu.WIB).toInstant());
    management.executeJob(pengingat.getId());
    jalankan(pi, "Task_KirimPengingat");
    assertThat(service.ambil(k.getId()).getPengingatPada()).isNotNull();
    assertThat(pemberitahuanUntuk(org.nipStaf)).contains(Pemberitahuan.Jenis.PENGINGAT_PELATIHAN);

    // the deadline passes: marked overdue, reported, the ASN's task stays open
    management.executeJob(management.createJobQuery().processInstanceId(pi.getId())
        .activityId("Event_BatasSertifikat").singleResult().getId());
    jalankan(pi, "Task_TandaiTerlambat");
    assertThat(pi).hasPassed("EndEvent_TerlambatDilaporkan").isWaitingAt("laporkan-pelatihan");
    KebutuhanPelatihan terlambat = service.ambil(k.getId());
    assertThat(terlambat.getTerlambatPada()).isNotNull();
    assertThat(service.terlambat()).extracting(KebutuhanPelatihan::getId).contains(k.getId());
    assertThat(pemberitahuanUntuk(org.nipStaf)).contains(Pemberitahuan.Jenis.PELATIHAN_TERLAMBAT);
    assertThat(service.riwayat(k.getId())).extracting(LangkahKebutuhanPelatihan::getJenis)
        .contains(LangkahKebutuhanPelatihan.Jenis.PENGINGAT, LangkahKebutuhanPelatihan.Jenis.TERLAMBAT);

    // a late certificate is still taken and verified; the need leaves the overdue report
    selesaikan(pi, "laporkan-pelatihan", org.nipStaf, Map.of("sertifikatBuktiId", sertifikat(org.nipStaf), "konfirmasi", true));
    selesaikan(pi, "verifikasi-pelatihan", BKPSDM, Map.of("tindakan", "VERIFIKASI", "konfirmasi", true));
    jalankan(pi, "Task_KreditkanJp");
    assertThat(pi).isEnded();
    assertThat(service.terlambat()).extracting(KebutuhanPelatihan::getId).doesNotContain(k.getId());
    assertThat(service.riwayat(k.getId()).stream().filter(l -> l.getJenis() == LangkahKebutuhanPelatihan.Jenis.DILAPORKAN)
        .findFirst().orElseThrow().getCatatan()).contains("setelah batas");
  }

  @Test
  void sertifikatOrangLainDanVerifikasiSendiriDitolak() {
    ProcessInstance pi = mulaiDariFormulir(BKPSDM, List.of("bkpsdm"), Map.of("nipAsn", org.nipStaf,
        "kesenjangan", "Manajemen waktu"));
    jalankan(pi, "Task_UsulkanPelatihan");
    LocalDate hariIni = Waktu.hariIni();
    // nobody assigns a training to themself
    Task t = tugas(pi, "tetapkan-pelatihan");
    tasks.claim(t.getId(), org.nipStaf);
    identity.setAuthenticatedUserId(org.nipStaf);
    try {
      assertThatThrownBy(() -> tasks.complete(t.getId(), penetapan(kode("KP-003"), hariIni, hariIni)))
          .hasMessageContaining("diri Anda sendiri");
    } finally {
      identity.clearAuthentication();
    }
    tasks.setAssignee(t.getId(), BKPSDM);
    selesaikan(pi, "tetapkan-pelatihan", BKPSDM, penetapan(kode("KP-003"), hariIni, hariIni));
    long milikLain = sertifikat(org.nipPengawas);
    assertThatThrownBy(() -> selesaikan(pi, "laporkan-pelatihan", org.nipStaf,
        Map.of("sertifikatBuktiId", milikLain, "konfirmasi", true)))
        .satisfies(e -> assertThat(((IsianTidakValidException) akarIsian(e)).getKesalahan())
            .anySatisfy(s -> assertThat(s).contains("tidak ditemukan di antara berkas")));
    assertThatThrownBy(() -> selesaikan(pi, "laporkan-pelatihan", org.nipStaf,
        Map.of("sertifikatBuktiId", sertifikat(org.nipStaf))))
        .hasMessageContaining("konfirmasi");
    selesaikan(pi, "laporkan-pelatihan", org.nipStaf, Map.of("sertifikatBuktiId", sertifikat(org.nipStaf), "konfirmasi", true));
    // the ASN (even as a BKPSDM member) does not verify their own certificate
    assertThatThrownBy(() -> selesaikan(pi, "verifikasi-pelatihan", org.nipStaf,
        Map.of("tindakan", "VERIFIKASI", "konfirmasi", true)))
        .hasMessageContaining("Anda sendiri");
    assertThat(pi).isWaitingAt("verifikasi-pelatihan");
  }
}
