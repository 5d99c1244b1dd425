package id.go.langsakota.kinerja.serangan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.langsakota.kinerja.penilaian.PenilaianPeriodik;
import id.go.langsakota.kinerja.penilaian.PenilaianPeriodikRepository;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.penilaian.StatusPenilaianPeriodik;
import id.go.langsakota.kinerja.skp.ArahIndikator;
import id.go.langsakota.kinerja.skp.AspekIndikator;
import id.go.langsakota.kinerja.skp.JenisPeriode;
import id.go.langsakota.kinerja.skp.JenisRhk;
import id.go.langsakota.kinerja.skp.OrganisasiUji;
import id.go.langsakota.kinerja.skp.IndikatorKinerjaRepository;
import id.go.langsakota.kinerja.skp.RencanaHasilKerja;
import id.go.langsakota.kinerja.skp.RencanaHasilKerjaRepository;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.skp.StatusSkp;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
 * The binding attacks of issue 6 over HTTP on a running app, by ordinary logins, on both Camunda
 * REST APIs (/engine-rest with Basic, the webapps' engine API with a Tasklist session and its
 * CSRF token). Each attack is refused with 400 and the Indonesian {@code kesalahan} list, and
 * nothing changes: the project's rows, the process state and the assignees are compared before
 * and after. Where an attack is also tried straight on the engine (no REST guard), the listeners
 * and assignee expressions steer from the business key and the tables, so it has no effect.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SeranganPengikatanHttpTest {

  static final String KATA_SANDI = "rahasia-serangan";
  static final int TAHUN = 2025;

  @Autowired TestRestTemplate http;
  @Autowired ApplicationContext ctx;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired SkpRepository skpRepo;
  @Autowired PenilaianPeriodikRepository penilaianRepo;
  @Autowired RencanaHasilKerjaRepository rhkRepo;
  @Autowired IndikatorKinerjaRepository indikatorRepo;

  final ObjectMapper json = new ObjectMapper();
  OrganisasiUji org;
  Skp skpKepala;

  @BeforeEach
  void siapkan() {
    org = new OrganisasiUji(ctx);
    // the kepala's agreed SKP: the pengawas's main RHK must support one of its RHK
    skpKepala = skpDisetujui(org.nipKepala);
    for (String nip : List.of(org.nipKepala, org.nipPengawas, org.nipStaf)) {
      pengguna(nip);
    }
  }

  // ------------------------------------------------------------------ skp-pegawai: susun-skp

  @Test
  void asnMengirimSkpIdRekanDitolakDanSkpRekanUtuh() {
    ProcessInstance milikRekan = mulaiSkp(org.nipStaf);
    ProcessInstance milikSaya = mulaiSkp(org.nipPengawas);
    Skp rekan = skpRepo.findByNipAndTahun(org.nipStaf, TAHUN).orElseThrow();
    String rhkRekanSebelum = rhk(rekan.getId());
    Task susun = tugas(milikSaya, "susun-skp");

    Map<String, Object> v = new LinkedHashMap<>();
    v.put("rhk", Map.of("type", "Json", "value", rhkSah()));
    v.put("skpId", Map.of("type", "Long", "value", rekan.getId()));
    for (Jalur jalur : Jalur.values()) {
      ResponseEntity<JsonNode> r = selesaikan(jalur, org.nipPengawas, susun.getId(), "submit-form", v);
      ditolak(r, "skpId");
    }
    assertThat(rhk(rekan.getId())).isEqualTo(rhkRekanSebelum);
    assertThat(skpRepo.findById(rekan.getId()).orElseThrow().getStatus()).isEqualTo(StatusSkp.DRAF);
    masihTerbuka(susun, org.nipPengawas);
    assertThat(tugas(milikRekan, "susun-skp").getAssignee()).isEqualTo(org.nipStaf);

    // Straight on the engine (no REST guard): the SKP comes from the business key, not skpId.
    tasks.complete(susun.getId(), Variables.createVariables()
        .putValueTyped("rhk", Variables.objectValue(rhkSah()).serializationDataFormat("application/json").create())
        .putValue("skpId", rekan.getId()));
    assertThat(rhk(rekan.getId())).isEqualTo(rhkRekanSebelum);
    assertThat(skpRepo.findById(rekan.getId()).orElseThrow().getStatus()).isEqualTo(StatusSkp.DRAF);
    assertThat(skpRepo.findByNipAndTahun(org.nipPengawas, TAHUN).orElseThrow().getStatus()).isEqualTo(StatusSkp.DIAJUKAN);
  }

  /**
   * The guard reads the path as the REST layer routes it: a matrix parameter (";x=1") or a
   * percent-encoded letter in "submit-form" reaches the same endpoint, so it is guarded too.
   */
  @Test
  void jalurYangDisamarkanTetapDijaga() throws Exception {
    ProcessInstance milikRekan = mulaiSkp(org.nipStaf);
    ProcessInstance milikSaya = mulaiSkp(org.nipPengawas);
    Skp rekan = skpRepo.findByNipAndTahun(org.nipStaf, TAHUN).orElseThrow();
    String rhkRekanSebelum = rhk(rekan.getId());
    Task susun = tugas(milikSaya, "susun-skp");
    String badan = json.writeValueAsString(Map.of("variables", Map.of(
        "rhk", Map.of("type", "Json", "value", rhkSah()),
        "skpId", Map.of("type", "Long", "value", rekan.getId()))));
    String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
        (org.nipPengawas + ":" + KATA_SANDI).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    java.net.http.HttpClient klien = java.net.http.HttpClient.newHttpClient();
    for (String aksi : List.of("submit-form;x=1", "%73ubmit-form", "submit-form/", "./submit-form")) {
      java.net.http.HttpResponse<String> r = klien.send(java.net.http.HttpRequest.newBuilder(
              java.net.URI.create(http.getRootUri() + "/engine-rest/task/" + susun.getId() + "/" + aksi))
          .header("Authorization", basic).header("Content-Type", "application/json")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString(badan)).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(aksi + ": " + r.body()).isGreaterThanOrEqualTo(400).isLessThan(500);
      assertThat(r.statusCode()).as(aksi + ": " + r.body()).isNotEqualTo(204);
    }
    assertThat(rhk(rekan.getId())).isEqualTo(rhkRekanSebelum);
    masihTerbuka(susun, org.nipPengawas);
    assertThat(skpRepo.findByNipAndTahun(org.nipPengawas, TAHUN).orElseThrow().getStatus()).isEqualTo(StatusSkp.DRAF);
    assertThat(tugas(milikRekan, "susun-skp").getAssignee()).isEqualTo(org.nipStaf);
  }

  @Test
  void kepalaSeksiMengirimNipBawahanDitolakDanPersetujuanTetapKeAtasannya() {
    ProcessInstance pi = mulaiSkp(org.nipPengawas);
    Task susun = tugas(pi, "susun-skp");
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("rhk", Map.of("type", "Json", "value", rhkSah()));
    v.put("nip", Map.of("type", "String", "value", org.nipStaf));
    for (Jalur jalur : Jalur.values()) {
      ditolak(selesaikan(jalur, org.nipPengawas, susun.getId(), "complete", v), "nip");
    }
    masihTerbuka(susun, org.nipPengawas);
    assertThat(skpRepo.findByNipAndTahun(org.nipPengawas, TAHUN).orElseThrow().getStatus()).isEqualTo(StatusSkp.DRAF);

    // Engine-side, the caller's nip is ignored: setujui-skp goes to the kepala (her own rater).
    tasks.complete(susun.getId(), Variables.createVariables()
        .putValueTyped("rhk", Variables.objectValue(rhkSah()).serializationDataFormat("application/json").create())
        .putValue("nip", org.nipStaf));
    assertThat(tugas(pi, "setujui-skp").getAssignee()).isEqualTo(org.nipKepala);
  }

  @Test
  void isianTakDikenalAtauSalahTipeDitolakDiSemuaTugasSkp() {
    ProcessInstance pi = mulaiSkp(org.nipPengawas);
    Task susun = tugas(pi, "susun-skp");
    // wrong type: rhk as a boolean; text where a list belongs
    ditolak(selesaikan(Jalur.ENGINE_REST, org.nipPengawas, susun.getId(), "submit-form",
        Map.of("rhk", Map.of("type", "Boolean", "value", true))), "rhk");
    ditolak(selesaikan(Jalur.WEBAPP, org.nipPengawas, susun.getId(), "submit-form",
        Map.of("rhk", Map.of("type", "String", "value", "bukan json"))), "rhk");
    // unknown key inside the list's items
    ditolak(selesaikan(Jalur.ENGINE_REST, org.nipPengawas, susun.getId(), "submit-form",
        Map.of("rhk", Map.of("type", "Json", "value", "[{\"jenis\":\"UTAMA\",\"skpId\":1}]"))), "skpId");
    masihTerbuka(susun, org.nipPengawas);

    tasks.complete(susun.getId(), Variables.createVariables()
        .putValueTyped("rhk", Variables.objectValue(rhkSah()).serializationDataFormat("application/json").create()));
    Task setujui = tugas(pi, "setujui-skp");
    assertThat(setujui.getAssignee()).isEqualTo(org.nipKepala);
    for (Jalur jalur : Jalur.values()) {
      ditolak(selesaikan(jalur, org.nipKepala, setujui.getId(), "submit-form",
          Map.of("keputusan", Map.of("type", "Long", "value", 1))), "keputusan");
      ditolak(selesaikan(jalur, org.nipKepala, setujui.getId(), "submit-form",
          Map.of("keputusan", Map.of("type", "String", "value", "SETUJUI"),
              "assignee", Map.of("type", "String", "value", org.nipKepala))), "assignee");
    }
    masihTerbuka(setujui, org.nipKepala);
    assertThat(skpRepo.findByNipAndTahun(org.nipPengawas, TAHUN).orElseThrow().getStatus()).isEqualTo(StatusSkp.DIAJUKAN);

    // the declared fields pass the guard and reach the listener
    ResponseEntity<JsonNode> sah = selesaikan(Jalur.ENGINE_REST, org.nipKepala, setujui.getId(), "submit-form",
        Map.of("keputusan", Map.of("type", "String", "value", "SETUJUI")));
    assertThat(sah.getStatusCode()).as(String.valueOf(sah.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(skpRepo.findByNipAndTahun(org.nipPengawas, TAHUN).orElseThrow().getStatus()).isEqualTo(StatusSkp.DISETUJUI);
  }

  @Test
  void variabelDiluarPenyelesaianDitolakUntukBukanAdmin() {
    ProcessInstance pi = mulaiSkp(org.nipStaf);
    Task susun = tugas(pi, "susun-skp");
    Map<String, Object> nilai = Map.of("value", org.nipPengawas, "type", "String");
    String t = "/task/" + susun.getId();
    List<String[]> jalur = List.of(
        new String[] {"PUT", t + "/variables/nip"},
        new String[] {"POST", t + "/variables", "modifications"},
        new String[] {"PUT", t + "/localVariables/nip"},
        new String[] {"POST", t + "/localVariables", "modifications"},
        new String[] {"PUT", "/process-instance/" + pi.getId() + "/variables/nip"},
        new String[] {"POST", "/process-instance/" + pi.getId() + "/variables", "modifications"},
        new String[] {"DELETE", "/process-instance/" + pi.getId() + "/variables/skpId"},
        new String[] {"PUT", "/execution/" + pi.getId() + "/localVariables/nip"},
        new String[] {"POST", "/process-instance/" + pi.getId() + "/modification", "instructions"},
        new String[] {"POST", "/message", "processVariables"},
        new String[] {"POST", "/signal", "variables"},
        new String[] {"POST", t + "/bpmnError", "variables"});
    for (Jalur j : Jalur.values()) {
      for (String[] p : jalur) {
        Object badan = p.length > 2 ? Map.of(p[2], Map.of("nip", nilai)) : nilai;
        ResponseEntity<JsonNode> r = kirim(j, org.nipStaf, HttpMethod.valueOf(p[0]), p[1], badan);
        assertThat(r.getStatusCode()).as(j + " " + p[0] + " " + p[1]).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(r.getBody().get("kesalahan").get(0).asText()).contains("tidak diizinkan");
      }
    }
    assertThat(runtime.getVariable(pi.getId(), "nip")).isEqualTo(org.nipStaf);
    assertThat(runtime.getVariable(pi.getId(), "skpId")).isNotNull();
    masihTerbuka(susun, org.nipStaf);
  }

  // ------------------------------------------------------------------ penilaian-periodik

  @Test
  void kepalaMelaporkanDenganNipBawahanDitolakDanPenilaianTetapKeAtasannya() {
    Skp skp = skpDisetujui(org.nipPengawas);
    ProcessInstance pi = mulaiPeriode(org.nipPengawas, skp, 1);
    Task lapor = tugas(pi, "laporkan-realisasi");
    assertThat(lapor.getAssignee()).isEqualTo(org.nipPengawas);
    Map<String, Object> v = new LinkedHashMap<>(laporan(skp));
    v.put("nip", Map.of("type", "String", "value", org.nipStaf));
    for (Jalur jalur : Jalur.values()) {
      ditolak(selesaikan(jalur, org.nipPengawas, lapor.getId(), "submit-form", v), "nip");
    }
    masihTerbuka(lapor, org.nipPengawas);
    assertThat(penilaian(skp, 1).getStatus()).isEqualTo(StatusPenilaianPeriodik.MENUNGGU_REALISASI);

    // Engine-side with the foreign nip: the rating task still goes to her own rater, the kepala.
    Map<String, Object> mesin = new LinkedHashMap<>();
    mesin.put("realisasi", Variables.objectValue(List.of(Map.of("indikatorId", indikator(skp), "realisasi", 10,
        "tautanBukti", "https://drive.langsakota.go.id/a"))).serializationDataFormat("application/json").create());
    mesin.put("nip", org.nipStaf);
    tasks.complete(lapor.getId(), mesin);
    jalankan(pi, "Task_HitungCapaian");
    assertThat(tugas(pi, "nilai-kinerja-periodik").getAssignee()).isEqualTo(org.nipKepala);
  }

  @Test
  void atasanMengirimPenilaianIdMiliknyaDitolakDanPeriodenyaUtuh() {
    Skp skpStaf = skpDisetujui(org.nipStaf);
    Skp skpPengawas = skpDisetujui(org.nipPengawas);
    ProcessInstance milikPengawas = mulaiPeriode(org.nipPengawas, skpPengawas, 1);
    ProcessInstance pi = mulaiPeriode(org.nipStaf, skpStaf, 1);
    tasks.complete(tugas(pi, "laporkan-realisasi").getId(), Map.of("realisasi",
        Variables.objectValue(List.of(Map.of("indikatorId", indikator(skpStaf), "realisasi", 10,
            "tautanBukti", "https://drive.langsakota.go.id/a"))).serializationDataFormat("application/json").create()));
    jalankan(pi, "Task_HitungCapaian");
    Task nilai = tugas(pi, "nilai-kinerja-periodik");
    assertThat(nilai.getAssignee()).isEqualTo(org.nipPengawas);
    long idMilikSendiri = penilaian(skpPengawas, 1).getId();

    Map<String, Object> v = new LinkedHashMap<>(penilaianSah());
    v.put("penilaianId", Map.of("type", "Long", "value", idMilikSendiri));
    for (Jalur jalur : Jalur.values()) {
      ditolak(selesaikan(jalur, org.nipPengawas, nilai.getId(), "submit-form", v), "penilaianId");
    }
    // wrong type on a declared field
    ditolak(selesaikan(Jalur.ENGINE_REST, org.nipPengawas, nilai.getId(), "submit-form",
        Map.of("ratingHasilKerja", Map.of("type", "Long", "value", 3))), "ratingHasilKerja");
    masihTerbuka(nilai, org.nipPengawas);
    assertThat(penilaian(skpPengawas, 1).getRatingHasilKerja()).isNull();
    assertThat(penilaian(skpStaf, 1).getRatingHasilKerja()).isNull();

    // Engine-side with his own penilaianId: the staff member's period is rated, his own is untouched.
    Map<String, Object> mesin = new LinkedHashMap<>();
    mesin.put("ratingHasilKerja", "DI_ATAS_EKSPEKTASI");
    mesin.put("alasanRatingHasilKerja", "Melampaui target");
    mesin.put("ratingPerilaku", "SESUAI_EKSPEKTASI");
    for (String n : List.of("BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS", "LOYAL", "ADAPTIF", "KOLABORATIF")) {
      mesin.put("perilaku_" + n, "SESUAI_EKSPEKTASI");
    }
    mesin.put("umpanBalik", Variables.objectValue(List.of(Map.of("rhkId",
        rhkRepo.findBySkpIdOrderByUrutan(skpStaf.getId()).get(0).getId(), "isi", "Pertahankan")))
        .serializationDataFormat("application/json").create());
    mesin.put("penilaianId", idMilikSendiri);
    engine.getFormService().submitTaskForm(nilai.getId(), mesin);
    assertThat(penilaian(skpStaf, 1).getRatingHasilKerja()).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
    assertThat(penilaian(skpPengawas, 1).getRatingHasilKerja()).isNull();
    assertThat(tugas(milikPengawas, "laporkan-realisasi").getAssignee()).isEqualTo(org.nipPengawas);
  }

  // ------------------------------------------------------------------ nilai-kinerja-tahunan

  @Test
  void saranTahunanDibandingkanDenganNilaiTersimpanBukanKirimanPenilai() {
    ProcessInstance pi = mulaiSkp(org.nipStaf);
    // Jump to the annual rating (the periods are tested elsewhere): the suggestion task runs first.
    runtime.createProcessInstanceModification(pi.getId()).startBeforeActivity("Task_HitungSaranTahunan")
        .cancelAllForActivity("susun-skp").execute();
    jalankan(pi, "Task_HitungSaranTahunan");
    Skp skp = skpRepo.findByNipAndTahun(org.nipStaf, TAHUN).orElseThrow();
    assertThat(skp.getSaranRatingHasilKerja()).as("no period rated: nothing to suggest").isNull();
    Task tahunan = tugas(pi, "nilai-kinerja-tahunan");
    assertThat(tahunan.getAssignee()).isEqualTo(org.nipPengawas);

    // The rater overwrites the suggestion he is shown in the same call, to skip the reason.
    Map<String, Object> v = Map.of(
        "ratingHasilKerja", Map.of("type", "String", "value", "DI_ATAS_EKSPEKTASI"),
        "ratingPerilaku", Map.of("type", "String", "value", "DI_ATAS_EKSPEKTASI"),
        "saranRatingHasilKerja", Map.of("type", "String", "value", "DI_ATAS_EKSPEKTASI"),
        "saranRatingPerilaku", Map.of("type", "String", "value", "DI_ATAS_EKSPEKTASI"));
    ditolak(selesaikan(Jalur.ENGINE_REST, org.nipPengawas, tahunan.getId(), "submit-form", v), "alasan wajib diisi");
    // The webapps' engine API refuses it too (mapping the listener's refusal to 400 there is the
    // error-mapping change's; here only the refusal and the unchanged state matter).
    ResponseEntity<JsonNode> web = selesaikan(Jalur.WEBAPP, org.nipPengawas, tahunan.getId(), "submit-form", v);
    assertThat(web.getStatusCode().is2xxSuccessful()).as(String.valueOf(web.getBody())).isFalse();
    assertThat(web.getBody().toString()).contains("alasan wajib diisi");
    masihTerbuka(tahunan, org.nipPengawas);
    Skp sesudah = skpRepo.findById(skp.getId()).orElseThrow();
    assertThat(sesudah.getRatingHasilKerjaTahunan()).isNull();
    assertThat(sesudah.getSaranRatingHasilKerja()).isNull();
  }

  // ------------------------------------------------------------------ siklus-kinerja-tahunan start form

  @Test
  void formulirMulaiSiklusHanyaMenerimaIsiannyaSendiriBahkanUntukAdmin() {
    long sebelum = runtime.createProcessInstanceQuery().processDefinitionKey("siklus-kinerja-tahunan").count();
    String mulai = "/process-definition/key/siklus-kinerja-tahunan/submit-form";
    Map<String, Object> asing = Map.of("variables", Map.of(
        "tahun", Map.of("type", "Integer", "value", TAHUN),
        "semuaOpd", Map.of("type", "Boolean", "value", true),
        "siklusId", Map.of("type", "Long", "value", 1)));
    ResponseEntity<JsonNode> r = kirimSebagai("demo", "demo", HttpMethod.POST, rest(mulai), asing);
    ditolak(r, "siklusId");
    Map<String, Object> salahTipe = Map.of("variables", Map.of(
        "tahun", Map.of("type", "String", "value", "dua ribu"),
        "semuaOpd", Map.of("type", "Boolean", "value", true)));
    ditolak(kirimSebagai("demo", "demo", HttpMethod.POST, rest(mulai), salahTipe), "tahun");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("siklus-kinerja-tahunan").count())
        .isEqualTo(sebelum);
  }

  // ------------------------------------------------------------------ helpers

  enum Jalur { ENGINE_REST, WEBAPP }

  private void ditolak(ResponseEntity<JsonNode> r, String kataKunci) {
    assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(r.getBody().get("type").asText()).isEqualTo("IsianTidakValidException");
    assertThat(r.getBody().get("kesalahan").toString()).contains(kataKunci);
  }

  private void masihTerbuka(Task t, String assignee) {
    Task kini = tasks.createTaskQuery().taskId(t.getId()).singleResult();
    assertThat(kini).as("tugas tetap terbuka").isNotNull();
    assertThat(kini.getAssignee()).isEqualTo(assignee);
  }

  private ResponseEntity<JsonNode> selesaikan(Jalur jalur, String oleh, String taskId, String aksi,
      Map<String, Object> variabel) {
    return kirim(jalur, oleh, HttpMethod.POST, "/task/" + taskId + "/" + aksi, Map.of("variables", variabel));
  }

  private ResponseEntity<JsonNode> kirim(Jalur jalur, String oleh, HttpMethod metode, String path, Object badan) {
    if (jalur == Jalur.ENGINE_REST) {
      return kirimSebagai(oleh, KATA_SANDI, metode, rest(path), badan);
    }
    Sesi s = masukTasklist(oleh);
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.APPLICATION_JSON);
    h.setAccept(List.of(MediaType.APPLICATION_JSON));
    h.set("X-XSRF-TOKEN", s.token());
    h.put(HttpHeaders.COOKIE, s.cookie());
    return http.exchange("/camunda/api/engine/engine/" + engine.getName() + path, metode,
        new HttpEntity<>(badan, h), JsonNode.class);
  }

  private ResponseEntity<JsonNode> kirimSebagai(String id, String sandi, HttpMethod metode, String url, Object badan) {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.APPLICATION_JSON);
    h.setAccept(List.of(MediaType.APPLICATION_JSON));
    return http.withBasicAuth(id, sandi).exchange(url, metode, new HttpEntity<>(badan, h), JsonNode.class);
  }

  record Sesi(List<String> cookie, String token) {}

  /** Tasklist login as the browser does it: fetch a CSRF token, log in, keep session and token. */
  private Sesi masukTasklist(String id) {
    ResponseEntity<String> halaman = http.getForEntity("/camunda/app/tasklist/" + engine.getName() + "/", String.class);
    String token = halaman.getHeaders().getFirst("X-XSRF-TOKEN");
    Map<String, String> cookie = new LinkedHashMap<>();
    simpan(cookie, halaman.getHeaders());
    HttpHeaders form = new HttpHeaders();
    form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    form.set("X-XSRF-TOKEN", token);
    form.put(HttpHeaders.COOKIE, cookieDari(cookie));
    ResponseEntity<String> masuk = http.postForEntity("/camunda/api/admin/auth/user/" + engine.getName()
        + "/login/tasklist", new HttpEntity<>("username=" + id + "&password=" + KATA_SANDI, form), String.class);
    assertThat(masuk.getStatusCode()).as(masuk.getBody()).isEqualTo(HttpStatus.OK);
    simpan(cookie, masuk.getHeaders());
    // The login starts a new session: fetch the token that belongs to it.
    cookie.remove("XSRF-TOKEN");
    HttpHeaders ambil = new HttpHeaders();
    ambil.put(HttpHeaders.COOKIE, cookieDari(cookie));
    ambil.set("X-XSRF-TOKEN", "Fetch");
    ResponseEntity<String> lagi = http.exchange("/camunda/api/engine/engine/" + engine.getName() + "/task/count",
        HttpMethod.GET, new HttpEntity<>(ambil), String.class);
    simpan(cookie, lagi.getHeaders());
    if (lagi.getHeaders().getFirst("X-XSRF-TOKEN") != null) {
      token = lagi.getHeaders().getFirst("X-XSRF-TOKEN");
    } else if (cookie.containsKey("XSRF-TOKEN")) {
      token = cookie.get("XSRF-TOKEN");
    }
    return new Sesi(cookieDari(cookie), token);
  }

  private static void simpan(Map<String, String> cookie, HttpHeaders h) {
    List<String> set = h.get(HttpHeaders.SET_COOKIE);
    if (set == null) {
      return;
    }
    for (String c : set) {
      String[] nv = c.split(";", 2)[0].split("=", 2);
      cookie.put(nv[0], nv.length > 1 ? nv[1] : "");
    }
  }

  private static List<String> cookieDari(Map<String, String> cookie) {
    return cookie.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
  }

  private String rest(String path) {
    return "/engine-rest/engine/" + engine.getName() + path;
  }

  private void pengguna(String nip) {
    User u = identity.createUserQuery().userId(nip).singleResult();
    if (u == null) {
      u = identity.newUser(nip);
      u.setFirstName("Pegawai");
      u.setLastName(nip);
    }
    u.setPassword(KATA_SANDI);
    identity.saveUser(u);
    if (identity.createGroupQuery().groupId("pegawai").count() > 0
        && identity.createUserQuery().userId(nip).memberOfGroup("pegawai").count() == 0) {
      identity.createMembership(nip, "pegawai");
    }
  }

  private ProcessInstance mulaiSkp(String nip) {
    ProcessInstance pi = runtime.startProcessInstanceByKey("skp-pegawai", "SKP-" + TAHUN + "-" + nip,
        Variables.createVariables().putValue("nip", nip).putValue("tahun", TAHUN)
            .putValue("tanggalMulai", TAHUN + "-01-01").putValue("tanggalSelesai", TAHUN + "-12-31")
            .putValue("jenisPeriode", "TRIWULANAN"));
    jalankan(pi, "Task_BuatSkp");
    return pi;
  }

  private void jalankan(ProcessInstance pi, String aktivitas) {
    Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(aktivitas).singleResult();
    assertThat(job).as("job " + aktivitas).isNotNull();
    management.executeJob(job.getId());
  }

  private Task tugas(ProcessInstance pi, String kunci) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(kunci).singleResult();
  }

  private String rhk(Long skpId) {
    return rhkRepo.findBySkpIdOrderByUrutan(skpId).stream().map(RencanaHasilKerja::getUraian).toList().toString();
  }

  /** A valid draft for the pengawas: its main RHK supports the kepala's agreed RHK. */
  private String rhkSah() {
    try {
      return json.writeValueAsString(List.of(Map.of("jenis", "UTAMA", "uraian", "Tersusunnya laporan serangan",
          "rhkAtasan", "RHK:" + rhkRepo.findBySkpIdOrderByUrutan(skpKepala.getId()).get(0).getId(),
          "indikator", List.of(Map.of("aspek", "KUANTITAS", "uraian", "Jumlah laporan", "target", 12,
              "satuan", "laporan", "arah", "LEBIH_TINGGI_LEBIH_BAIK")))));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** An agreed SKP with one indicator, written directly (the SKP process is tested elsewhere). */
  private Skp skpDisetujui(String nip) {
    Skp skp = new Skp(nip, TAHUN, LocalDate.of(TAHUN, 1, 1), LocalDate.of(TAHUN, 12, 31), JenisPeriode.BULANAN);
    RencanaHasilKerja rhk = skp.tambahRhk(JenisRhk.UTAMA, "Tersajinya data " + nip);
    rhk.tambahIndikator(AspekIndikator.KUANTITAS, "Jumlah data", new BigDecimal("10"), "dokumen",
        ArahIndikator.LEBIH_TINGGI_LEBIH_BAIK);
    skp.lampirkanBerakhlak();
    skp.setStatus(StatusSkp.DISETUJUI);
    return skpRepo.save(skp);
  }

  private Long indikator(Skp skp) {
    return indikatorRepo.findByRhkSkpIdOrderByRhkUrutanAscUrutanAsc(skp.getId()).get(0).getId();
  }

  private ProcessInstance mulaiPeriode(String nip, Skp skp, int periodeKe) {
    LocalDate kemarin = LocalDate.now(id.go.langsakota.kinerja.config.Waktu.WIB).minusDays(1);
    ProcessInstance pi = runtime.startProcessInstanceByKey("penilaian-periodik",
        "PP-" + TAHUN + "-" + nip + "-" + periodeKe, Variables.createVariables()
            .putValue("nip", nip).putValue("tahun", TAHUN).putValue("skpId", skp.getId())
            .putValue("periodeKe", periodeKe)
            .putValue("tanggalMulaiPeriode", kemarin.minusDays(27).toString())
            .putValue("tanggalAkhirPeriode", kemarin.toString()));
    jalankan(pi, "Task_SiapkanPenilaian");
    return pi;
  }

  private PenilaianPeriodik penilaian(Skp skp, int periodeKe) {
    return penilaianRepo.findBySkpIdAndPeriodeKe(skp.getId(), periodeKe).orElseThrow();
  }

  private Map<String, Object> laporan(Skp skp) {
    try {
      return Map.of("realisasi", Map.of("type", "Json", "value", json.writeValueAsString(List.of(Map.of(
          "indikatorId", indikator(skp), "realisasi", 10, "tautanBukti", "https://drive.langsakota.go.id/a")))),
          "catatanMandiri", Map.of("type", "String", "value", "Sesuai target"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Object> penilaianSah() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("ratingHasilKerja", Map.of("type", "String", "value", "DI_ATAS_EKSPEKTASI"));
    v.put("alasanRatingHasilKerja", Map.of("type", "String", "value", "Melampaui target"));
    v.put("ratingPerilaku", Map.of("type", "String", "value", "SESUAI_EKSPEKTASI"));
    List<String> nilai = new ArrayList<>(List.of("BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS",
        "LOYAL", "ADAPTIF", "KOLABORATIF"));
    for (String n : nilai) {
      v.put("perilaku_" + n, Map.of("type", "String", "value", "SESUAI_EKSPEKTASI"));
    }
    return v;
  }
}
