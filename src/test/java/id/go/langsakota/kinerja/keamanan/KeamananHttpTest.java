package id.go.langsakota.kinerja.keamanan;

import static id.go.langsakota.kinerja.identitas.DataUjiIdentitas.KATA_SANDI_AWAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.langsakota.kinerja.identitas.DataUjiIdentitas;
import id.go.langsakota.kinerja.identitas.IdentitasService;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.Peran;
import id.go.langsakota.kinerja.organisasi.PeranPenggunaRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** The security contract over HTTP: /engine-rest, /api, Camunda webapps, task isolation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeamananHttpTest {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine processEngine;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired RepositoryService repositoryService;
  @Autowired TaskService taskService;
  @Autowired PegawaiRepository pegawaiRepository;
  @Autowired PeranPenggunaRepository peranRepository;
  @Autowired IdentitasService identitas;
  @Autowired OtorisasiCamundaService otorisasi;
  @Autowired ApplicationContext context;

  String asnA;
  String asnB;
  String staffBkpsdm;
  /** Only for wrong-password calls: Camunda locks a user for seconds after a failed login. */
  String asnSalahSandi;

  @BeforeAll
  void dataUji() {
    asnA = DataUjiIdentitas.pegawai(pegawaiRepository, "Ali Hasjmy").getNip();
    asnB = DataUjiIdentitas.pegawai(pegawaiRepository, "Hasan Saleh").getNip();
    Pegawai c = DataUjiIdentitas.pegawai(pegawaiRepository, "Nurul Husna");
    staffBkpsdm = c.getNip();
    DataUjiIdentitas.peran(peranRepository, staffBkpsdm, c.getNama(), Peran.BKPSDM);
    asnSalahSandi = DataUjiIdentitas.pegawai(pegawaiRepository, "Salah Sandi").getNip();
    identitas.sinkronkan(Set.of(asnA, asnB, staffBkpsdm, asnSalahSandi));
    DataUjiIdentitas.pasangProsesUji(repositoryService);
  }

  private String rest(String jalur) {
    return "/engine-rest/engine/" + processEngine.getName() + jalur;
  }

  private TestRestTemplate sebagai(String id) {
    return http.withBasicAuth(id, KATA_SANDI_AWAL);
  }

  private String mulaiUntuk(String nip) {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.APPLICATION_JSON);
    Map<String, Object> isi = Map.of("variables",
        Map.of("pemilik", Map.of("value", nip, "type", "String")));
    ResponseEntity<JsonNode> r = http.withBasicAuth("demo", "demo").postForEntity(
        rest("/process-definition/key/" + DataUjiIdentitas.PROSES_UJI + "/start"),
        new HttpEntity<>(isi, h), JsonNode.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    return r.getBody().get("id").asText();
  }

  private String tugasDari(String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
  }

  private static List<String> nilai(JsonNode daftar, String bidang) {
    List<String> hasil = new ArrayList<>();
    daftar.forEach(n -> hasil.add(n.get(bidang).asText()));
    return hasil;
  }

  private static HttpEntity<String> json(String isi) {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(isi, h);
  }

  // --- authentication ----------------------------------------------------------------------

  @Test
  void engineRestNeedsValidCredentials() {
    assertThat(http.getForEntity(rest("/task"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth(asnSalahSandi, "salah").getForEntity(rest("/task"), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(sebagai(asnA).getForEntity(rest("/task"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void apiNeedsCredentialsOfARegisteredUserAndAnswersInIndonesianJson() {
    ResponseEntity<JsonNode> tanpa = http.getForEntity("/api/saya", JsonNode.class);
    assertThat(tanpa.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(tanpa.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    assertThat(tanpa.getBody().get("pesan").asText()).contains("Autentikasi diperlukan");
    assertThat(tanpa.getBody().get("kesalahan").isArray()).isTrue();

    assertThat(http.withBasicAuth(asnSalahSandi, "salah").getForEntity("/api/saya", JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    ResponseEntity<JsonNode> a = sebagai(asnA).getForEntity("/api/saya", JsonNode.class);
    assertThat(a.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(a.getBody().get("idPengguna").asText()).isEqualTo(asnA);
    assertThat(a.getBody().get("nama").asText()).isEqualTo("Ali Hasjmy");
    assertThat(nilaiTeks(a.getBody().get("peran"))).containsExactly("ROLE_PEGAWAI");

    ResponseEntity<JsonNode> c = sebagai(staffBkpsdm).getForEntity("/api/saya", JsonNode.class);
    assertThat(nilaiTeks(c.getBody().get("peran"))).containsExactly("ROLE_BKPSDM", "ROLE_PEGAWAI");
    // no session: nothing to replay from a browser
    assertThat(a.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
  }

  private static List<String> nilaiTeks(JsonNode daftar) {
    List<String> hasil = new ArrayList<>();
    daftar.forEach(n -> hasil.add(n.asText()));
    return hasil;
  }

  @Test
  void camundaUserOutsideTheRegisterCannotUseTheApi() {
    String id = "manual-" + UUID.randomUUID().toString().substring(0, 8);
    User u = identityService.newUser(id);
    u.setPassword("Rahasia-Manual-1");
    identityService.saveUser(u);

    assertThat(http.withBasicAuth(id, "Rahasia-Manual-1").getForEntity("/api/saya", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void methodSecurityAnswers403InJsonAndLetsBkpsdmThrough() {
    ResponseEntity<JsonNode> asn = sebagai(asnA).postForEntity("/api/identitas/sinkronisasi", null, JsonNode.class);
    assertThat(asn.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(asn.getBody().get("pesan").asText()).contains("tidak berwenang");

    ResponseEntity<JsonNode> bkpsdm = sebagai(staffBkpsdm).postForEntity("/api/identitas/sinkronisasi", null, JsonNode.class);
    assertThat(bkpsdm.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(bkpsdm.getBody().has("penggunaDibuat")).isTrue();

    ResponseEntity<JsonNode> admin = http.withBasicAuth("demo", "demo").postForEntity("/api/identitas/sinkronisasi", null, JsonNode.class);
    assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void openApiDescriptionIsPublicAndDeclaresBasicAuth() {
    ResponseEntity<String> r = http.getForEntity("/api/openapi", String.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(r.getBody()).contains("basicAuth").contains("/api/saya");

    ResponseEntity<String> ui = http.getForEntity("/api/docs", String.class);
    if (ui.getStatusCode().is3xxRedirection()) {
      ui = http.getForEntity(ui.getHeaders().getLocation(), String.class);
    }
    assertThat(ui.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ui.getBody()).containsIgnoringCase("swagger");
  }

  @Test
  void noGeneratedDefaultUserExists() {
    assertThat(context.getBeanNamesForType(UserDetailsService.class)).isEmpty();
  }

  // --- tasks ---------------------------------------------------------------------------------

  @Test
  void asnCannotSeeOrCompleteAnotherAsnsTask() {
    String piA = mulaiUntuk(asnA);
    String piB = mulaiUntuk(asnB);
    String tugasA = tugasDari(piA);
    String tugasB = tugasDari(piB);

    ResponseEntity<JsonNode> daftarA = sebagai(asnA).getForEntity(rest("/task"), JsonNode.class);
    assertThat(nilai(daftarA.getBody(), "id")).contains(tugasA).doesNotContain(tugasB);
    assertThat(sebagai(asnA).getForEntity(rest("/task/" + tugasB), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(sebagai(asnA).getForEntity(rest("/task/" + tugasB + "/form-variables"), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> selesaikan = sebagai(asnA).postForEntity(
        rest("/task/" + tugasB + "/complete"), json("{}"), String.class);
    assertThat(selesaikan.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> klaim = sebagai(asnA).postForEntity(
        rest("/task/" + tugasB + "/claim"), json("{\"userId\":\"" + asnA + "\"}"), String.class);
    assertThat(klaim.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(tugasB).singleResult().getAssignee()).isEqualTo(asnB);

    // B works their own task (TASK_WORK) but cannot hand it to someone else (no UPDATE).
    ResponseEntity<String> alihkan = sebagai(asnB).postForEntity(
        rest("/task/" + tugasB + "/assignee"), json("{\"userId\":\"" + asnA + "\"}"), String.class);
    assertThat(alihkan.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> selesaiB = sebagai(asnB).postForEntity(
        rest("/task/" + tugasB + "/submit-form"), json("{\"variables\":{}}"), String.class);
    assertThat(selesaiB.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().taskId(tugasB).count()).isZero();
  }

  @Test
  void asnSeesNoCockpitDataWhileBkpsdmMonitorsEverything() {
    String piB = mulaiUntuk(asnB);

    ResponseEntity<JsonNode> asn = sebagai(asnA).getForEntity(rest("/process-instance"), JsonNode.class);
    assertThat(asn.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(asn.getBody()).isEmpty();
    assertThat(sebagai(asnA).getForEntity(rest("/history/process-instance"), JsonNode.class).getBody()).isEmpty();
    assertThat(sebagai(asnA).getForEntity(rest("/process-definition"), JsonNode.class).getBody()).isEmpty();
    assertThat(sebagai(asnA).getForEntity(rest("/user"), JsonNode.class).getBody())
        .extracting(n -> n.get("id").asText()).containsExactly(asnA);

    ResponseEntity<JsonNode> bkpsdm = sebagai(staffBkpsdm).getForEntity(rest("/process-instance"), JsonNode.class);
    assertThat(nilai(bkpsdm.getBody(), "id")).contains(piB);
    assertThat(nilai(sebagai(staffBkpsdm).getForEntity(rest("/task"), JsonNode.class).getBody(), "processInstanceId"))
        .contains(piB);
    assertThat(nilai(sebagai(staffBkpsdm).getForEntity(rest("/history/process-instance"), JsonNode.class).getBody(), "id"))
        .contains(piB);
    // monitoring is read only
    String tugasB = tugasDari(piB);
    assertThat(sebagai(staffBkpsdm).postForEntity(rest("/task/" + tugasB + "/complete"), json("{}"), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(sebagai(staffBkpsdm).exchange(rest("/process-instance/" + piB), HttpMethod.DELETE, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  // --- applications and filters ----------------------------------------------------------------

  @Test
  void applicationsPerGroup() {
    assertThat(bolehAplikasi(asnA, List.of("pegawai"), "tasklist")).isTrue();
    assertThat(bolehAplikasi(asnA, List.of("pegawai"), "cockpit")).isFalse();
    assertThat(bolehAplikasi(asnA, List.of("pegawai"), "admin")).isFalse();
    assertThat(bolehAplikasi(staffBkpsdm, List.of("pegawai", "bkpsdm"), "cockpit")).isTrue();
    assertThat(bolehAplikasi("walikota", List.of("walikota"), "tasklist")).isTrue();
    assertThat(bolehAplikasi("walikota", List.of("walikota"), "cockpit")).isFalse();
    assertThat(bolehAplikasi("x", List.of("tim-penilai-kinerja"), "tasklist")).isTrue();
    for (Resources r : Resources.values()) {
      if (r == Resources.HISTORIC_TASK || r == Resources.HISTORIC_PROCESS_INSTANCE) {
        continue; // only checkable when historic instance permissions are enabled (they are not)
      }
      assertThat(authorizationService.isUserAuthorized("x", List.of("camunda-admin"), Permissions.ALL, r))
          .as(r.resourceName()).isTrue();
    }
  }

  private boolean bolehAplikasi(String id, List<String> grup, String aplikasi) {
    return authorizationService.isUserAuthorized(id, grup, Permissions.ACCESS, Resources.APPLICATION, aplikasi);
  }

  @Test
  void tasklistFiltersAreReadableByTheirGroupsAndSetupIsIdempotent() {
    otorisasi.siapkan();
    otorisasi.siapkan();
    assertThat(processEngine.getFilterService().createFilterQuery()
        .filterName(OtorisasiCamundaService.FILTER_TUGAS_SAYA).count()).isEqualTo(1);
    long jumlahOtorisasi = authorizationService.createAuthorizationQuery().count();
    otorisasi.siapkan();
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(jumlahOtorisasi);

    JsonNode filterA = sebagai(asnA).getForEntity(rest("/filter"), JsonNode.class).getBody();
    assertThat(nilai(filterA, "name"))
        .containsExactlyInAnyOrder(OtorisasiCamundaService.FILTER_TUGAS_SAYA, OtorisasiCamundaService.FILTER_TUGAS_KELOMPOK);
    JsonNode filterC = sebagai(staffBkpsdm).getForEntity(rest("/filter"), JsonNode.class).getBody();
    assertThat(nilai(filterC, "name")).contains(OtorisasiCamundaService.FILTER_SEMUA_TUGAS);

    String piA = mulaiUntuk(asnA);
    mulaiUntuk(asnB);
    String idSaya = processEngine.getFilterService().createFilterQuery()
        .filterName(OtorisasiCamundaService.FILTER_TUGAS_SAYA).singleResult().getId();
    JsonNode tugasSaya = sebagai(asnA).getForEntity(rest("/filter/" + idSaya + "/list"), JsonNode.class).getBody();
    assertThat(nilai(tugasSaya, "assignee")).isNotEmpty().containsOnly(asnA);
    assertThat(nilai(tugasSaya, "processInstanceId")).contains(piA);
  }

  @Test
  void perProcessStartGrantLetsTheGroupStartThatProcessOnly() {
    String badan = "{\"variables\":{\"pemilik\":{\"value\":\"" + asnA + "\",\"type\":\"String\"}}}";
    String mulai = rest("/process-definition/key/" + DataUjiIdentitas.PROSES_UJI + "/start");
    assertThat(sebagai(asnA).postForEntity(mulai, json(badan), String.class).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);

    otorisasi.izinkanMemulaiProses("pegawai", DataUjiIdentitas.PROSES_UJI);

    assertThat(sebagai(asnA).postForEntity(mulai, json(badan), String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    // ...which still does not open up other people's instances
    assertThat(sebagai(asnA).getForEntity(rest("/process-instance"), JsonNode.class).getBody()).isEmpty();
  }

  @Test
  void bkpsdmMayStartTheAnnualCycleAndAnAsnMayNot() {
    String mulai = rest("/process-definition/key/" + OtorisasiCamundaService.PROSES_SIKLUS + "/submit-form");
    // A year out of range: authorised callers reach the server-side form check (400), nothing starts.
    String badan = "{\"variables\":{\"tahun\":{\"value\":1999,\"type\":\"Integer\"},"
        + "\"semuaOpd\":{\"value\":true,\"type\":\"Boolean\"}}}";
    long sebelum = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(OtorisasiCamundaService.PROSES_SIKLUS).count();

    ResponseEntity<String> asn = sebagai(asnA).postForEntity(mulai, json(badan), String.class);
    assertThat(asn.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);

    ResponseEntity<String> bkpsdm = sebagai(staffBkpsdm).postForEntity(mulai, json(badan), String.class);
    assertThat(bkpsdm.getStatusCode()).as(bkpsdm.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bkpsdm.getBody()).contains("Tahun");
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(OtorisasiCamundaService.PROSES_SIKLUS).count()).isEqualTo(sebelum);
  }

  // --- Camunda webapps ------------------------------------------------------------------------

  @Test
  void camundaWebappsStillWorkAndKeepTheirOwnCsrfProtection() {
    ResponseEntity<String> tasklist = http.getForEntity("/camunda/app/tasklist/" + processEngine.getName() + "/", String.class);
    assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasklist.getBody()).containsIgnoringCase("<html");

    String login = "/camunda/api/admin/auth/user/" + processEngine.getName() + "/login/tasklist";
    HttpHeaders form = new HttpHeaders();
    form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    String kredensial = "username=" + asnA + "&password=" + KATA_SANDI_AWAL;
    ResponseEntity<String> tanpaToken = http.postForEntity(login, new HttpEntity<>(kredensial, form), String.class);
    assertThat(tanpaToken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tanpaToken.getHeaders().getFirst("X-XSRF-TOKEN")).isEqualTo("Required");

    String token = tasklist.getHeaders().getFirst("X-XSRF-TOKEN");
    List<String> cookie = tasklist.getHeaders().get(HttpHeaders.SET_COOKIE);
    assertThat(token).isNotBlank();
    form.set("X-XSRF-TOKEN", token);
    form.put(HttpHeaders.COOKIE, cookie.stream().map(c -> c.split(";", 2)[0]).toList());
    ResponseEntity<String> masuk = http.postForEntity(login, new HttpEntity<>(kredensial, form), String.class);
    assertThat(masuk.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(masuk.getBody()).contains("\"userId\":\"" + asnA + "\"");
  }
}
