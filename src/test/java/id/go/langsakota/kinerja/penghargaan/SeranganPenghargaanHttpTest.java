package id.go.langsakota.kinerja.penghargaan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.langsakota.kinerja.identitas.DataUjiIdentitas;
import id.go.langsakota.kinerja.identitas.IdentitasService;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.Peran;
import id.go.langsakota.kinerja.organisasi.PeranPenggunaRepository;
import id.go.langsakota.kinerja.skp.JenisPeriode;
import id.go.langsakota.kinerja.skp.OrganisasiUji;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
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
 * The nomination task attacked over the engine REST API as Tasklist sends it (submit-form):
 * undeclared variables, someone else's task, another OPD's ASN, the head himself; each refused
 * with nothing recorded; then the head's valid nomination. The weights: BKPSDM only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SeranganPenghargaanHttpTest {

  static final AtomicInteger TAHUN = new AtomicInteger(2060 + ThreadLocalRandom.current().nextInt(0, 4) * 10);

  @Autowired TestRestTemplate http;
  @Autowired ApplicationContext ctx;
  @Autowired SkpRepository skpRepository;
  @Autowired PegawaiRepository pegawaiRepository;
  @Autowired PeranPenggunaRepository peranRepository;
  @Autowired IdentitasService identitas;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;
  @Autowired PenghargaanService service;

  int tahun;
  OrganisasiUji org;
  OrganisasiUji lain;
  String taskId;

  @BeforeEach
  void siapkan() {
    tahun = TAHUN.incrementAndGet();
    org = new OrganisasiUji(ctx);
    lain = new OrganisasiUji(ctx);
    for (String nip : List.of(org.nipKepala, org.nipStaf, lain.nipStaf)) {
      predikat(nip, tahun, Predikat.SANGAT_BAIK);
      predikat(nip, tahun - 1, Predikat.BAIK);
    }
    ProcessInstance pi = runtime.startProcessInstanceByKey(SeleksiPenghargaanProses.KUNCI, Map.of("tahun", tahun));
    for (int i = 0; i < 10; i++) {
      List<Job> jobs = management.createJobQuery().processInstanceId(pi.getId()).executable().list();
      jobs.forEach(j -> management.executeJob(j.getId()));
    }
    Task t = tasks.createTaskQuery().processInstanceId(pi.getId()).taskAssignee(org.nipKepala).singleResult();
    assertThat(t.getTaskDefinitionKey()).isEqualTo(SeleksiPenghargaanProses.TUGAS_NOMINASI);
    taskId = t.getId();
  }

  private void predikat(String nip, int th, Predikat p) {
    Skp s = new Skp(nip, th, LocalDate.of(th, 1, 1), LocalDate.of(th, 12, 31), JenisPeriode.BULANAN);
    s.setPredikatTahunan(p);
    s.setTanggalPredikatFinal(Instant.now());
    skpRepository.save(s);
  }

  private TestRestTemplate sebagai(String nip) {
    identitas.sinkronkan(Set.of(nip));
    return http.withBasicAuth(nip, DataUjiIdentitas.KATA_SANDI_AWAL);
  }

  private TestRestTemplate pengguna(Peran peran) {
    Pegawai p = DataUjiIdentitas.pegawai(pegawaiRepository, "Pengguna Uji Penghargaan");
    if (peran != null) {
      DataUjiIdentitas.peran(peranRepository, p.getNip(), p.getNama(), peran);
    }
    identitas.sinkronkan(Set.of(p.getNip()));
    return http.withBasicAuth(p.getNip(), DataUjiIdentitas.KATA_SANDI_AWAL);
  }

  private static Map<String, Object> nilai(Object v) {
    return Map.of("value", v);
  }

  private Map<String, Object> nominasi(String nipNon) {
    Map<String, Object> v = new HashMap<>();
    v.put(SeleksiPenghargaanProses.NOMINASI_NON_MANAJERIAL, nilai(nipNon));
    v.put(SeleksiPenghargaanProses.ALASAN_NON_MANAJERIAL, nilai("Pelayanan publik prima"));
    v.put(SeleksiPenghargaanProses.TANPA_NOMINASI, Map.of("value", false, "type", "Boolean"));
    return v;
  }

  private ResponseEntity<JsonNode> kirim(TestRestTemplate siapa, Map<String, Object> variabel) {
    return siapa.exchange("/engine-rest/engine/" + engine.getName() + "/task/" + taskId + "/submit-form",
        HttpMethod.POST, new HttpEntity<>(Map.of("variables", variabel)), JsonNode.class);
  }

  private static String pesan(ResponseEntity<JsonNode> r) {
    return r.getBody() == null ? "" : r.getBody().toString();
  }

  private void tidakAdaYangTercatat() {
    assertThat(service.nominasi(tahun)).isEmpty();
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void variabelTakTerdeklarasiDitolak() {
    Map<String, Object> v = nominasi(org.nipStaf);
    v.put("kodeOpd", nilai(lain.kodeOpd));
    ResponseEntity<JsonNode> r = kirim(sebagai(org.nipKepala), v);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(pesan(r)).contains("kodeOpd");
    Map<String, Object> w = nominasi(org.nipStaf);
    w.put("tahun", nilai(tahun - 1));
    r = kirim(sebagai(org.nipKepala), w);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(pesan(r)).contains("tahun");
    tidakAdaYangTercatat();
  }

  @Test
  void orangLainAsnOpdLainDanDiriSendiriDitolak() {
    ResponseEntity<JsonNode> r = kirim(sebagai(org.nipStaf), nominasi(org.nipStaf));
    assertThat(r.getStatusCode().value()).as(pesan(r)).isIn(400, 403);
    r = kirim(pengguna(Peran.BKPSDM), nominasi(org.nipStaf));
    assertThat(r.getStatusCode().value()).as(pesan(r)).isIn(400, 403);
    r = kirim(sebagai(org.nipKepala), nominasi(lain.nipStaf));
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(pesan(r)).contains("tidak ada dalam daftar ASN yang memenuhi syarat");
    Map<String, Object> diri = new HashMap<>();
    diri.put(SeleksiPenghargaanProses.NOMINASI_MANAJERIAL, nilai(org.nipKepala));
    diri.put(SeleksiPenghargaanProses.ALASAN_MANAJERIAL, nilai("Saya sendiri"));
    r = kirim(sebagai(org.nipKepala), diri);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(pesan(r)).contains("diri sendiri");
    tidakAdaYangTercatat();

    r = kirim(sebagai(org.nipKepala), nominasi(org.nipStaf));
    assertThat(r.getStatusCode().value()).as(pesan(r)).isEqualTo(204);
    assertThat(service.nominasi(tahun)).singleElement().satisfies(n -> {
      assertThat(n.getNip()).isEqualTo(org.nipStaf);
      assertThat(n.getKategori()).isEqualTo(KategoriPenghargaan.NON_MANAJERIAL);
      assertThat(n.getDinominasikanOleh()).isEqualTo(org.nipKepala);
    });
  }

  @Test
  void pilihanNominasiHanyaAsnLayakOpdSendiri() {
    // the options of the form's selects (valuesKey, set on create): the head's eligible staff, per category
    String non = tasks.getVariableLocal(taskId, SeleksiPenghargaanProses.OPSI_NON_MANAJERIAL).toString();
    assertThat(non).contains("\"value\":\"" + org.nipStaf + "\"").doesNotContain(lain.nipStaf)
        .doesNotContain(org.nipKepala);
    assertThat(tasks.getVariableLocal(taskId, SeleksiPenghargaanProses.OPSI_MANAJERIAL).toString())
        .doesNotContain(org.nipStaf).doesNotContain(org.nipKepala);
    // a NIP that is not among the options is still refused on the server
    ResponseEntity<JsonNode> r = kirim(sebagai(org.nipKepala), nominasi(lain.nipStaf));
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(pesan(r)).contains("tidak ada dalam daftar ASN yang memenuhi syarat");
    tidakAdaYangTercatat();
  }

  @Test
  void bobotHanyaUntukBkpsdm() {
    ResponseEntity<JsonNode> r = sebagai(org.nipStaf).getForEntity("/api/penghargaan/bobot", JsonNode.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    TestRestTemplate bkpsdm = pengguna(Peran.BKPSDM);
    r = bkpsdm.getForEntity("/api/penghargaan/bobot", JsonNode.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(r.getBody()).hasSize(4);
    r = bkpsdm.exchange("/api/penghargaan/bobot/UMPAN_BALIK", HttpMethod.PUT,
        new HttpEntity<>(Map.of("bobot", 150)), JsonNode.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    r = bkpsdm.exchange("/api/penghargaan/bobot/UMPAN_BALIK", HttpMethod.PUT,
        new HttpEntity<>(Map.of("bobot", 10)), JsonNode.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(r.getBody().get("diubahOleh").asText()).isNotBlank();
    r = sebagai(org.nipStaf).exchange("/api/penghargaan/bobot/UMPAN_BALIK", HttpMethod.PUT,
        new HttpEntity<>(Map.of("bobot", 90)), JsonNode.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(service.bobot().get("UMPAN_BALIK")).isEqualByComparingTo("10");
  }
}
