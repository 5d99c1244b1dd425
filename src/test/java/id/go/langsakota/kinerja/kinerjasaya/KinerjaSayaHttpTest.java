package id.go.langsakota.kinerja.kinerjasaya;

import static id.go.langsakota.kinerja.identitas.DataUjiIdentitas.KATA_SANDI_AWAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.langsakota.kinerja.identitas.IdentitasService;
import id.go.langsakota.kinerja.kinerjasaya.DataUjiKinerja.Orang;
import id.go.langsakota.kinerja.teks.TautanDokumen;
import java.util.List;
import java.util.Set;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Who may open whose "Kinerja saya", over real HTTP with HTTP Basic through the /api security
 * chain: the ASN, her pejabat penilai and atasan pejabat penilai, and BKPSDM may; a colleague, a
 * stranger from another OPD and the head two levels up may not (403), whatever they ask, also for
 * an unknown NIP; an unknown NIP or year is 404 only for someone who may ask.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KinerjaSayaHttpTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentitasService identitas;
  @Autowired ApplicationContext context;
  @Autowired ProcessEngine processEngine;
  @LocalServerPort int port;

  Orang o;
  String dasar;

  @BeforeAll
  void dataUji() {
    o = new DataUjiKinerja(context).buat();
    identitas.sinkronkan(Set.of(o.asn(), o.kasi(), o.kabid(), o.kadis(), o.rekan(), o.asing(), o.bkpsdm()));
    dasar = "/api/kinerja-saya/pegawai/" + o.asn() + "/" + DataUjiKinerja.TAHUN;
  }

  private <T> ResponseEntity<T> get(String oleh, String jalur, Class<T> jenis) {
    return http.withBasicAuth(oleh, KATA_SANDI_AWAL).getForEntity(jalur, jenis);
  }

  private List<String> semuaJalur() {
    return List.of("/api/kinerja-saya/pegawai/" + o.asn(), dasar, dasar + "/skp.pdf",
        dasar + "/periode/1/evaluasi.pdf", dasar + "/evaluasi-tahunan.pdf");
  }

  @Test
  void asnSendiriPenilaiAtasanDanBkpsdmBolehMembukaSemuanya() {
    for (String oleh : List.of(o.asn(), o.kasi(), o.kabid(), o.bkpsdm())) {
      for (String jalur : semuaJalur()) {
        ResponseEntity<byte[]> r = get(oleh, jalur, byte[].class);
        assertThat(r.getStatusCode()).as(oleh + " " + jalur).isEqualTo(HttpStatus.OK);
        if (jalur.endsWith(".pdf")) {
          assertThat(r.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
          assertThat(new String(r.getBody(), 0, 5)).isEqualTo("%PDF-");
          assertThat(r.getHeaders().getContentDisposition().isAttachment()).isTrue();
        }
      }
    }
  }

  @Test
  void rekanOrangAsingDanKepalaDuaTingkatDiAtasDitolak403() {
    for (String oleh : List.of(o.rekan(), o.asing(), o.kadis())) {
      for (String jalur : semuaJalur()) {
        ResponseEntity<JsonNode> r = get(oleh, jalur, JsonNode.class);
        assertThat(r.getStatusCode()).as(oleh + " " + jalur).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(r.getBody().path("pesan").asText()).isNotBlank().doesNotContain("Exception");
      }
    }
  }

  @Test
  void nipTakDikenalAtauTahunTanpaSkp404HanyaBagiYangBerhak() {
    String takDikenal = "199001012015011999";
    assertThat(get(o.bkpsdm(), "/api/kinerja-saya/pegawai/" + takDikenal + "/2025", JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(o.bkpsdm(), "/api/kinerja-saya/pegawai/" + takDikenal, JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<JsonNode> tahunLain = get(o.asn(), "/api/kinerja-saya/pegawai/" + o.asn() + "/2019",
        JsonNode.class);
    assertThat(tahunLain.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(tahunLain.getBody().path("pesan").asText()).contains("SKP tahun 2019");
    assertThat(get(o.asn(), dasar + "/periode/13/evaluasi.pdf", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    // a stranger learns nothing, not even that the NIP is unknown
    assertThat(get(o.asing(), "/api/kinerja-saya/pegawai/" + takDikenal + "/2025", JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void tanpaLogin401() {
    assertThat(http.getForEntity(dasar, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity(dasar + "/skp.pdf", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void berandaPenilaiMenampilkanTimnyaDanBerandaAsnTahunSkpnya() {
    JsonNode kasi = get(o.kasi(), "/api/kinerja-saya", JsonNode.class).getBody();
    assertThat(kasi.path("pengguna").path("nip").asText()).isEqualTo(o.kasi());
    assertThat(kasi.path("tahun").toString()).isEqualTo("[2025]");
    assertThat(kasi.path("tim").findValuesAsText("nip")).containsExactlyInAnyOrder(o.asn(), o.rekan());
    JsonNode asn = get(o.asn(), "/api/kinerja-saya", JsonNode.class).getBody();
    assertThat(asn.path("tim").size()).isZero();
    assertThat(asn.path("bkpsdm").asBoolean()).isFalse();
    assertThat(asn.path("pengguna").path("nama").asText()).isEqualTo("Nur'aini Zulfa");
    assertThat(get(o.bkpsdm(), "/api/kinerja-saya", JsonNode.class).getBody().path("bkpsdm").asBoolean())
        .isTrue();
  }

  /**
   * The page runs inside the Tasklist login: after logging in to the Camunda webapps, reads on
   * /api are made as that user (no second password), still under the same access rule; the
   * session authenticates the same user for a write, who still may not do what is not theirs.
   */
  @Test
  void sesiTasklistCukupUntukMembacaTanpaKataSandiKedua() throws Exception {
    CookieManager kue = new CookieManager();
    HttpClient klien = HttpClient.newBuilder().cookieHandler(kue).build();
    String akar = "http://localhost:" + port;
    klien.send(HttpRequest.newBuilder(URI.create(akar + "/camunda/app/tasklist/")).build(),
        HttpResponse.BodyHandlers.discarding());
    String xsrf = kue.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElseThrow();
    String form = "username=" + URLEncoder.encode(o.asn(), StandardCharsets.UTF_8) + "&password=" + KATA_SANDI_AWAL;
    HttpResponse<String> masuk = klien.send(HttpRequest.newBuilder(URI.create(akar
            + "/camunda/api/admin/auth/user/" + processEngine.getName() + "/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(masuk.statusCode()).as(masuk.body()).isEqualTo(200);

    HttpResponse<String> beranda = klien.send(HttpRequest.newBuilder(URI.create(akar + "/api/kinerja-saya"))
        .header("X-XSRF-TOKEN", xsrf).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(beranda.statusCode()).isEqualTo(200);
    assertThat(beranda.body()).contains("\"nip\":\"" + o.asn() + "\"");
    // the year's JSON carries the follow-up sections the page renders (empty here: no follow-up yet)
    HttpResponse<String> rincian = klien.send(HttpRequest.newBuilder(URI.create(akar + dasar)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(rincian.statusCode()).isEqualTo(200);
    assertThat(rincian.body()).contains("\"kebutuhanPelatihan\":[]", "\"penghargaan\":[]");
    HttpResponse<byte[]> pdf = klien.send(HttpRequest.newBuilder(URI.create(akar + dasar + "/skp.pdf")).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(klien.send(HttpRequest.newBuilder(URI.create(akar + "/api/kinerja-saya/pegawai/" + o.asing()
        + "/2025")).build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);
    HttpResponse<String> tulis = klien.send(HttpRequest.newBuilder(URI.create(akar + "/api/siklus/2025/pegawai/" + o.asn()))
        .header("X-XSRF-TOKEN", xsrf).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(tulis.statusCode()).isEqualTo(403);
    // without the session cookie the same read is refused
    assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(akar + "/api/kinerja-saya")).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
  }

  /**
   * The PDF links of the task forms (built by teks.TautanDokumen, e.g. setujui-skp's "SKP yang
   * diajukan" for the pejabat penilai) open within the Tasklist login: the pejabat penilai gets
   * their team member's SKP and evaluations, a colleague of the same unit gets 403 for the same
   * links, with the same session mechanism.
   */
  @Test
  void tautanPdfDariTugasTerbukaBagiPenilaiLewatSesiTasklistDanDitolakBagiRekan() throws Exception {
    int tahun = DataUjiKinerja.TAHUN;
    List<String> tautan = List.of(
        TautanDokumen.skp(o.asn(), tahun, "SKP").url(),
        TautanDokumen.evaluasiPeriode(o.asn(), tahun, 1, "Evaluasi").url(),
        TautanDokumen.evaluasiTahunan(o.asn(), tahun, "Evaluasi tahunan").url());
    HttpClient penilai = masukTasklist(o.kasi());
    for (String jalur : tautan) {
      HttpResponse<byte[]> r = penilai.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + jalur))
          .build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(r.statusCode()).as(jalur).isEqualTo(200);
      assertThat(new String(r.body(), 0, 5, StandardCharsets.US_ASCII)).as(jalur).isEqualTo("%PDF-");
    }
    HttpClient rekan = masukTasklist(o.rekan());
    for (String jalur : tautan) {
      HttpResponse<String> r = rekan.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + jalur))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(jalur).isEqualTo(403);
      assertThat(r.body()).doesNotStartWith("%PDF");
    }
  }

  private HttpClient masukTasklist(String pengguna) throws Exception {
    CookieManager kue = new CookieManager();
    HttpClient klien = HttpClient.newBuilder().cookieHandler(kue).build();
    String akar = "http://localhost:" + port;
    klien.send(HttpRequest.newBuilder(URI.create(akar + "/camunda/app/tasklist/")).build(),
        HttpResponse.BodyHandlers.discarding());
    String xsrf = kue.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElseThrow();
    String form = "username=" + URLEncoder.encode(pengguna, StandardCharsets.UTF_8) + "&password=" + KATA_SANDI_AWAL;
    HttpResponse<String> masuk = klien.send(HttpRequest.newBuilder(URI.create(akar
            + "/camunda/api/admin/auth/user/" + processEngine.getName() + "/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(masuk.statusCode()).as(masuk.body()).isEqualTo(200);
    return klien;
  }
}
