package id.go.langsakota.kinerja.skp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.langsakota.kinerja.identitas.DataUjiIdentitas;
import id.go.langsakota.kinerja.identitas.IdentitasService;
import id.go.langsakota.kinerja.keamanan.SesiTasklistUji;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The choices of susun-skp are read when the form opens, not frozen when the task was created: a
 * head of OPD whose task opened before BKPSDM entered the perjanjian kinerja sees the entries the
 * next time Tasklist loads the form (GET form-variables, on both REST APIs), may choose them, and
 * still may not choose anything outside the current list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PilihanSaatFormulirDibukaHttpTest {

  static final String KATA_SANDI = DataUjiIdentitas.KATA_SANDI_AWAL;
  static final int TAHUN = 2026;
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentitasService identitas;
  @Autowired ApplicationContext ctx;
  @Autowired PerjanjianKinerjaRepository perjanjian;
  @Autowired SkpRepository skpRepository;

  OrganisasiUji org;
  ProcessInstance pi;
  String taskId;

  @BeforeEach
  void siapkan() {
    org = new OrganisasiUji(ctx);
    // a register user with the groups and the Tasklist login the sync gives everyone
    identitas.sinkronkan(Set.of(org.nipKepala));
    // The head's SKP process starts before BKPSDM has entered any perjanjian kinerja.
    pi = runtime.startProcessInstanceByKey("skp-pegawai", SkpPegawaiProses.businessKey(TAHUN, org.nipKepala),
        Variables.createVariables().putValue("nip", org.nipKepala).putValue("tahun", TAHUN)
            .putValue("tanggalMulai", TAHUN + "-01-01").putValue("tanggalSelesai", TAHUN + "-12-31")
            .putValue("jenisPeriode", "BULANAN"));
    management.executeJob(management.createJobQuery().processInstanceId(pi.getId())
        .activityId("Task_BuatSkp").singleResult().getId());
    taskId = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("susun-skp")
        .singleResult().getId();
  }

  @Test
  void perjanjianKinerjaYangDimasukkanSetelahTugasDibuatDitawarkanSaatFormulirDibuka() throws Exception {
    assertThat(opsi(bukaRest())).as("belum ada perjanjian kinerja").isEmpty();

    PerjanjianKinerja pk = perjanjian.save(new PerjanjianKinerja(org.kodeOpd, TAHUN,
        "Meningkatnya kualitas layanan publik", "Indeks kepuasan masyarakat", "bkpsdm-uji"));

    // Opening the form again (Tasklist's call) offers the new entry, on /engine-rest ...
    List<String> nilai = opsi(bukaRest()).stream().map(o -> o.path("value").asText()).toList();
    assertThat(nilai).containsExactly("PK:" + pk.getId());
    assertThat(opsi(bukaRest()).get(0).path("label").asText())
        .isEqualTo("Perjanjian kinerja: Meningkatnya kualitas layanan publik");

    // ... and on the webapps' engine API, as Tasklist calls it with its session
    PerjanjianKinerja pk2 = perjanjian.save(new PerjanjianKinerja(org.kodeOpd, TAHUN,
        "Meningkatnya akuntabilitas kinerja", null, "bkpsdm-uji"));
    SesiTasklistUji sesi = SesiTasklistUji.masuk(http, engine.getName(), org.nipKepala, KATA_SANDI);
    ResponseEntity<String> webapp = http.exchange("/camunda/api/engine/engine/" + engine.getName() + "/task/"
        + taskId + "/form-variables?deserializeValues=false", HttpMethod.GET,
        new HttpEntity<>(sesi.header(false)), String.class);
    assertThat(webapp.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(opsi(JSON.readTree(webapp.getBody())).stream().map(o -> o.path("value").asText()).toList())
        .containsExactly("PK:" + pk.getId(), "PK:" + pk2.getId());
  }

  @Test
  void hanyaPilihanYangBerlakuSekarangDiterimaSaatSelesai() throws Exception {
    PerjanjianKinerja pk = perjanjian.save(new PerjanjianKinerja(org.kodeOpd, TAHUN,
        "Meningkatnya kualitas layanan publik", null, "bkpsdm-uji"));
    OrganisasiUji lain = new OrganisasiUji(ctx);
    PerjanjianKinerja pkLain = perjanjian.save(new PerjanjianKinerja(lain.kodeOpd, TAHUN,
        "Sasaran OPD lain", null, "bkpsdm-uji"));

    // another OPD's entry (never offered to this head) is refused, nothing is written
    ResponseEntity<JsonNode> ditolak = kirim(rhk("PK:" + pkLain.getId()));
    assertThat(ditolak.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ditolak.getBody().path("kesalahan").toString()).contains("RHK ke-1", "PK:" + pkLain.getId());
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    assertThat(skpRepository.findByNipAndTahun(org.nipKepala, TAHUN).orElseThrow().getStatus())
        .isEqualTo(StatusSkp.DRAF);

    // the entry added after the task was created is accepted, although it was never in the
    // variable the task got at creation
    ResponseEntity<JsonNode> diterima = kirim(rhk("PK:" + pk.getId()));
    assertThat(diterima.getStatusCode()).as(String.valueOf(diterima.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    Skp skp = skpRepository.findByNipAndTahun(org.nipKepala, TAHUN).orElseThrow();
    assertThat(skp.getStatus()).isEqualTo(StatusSkp.DIAJUKAN);
  }

  private JsonNode bukaRest() {
    ResponseEntity<JsonNode> r = http.withBasicAuth(org.nipKepala, KATA_SANDI).getForEntity(
        "/engine-rest/engine/" + engine.getName() + "/task/" + taskId + "/form-variables?deserializeValues=false",
        JsonNode.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    return r.getBody();
  }

  private static List<JsonNode> opsi(JsonNode variabel) throws Exception {
    JsonNode v = variabel.path("opsiRhkAtasan").path("value");
    JsonNode daftar = v.isTextual() ? JSON.readTree(v.asText()) : v;
    List<JsonNode> hasil = new java.util.ArrayList<>();
    daftar.forEach(hasil::add);
    return hasil;
  }

  private static String rhk(String atasan) throws Exception {
    return JSON.writeValueAsString(List.of(Map.of("jenis", "UTAMA", "uraian", "Terwujudnya layanan prima",
        "rhkAtasan", atasan, "indikator", List.of(Map.of("aspek", "KUANTITAS", "uraian", "Layanan selesai",
            "target", 100, "satuan", "layanan", "arah", "LEBIH_TINGGI_LEBIH_BAIK")))));
  }

  private ResponseEntity<JsonNode> kirim(String rhkJson) {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(org.nipKepala, KATA_SANDI).exchange(
        "/engine-rest/engine/" + engine.getName() + "/task/" + taskId + "/submit-form", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", Map.of("rhk", Map.of("type", "Json", "value", rhkJson))), h),
        JsonNode.class);
  }
}
