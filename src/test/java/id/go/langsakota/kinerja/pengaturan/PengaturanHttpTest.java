package id.go.langsakota.kinerja.pengaturan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.langsakota.kinerja.identitas.DataUjiIdentitas;
import id.go.langsakota.kinerja.identitas.IdentitasService;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** /api/pengaturan over HTTP: BKPSDM changes a rule, bad values are refused in Indonesian. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PengaturanHttpTest {

  @Autowired TestRestTemplate http;
  @Autowired PengaturanService service;
  @Autowired PengaturanRepository repository;
  @Autowired PegawaiRepository pegawaiRepository;
  @Autowired IdentitasService identitas;

  @AfterEach
  void kembalikanBawaan() {
    repository.deleteAll();
  }

  private ResponseEntity<JsonNode> ubah(TestRestTemplate sebagai, String kunci, String nilai) {
    return sebagai.exchange("/api/pengaturan/" + kunci, HttpMethod.PUT,
        new HttpEntity<>(Map.of("nilai", nilai)), JsonNode.class);
  }

  @Test
  void listsEveryRuleWithItsDefaultFromDomainMd() {
    ResponseEntity<JsonNode> r = http.withBasicAuth("demo", "demo").getForEntity("/api/pengaturan", JsonNode.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, String> nilai = new java.util.HashMap<>();
    r.getBody().forEach(n -> nilai.put(n.get("kunci").asText(), n.get("nilai").asText()));
    // DOMAIN.md: above >= 110, on >= 100, monthly periods, SKP by end of January, 14-day appeal.
    assertThat(nilai).containsEntry("AMBANG_DI_ATAS_EKSPEKTASI", "110")
        .containsEntry("AMBANG_SESUAI_EKSPEKTASI", "100")
        .containsEntry("JENIS_PERIODE", "BULANAN")
        .containsEntry("BATAS_PENETAPAN_SKP", "01-31")
        .containsEntry("HARI_PENGAJUAN_KEBERATAN", "14");
  }

  @Test
  void adminChangesAThresholdAndTheServiceUsesIt() {
    ResponseEntity<JsonNode> r = ubah(http.withBasicAuth("demo", "demo"), "AMBANG_DI_ATAS_EKSPEKTASI", "120");
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(service.angka(KunciPengaturan.AMBANG_DI_ATAS_EKSPEKTASI)).isEqualByComparingTo("120");
    assertThat(repository.findById("AMBANG_DI_ATAS_EKSPEKTASI").orElseThrow().getDiubahOleh()).isEqualTo("demo");
  }

  @Test
  void badValuesAreRefusedInIndonesianAndNothingIsStored() {
    TestRestTemplate admin = http.withBasicAuth("demo", "demo");
    ResponseEntity<JsonNode> negatif = ubah(admin, "AMBANG_SESUAI_EKSPEKTASI", "-5");
    assertThat(negatif.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(negatif.getBody().get("pesan").asText()).contains("harus antara 0 dan 1000");
    ResponseEntity<JsonNode> teks = ubah(admin, "HARI_PENGINGAT", "dua");
    assertThat(teks.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(teks.getBody().get("pesan").asText()).contains("bilangan bulat");
    ResponseEntity<JsonNode> periode = ubah(admin, "JENIS_PERIODE", "MINGGUAN");
    assertThat(periode.getBody().get("pesan").asText()).contains("BULANAN atau TRIWULANAN");
    // "above" may not fall below "on expectation" (110 vs 100 by default)
    ResponseEntity<JsonNode> terbalik = ubah(admin, "AMBANG_DI_ATAS_EKSPEKTASI", "90");
    assertThat(terbalik.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(terbalik.getBody().get("pesan").asText()).contains("tidak boleh lebih kecil");
    assertThat(ubah(admin, "TIDAK_ADA", "1").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(repository.count()).isZero();
  }

  @Test
  void lateStartPolicyAndTextValuesAreChangedOrRefusedInIndonesian() {
    TestRestTemplate admin = http.withBasicAuth("demo", "demo");
    ResponseEntity<JsonNode> bawaan = admin.getForEntity("/api/pengaturan", JsonNode.class);
    Map<String, String> nilai = new java.util.HashMap<>();
    bawaan.getBody().forEach(n -> nilai.put(n.get("kunci").asText(), n.get("nilai").asText()));
    // docs/aturan-kinerja.md §2 "Late start": catch-up reports, 10 working days, 1 day apart.
    assertThat(nilai).containsEntry("KEBIJAKAN_PERIODE_TERLAMBAT", "SUSULAN")
        .containsEntry("HARI_KERJA_LAPOR_SUSULAN", "10").containsEntry("HARI_KERJA_JEDA_SUSULAN", "1");

    ResponseEntity<JsonNode> gabung = ubah(admin, "KEBIJAKAN_PERIODE_TERLAMBAT", "GABUNG");
    assertThat(gabung.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(gabung.getBody().get("pesan").asText())
        .isEqualTo("Kebijakan periode terlambat harus SUSULAN atau TIDAK_DINILAI, bukan 'GABUNG'");
    ResponseEntity<JsonNode> nol = ubah(admin, "HARI_KERJA_JEDA_SUSULAN", "0");
    assertThat(nol.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(nol.getBody().get("pesan").asText()).contains("harus bilangan bulat 1 sampai 365");
    assertThat(repository.count()).isZero();

    assertThat(ubah(admin, "KEBIJAKAN_PERIODE_TERLAMBAT", "TIDAK_DINILAI").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(service.nilai(KunciPengaturan.KEBIJAKAN_PERIODE_TERLAMBAT)).isEqualTo("TIDAK_DINILAI");
    // A text value is not a number: JENIS_PERIODE could not be changed before (NumberFormatException).
    assertThat(ubah(admin, "JENIS_PERIODE", "TRIWULANAN").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(service.nilai(KunciPengaturan.JENIS_PERIODE)).isEqualTo("TRIWULANAN");
  }

  @Test
  void anAsnMayReadButNotChangeTheRules() {
    String nip = DataUjiIdentitas.pegawai(pegawaiRepository, "Cut Meutia").getNip();
    identitas.sinkronkan(Set.of(nip));
    TestRestTemplate asn = http.withBasicAuth(nip, DataUjiIdentitas.KATA_SANDI_AWAL);
    assertThat(asn.getForEntity("/api/pengaturan", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ubah(asn, "HARI_PENGINGAT", "3").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.exchange("/api/pengaturan/HARI_PENGINGAT", HttpMethod.PUT,
        new HttpEntity<>(Map.of("nilai", "3")), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(repository.count()).isZero();
  }
}
