package id.go.langsakota.kinerja.pemantauan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.langsakota.kinerja.identitas.DataUjiIdentitas;
import id.go.langsakota.kinerja.identitas.IdentitasService;
import id.go.langsakota.kinerja.kalibrasi.PolaKurvaService;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.Peran;
import id.go.langsakota.kinerja.organisasi.PeranPenggunaRepository;
import id.go.langsakota.kinerja.penilaian.PenilaianPeriodik;
import id.go.langsakota.kinerja.penilaian.PenilaianPeriodikRepository;
import id.go.langsakota.kinerja.penilaian.StatusPenilaianPeriodik;
import id.go.langsakota.kinerja.skp.JenisPeriode;
import id.go.langsakota.kinerja.skp.OrganisasiUji;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.skp.StatusSkp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The provisional curve (tahap=SEMENTARA) over real HTTP on a small OPD rated only by period,
 * every figure worked out by hand:
 *
 * <pre>
 * ASN        periods of {@link #TAHUN} (monthly SKP)
 * kepala     p1 SELESAI Sangat Baik                          head: never counted
 * pengawas   p1 SELESAI Baik, p2 SELESAI Sangat Baik, p3 MENUNGGU_PENILAIAN (no predikat)
 * staf       p1 SELESAI Baik, p2 SELESAI Butuh Perbaikan
 * s0         p1 SELESAI Baik
 * s1         p1 SELESAI Baik, p2 SELESAI Baik
 * s2         (no period)
 * s3         p1 MENUNGGU_REALISASI                           not rated: not counted
 * s4         p1 SELESAI Baik
 * </pre>
 *
 * Organisation predikat BAIK (pattern: Baik ≤ 70 %, Butuh Perbaikan and/or Kurang ≥ 1 person;
 * enforced from 5 people). Latest rated period per ASN: pengawas p2 SB, staf p2 BP, s0 p1 B, s1 p2
 * B, s4 p1 B = 5 counted, SB 1 (20.0 %), B 3 (60.0 %), BP 1 (20.0 %): fits. Period 1: pengawas,
 * staf, s0, s1, s4 all Baik = 5 (100.0 %): breaks both rules. Period 2: pengawas SB, staf BP, s1 B =
 * 3 people, 33.3 % each: below 5, not enforced. Year {@link #TAHUN} + 1: one rating (s0 Baik),
 * no organisation predikat: "predikat organisasi belum ditetapkan".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KurvaSementaraHttpTest {

  static final int TAHUN = 2034;

  @Autowired TestRestTemplate http;
  @Autowired ApplicationContext ctx;
  @Autowired PegawaiRepository pegawaiRepository;
  @Autowired PeranPenggunaRepository peranRepository;
  @Autowired IdentitasService identitas;
  @Autowired SkpRepository skpRepository;
  @Autowired PenilaianPeriodikRepository periodeRepository;
  @Autowired JdbcTemplate jdbc;

  OrganisasiUji org;
  List<String> s;
  final Map<String, Long> skpId = new HashMap<>();
  TestRestTemplate bkpsdm;
  String q;

  @BeforeAll
  void siapkan() {
    org = new OrganisasiUji(ctx);
    s = org.tambahStaf(5, String.format("19920202203%03d", ThreadLocalRandom.current().nextInt(1000)));
    ctx.getBean(PolaKurvaService.class).ganti("BAIK", List.of(
        new PolaKurvaService.MasukanAturan(List.of("BAIK"), "PALING_BANYAK", new BigDecimal("70"), 0),
        new PolaKurvaService.MasukanAturan(List.of("BUTUH_PERBAIKAN", "KURANG"), "PALING_SEDIKIT", BigDecimal.ZERO, 1)),
        "uji");
    for (String nip : List.of(org.nipKepala, org.nipPengawas, org.nipStaf, s.get(0), s.get(1), s.get(3), s.get(4))) {
      Skp k = new Skp(nip, TAHUN, LocalDate.of(TAHUN, 1, 1), LocalDate.of(TAHUN, 12, 31), JenisPeriode.BULANAN);
      k.setStatus(StatusSkp.DISETUJUI);
      skpId.put(nip, skpRepository.save(k).getId());
    }
    dinilai(org.nipKepala, 1, Predikat.SANGAT_BAIK);
    dinilai(org.nipPengawas, 1, Predikat.BAIK);
    dinilai(org.nipPengawas, 2, Predikat.SANGAT_BAIK);
    periode(org.nipPengawas, TAHUN, 3, StatusPenilaianPeriodik.MENUNGGU_PENILAIAN);
    dinilai(org.nipStaf, 1, Predikat.BAIK);
    dinilai(org.nipStaf, 2, Predikat.BUTUH_PERBAIKAN);
    dinilai(s.get(0), 1, Predikat.BAIK);
    dinilai(s.get(1), 1, Predikat.BAIK);
    dinilai(s.get(1), 2, Predikat.BAIK);
    periode(s.get(3), TAHUN, 1, StatusPenilaianPeriodik.MENUNGGU_REALISASI);
    dinilai(s.get(4), 1, Predikat.BAIK);
    jdbc.update("INSERT INTO predikat_kinerja_organisasi (kode_opd, tahun, predikat, ditetapkan_oleh, ditetapkan_pada)"
        + " VALUES (?, ?, 'BAIK', 'uji', ?)", org.kodeOpd, TAHUN, Timestamp.valueOf(LocalDateTime.now()));
    // the next year: one rating, no organisation predikat yet
    Skp berikut = new Skp(s.get(0), TAHUN + 1, LocalDate.of(TAHUN + 1, 1, 1), LocalDate.of(TAHUN + 1, 12, 31),
        JenisPeriode.BULANAN);
    berikut.setStatus(StatusSkp.DISETUJUI);
    skpId.put("berikut", skpRepository.save(berikut).getId());
    PenilaianPeriodik p = new PenilaianPeriodik(skpId.get("berikut"), s.get(0), TAHUN + 1, 1,
        LocalDate.of(TAHUN + 1, 1, 1), LocalDate.of(TAHUN + 1, 1, 31));
    p.setStatus(StatusPenilaianPeriodik.SELESAI);
    p.setPredikat(Predikat.BAIK);
    periodeRepository.save(p);

    Pegawai b = DataUjiIdentitas.pegawai(pegawaiRepository, "BKPSDM Uji Kurva Sementara");
    DataUjiIdentitas.peran(peranRepository, b.getNip(), b.getNama(), Peran.BKPSDM);
    identitas.sinkronkan(Set.of(b.getNip()));
    bkpsdm = http.withBasicAuth(b.getNip(), sandi());
    q = "?tahun=" + TAHUN + "&kodeOpd=" + org.kodeOpd + "&tahap=SEMENTARA";
  }

  /** The initial password of synced users (the MySQL subclass runs with Camunda's password policy). */
  String sandi() {
    return DataUjiIdentitas.KATA_SANDI_AWAL;
  }

  private void dinilai(String nip, int ke, Predikat predikat) {
    PenilaianPeriodik p = periode(nip, TAHUN, ke, StatusPenilaianPeriodik.SELESAI);
    p.setPredikat(predikat);
    p.setDinilaiPada(Instant.now().minus(40 - ke, ChronoUnit.DAYS));
    periodeRepository.save(p);
  }

  private PenilaianPeriodik periode(String nip, int tahun, int ke, StatusPenilaianPeriodik status) {
    PenilaianPeriodik p = new PenilaianPeriodik(skpId.get(nip), nip, tahun, ke, LocalDate.of(tahun, ke, 1),
        LocalDate.of(tahun, ke, 28));
    p.setStatus(status);
    return periodeRepository.save(p);
  }

  private JsonNode json(String jalur) {
    ResponseEntity<JsonNode> r = bkpsdm.getForEntity(jalur, JsonNode.class);
    assertThat(r.getStatusCode()).as(jalur).isEqualTo(HttpStatus.OK);
    return r.getBody();
  }

  private static List<Integer> jumlah(JsonNode b) {
    List<Integer> l = new ArrayList<>();
    for (Predikat p : Predikat.values()) {
      l.add(b.get("jumlah").get(p.name()).asInt());
    }
    return l;
  }

  @Test
  void periodeTerakhirPerAsnSesuaiPola() {
    JsonNode k = json("/api/pemantauan/kurva" + q);
    assertThat(k.get("tahap").asText()).isEqualTo("SEMENTARA");
    assertThat(k.get("sementara").asBoolean()).isTrue();
    assertThat(k.get("labelTahap").asText()).isEqualTo("Sementara — dari penilaian periodik");
    assertThat(k.get("periode").isNull()).isTrue();
    JsonNode b = k.get("baris").get(0);
    assertThat(b.get("jumlahDinilai").asInt()).isEqualTo(5);
    // SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG
    assertThat(jumlah(b)).containsExactly(1, 3, 1, 0, 0);
    assertThat(b.get("persen").get("SANGAT_BAIK").decimalValue()).isEqualByComparingTo("20.0");
    assertThat(b.get("persen").get("BAIK").decimalValue()).isEqualByComparingTo("60.0");
    assertThat(b.get("persen").get("BUTUH_PERBAIKAN").decimalValue()).isEqualByComparingTo("20.0");
    assertThat(b.get("predikatOrganisasi").asText()).isEqualTo("BAIK");
    assertThat(b.get("statusKalibrasi").asText()).isEqualTo("Sementara — dari penilaian periodik");
    assertThat(b.get("polaDiberlakukan").asBoolean()).isTrue();
    assertThat(b.get("melanggarPola").asBoolean()).isFalse();
    assertThat(b.get("pola")).hasSize(2);
    assertThat(b.get("pola").get(0).get("terpenuhi").asBoolean()).isTrue();
    assertThat(b.get("catatan").asText()).startsWith("Sementara, dari penilaian periodik terakhir yang sudah dinilai");
    assertThat(k.get("kota").get("jumlahDinilai").asInt()).isEqualTo(5);

    // the annual stages stay apart: nobody has an annual predikat
    JsonNode tahunan = json("/api/pemantauan/kurva?tahun=" + TAHUN + "&kodeOpd=" + org.kodeOpd);
    assertThat(tahunan.get("sementara").asBoolean()).isFalse();
    assertThat(tahunan.get("baris").get(0).get("jumlahDinilai").asInt()).isZero();
    // ... and a period filter does not change them
    assertThat(json("/api/pemantauan/kurva?tahun=" + TAHUN + "&kodeOpd=" + org.kodeOpd + "&periode=1")
        .get("baris").get(0).get("jumlahDinilai").asInt()).isZero();
  }

  @Test
  void filterPeriodeDanPolaDilanggar() {
    JsonNode p1 = json("/api/pemantauan/kurva" + q + "&periode=1");
    assertThat(p1.get("periode").asInt()).isEqualTo(1);
    JsonNode b = p1.get("baris").get(0);
    assertThat(b.get("jumlahDinilai").asInt()).isEqualTo(5);
    assertThat(jumlah(b)).containsExactly(0, 5, 0, 0, 0);
    assertThat(b.get("persen").get("BAIK").decimalValue()).isEqualByComparingTo("100.0");
    assertThat(b.get("melanggarPola").asBoolean()).isTrue();
    assertThat(b.get("pola").get(0).get("terpenuhi").asBoolean()).isFalse();
    assertThat(b.get("pola").get(1).get("terpenuhi").asBoolean()).isFalse();
    assertThat(b.get("catatan").asText()).startsWith("Sementara, dari penilaian periodik periode ke-1");

    JsonNode p2 = json("/api/pemantauan/kurva" + q + "&periode=2").get("baris").get(0);
    assertThat(jumlah(p2)).containsExactly(1, 1, 1, 0, 0);
    assertThat(p2.get("persen").get("BAIK").decimalValue()).isEqualByComparingTo("33.3");
    assertThat(p2.get("polaDiberlakukan").asBoolean()).isFalse();
    assertThat(p2.get("melanggarPola").asBoolean()).isFalse();

    JsonNode p3 = json("/api/pemantauan/kurva" + q + "&periode=3").get("baris").get(0);
    assertThat(p3.get("jumlahDinilai").asInt()).isZero();
  }

  @Test
  void predikatOrganisasiBelumDitetapkan() {
    JsonNode b = json("/api/pemantauan/kurva?tahun=" + (TAHUN + 1) + "&kodeOpd=" + org.kodeOpd + "&tahap=SEMENTARA")
        .get("baris").get(0);
    assertThat(jumlah(b)).containsExactly(0, 1, 0, 0, 0);
    assertThat(b.get("predikatOrganisasi").isNull()).isTrue();
    assertThat(b.get("pola")).isEmpty();
    assertThat(b.get("melanggarPola").asBoolean()).isFalse();
    assertThat(b.get("catatan").asText()).contains("Predikat organisasi belum ditetapkan");
  }

  @Test
  void namaDiBalikAngkaSementara() {
    JsonNode baik = json("/api/pemantauan/orang" + q + "&kolom=BAIK");
    assertThat(baik.get("tahap").asText()).isEqualTo("SEMENTARA");
    assertThat(baik.get("judul").asText()).isEqualTo("Kurva sementara (dari penilaian periodik) — Baik — Tahun "
        + TAHUN + " — periode terakhir yang dinilai — Dinas Uji " + org.kodeOpd.substring(3));
    Map<String, String> ket = new LinkedHashMap<>();
    baik.get("orang").forEach(o -> ket.put(o.get("nip").asText(), o.get("keterangan").asText()));
    assertThat(ket.keySet()).containsExactlyInAnyOrder(s.get(0), s.get(1), s.get(4));
    assertThat(ket.get(s.get(1))).isEqualTo("Periode 2: predikat Baik (sementara, belum predikat tahunan)");
    assertThat(ket.get(s.get(0))).isEqualTo("Periode 1: predikat Baik (sementara, belum predikat tahunan)");

    JsonNode bp = json("/api/pemantauan/orang" + q + "&kolom=BUTUH_PERBAIKAN").get("orang");
    assertThat(bp).hasSize(1);
    assertThat(bp.get(0).get("nip").asText()).isEqualTo(org.nipStaf);
    assertThat(bp.get(0).get("sejak").asText()).isEqualTo(
        LocalDateTime.ofInstant(Instant.now().minus(38, ChronoUnit.DAYS), java.time.ZoneId.of("Asia/Jakarta"))
            .toLocalDate().toString());

    JsonNode semua = json("/api/pemantauan/orang" + q + "&kolom=jumlahDinilai");
    assertThat(semua.get("jumlah").asInt()).isEqualTo(5);
    List<String> nip = new ArrayList<>();
    semua.get("orang").forEach(o -> nip.add(o.get("nip").asText()));
    assertThat(nip).containsExactlyInAnyOrder(org.nipPengawas, org.nipStaf, s.get(0), s.get(1), s.get(4))
        .doesNotContain(org.nipKepala, s.get(2), s.get(3));

    // period 1: all five with Baik, the pengawas with his period-1 rating
    JsonNode p1 = json("/api/pemantauan/orang" + q + "&periode=1&kolom=BAIK");
    assertThat(p1.get("jumlah").asInt()).isEqualTo(5);
    assertThat(p1.get("judul").asText()).contains("— Periode 1 —");
    assertThat(json("/api/pemantauan/orang" + q + "&periode=1&kolom=SANGAT_BAIK").get("jumlah").asInt()).isZero();
  }

  @Test
  void excelKurvaSementara() throws IOException {
    ResponseEntity<byte[]> r = bkpsdm.getForEntity("/api/pemantauan/kurva.xlsx" + q + "&periode=1", byte[].class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(r.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .contains("filename=\"pemantauan-kurva-sementara-" + TAHUN + "-" + org.kodeOpd + ".xlsx\"");
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.getBody()))) {
      Sheet sh = wb.getSheetAt(0);
      assertThat(sh.getSheetName()).isEqualTo("Kurva sementara");
      assertThat(sh.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Pemantauan Kinerja — Kurva distribusi "
          + "SEMENTARA (dari penilaian periodik) — Tahun " + TAHUN + " — Dinas Uji " + org.kodeOpd.substring(3));
      assertThat(sh.getRow(1).getCell(0).getStringCellValue()).contains("periode 1");
      assertThat(sh.getRow(3).getCell(0).getStringCellValue()).startsWith("SEMENTARA: per ASN predikat penilaian "
          + "periodik periode ke-1, bukan predikat tahunan");
      int kepala = sh.getPaneInformation().getHorizontalSplitTopRow() - 1;
      assertThat(sh.getRow(kepala).getCell(3).getStringCellValue()).isEqualTo("Tahap");
      Row b = sh.getRow(kepala + 1);
      assertThat(b.getCell(3).getStringCellValue()).isEqualTo("Sementara — dari penilaian periodik");
      assertThat(b.getCell(4).getNumericCellValue()).isEqualTo(5);   // jumlah dinilai
      assertThat(b.getCell(6).getNumericCellValue()).isEqualTo(5);   // Baik
      assertThat(b.getCell(11).getNumericCellValue()).isEqualTo(100.0); // Baik %
      assertThat(b.getCell(15).getStringCellValue()).isEqualTo("ya");
    }
    ResponseEntity<byte[]> o = bkpsdm.getForEntity("/api/pemantauan/orang.xlsx" + q + "&kolom=BAIK", byte[].class);
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(o.getBody()))) {
      assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
          .startsWith("Pemantauan Kinerja — Kurva sementara (dari penilaian periodik) — Baik");
    }
  }

  @Test
  void otorisasiTidakBerubah() {
    Pegawai w = DataUjiIdentitas.pegawai(pegawaiRepository, "Wali Kota Uji Kurva Sementara");
    DataUjiIdentitas.peran(peranRepository, w.getNip(), w.getNama(), Peran.WALIKOTA);
    identitas.sinkronkan(Set.of(w.getNip(), s.get(0)));
    Map<String, TestRestTemplate> siapa = new LinkedHashMap<>();
    siapa.put("ASN", http.withBasicAuth(s.get(0), sandi()));
    siapa.put("walikota", http.withBasicAuth(w.getNip(), sandi()));
    for (String jalur : List.of("/api/pemantauan/kurva" + q, "/api/pemantauan/kurva.xlsx" + q,
        "/api/pemantauan/orang" + q + "&kolom=BAIK", "/api/pemantauan/orang.xlsx" + q + "&kolom=BAIK")) {
      siapa.forEach((n, k) -> assertThat(k.getForEntity(jalur, String.class).getStatusCode()).as(n + " " + jalur)
          .isEqualTo(HttpStatus.FORBIDDEN));
      assertThat(http.getForEntity(jalur, String.class).getStatusCode()).as("anonim " + jalur)
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    ResponseEntity<JsonNode> salah = bkpsdm.getForEntity("/api/pemantauan/kurva" + q + "&periode=13", JsonNode.class);
    assertThat(salah.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(salah.getBody().get("pesan").asText()).contains("Periode harus antara 1 dan 12");
  }
}
