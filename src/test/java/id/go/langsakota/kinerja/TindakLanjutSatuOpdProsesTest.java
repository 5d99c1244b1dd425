package id.go.langsakota.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.identitas.DataUjiIdentitas;
import id.go.langsakota.kinerja.identitas.IdentitasService;
import id.go.langsakota.kinerja.kompetensi.KatalogPelatihanRepository;
import id.go.langsakota.kinerja.kompetensi.PengembanganKompetensiService;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.Peran;
import id.go.langsakota.kinerja.organisasi.PeranPenggunaRepository;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import id.go.langsakota.kinerja.pembinaan.Pembinaan;
import id.go.langsakota.kinerja.pembinaan.PembinaanKinerjaService;
import id.go.langsakota.kinerja.pembinaan.StatusPembinaan;
import id.go.langsakota.kinerja.pengembangan.KebutuhanPelatihan;
import id.go.langsakota.kinerja.pengembangan.KebutuhanPelatihanService;
import id.go.langsakota.kinerja.pengembangan.PemicuPelatihan;
import id.go.langsakota.kinerja.pengembangan.PemicuPengembanganService;
import id.go.langsakota.kinerja.pengembangan.StatusKebutuhanPelatihan;
import id.go.langsakota.kinerja.penghargaan.KategoriPenghargaan;
import id.go.langsakota.kinerja.penghargaan.PemenangPenghargaan;
import id.go.langsakota.kinerja.penghargaan.PenghargaanService;
import id.go.langsakota.kinerja.penghargaan.SeleksiPenghargaanProses;
import id.go.langsakota.kinerja.penilaian.BuktiDukung;
import id.go.langsakota.kinerja.penilaian.BuktiDukungRepository;
import id.go.langsakota.kinerja.skp.JenisPeriode;
import id.go.langsakota.kinerja.skp.OrganisasiUji;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.skp.StatusSkp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
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
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The follow-ups of one OPD's year, end to end through the engine: the ASN rated Butuh Perbaikan
 * gets a training (assigned by BKPSDM, certificate returned then verified, JP counted) and a
 * pembinaan whose agreed plan includes a second training (started as pengembangan-kompetensi,
 * linked to the pembinaan); the OPD's Sangat Baik pejabat is nominated, scored by the Tim Penilai
 * Kinerja, approved by the Wali Kota and recorded as the winner. Runs on H2 here and on the real
 * MySQL/MariaDB server as {@link TindakLanjutSatuOpdMysqlTest}.
 */
@SpringBootTest
@ActiveProfiles("test")
class TindakLanjutSatuOpdProsesTest {

  /** The performance year of the follow-ups (training, pembinaan). */
  static final int TAHUN = Waktu.hariIni().getYear();

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired ApplicationContext ctx;
  @Autowired SkpRepository skpRepository;
  @Autowired PegawaiRepository pegawaiRepository;
  @Autowired PeranPenggunaRepository peranRepository;
  @Autowired IdentitasService identitas;
  @Autowired RegisterOrganisasiService register;
  @Autowired KatalogPelatihanRepository katalog;
  @Autowired BuktiDukungRepository buktiRepository;
  @Autowired PengembanganKompetensiService jpRegister;
  @Autowired PemicuPengembanganService pemicu;
  @Autowired KebutuhanPelatihanService kebutuhan;
  @Autowired PembinaanKinerjaService pembinaan;
  @Autowired PenghargaanService penghargaan;

  OrganisasiUji org;
  String bkpsdm;
  String tpk;

  /**
   * The year of the award selection. On H2 the whole test suite shares one database in which other
   * tests open selections of their own years, so it has a year of its own; on a fresh MySQL
   * database it is the performance year itself.
   */
  protected int tahunPenghargaan() {
    return 2053;
  }

