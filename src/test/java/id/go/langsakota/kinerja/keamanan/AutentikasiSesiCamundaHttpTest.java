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
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** /api with the Camunda webapp login: no second password, same roles, CSRF on writes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AutentikasiSesiCamundaHttpTest {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired PegawaiRepository pegawaiRepository;
  @Autowired PeranPenggunaRepository peranRepository;
  @Autowired IdentitasService identitas;

  String asn;
  String bkpsdm;

  @BeforeAll
  void dataUji() {
    asn = DataUjiIdentitas.pegawai(pegawaiRepository, "Cut Meutia").getNip();
    Pegawai b = DataUjiIdentitas.pegawai(pegawaiRepository, "Teuku Umar");
    bkpsdm = b.getNip();
    DataUjiIdentitas.peran(peranRepository, bkpsdm, b.getNama(), Peran.BKPSDM);
    identitas.sinkronkan(Set.of(asn, bkpsdm));
  }

  @Test
  void tasklistLoginReadsApiWithoutPasswordAndKeepsRoles() {
    SesiTasklistUji sesi = SesiTasklistUji.masuk(http, engine.getName(), asn, KATA_SANDI_AWAL);
    ResponseEntity<JsonNode> saya = http.exchange("/api/saya", HttpMethod.GET,
        new HttpEntity<>(sesi.header(false)), JsonNode.class);
    assertThat(saya.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(saya.getBody().toString()).contains(asn);

    assertThat(saya.getBody().get("peran").toString()).contains("ROLE_PEGAWAI").doesNotContain("ROLE_BKPSDM");
    // The /api call leaves the webapp's session alone (no new session id), so the next call and
    // Tasklist itself keep working.
    assertThat(saya.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
    for (int i = 0; i < 2; i++) {
      assertThat(http.exchange("/api/saya", HttpMethod.GET, new HttpEntity<>(sesi.header(false)), String.class)
          .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    // An ASN's session gives ROLE_PEGAWAI only: a BKPSDM-only endpoint stays 403.
    ResponseEntity<String> hanyaBkpsdm = http.exchange("/api/siklus/2025", HttpMethod.GET,
        new HttpEntity<>(sesi.header(false)), String.class);
    assertThat(hanyaBkpsdm.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    SesiTasklistUji staf = SesiTasklistUji.masuk(http, engine.getName(), bkpsdm, KATA_SANDI_AWAL);
    ResponseEntity<String> bolehBkpsdm = http.exchange("/api/siklus/2025", HttpMethod.GET,
        new HttpEntity<>(staf.header(false)), String.class);
    assertThat(bolehBkpsdm.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void stateChangingCallWithSessionNeedsTheWebappCsrfToken() {
    SesiTasklistUji sesi = SesiTasklistUji.masuk(http, engine.getName(), asn, KATA_SANDI_AWAL);
    HttpHeaders tanpa = sesi.header(false);
    tanpa.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<JsonNode> ditolak = http.exchange("/api/saya", HttpMethod.POST,
        new HttpEntity<>("{}", tanpa), JsonNode.class);
    assertThat(ditolak.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(ditolak.getBody().get("pesan").asText()).contains("X-XSRF-TOKEN");

    HttpHeaders salah = sesi.header(false);
    salah.set("X-XSRF-TOKEN", "bukan-token-sesi-ini");
    salah.setContentType(MediaType.APPLICATION_JSON);
    assertThat(http.exchange("/api/saya", HttpMethod.POST, new HttpEntity<>("{}", salah), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // With the token the request gets past authentication (GET-only endpoint: 405, not 401/403).
    HttpHeaders benar = sesi.header(true);
    benar.setContentType(MediaType.APPLICATION_JSON);
    assertThat(http.exchange("/api/saya", HttpMethod.POST, new HttpEntity<>("{}", benar), String.class)
        .getStatusCode()).isNotIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
  }

  @Test
  void noSessionNoBasicIs401AndForgedSessionCookieIsNoLogin() {
    HttpHeaders h = new HttpHeaders();
    h.set(HttpHeaders.COOKIE, "JSESSIONID=ABCDEF0123456789");
    ResponseEntity<String> r = http.exchange("/api/saya", HttpMethod.GET, new HttpEntity<>(h), String.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(r.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
  }

  @Test
  void sessionOfAUserLaterRetiredFromTheRegisterNoLongerWorks() {
    Pegawai p = DataUjiIdentitas.pegawai(pegawaiRepository, "Pensiun Segera");
    identitas.sinkronkan(Set.of(p.getNip()));
    SesiTasklistUji sesi = SesiTasklistUji.masuk(http, engine.getName(), p.getNip(), KATA_SANDI_AWAL);
    assertThat(http.exchange("/api/saya", HttpMethod.GET, new HttpEntity<>(sesi.header(false)), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    DataUjiIdentitas.ubahStatus(pegawaiRepository, p.getNip(), id.go.langsakota.kinerja.organisasi.StatusPegawai.PENSIUN);
    assertThat(http.exchange("/api/saya", HttpMethod.GET, new HttpEntity<>(sesi.header(false)), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
