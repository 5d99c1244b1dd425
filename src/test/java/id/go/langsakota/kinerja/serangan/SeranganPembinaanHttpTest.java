package id.go.langsakota.kinerja.serangan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.langsakota.kinerja.identitas.DataUjiIdentitas;
import id.go.langsakota.kinerja.identitas.IdentitasService;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.Peran;
import id.go.langsakota.kinerja.organisasi.PeranPenggunaRepository;
import id.go.langsakota.kinerja.pembinaan.Pembinaan;
import id.go.langsakota.kinerja.pembinaan.PembinaanKinerjaService;
import id.go.langsakota.kinerja.pembinaan.RencanaPembinaan;
import id.go.langsakota.kinerja.pembinaan.StatusPembinaan;
import id.go.langsakota.kinerja.pembinaan.StatusRencana;
import id.go.langsakota.kinerja.pembinaan.TindakLanjutPembinaan;
import id.go.langsakota.kinerja.pembinaan.PembinaanRepository;
import id.go.langsakota.kinerja.skp.JenisPeriode;
import id.go.langsakota.kinerja.skp.OrganisasiUji;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.skp.StatusSkp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * pembinaan-kinerja's tasks and /api under attack over HTTP with ordinary logins: undeclared and
 * steering variables refused with 400 and {@code kesalahan}, the pejabat penilai agreeing the
 * ASN's plan, a non-BKPSDM start, starting for Baik, and who may read a pembinaan.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SeranganPembinaanHttpTest {

  static final String KATA_SANDI = "rahasia-pembinaan";
  static final int TAHUN = 2024;

  @Autowired TestRestTemplate http;
  @Autowired ApplicationContext ctx;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired SkpRepository skpRepo;
  @Autowired PembinaanRepository repository;
  @Autowired PegawaiRepository pegawaiRepository;
  @Autowired PeranPenggunaRepository peranRepository;
  @Autowired IdentitasService identitas;
  @Autowired PembinaanKinerjaService service;
  @Autowired org.camunda.bpm.engine.RuntimeService runtime;
  @Autowired org.camunda.bpm.engine.ManagementService management;
  @Autowired id.go.langsakota.kinerja.kompetensi.KatalogPelatihanRepository katalog;
  @Autowired id.go.langsakota.kinerja.pengembangan.KebutuhanPelatihanRepository kebutuhanRepository;

  OrganisasiUji org;
  String bkpsdm;

  @BeforeEach
  void siapkan() {
    org = new OrganisasiUji(ctx);
    for (String nip : List.of(org.nipKepala, org.nipPengawas, org.nipStaf)) {
      pengguna(nip);
    }
    Pegawai p = DataUjiIdentitas.pegawai(pegawaiRepository, "Petugas BKPSDM Uji Pembinaan");
    DataUjiIdentitas.peran(peranRepository, p.getNip(), p.getNama(), Peran.BKPSDM);
    identitas.sinkronkan(Set.of(p.getNip()));
    bkpsdm = p.getNip();
    pengguna(bkpsdm);
  }

  Skp skp(Predikat predikat) {
    Skp skp = new Skp(org.nipStaf, TAHUN, LocalDate.of(TAHUN, 1, 1), LocalDate.of(TAHUN, 12, 31), JenisPeriode.BULANAN);
    skp.setStatus(StatusSkp.DITERIMA);
    skp.setRatingHasilKerjaTahunan(Rating.DI_BAWAH_EKSPEKTASI);
    skp.setRatingPerilakuTahunan(Rating.SESUAI_EKSPEKTASI);
    skp.setPredikatTahunan(predikat);
    skp.setDinilaiOleh(org.nipPengawas);
    skp.setTanggalPredikatFinal(Instant.now());
    return skpRepo.save(skp);
  }

  TestRestTemplate sebagai(String nip) {
    return http.withBasicAuth(nip, KATA_SANDI);
  }

  ResponseEntity<JsonNode> submit(String oleh, String taskId, Map<String, Object> variabel) {
    return sebagai(oleh).exchange("/engine-rest/engine/" + engine.getName() + "/task/" + taskId + "/submit-form",
        HttpMethod.POST, new HttpEntity<>(Map.of("variables", variabel)), JsonNode.class);
  }

  static Map<String, Object> teks(String nilai) {
    return Map.of("type", "String", "value", nilai);
  }

  static void ditolak(ResponseEntity<JsonNode> r, String kataKunci) {
    assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(r.getBody().toString()).contains(kataKunci);
  }

  Task tugas(String nip, String kunci) {
    return tasks.createTaskQuery().processInstanceBusinessKey("PB-" + TAHUN + "-" + nip).taskDefinitionKey(kunci)
        .singleResult();
  }

  @Test
  void mulaiHanyaOlehBkpsdmDanBukanUntukBaik() {
    Skp baik = skp(Predikat.BAIK);
    ResponseEntity<JsonNode> r = sebagai(org.nipPengawas).postForEntity("/api/pembinaan", Map.of("skpId", baik.getId()),
        JsonNode.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ditolak(sebagai(bkpsdm).postForEntity("/api/pembinaan", Map.of("skpId", baik.getId()), JsonNode.class),
        "hanya untuk predikat Butuh Perbaikan");
    assertThat(repository.existsBySkpId(baik.getId())).isFalse();
  }

  @Test
  void isianPengarahDitolakDanPenilaiTidakMenyetujuiRencanaAsn() {
    Skp s = skp(Predikat.BUTUH_PERBAIKAN);
    ResponseEntity<JsonNode> mulai = sebagai(bkpsdm).postForEntity("/api/pembinaan", Map.of("skpId", s.getId()),
        JsonNode.class);
    assertThat(mulai.getStatusCode()).as(String.valueOf(mulai.getBody())).isEqualTo(HttpStatus.CREATED);
    long id = mulai.getBody().get("id").asLong();
    ditolak(sebagai(bkpsdm).postForEntity("/api/pembinaan", Map.of("skpId", s.getId()), JsonNode.class),
        "sudah dimulai");

    Task susun = tugas(org.nipStaf, "susun-rencana-pembinaan");
    assertThat(susun.getAssignee()).isEqualTo(org.nipPengawas);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("tujuanPembinaan", teks("Menyelesaikan laporan bulanan tepat waktu dan tanpa revisi"));
    v.put("dukunganPembinaan", teks("Coaching mingguan oleh kepala seksi dan Pelatihan Manajemen Waktu"));
    v.put("jadwalPertemuan", teks("Setiap Senin pertama bulan berjalan, pukul 09.00 WIB"));
    for (String asing : List.of("nip", "pembinaanId", "pejabatPenilai", "predikat", "assignee")) {
      Map<String, Object> dengan = new LinkedHashMap<>(v);
      dengan.put(asing, teks(org.nipKepala));
      ditolak(submit(org.nipPengawas, susun.getId(), dengan), asing);
    }
    // someone else (the ASN, the atasan) cannot draft the plan
    assertThat(submit(org.nipStaf, susun.getId(), v).getStatusCode().is4xxClientError()).isTrue();
    assertThat(submit(org.nipKepala, susun.getId(), v).getStatusCode().is4xxClientError()).isTrue();
    ResponseEntity<JsonNode> ok = submit(org.nipPengawas, susun.getId(), v);
    assertThat(ok.getStatusCode().is2xxSuccessful()).as(String.valueOf(ok.getBody())).isTrue();

    Task setujui = tugas(org.nipStaf, "setujui-rencana-pembinaan");
    Map<String, Object> setuju = Map.of("setujuRencana", Map.of("type", "Boolean", "value", true));
    // the pejabat penilai cannot agree the plan on the ASN's behalf
    assertThat(submit(org.nipPengawas, setujui.getId(), setuju).getStatusCode().is4xxClientError()).isTrue();
    ditolak(submit(org.nipStaf, setujui.getId(), Map.of("setujuRencana", Map.of("type", "Boolean", "value", true),
        "statusPembinaan", teks("SELESAI_MEMBAIK"))), "statusPembinaan");
    assertThat(tugas(org.nipStaf, "setujui-rencana-pembinaan")).isNotNull();
    ResponseEntity<JsonNode> ok2 = submit(org.nipStaf, setujui.getId(), setuju);
    assertThat(ok2.getStatusCode().is2xxSuccessful()).as(String.valueOf(ok2.getBody())).isTrue();

    // reading: the ASN and the penilai yes, the atasan no; the record on the pegawai: BKPSDM and the ASN
    assertThat(sebagai(org.nipStaf).getForEntity("/api/pembinaan/" + id, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(sebagai(org.nipPengawas).getForEntity("/api/pembinaan/" + id, JsonNode.class).getBody()
        .get("rencana").get(0).get("status").asText()).isEqualTo("DISETUJUI");
    assertThat(sebagai(org.nipKepala).getForEntity("/api/pembinaan/" + id, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(sebagai(org.nipPengawas).getForEntity("/api/pegawai/" + org.nipStaf + "/pembinaan", JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(sebagai(bkpsdm).getForEntity("/api/pegawai/" + org.nipStaf + "/pembinaan", JsonNode.class).getBody())
        .hasSize(1);
    assertThat(sebagai(org.nipKepala).getForEntity("/api/pembinaan", JsonNode.class).getBody().toString())
        .doesNotContain(org.nipStaf);
  }

  static Map<String, Object> ya(boolean b) {
    return Map.of("type", "Boolean", "value", b);
  }

  Map<String, Object> rencana(String pelatihan) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("tujuanPembinaan", teks("Menyelesaikan laporan bulanan tepat waktu dan tanpa revisi"));
    v.put("dukunganPembinaan", teks("Coaching mingguan oleh kepala seksi dan pelatihan dari katalog"));
    v.put("jadwalPertemuan", teks("Setiap Senin pertama bulan berjalan, pukul 09.00 WIB"));
    if (pelatihan != null) {
      v.put("pelatihanPembinaan", teks(pelatihan));
    }
    return v;
  }

  void jalankan(String pi, String aktivitas) {
    management.executeJob(management.createJobQuery().processInstanceId(pi).activityId(aktivitas).singleResult()
        .getId());
  }

  /**
   * The plan with its training attacked (the ASN drafting his own plan, an unknown catalogue id, a
   * text longer than its column, approval by others and twice), the training started once and shown
   * on /api/pembinaan and in Kinerja saya; then the BKPSDM decision attacked (the ASN, the pejabat
   * penilai, a non-BKPSDM user the task was reassigned to, values outside the enum, a date from
   * 1900, a decree number longer than its column, an undeclared variable).
   */
  @Test
  void rencanaDenganPelatihanDanKeputusanBkpsdmDiserang() {
    Skp s = skp(Predikat.BUTUH_PERBAIKAN);
    ResponseEntity<JsonNode> mulai = sebagai(bkpsdm).postForEntity("/api/pembinaan", Map.of("skpId", s.getId()),
        JsonNode.class);
    long id = mulai.getBody().get("id").asLong();
    String pi = repository.findById(id).orElseThrow().getProcessInstanceId();
    String kp001 = String.valueOf(katalog.findByKode("KP-001").orElseThrow().getId());
    Task susun = tugas(org.nipStaf, "susun-rencana-pembinaan");

    // the ASN cannot draft (and so approve) his own plan
    assertThat(submit(org.nipStaf, susun.getId(), rencana(kp001)).getStatusCode().value()).isIn(403, 404);
    // a catalogue id that does not exist, is not a number, or has the wrong type
    ditolak(submit(org.nipPengawas, susun.getId(), rencana("999999999")), "tidak ada di katalog pelatihan aktif");
    ditolak(submit(org.nipPengawas, susun.getId(), rencana("<script>alert(1)</script>")),
        "tidak ada di katalog pelatihan aktif");
    Map<String, Object> angka = rencana(null);
    angka.put("pelatihanPembinaan", Map.of("type", "Long", "value", 1));
    ditolak(submit(org.nipPengawas, susun.getId(), angka), "pelatihanPembinaan");
    // longer than its column (jadwal_pertemuan VARCHAR(1000)): 400, not a database fault
    Map<String, Object> panjang = rencana(kp001);
    panjang.put("jadwalPertemuan", teks("Senin pertama ".repeat(100)));
    ditolak(submit(org.nipPengawas, susun.getId(), panjang), "paling banyak 1000 karakter");
    assertThat(service.rencana(id)).isEmpty();
    assertThat(submit(org.nipPengawas, susun.getId(), rencana(kp001)).getStatusCode().value()).isEqualTo(204);

    Task setujui = tugas(org.nipStaf, "setujui-rencana-pembinaan");
    OrganisasiUji lain = new OrganisasiUji(ctx);
    pengguna(lain.nipStaf);
    // someone else's pembinaan: another ASN, the pejabat penilai, BKPSDM cannot agree it
    for (String siapa : List.of(lain.nipStaf, org.nipPengawas, bkpsdm)) {
      assertThat(submit(siapa, setujui.getId(), Map.of("setujuRencana", ya(true))).getStatusCode().value())
          .as(siapa).isIn(400, 403, 404);
    }
    ditolak(submit(org.nipStaf, setujui.getId(), Map.of("setujuRencana", teks("ya"))), "setujuRencana");
    ditolak(submit(org.nipStaf, setujui.getId(), Map.of("setujuRencana", ya(true),
        "pelatihanPembinaan", teks(kp001))), "pelatihanPembinaan");
    assertThat(submit(org.nipStaf, setujui.getId(), Map.of("setujuRencana", ya(true))).getStatusCode().value())
        .isEqualTo(204);
    // sent twice: the task is gone, nothing happens twice
    assertThat(submit(org.nipStaf, setujui.getId(), Map.of("setujuRencana", ya(true))).getStatusCode().value())
        .isIn(404, 409);
    assertThat(service.rencana(id)).singleElement().extracting(RencanaPembinaan::getStatus)
        .isEqualTo(StatusRencana.DISETUJUI);

    jalankan(pi, "Task_MulaiMasaPembinaan");
    jalankan(pi, "Task_MulaiPengembanganKompetensi");
    var kebutuhan = kebutuhanRepository.findByPembinaanId(id).orElseThrow();
    assertThat(service.mulaiPelatihan(id)).get().extracting(k -> k.getId()).isEqualTo(kebutuhan.getId());
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("PK-" + kebutuhan.getId()).count())
        .isEqualTo(1);
    JsonNode rincian = sebagai(org.nipStaf).getForEntity("/api/pembinaan/" + id, JsonNode.class).getBody();
    assertThat(rincian.get("pelatihan").get("nama").asText()).isEqualTo("Pelatihan Manajemen Waktu");
    assertThat(rincian.get("pelatihan").get("kebutuhanPelatihanId").asLong()).isEqualTo(kebutuhan.getId());
    assertThat(rincian.get("pelatihan").get("status").asText()).isEqualTo("DIUSULKAN");
    JsonNode saya = sebagai(org.nipStaf).getForEntity("/api/kinerja-saya/pegawai/" + org.nipStaf + "/" + TAHUN,
        JsonNode.class).getBody();
    assertThat(saya.get("pembinaan").get("rencana").get("pelatihan").asText()).isEqualTo("Pelatihan Manajemen Waktu");
    assertThat(saya.get("pembinaan").get("rencana").get("kebutuhanPelatihanId").asLong()).isEqualTo(kebutuhan.getId());
    assertThat(saya.toString()).contains("Rencana pembinaan kinerja");

    // to the decision: the re-evaluation recorded through the service, the instance moved to the task
    service.evaluasi(id, org.nipPengawas, "DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI",
        "Target laporan bulanan masih sering terlambat", Instant.now());
    service.catatHasilEvaluasi(id, "BUTUH_PERBAIKAN");
    service.rekomendasikan(id);
    runtime.createProcessInstanceModification(pi).cancelAllForActivity("Event_BulanPembinaanBerlalu")
        .startBeforeActivity("putuskan-tindak-lanjut-pembinaan").execute();
    Task putuskan = tugas(org.nipStaf, "putuskan-tindak-lanjut-pembinaan");
    Map<String, Object> keputusan = new LinkedHashMap<>();
    keputusan.put("keputusanTindakLanjut", teks("PINDAH"));
    keputusan.put("alasanKeputusan", teks("Sesuai rekomendasi; dipindah ke jabatan pengadministrasi umum"));
    keputusan.put("nomorKeputusan", teks("800/77/2026"));
    keputusan.put("tanggalKeputusan", Map.of("type", "String", "value", LocalDate.now().toString()));

    // the ASN, his pejabat penilai (pegawai, not BKPSDM) cannot claim nor decide it
    for (String siapa : List.of(org.nipStaf, org.nipPengawas)) {
      assertThat(sebagai(siapa).postForEntity("/engine-rest/engine/" + engine.getName() + "/task/" + putuskan.getId()
          + "/claim", Map.of("userId", siapa), JsonNode.class).getStatusCode().value()).as(siapa).isIn(403, 404);
      assertThat(submit(siapa, putuskan.getId(), keputusan).getStatusCode().value()).as(siapa).isIn(400, 403, 404);
    }
    // a non-BKPSDM user the task was handed to (e.g. by an administrator) decides nothing
    tasks.setAssignee(putuskan.getId(), org.nipKepala);
    ditolak(submit(org.nipKepala, putuskan.getId(), keputusan), "bukan anggota BKPSDM");
    tasks.setAssignee(putuskan.getId(), bkpsdm);
    Map<String, Object> v = new LinkedHashMap<>(keputusan);
    v.put("keputusanTindakLanjut", teks("PECAT"));
    ditolak(submit(bkpsdm, putuskan.getId(), v), "Keputusan harus salah satu dari");
    v = new LinkedHashMap<>(keputusan);
    v.put("tanggalKeputusan", teks("1900-01-01"));
    ditolak(submit(bkpsdm, putuskan.getId(), v), "sebelum pembinaan dimulai");
    v.put("tanggalKeputusan", teks("kemarin"));
    ditolak(submit(bkpsdm, putuskan.getId(), v), "tanggalKeputusan");
    v = new LinkedHashMap<>(keputusan);
    v.put("nomorKeputusan", teks("800/".repeat(60)));
    ditolak(submit(bkpsdm, putuskan.getId(), v), "paling banyak 100 karakter");
    v = new LinkedHashMap<>(keputusan);
    v.put("keputusan", teks("TETAP"));
    ditolak(submit(bkpsdm, putuskan.getId(), v), "keputusan");
    Pembinaan belum = repository.findById(id).orElseThrow();
    assertThat(belum.getKeputusan()).isNull();
    assertThat(belum.getStatus()).isEqualTo(StatusPembinaan.MENUNGGU_KEPUTUSAN);

    assertThat(submit(bkpsdm, putuskan.getId(), keputusan).getStatusCode().value()).isEqualTo(204);
    Pembinaan akhir = repository.findById(id).orElseThrow();
    assertThat(akhir.getKeputusan()).isEqualTo(TindakLanjutPembinaan.PINDAH);
    assertThat(akhir.getNomorKeputusan()).isEqualTo("800/77/2026");
    assertThat(akhir.getDiputuskanOleh()).isEqualTo(bkpsdm);
  }

  private void pengguna(String id) {
    User u = identity.createUserQuery().userId(id).singleResult();
    if (u == null) {
      u = identity.newUser(id);
      u.setFirstName("Pengguna");
      u.setLastName(id);
    }
    u.setPassword(KATA_SANDI);
    identity.saveUser(u);
    if (identity.createGroupQuery().groupId("pegawai").count() > 0
        && identity.createUserQuery().userId(id).memberOfGroup("pegawai").count() == 0) {
      identity.createMembership(id, "pegawai");
    }
  }
}