  @BeforeEach
  void siapkan() {
    BpmnAwareTests.init(engine);
    org = new OrganisasiUji(ctx);
    Pegawai b = DataUjiIdentitas.pegawai(pegawaiRepository, "Petugas BKPSDM Tindak Lanjut");
    DataUjiIdentitas.peran(peranRepository, b.getNip(), b.getNama(), Peran.BKPSDM);
    Pegawai t = DataUjiIdentitas.pegawai(pegawaiRepository, "Anggota Tim Penilai Kinerja Tindak Lanjut");
    DataUjiIdentitas.peran(peranRepository, t.getNip(), t.getNama(), Peran.TIM_PENILAI_KINERJA);
    identitas.sinkronkan(Set.of(b.getNip(), t.getNip()));
    bkpsdm = b.getNip();
    tpk = t.getNip();
  }

  @AfterEach
  void bersihkan() {
    identity.clearAuthentication();
    // the team member leaves the team: later selections in the same database stay as they were
    peranRepository.findByPeran(Peran.TIM_PENILAI_KINERJA).stream().filter(p -> p.getIdPengguna().equals(tpk))
        .forEach(peranRepository::delete);
  }

  Skp skp(String nip, int tahun, Predikat predikat) {
    Skp s = new Skp(nip, tahun, LocalDate.of(tahun, 1, 1), LocalDate.of(tahun, 12, 31), JenisPeriode.BULANAN);
    s.setStatus(StatusSkp.DITERIMA);
    s.setRatingHasilKerjaTahunan(predikat == Predikat.SANGAT_BAIK ? Rating.DI_ATAS_EKSPEKTASI
        : predikat == Predikat.BAIK ? Rating.SESUAI_EKSPEKTASI : Rating.DI_BAWAH_EKSPEKTASI);
    s.setRatingPerilakuTahunan(predikat == Predikat.SANGAT_BAIK ? Rating.DI_ATAS_EKSPEKTASI : Rating.SESUAI_EKSPEKTASI);
    s.setPredikatTahunan(predikat);
    s.setDinilaiOleh(org.nipPengawas);
    s.setTanggalPredikatFinal(Instant.now());
    return skpRepository.save(s);
  }

