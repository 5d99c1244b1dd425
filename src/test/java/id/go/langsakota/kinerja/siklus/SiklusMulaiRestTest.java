package id.go.langsakota.kinerja.siklus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.langsakota.kinerja.skp.OrganisasiUji;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The start form of siklus-kinerja-tahunan as Tasklist sends it (submit-form over /engine-rest,
 * as the configured admin "demo"): unknown OPD codes are refused with 400 and the Indonesian
 * kesalahan list, nothing starts; and the OPD choices the form loads from /api/siklus/opd.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SiklusMulaiRestTest {

  static final int TAHUN = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).getYear();

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ApplicationContext ctx;

  OrganisasiUji org;

  @BeforeEach
  void siapkan() {
    org = new OrganisasiUji(ctx);
  }

  ResponseEntity<JsonNode> mulai(String kodeOpd) {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.APPLICATION_JSON);
    String badan = "{\"variables\":{"
        + "\"tahun\":{\"value\":" + TAHUN + ",\"type\":\"Integer\"},"
        + "\"semuaOpd\":{\"value\":false,\"type\":\"Boolean\"},"
        + "\"kodeOpd\":{\"value\":\"" + kodeOpd + "\",\"type\":\"String\"},"
        + "\"jenisPeriode\":{\"value\":\"\",\"type\":\"String\"},"
        + "\"batasPenetapanSkp\":{\"value\":\"\",\"type\":\"String\"}}}";
    return http.withBasicAuth("demo", "demo").postForEntity(
        "/engine-rest/engine/" + engine.getName()
            + "/process-definition/key/siklus-kinerja-tahunan/submit-form",
        new HttpEntity<>(badan, h), JsonNode.class);
  }

  long jumlahSiklus() {
    return runtime.createProcessInstanceQuery().processDefinitionKey("siklus-kinerja-tahunan").count();
  }

  @Test
  void kodeOpdTakDikenalDitolak400DenganDaftarKesalahan() {
    long sebelum = jumlahSiklus();
    // What the old free-text field made of "Dinas Syariat Islam": three unknown codes.
    ResponseEntity<JsonNode> r = mulai(org.kodeOpd + ",Dinas,Syariat");
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<String> kesalahan = new ArrayList<>();
    r.getBody().get("kesalahan").forEach(k -> kesalahan.add(k.asText()));
    assertThat(kesalahan).containsExactly("Kode OPD 'Dinas' tidak dikenal",
        "Kode OPD 'Syariat' tidak dikenal");
    assertThat(r.getBody().get("message").asText()).startsWith("Isian belum benar: ")
        .doesNotContain("ENGINE-").doesNotContain("Exception");
    assertThat(jumlahSiklus()).isEqualTo(sebelum);
  }

  @Test
  void kodeOpdDikenalMemulaiSiklus() {
    long sebelum = jumlahSiklus();
    ResponseEntity<JsonNode> r = mulai(org.kodeOpd);
    assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(jumlahSiklus()).isEqualTo(sebelum + 1);
  }

  @Test
  void pilihanOpdHanyaUntukYangBerhak() {
    ResponseEntity<JsonNode> admin = http.withBasicAuth("demo", "demo").getForEntity("/api/siklus/opd", JsonNode.class);
    assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> kode = new ArrayList<>();
    admin.getBody().forEach(o -> kode.add(o.get("kode").asText()));
    assertThat(kode).contains(org.kodeOpd);

    assertThat(http.getForEntity("/api/siklus/opd", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
