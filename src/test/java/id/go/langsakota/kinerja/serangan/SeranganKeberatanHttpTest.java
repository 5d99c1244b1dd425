package id.go.langsakota.kinerja.serangan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.langsakota.kinerja.keberatan.Keberatan;
import id.go.langsakota.kinerja.keberatan.KeberatanRepository;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.skp.JenisPeriode;
import id.go.langsakota.kinerja.skp.OrganisasiUji;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.skp.StatusSkp;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import id.go.langsakota.kinerja.identitas.DataUjiIdentitas;
import id.go.langsakota.kinerja.identitas.IdentitasService;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.Peran;
import id.go.langsakota.kinerja.organisasi.PeranPenggunaRepository;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * The appeal's tasks and /api under attack, over HTTP with ordinary logins: undeclared and
 * steering variables (nip, keberatanId, predikat) refused with 400 and {@code kesalahan}, someone
 * else's task, the rater deciding, filing twice, and who may read an appeal and the report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SeranganKeberatanHttpTest {

  static final String KATA_SANDI = "rahasia-keberatan";
  static final int TAHUN = 2024;
  static final String ALASAN = "Capaian RHK utama melampaui target dan tidak diperhitungkan dalam penilaian.";

  @Autowired TestRestTemplate http;
  @Autowired ApplicationContext ctx;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired SkpRepository skpRepo;
  @Autowired KeberatanRepository keberatanRepo;
  @Autowired PegawaiRepository pegawaiRepository;
  @Autowired PeranPenggunaRepository peranRepository;
  @Autowired IdentitasService identitas;

  OrganisasiUji org;
  String bkpsdm;

  @BeforeEach
  void siapkan() {
    org = new OrganisasiUji(ctx);
    for (String nip : List.of(org.nipKepala, org.nipPengawas, org.nipStaf)) {
      pengguna(nip);
    }
    // a BKPSDM officer from the register (role BKPSDM), synchronised into Camunda identity
    Pegawai p = DataUjiIdentitas.pegawai(pegawaiRepository, "Petugas BKPSDM Uji Keberatan");
    DataUjiIdentitas.peran(peranRepository, p.getNip(), p.getNama(), Peran.BKPSDM);
    identitas.sinkronkan(Set.of(p.getNip()));
    bkpsdm = p.getNip();
    pengguna(bkpsdm);
    Skp skp = new Skp(org.nipStaf, TAHUN, LocalDate.of(TAHUN, 1, 1), LocalDate.of(TAHUN, 12, 31), JenisPeriode.BULANAN);
    skp.setStatus(StatusSkp.DINILAI);
    skp.setRatingHasilKerjaTahunan(Rating.SESUAI_EKSPEKTASI);
    skp.setRatingPerilakuTahunan(Rating.SESUAI_EKSPEKTASI);
    skp.setPredikatTahunan(Predikat.BAIK);
    skp.setDinilaiOleh(org.nipPengawas);
    skpRepo.save(skp);
  }

  ProcessInstance hasilDiterima() {
    return runtime.createProcessInstanceByKey("skp-pegawai").businessKey("SKP-" + TAHUN + "-" + org.nipStaf)
        .startBeforeActivity("terima-hasil-penilaian").execute();
  }

  Task tugas(String processInstanceId, String kunci) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(kunci).singleResult();
  }

  TestRestTemplate sebagai(String nip) {
    return http.withBasicAuth(nip, KATA_SANDI);
  }

  ResponseEntity<JsonNode> submit(String oleh, String taskId, Map<String, Object> variabel) {
    return sebagai(oleh).exchange("/engine-rest/engine/" + engine.getName() + "/task/" + taskId + "/submit-form", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", variabel)), JsonNode.class);
  }

  static Map<String, Object> teks(String nilai) {
    return Map.of("type", "String", "value", nilai);
  }

  static void ditolak(ResponseEntity<JsonNode> r, String kataKunci) {
    assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(r.getBody().get("kesalahan").toString()).contains(kataKunci);
  }

  ResponseEntity<JsonNode> ajukanApi(String oleh, String alasan) {
    return sebagai(oleh).postForEntity("/api/keberatan/" + TAHUN, Map.of("alasan", alasan), JsonNode.class);
  }

  ProcessInstance keberatanBerjalan(ProcessInstance skp) {
    ProcessInstance kb = runtime.createProcessInstanceQuery().superProcessInstanceId(skp.getId()).singleResult();
    management.executeJob(management.createJobQuery().processInstanceId(kb.getId()).singleResult().getId());
    return kb;
  }

  @Test
  void pengajuanMembawaNipAtauIsianAsingDitolakDanTidakTercatat() {
    ProcessInstance skp = hasilDiterima();
    Task terima = tugas(skp.getId(), "terima-hasil-penilaian");
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("tanggapan", teks("AJUKAN_KEBERATAN"));
    v.put("alasanKeberatan", teks(ALASAN));
    v.put("nip", teks(org.nipPengawas));
    ditolak(submit(org.nipStaf, terima.getId(), v), "nip");
    v.remove("nip");
    v.put("batasKeberatan", teks("2099-12-31T23:59:59+07:00"));
    ditolak(submit(org.nipStaf, terima.getId(), v), "batasKeberatan");
    // someone else's task: the pejabat penilai cannot file (nor accept) for the ASN
    v.remove("batasKeberatan");
    assertThat(submit(org.nipPengawas, terima.getId(), v).getStatusCode().is4xxClientError()).isTrue();
    assertThat(keberatanRepo.existsByNipAndTahun(org.nipStaf, TAHUN)).isFalse();
    assertThat(tugas(skp.getId(), "terima-hasil-penilaian")).isNotNull();
    // a reason too short: 400 in Indonesian, nothing filed
    ditolak(ajukanApi(org.nipStaf, "Tidak setuju"), "minimal 30 karakter");
    assertThat(keberatanRepo.existsByNipAndTahun(org.nipStaf, TAHUN)).isFalse();

    // the ASN files through /api; the same again is refused
    ResponseEntity<JsonNode> r = ajukanApi(org.nipStaf, ALASAN);
    assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.CREATED);
    assertThat(r.getBody().get("langkah").get(0).get("jenis").asText()).isEqualTo("DIAJUKAN");
    ditolak(ajukanApi(org.nipStaf, ALASAN), "sudah diajukan");
    // someone with no result of that year to answer
    ditolak(ajukanApi(org.nipPengawas, ALASAN), "Tidak ada hasil penilaian tahunan");
    assertThat(keberatanRepo.findAll()).filteredOn(k -> k.getNip().equals(org.nipStaf)).hasSize(1);
  }

  @Test
  void keputusanDenganIsianPengarahDitolakPenilaiTidakMemutus() {
    ProcessInstance skp = hasilDiterima();
    assertThat(ajukanApi(org.nipStaf, ALASAN).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ProcessInstance kb = keberatanBerjalan(skp);
    Task putuskan = tugas(kb.getId(), "putuskan-keberatan");
    assertThat(putuskan.getAssignee()).isEqualTo(org.nipKepala);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("tindakan", teks("PUTUSKAN"));
    v.put("ratingHasilKerja", teks("DI_ATAS_EKSPEKTASI"));
    v.put("alasanHasilKerja", teks("Bukti capaian triwulan IV"));
    v.put("ratingPerilaku", teks("DI_ATAS_EKSPEKTASI"));
    v.put("alasanPerilaku", teks("Sesuai pengamatan atasan"));
    for (String asing : List.of("predikat", "keberatanId", "nip", "assignee")) {
      Map<String, Object> dengan = new LinkedHashMap<>(v);
      dengan.put(asing, teks("SANGAT_BAIK"));
      ditolak(submit(org.nipKepala, putuskan.getId(), dengan), asing);
    }
    // the pejabat penilai whose rating is appealed cannot reach the decision
    assertThat(submit(org.nipPengawas, putuskan.getId(), v).getStatusCode().is4xxClientError()).isTrue();
    // nor the ASN
    assertThat(submit(org.nipStaf, putuskan.getId(), v).getStatusCode().is4xxClientError()).isTrue();
    Keberatan k = keberatanRepo.findByNipAndTahun(org.nipStaf, TAHUN).orElseThrow();
    assertThat(k.getDiputuskanPada()).isNull();
    assertThat(tugas(kb.getId(), "putuskan-keberatan").getAssignee()).isEqualTo(org.nipKepala);

    ResponseEntity<JsonNode> ok = submit(org.nipKepala, putuskan.getId(), v);
    assertThat(ok.getStatusCode().is2xxSuccessful()).as(String.valueOf(ok.getBody())).isTrue();
    assertThat(keberatanRepo.findById(k.getId()).orElseThrow().getRatingHasilKerjaAkhir())
        .isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
  }

  @Test
  void hanyaBkpsdmDanAsnPemilikMembacaKeberatanDanLaporan() throws Exception {
    ProcessInstance skp = hasilDiterima();
    assertThat(ajukanApi(org.nipStaf, "=HYPERLINK(\"http://contoh\") " + ALASAN).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    keberatanBerjalan(skp);
    Keberatan k = keberatanRepo.findByNipAndTahun(org.nipStaf, TAHUN).orElseThrow();
    String jalur = "/api/keberatan/" + k.getId();
    assertThat(sebagai(org.nipStaf).getForEntity(jalur, JsonNode.class).getBody().get("langkah"))
        .extracting(l -> l.get("jenis").asText()).containsExactly("DIAJUKAN", "DITERUSKAN");
    assertThat(sebagai(bkpsdm).getForEntity(jalur, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<JsonNode> lain = sebagai(org.nipPengawas).getForEntity(jalur, JsonNode.class);
    assertThat(lain.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(sebagai(org.nipStaf).getForEntity("/api/keberatan/saya", JsonNode.class).getBody()).hasSize(1);
    assertThat(sebagai(org.nipPengawas).getForEntity("/api/keberatan/saya", JsonNode.class).getBody()).isEmpty();
    assertThat(sebagai(org.nipStaf).getForEntity("/api/keberatan?tahun=" + TAHUN, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(sebagai(bkpsdm).getForEntity("/api/keberatan?tahun=" + TAHUN, JsonNode.class).getBody())
        .anySatisfy(b -> assertThat(b.get("nip").asText()).isEqualTo(org.nipStaf));

    assertThat(sebagai(org.nipStaf).getForEntity("/api/laporan/keberatan/" + TAHUN, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode laporan = sebagai(bkpsdm).getForEntity("/api/laporan/keberatan/" + TAHUN, JsonNode.class).getBody();
    assertThat(laporan.get("perHasil").get("DALAM_PROSES").asInt()).isGreaterThanOrEqualTo(1);
    ResponseEntity<byte[]> xlsx = sebagai(bkpsdm).getForEntity("/api/laporan/keberatan/" + TAHUN + "/excel",
        byte[].class);
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      var lembar = buku.getSheet("Keberatan");
      boolean ada = false;
      for (int i = 1; i <= lembar.getLastRowNum(); i++) {
        if (lembar.getRow(i).getCell(0).getStringCellValue().equals(org.nipStaf)) {
          ada = true;
          assertThat(lembar.getRow(i).getCell(3).getStringCellValue()).isEqualTo("DALAM_PROSES");
        }
      }
      assertThat(ada).isTrue();
      // no cell is a formula
      lembar.forEach(r -> r.forEach(c -> assertThat(c.getCellType()).isNotEqualTo(
          CellType.FORMULA)));
    }
    assertThat(sebagai(org.nipStaf).getForEntity("/api/laporan/keberatan/" + TAHUN + "/excel", byte[].class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
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