  void jalankanSemua(ProcessInstance pi) {
    for (int i = 0; i < 30; i++) {
      List<Job> jobs = management.createJobQuery().processInstanceId(pi.getId()).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> management.executeJob(j.getId()));
    }
  }

  void jalankan(ProcessInstance pi, String aktivitas) {
    Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(aktivitas).singleResult();
    assertThat(job).as("job di " + aktivitas).isNotNull();
    management.executeJob(job.getId());
  }

  Task tugas(ProcessInstance pi, String kunci) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(kunci).singleResult();
  }

  /** Completes the task as {@code pengguna} (claimed first when it is a group task). */
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

  long sertifikat(String pemilik) {
    return buktiRepository.save(new BuktiDukung(pemilik, "sertifikat.pdf", "application/pdf", 10, "abc",
        "tl-" + System.nanoTime() + ".pdf", pemilik)).getId();
  }

  @Test
  void tindakLanjutSatuOpd() {
    LocalDate hariIni = Waktu.hariIni();
    Skp butuhPerbaikan = skp(org.nipStaf, TAHUN, Predikat.BUTUH_PERBAIKAN);

    // ---- training of the ASN rated Butuh Perbaikan: assigned, certificate returned, then verified
    KebutuhanPelatihan k = pemicu.predikatFinal(org.nipStaf, TAHUN, Predikat.BUTUH_PERBAIKAN).orElseThrow();
    ProcessInstance pk = runtime.createProcessInstanceQuery().processInstanceBusinessKey(k.businessKey())
        .singleResult();
    jalankan(pk, "Task_UsulkanPelatihan");
    Map<String, Object> tetapkan = new HashMap<>();
    tetapkan.put("katalogId", String.valueOf(kode("KP-001")));
    tetapkan.put("tanggalMulai", hariIni.toString());
    tetapkan.put("tanggalSelesai", hariIni.toString());
    tetapkan.put("catatanPenetapan", "Ikuti seluruh sesi");
    tetapkan.put("konfirmasi", true);
    selesaikan(pk, "tetapkan-pelatihan", bkpsdm, tetapkan);
    selesaikan(pk, "laporkan-pelatihan", org.nipStaf, Map.of("sertifikatBuktiId", sertifikat(org.nipStaf),
        "konfirmasi", true));
    selesaikan(pk, "verifikasi-pelatihan", bkpsdm, Map.of("tindakan", "KEMBALIKAN",
        "catatanVerifikasi", "Sertifikat terpotong, unggah halaman lengkap", "konfirmasi", true));
    assertThat(pk).isWaitingAt("laporkan-pelatihan");
    assertThat(kebutuhan.ambil(k.getId()).getStatus()).isEqualTo(StatusKebutuhanPelatihan.DIKEMBALIKAN);
    assertThat(jpRegister.jpTerverifikasi(org.nipStaf, hariIni.getYear())).isZero();
    selesaikan(pk, "laporkan-pelatihan", org.nipStaf, Map.of("sertifikatBuktiId", sertifikat(org.nipStaf),
        "konfirmasi", true));
    selesaikan(pk, "verifikasi-pelatihan", bkpsdm, Map.of("tindakan", "VERIFIKASI", "konfirmasi", true));
    jalankan(pk, "Task_KreditkanJp");
    assertThat(pk).isEnded();
    assertThat(kebutuhan.ambil(k.getId()).getStatus()).isEqualTo(StatusKebutuhanPelatihan.SELESAI);
    // Pelatihan Manajemen Waktu: 24 JP, in the register of the year
    assertThat(jpRegister.jpTerverifikasi(org.nipStaf, hariIni.getYear())).isEqualTo(24);

    // ---- pembinaan: the plan includes the e-learning on time management, agreed by the ASN
    Pembinaan p = pembinaan.mulaiBilaPerlu(butuhPerbaikan.getId()).orElseThrow();
    ProcessInstance pb = runtime.createProcessInstanceQuery().processInstanceId(p.getProcessInstanceId())
        .singleResult();
    Map<String, Object> rencana = new HashMap<>();
    rencana.put("tujuanPembinaan", "Menyelesaikan laporan bulanan tepat waktu dan tanpa revisi");
    rencana.put("dukunganPembinaan", "Coaching mingguan oleh kepala seksi dan e-learning manajemen waktu");
    rencana.put("jadwalPertemuan", "Setiap Senin pertama bulan berjalan, pukul 09.00 WIB");
    rencana.put("pelatihanPembinaan", String.valueOf(kode("KP-003")));
    selesaikan(pb, "susun-rencana-pembinaan", org.nipPengawas, rencana);
    selesaikan(pb, "setujui-rencana-pembinaan", org.nipStaf, Map.of("setujuRencana", true));
    jalankan(pb, "Task_MulaiMasaPembinaan");
    jalankan(pb, "Task_MulaiPengembanganKompetensi");
    assertThat(pb).isWaitingAt("Event_BulanPembinaanBerlalu");
    assertThat(pembinaan.ambil(p.getId()).getStatus()).isEqualTo(StatusPembinaan.BERJALAN);
    KebutuhanPelatihan dariRencana = pembinaan.kebutuhanPelatihan(p.getId()).orElseThrow();
    assertThat(dariRencana.getPemicu()).isEqualTo(PemicuPelatihan.PEMBINAAN);
    assertThat(dariRencana.getNip()).isEqualTo(org.nipStaf);
    assertThat(dariRencana.getKatalogDimintaId()).isEqualTo(kode("KP-003"));
    // once: asked again, the same need; one process
    assertThat(pembinaan.mulaiPelatihan(p.getId()).orElseThrow().getId()).isEqualTo(dariRencana.getId());
    ProcessInstance pk2 = runtime.createProcessInstanceQuery().processInstanceBusinessKey(dariRencana.businessKey())
        .singleResult();
    jalankan(pk2, "Task_UsulkanPelatihan");
    assertThat(kebutuhan.usulan(dariRencana.getId()).get(0).getKatalogId()).isEqualTo(kode("KP-003"));
    assertThat(pk2).isWaitingAt("tetapkan-pelatihan");

    // ---- award selection: the OPD's Sangat Baik pejabat nominated, scored, approved, recorded
    int th = tahunPenghargaan();
    skp(org.nipPengawas, th, Predikat.SANGAT_BAIK);
    skp(org.nipPengawas, th - 1, Predikat.BAIK);
    ProcessInstance ph = runtime.startProcessInstanceByKey(SeleksiPenghargaanProses.KUNCI, Map.of("tahun", th));
    jalankanSemua(ph);
    Task nominasi = tasks.createTaskQuery().processInstanceId(ph.getId()).taskAssignee(org.nipKepala).singleResult();
    assertThat((String) tasks.getVariableLocal(nominasi.getId(), SeleksiPenghargaanProses.DAFTAR_LAYAK))
        .contains(org.nipPengawas).doesNotContain(org.nipStaf);
    Map<String, Object> n = new HashMap<>();
    n.put(SeleksiPenghargaanProses.NOMINASI_MANAJERIAL, org.nipPengawas);
    n.put(SeleksiPenghargaanProses.ALASAN_MANAJERIAL, "Memimpin seksi dengan capaian 120%");
    n.put(SeleksiPenghargaanProses.TANPA_NOMINASI, false);
    identity.setAuthenticatedUserId(org.nipKepala);
    tasks.complete(nominasi.getId(), n);
    identity.clearAuthentication();
    // OPDs of other tests in the same database with candidates that year: no nomination
    for (Task lain : tasks.createTaskQuery().processInstanceId(ph.getId())
        .taskDefinitionKey(SeleksiPenghargaanProses.TUGAS_NOMINASI).list()) {
      tasks.complete(lain.getId(), Map.of(SeleksiPenghargaanProses.TANPA_NOMINASI, true));
    }
    jalankanSemua(ph);
    assertThat(penghargaan.daftarPendek(th)).extracting(x -> x.getNip()).containsExactly(org.nipPengawas);
    List<Task> tim = tasks.createTaskQuery().processInstanceId(ph.getId())
        .taskDefinitionKey(SeleksiPenghargaanProses.TUGAS_NILAI_TIM).list();
    assertThat(tim).extracting(Task::getAssignee).contains(tpk);
    for (Task t : tim) {
      identity.setAuthenticatedUserId(t.getAssignee());
      tasks.complete(t.getId(), Map.of(SeleksiPenghargaanProses.NILAI, Variables.objectValue(
          "[{\"nip\":\"" + org.nipPengawas + "\",\"nilai\":" + (t.getAssignee().equals(tpk) ? "88.5" : "90")
              + ",\"catatan\":\"Wawancara\"}]").serializationDataFormat("application/json").create()));
      identity.clearAuthentication();
    }
    jalankanSemua(ph);
    Task setujui = tugas(ph, SeleksiPenghargaanProses.TUGAS_SETUJUI);
    String waliKota = register.ppk().idPengguna();
    assertThat(setujui.getAssignee()).isEqualTo(waliKota);
    identity.setAuthenticatedUserId(waliKota);
    tasks.complete(setujui.getId(), Map.of(SeleksiPenghargaanProses.KEPUTUSAN, "SETUJUI",
        SeleksiPenghargaanProses.NOMOR_KEPUTUSAN, "800/15/" + th));
    identity.clearAuthentication();
    jalankanSemua(ph);
    assertThat(ph).isEnded();
    List<PemenangPenghargaan> pemenang = penghargaan.pemenang(th);
    assertThat(pemenang).singleElement().satisfies(w -> {
      assertThat(w.getNip()).isEqualTo(org.nipPengawas);
      assertThat(w.getKategori()).isEqualTo(KategoriPenghargaan.MANAJERIAL);
    });
    assertThat(penghargaan.pemenangPegawai(org.nipPengawas)).extracting(PemenangPenghargaan::getTahun).contains(th);
  }
}
