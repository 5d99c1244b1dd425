package id.go.langsakota.kinerja.kalibrasi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.langsakota.kinerja.identitas.DataUjiIdentitas;
import id.go.langsakota.kinerja.identitas.IdentitasService;
import id.go.langsakota.kinerja.kinerjaorganisasi.CapaianKinerjaOrganisasiService;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.Peran;
import id.go.langsakota.kinerja.organisasi.PeranPenggunaRepository;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.skp.JenisPeriode;
import id.go.langsakota.kinerja.skp.OrganisasiUji;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
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
 * /api/kinerja-organisasi/{tahun}/{kodeOpd}/predikat, /api/kurva/pola and /api/kurva/{tahun}/{kodeOpd}
 * over HTTP, on a hand-built OPD whose figures are worked out by hand in the comments.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KurvaHttpTest {

  static final int TAHUN = 2031;
  // distinct NIP prefixes per test in one JVM (random start: other classes share the database)
  static final AtomicInteger URUT = new AtomicInteger(ThreadLocalRandom.current().nextInt(100, 900));

  @Autowired TestRestTemplate http;
  @Autowired ApplicationContext ctx;
  @Autowired SkpRepository skpRepository;
  @Autowired PegawaiRepository pegawaiRepository;
  @Autowired PeranPenggunaRepository peranRepository;
  @Autowired IdentitasService identitas;
  @Autowired CapaianKinerjaOrganisasiService capaian;
  @Autowired RiwayatPredikatOrganisasiRepository riwayatRepository;

  OrganisasiUji org;
  List<String> staf;
  TestRestTemplate bkpsdm;

  @BeforeEach
  void siapkan() {
    org = new OrganisasiUji(ctx);
    String awalan = String.format("19900101201%03d", URUT.incrementAndGet() % 1000);
    staf = org.tambahStaf(6, awalan);
    // The OPD for TAHUN: head SANGAT_BAIK (not counted), pengawas BAIK, staf + staf[0..3]
    // SANGAT_BAIK, staf[4] not rated yet, staf[5] without an SKP.
    skp(org.nipKepala, TAHUN, Predikat.SANGAT_BAIK);
    skp(org.nipPengawas, TAHUN, Predikat.BAIK);
    skp(org.nipStaf, TAHUN, Predikat.SANGAT_BAIK);
    for (int i = 0; i < 4; i++) {
      skp(staf.get(i), TAHUN, Predikat.SANGAT_BAIK);
    }
    skp(staf.get(4), TAHUN, null);
    // another year: not counted
    skp(org.nipPengawas, TAHUN - 1, Predikat.KURANG);
    bkpsdm = pengguna(Peran.BKPSDM);
  }

  private void skp(String nip, int tahun, Predikat predikat) {
    Skp s = new Skp(nip, tahun, LocalDate.of(tahun, 1, 1), LocalDate.of(tahun, 12, 31), JenisPeriode.BULANAN);
    s.setPredikatTahunan(predikat);
    skpRepository.save(s);
  }

  private TestRestTemplate pengguna(Peran peran) {
    Pegawai p = DataUjiIdentitas.pegawai(pegawaiRepository, "Pengguna Uji Kurva");
    if (peran != null) {
      DataUjiIdentitas.peran(peranRepository, p.getNip(), p.getNama(), peran);
    }
    identitas.sinkronkan(Set.of(p.getNip()));
    return http.withBasicAuth(p.getNip(), DataUjiIdentitas.KATA_SANDI_AWAL);
  }

  private TestRestTemplate sebagai(String nip) {
    identitas.sinkronkan(Set.of(nip));
    return http.withBasicAuth(nip, DataUjiIdentitas.KATA_SANDI_AWAL);
  }

  private ResponseEntity<JsonNode> tetapkan(TestRestTemplate siapa, Object predikat, String keterangan) {
    return tetapkan(siapa, TAHUN, predikat, keterangan);
  }

  private ResponseEntity<JsonNode> tetapkan(TestRestTemplate siapa, int tahun, Object predikat, String keterangan) {
    Map<String, Object> body = new HashMap<>();
    body.put("predikat", predikat);
    body.put("keterangan", keterangan);
    return siapa.exchange("/api/kinerja-organisasi/" + tahun + "/" + org.kodeOpd + "/predikat",
        HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
  }

  private ResponseEntity<JsonNode> lihat(TestRestTemplate siapa) {
    return siapa.getForEntity("/api/kinerja-organisasi/" + TAHUN + "/" + org.kodeOpd + "/predikat", JsonNode.class);
  }

  private ResponseEntity<JsonNode> kurva(TestRestTemplate siapa) {
    return siapa.getForEntity("/api/kurva/" + TAHUN + "/" + org.kodeOpd, JsonNode.class);
  }

  @Test
  void bkpsdmMenetapkanDenganSaranDanRiwayat() {
    JsonNode awal = lihat(bkpsdm).getBody();
    assertThat(awal.get("predikat").isNull()).isTrue();
    assertThat(awal.get("saranPredikat").isNull()).isTrue();

    // 95.5 % lies in [90, 110): proposal BAIK, and it is not stored as the decision
    capaian.simpan(org.kodeOpd, TAHUN, 0, new BigDecimal("95.5"), null, "uji");
    JsonNode bersaran = lihat(bkpsdm).getBody();
    assertThat(bersaran.get("saranPredikat").asText()).isEqualTo("BAIK");
    assertThat(bersaran.get("predikat").isNull()).isTrue();
    assertThat(bersaran.get("dasarSaran").asText()).contains("95,5 %").contains("bukan keputusan");

    ResponseEntity<JsonNode> pertama = tetapkan(bkpsdm, "ISTIMEWA", "Keputusan Wali Kota no. 1");
    assertThat(pertama.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pertama.getBody().get("predikat").asText()).isEqualTo("ISTIMEWA");
    assertThat(pertama.getBody().get("labelPredikat").asText()).isEqualTo("Istimewa");
    assertThat(pertama.getBody().get("ditetapkanOleh").asText()).isNotBlank();
    assertThat(pertama.getBody().get("ditetapkanPada").isNull()).isFalse();

    JsonNode kedua = tetapkan(bkpsdm, "BAIK", "Dikoreksi").getBody();
    assertThat(kedua.get("riwayat")).hasSize(2);
    JsonNode r1 = kedua.get("riwayat").get(0);
    assertThat(r1.get("predikatLama").isNull()).isTrue();
    assertThat(r1.get("predikatBaru").asText()).isEqualTo("ISTIMEWA");
    assertThat(r1.get("saran").asText()).isEqualTo("BAIK");
    assertThat(r1.get("capaian").decimalValue()).isEqualByComparingTo("95.5");
    JsonNode r2 = kedua.get("riwayat").get(1);
    assertThat(r2.get("predikatLama").asText()).isEqualTo("ISTIMEWA");
    assertThat(r2.get("predikatBaru").asText()).isEqualTo("BAIK");
    assertThat(r2.get("keterangan").asText()).isEqualTo("Dikoreksi");
  }

  @Test
  void masukanSalahDitolakDalamBahasaIndonesiaTanpaMencatat() {
    ResponseEntity<JsonNode> asing = tetapkan(bkpsdm, "LUAR_BIASA", null);
    assertThat(asing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(asing.getBody().toString()).contains("'LUAR_BIASA' tidak dikenal");
    ResponseEntity<JsonNode> kosong = tetapkan(bkpsdm, null, null);
    assertThat(kosong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(kosong.getBody().toString()).contains("Predikat wajib diisi");
    ResponseEntity<JsonNode> tahun = tetapkan(bkpsdm, 1999, "BAIK", null);
    assertThat(tahun.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tahun.getBody().toString()).contains("Tahun harus antara 2000 dan 2100");
    assertThat(tetapkan(bkpsdm, "BAIK", "x".repeat(1001)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(riwayatRepository.findByKodeOpdAndTahunOrderById(org.kodeOpd, TAHUN)).isEmpty();
    assertThat(riwayatRepository.findByKodeOpdAndTahunOrderById(org.kodeOpd, 1999)).isEmpty();
    assertThat(lihat(bkpsdm).getBody().get("predikat").isNull()).isTrue();

    assertThat(bkpsdm.exchange("/api/kinerja-organisasi/" + TAHUN + "/TIDAK-ADA/predikat", HttpMethod.PUT,
        new HttpEntity<>(Map.of("predikat", "BAIK")), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void hanyaBkpsdmYangMenetapkanDanHanyaYangBerhakMelihat() {
    TestRestTemplate kepala = sebagai(org.nipKepala);
    TestRestTemplate stafBiasa = sebagai(org.nipStaf);
    TestRestTemplate admin = pengguna(Peran.ADMIN);
    TestRestTemplate tim = pengguna(Peran.TIM_PENILAI_KINERJA);
    TestRestTemplate kepalaLain = sebagai(new OrganisasiUji(ctx).nipKepala);

    for (TestRestTemplate bukan : List.of(kepala, stafBiasa, admin, tim)) {
      ResponseEntity<JsonNode> r = tetapkan(bukan, "ISTIMEWA", null);
      assertThat(r.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(r.getBody().toString()).contains("tidak berwenang");
    }
    assertThat(riwayatRepository.findByKodeOpdAndTahunOrderById(org.kodeOpd, TAHUN)).isEmpty();

    assertThat(lihat(kepala).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(lihat(admin).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(lihat(stafBiasa).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(lihat(tim).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(lihat(kepalaLain).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(kurva(kepala).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(kurva(stafBiasa).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(kurva(kepalaLain).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void kurvaOpdKecilDihitungTangan() {
    JsonNode belum = kurva(bkpsdm).getBody();
    assertThat(belum.get("pemeriksaan").isNull()).isTrue();
    assertThat(belum.get("catatan").asText()).contains("belum ditetapkan");
    assertThat(belum.get("dihitung")).hasSize(6);

    tetapkan(bkpsdm, "ISTIMEWA", null);
    JsonNode k = kurva(bkpsdm).getBody();
    // counted: pengawas BAIK + 5 SANGAT_BAIK = 6; 5/6 = 83.3 %; at most floor(0.7 · 6) = 4
    JsonNode p = k.get("pemeriksaan");
    assertThat(p.get("jumlahPegawai").asInt()).isEqualTo(6);
    assertThat(p.get("sesuai").asBoolean()).isFalse();
    assertThat(p.get("sebaran").get(0).get("predikat").asText()).isEqualTo("SANGAT_BAIK");
    assertThat(p.get("sebaran").get(0).get("jumlah").asInt()).isEqualTo(5);
    assertThat(p.get("sebaran").get(0).get("persen").decimalValue()).isEqualByComparingTo("83.3");
    assertThat(p.get("sebaran").get(1).get("jumlah").asInt()).isEqualTo(1);
    assertThat(p.get("sebaran").get(1).get("persen").decimalValue()).isEqualByComparingTo("16.7");
    assertThat(p.get("pelanggaran")).hasSize(1);
    assertThat(p.get("pelanggaran").get(0).asText())
        .isEqualTo("Sangat Baik 5 dari 6 (83,3 %), paling banyak 70 % (4 orang): kelebihan 1 orang");
    assertThat(k.get("pola").get(0).asText()).isEqualTo("Sangat Baik paling banyak 70 %");
    assertThat(nip(k.get("belumDinilai"))).containsExactly(staf.get(4));
    assertThat(nip(k.get("tidakDihitung"))).containsExactly(org.nipKepala);
    assertThat(k.get("tidakDihitung").get(0).get("alasan").asText()).contains("Kepala OPD");
    assertThat(nip(k.get("dihitung"))).doesNotContain(org.nipKepala, staf.get(4), staf.get(5));
    assertThat(k.get("catatan").asText()).contains("1 SKP belum dinilai");

    // BAIK: Baik 1 of 6 ≤ 4 fine; no Butuh Perbaikan/Kurang: 1 person short
    tetapkan(bkpsdm, "BAIK", null);
    JsonNode baik = kurva(bkpsdm).getBody().get("pemeriksaan");
    assertThat(baik.get("pelanggaran").get(0).asText()).isEqualTo(
        "Butuh Perbaikan dan/atau Kurang/Misconduct 0 dari 6 (0 %), paling sedikit 1 orang: kurang 1 orang");
  }

  @Test
  void polaDapatDibacaDanDiubahBkpsdmTanpaRedeploy() {
    JsonNode pola = bkpsdm.getForEntity("/api/kurva/pola", JsonNode.class).getBody();
    assertThat(uraian(pola.get("BAIK"))).containsExactly("Baik paling banyak 70 %",
        "Butuh Perbaikan dan/atau Kurang/Misconduct paling sedikit 1 orang");
    assertThat(uraian(pola.get("SANGAT_KURANG"))).containsExactly("Sangat Kurang paling sedikit 60 %",
        "Butuh Perbaikan dan/atau Kurang/Misconduct paling sedikit 10 %", "Sangat Baik tidak boleh ada");
    assertThat(uraian(pola.get("KURANG"))).hasSize(3);
    assertThat(uraian(pola.get("BUTUH_PERBAIKAN"))).containsExactly("Butuh Perbaikan paling sedikit 60 %",
        "Sangat Baik paling banyak 10 %");
    assertThat(uraian(pola.get("ISTIMEWA"))).containsExactly("Sangat Baik paling banyak 70 %");

    List<Map<String, Object>> salah = List.of(Map.of("kelompok", List.of("HEBAT"), "batas", "PALING_BANYAK",
        "persen", 120));
    ResponseEntity<JsonNode> ditolak = bkpsdm.exchange("/api/kurva/pola/ISTIMEWA", HttpMethod.PUT,
        new HttpEntity<>(salah), JsonNode.class);
    assertThat(ditolak.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ditolak.getBody().toString()).contains("'HEBAT' tidak dikenal").contains("antara 0 dan 100");
    List<Map<String, Object>> baru = List.of(Map.of("kelompok", List.of("SANGAT_BAIK"), "batas", "PALING_BANYAK",
        "persen", 90));
    assertThat(pengguna(null).exchange("/api/kurva/pola/ISTIMEWA", HttpMethod.PUT, new HttpEntity<>(baru),
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(uraian(bkpsdm.getForEntity("/api/kurva/pola", JsonNode.class).getBody().get("ISTIMEWA")))
        .containsExactly("Sangat Baik paling banyak 70 %");

    tetapkan(bkpsdm, "ISTIMEWA", null);
    try {
      ResponseEntity<JsonNode> diubah = bkpsdm.exchange("/api/kurva/pola/ISTIMEWA", HttpMethod.PUT,
          new HttpEntity<>(baru), JsonNode.class);
      assertThat(diubah.getStatusCode()).isEqualTo(HttpStatus.OK);
      // 90 %: floor(0.9 · 6) = 5 Sangat Baik allowed, so the same OPD now fits
      JsonNode p = kurva(bkpsdm).getBody().get("pemeriksaan");
      assertThat(p.get("sesuai").asBoolean()).isTrue();
      assertThat(p.get("aturan").get(0).get("pesan").asText())
          .isEqualTo("Sangat Baik 5 dari 6 (83,3 %), paling banyak 90 % (5 orang): terpenuhi");
    } finally {
      List<Map<String, Object>> asal = List.of(Map.of("kelompok", List.of("SANGAT_BAIK"), "batas",
          "PALING_BANYAK", "persen", 70));
      assertThat(bkpsdm.exchange("/api/kurva/pola/ISTIMEWA", HttpMethod.PUT, new HttpEntity<>(asal),
          JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  void ambangSaranHarusMenurun() {
    // Baik 120 would lie above Istimewa 110: refused, default kept
    ResponseEntity<JsonNode> r = bkpsdm.exchange("/api/pengaturan/AMBANG_PREDIKAT_ORGANISASI_BAIK",
        HttpMethod.PUT, new HttpEntity<>(Map.of("nilai", "120")), JsonNode.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(r.getBody().toString()).contains("harus menurun");
    capaian.simpan(org.kodeOpd, TAHUN, 0, new BigDecimal("100"), null, "uji");
    assertThat(lihat(bkpsdm).getBody().get("saranPredikat").asText()).isEqualTo("BAIK");
  }

  private static List<String> nip(JsonNode daftar) {
    List<String> hasil = new ArrayList<>();
    daftar.forEach(n -> hasil.add(n.get("nip").asText()));
    return hasil;
  }

  private static List<String> uraian(JsonNode daftar) {
    List<String> hasil = new ArrayList<>();
    daftar.forEach(n -> hasil.add(n.get("uraian").asText()));
    return hasil;
  }
}
