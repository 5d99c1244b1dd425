package id.go.langsakota.kinerja.kinerjaorganisasi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.langsakota.kinerja.identitas.DataUjiIdentitas;
import id.go.langsakota.kinerja.identitas.IdentitasService;
import id.go.langsakota.kinerja.organisasi.Opd;
import id.go.langsakota.kinerja.organisasi.OpdRepository;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.Peran;
import id.go.langsakota.kinerja.organisasi.PeranPenggunaRepository;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** /api/capaian-organisasi over HTTP: who may write, what is refused, PUT replaces in place. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CapaianKinerjaOrganisasiHttpTest {

  @Autowired TestRestTemplate http;
  @Autowired OpdRepository opdRepository;
  @Autowired CapaianKinerjaOrganisasiRepository repository;
  @Autowired PegawaiRepository pegawaiRepository;
  @Autowired PeranPenggunaRepository peranRepository;
  @Autowired IdentitasService identitas;

  String kodeOpd;

  @BeforeEach
  void siapkan() {
    kodeOpd = "KO" + ThreadLocalRandom.current().nextInt(100000, 999999);
    opdRepository.save(new Opd(kodeOpd, "Dinas Uji Capaian " + kodeOpd, "DUC"));
  }

  private ResponseEntity<JsonNode> simpan(TestRestTemplate sebagai, String kode, String tahun, String periode,
      Object capaian, String keterangan) {
    Map<String, Object> body = new HashMap<>();
    body.put("capaian", capaian);
    body.put("keterangan", keterangan);
    return sebagai.exchange("/api/capaian-organisasi/" + kode + "/" + tahun + "/" + periode, HttpMethod.PUT,
        new HttpEntity<>(body), JsonNode.class);
  }

  private TestRestTemplate pengguna(Peran peran) {
    Pegawai p = DataUjiIdentitas.pegawai(pegawaiRepository, "Pengguna Uji Capaian");
    if (peran != null) {
      DataUjiIdentitas.peran(peranRepository, p.getNip(), p.getNama(), peran);
    }
    identitas.sinkronkan(Set.of(p.getNip()));
    return http.withBasicAuth(p.getNip(), DataUjiIdentitas.KATA_SANDI_AWAL);
  }

  @Test
  void bkpsdmMencatatLaluMemperbaruiTanpaBarisGanda() {
    TestRestTemplate bkpsdm = pengguna(Peran.BKPSDM);
    ResponseEntity<JsonNode> baru = simpan(bkpsdm, kodeOpd, "2025", "3", 97.25, "LKjIP triwulan I");
    assertThat(baru.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(baru.getBody().get("capaian").decimalValue()).isEqualByComparingTo("97.25");

    ResponseEntity<JsonNode> ulang = simpan(bkpsdm, kodeOpd, "2025", "3", "104.5", "dikoreksi");
    assertThat(ulang.getStatusCode()).isEqualTo(HttpStatus.OK);
    // annual (0) is its own row, and twice 0 is still one row (NOT NULL key, also on MySQL)
    assertThat(simpan(bkpsdm, kodeOpd, "2025", "0", 101, null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(simpan(bkpsdm, kodeOpd, "2025", "0", 102, null).getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(repository.findByKodeOpdAndTahunOrderByPeriodeKe(kodeOpd, 2025)).hasSize(2);
    ResponseEntity<JsonNode> daftar = bkpsdm.getForEntity(
        "/api/capaian-organisasi?kodeOpd=" + kodeOpd + "&tahun=2025", JsonNode.class);
    assertThat(daftar.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(daftar.getBody()).hasSize(2);
    assertThat(daftar.getBody().get(0).get("periodeKe").asInt()).isZero();
    assertThat(daftar.getBody().get(0).get("capaian").decimalValue()).isEqualByComparingTo("102");
    assertThat(daftar.getBody().get(1).get("capaian").decimalValue()).isEqualByComparingTo("104.5");
    assertThat(daftar.getBody().get(1).get("keterangan").asText()).isEqualTo("dikoreksi");
    assertThat(daftar.getBody().get(1).get("dicatatOleh").asText()).isNotBlank();
  }

  @Test
  void pegawaiBolehMembacaTetapiTidakMencatat() {
    TestRestTemplate asn = pengguna(null);
    ResponseEntity<JsonNode> r = simpan(asn, kodeOpd, "2025", "1", 100, null);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(r.getBody().get("pesan").asText()).contains("tidak berwenang");
    assertThat(asn.getForEntity("/api/capaian-organisasi?kodeOpd=" + kodeOpd + "&tahun=2025", JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(repository.findByKodeOpdAndTahunOrderByPeriodeKe(kodeOpd, 2025)).isEmpty();
  }

  @Test
  void masukanTidakSahDitolak400Dan404() {
    TestRestTemplate admin = http.withBasicAuth("demo", "demo");
    ResponseEntity<JsonNode> negatif = simpan(admin, kodeOpd, "2025", "1", -5, null);
    assertThat(negatif.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(negatif.getBody().get("pesan").asText()).contains("tidak boleh negatif");
    assertThat(negatif.getBody().get("kesalahan")).hasSize(1);
    ResponseEntity<JsonNode> besar = simpan(admin, kodeOpd, "2025", "1", 5000, null);
    assertThat(besar.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(besar.getBody().get("pesan").asText()).contains("tidak masuk akal");
    ResponseEntity<JsonNode> periode = simpan(admin, kodeOpd, "2025", "13", 100, null);
    assertThat(periode.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(periode.getBody().get("pesan").asText()).contains("Periode harus antara 0 (tahunan) dan 12");
    ResponseEntity<JsonNode> kosong = simpan(admin, kodeOpd, "2025", "1", null, null);
    assertThat(kosong.getBody().get("pesan").asText()).contains("Capaian wajib diisi");
    assertThat(simpan(admin, kodeOpd, "2025", "1", "seratus", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(simpan(admin, kodeOpd, "dua", "1", 100, null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    ResponseEntity<JsonNode> tanpaOpd = simpan(admin, "TIDAK-ADA", "2025", "1", 100, null);
    assertThat(tanpaOpd.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(tanpaOpd.getBody().get("pesan").asText()).contains("OPD dengan kode 'TIDAK-ADA' tidak ditemukan");
    assertThat(admin.getForEntity("/api/capaian-organisasi?kodeOpd=TIDAK-ADA&tahun=2025", JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(repository.findByKodeOpdAndTahunOrderByPeriodeKe(kodeOpd, 2025)).isEmpty();
  }
}
