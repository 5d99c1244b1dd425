package id.go.langsakota.kinerja.kompetensi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.langsakota.kinerja.identitas.DataUjiIdentitas;
import id.go.langsakota.kinerja.identitas.IdentitasService;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.Peran;
import id.go.langsakota.kinerja.organisasi.PeranPenggunaRepository;
import id.go.langsakota.kinerja.penilaian.BuktiDukungRepository;
import id.go.langsakota.kinerja.penilaian.PembersihBuktiYatim;
import id.go.langsakota.kinerja.skp.JenisPeriode;
import id.go.langsakota.kinerja.skp.OrganisasiUji;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The katalog pelatihan, training records, the JP report (JSON and Excel) and Kinerja saya over
 * HTTP, on a small OPD (kepala → kepala seksi → staf) whose JP are worked out by hand below.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KompetensiHttpTest {

  static final int TAHUN = 2024;
  static final AtomicInteger URUT = new AtomicInteger(ThreadLocalRandom.current().nextInt(100, 900));

  @Autowired TestRestTemplate http;
  @Autowired ApplicationContext ctx;
  @Autowired PegawaiRepository pegawaiRepository;
  @Autowired PeranPenggunaRepository peranRepository;
  @Autowired IdentitasService identitas;
  @Autowired KatalogPelatihanRepository katalogRepository;
  @Autowired SkpRepository skpRepository;
  @Autowired PembersihBuktiYatim pembersih;
  @Autowired BuktiDukungRepository buktiRepository;

  OrganisasiUji org;
  TestRestTemplate bkpsdm;
  String nipBkpsdm;
  int n;

  @BeforeEach
  void siapkan() {
    n = URUT.incrementAndGet();
    org = new OrganisasiUji(ctx);
    Pegawai p = DataUjiIdentitas.pegawai(pegawaiRepository, "Petugas BKPSDM Uji");
    DataUjiIdentitas.peran(peranRepository, p.getNip(), p.getNama(), Peran.BKPSDM);
    nipBkpsdm = p.getNip();
    bkpsdm = sebagai(nipBkpsdm);
  }

  private TestRestTemplate sebagai(String nip) {
    identitas.sinkronkan(Set.of(nip));
    return http.withBasicAuth(nip, DataUjiIdentitas.KATA_SANDI_AWAL);
  }

  private long idKatalog(String kode) {
    return katalogRepository.findByKode(kode).orElseThrow().getId();
  }

  // ------------------------------------------------------------------------------ katalog

  @Test
  void katalogAwalBerisiSedikitnya25EntriDanDapatDibacaSemuaPegawai() {
    ResponseEntity<JsonNode> r = sebagai(org.nipStaf).getForEntity("/api/katalog-pelatihan", JsonNode.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> nama = new ArrayList<>();
    r.getBody().forEach(k -> nama.add(k.get("nama").asText()));
    assertThat(nama.size()).isGreaterThanOrEqualTo(25);
    assertThat(nama).contains("Pelatihan Manajemen Waktu", "Pelatihan Pelayanan Publik Prima");
    JsonNode kp1 = sebagai(org.nipStaf).getForEntity("/api/katalog-pelatihan/" + idKatalog("KP-001"),
        JsonNode.class).getBody();
    assertThat(kp1.get("jp").asInt()).isEqualTo(24);
    assertThat(kp1.get("penyelenggara").asText()).isEqualTo("BPSDM Aceh");
    assertThat(kp1.get("nilaiBerakhlak").asText()).isEqualTo("AKUNTABEL");
    assertThat(kp1.get("labelNilaiBerakhlak").asText()).isEqualTo("Akuntabel");
    // filtered by the BerAKHLAK value
    JsonNode pelayanan = sebagai(org.nipStaf).getForEntity(
        "/api/katalog-pelatihan?nilaiBerakhlak=BERORIENTASI_PELAYANAN", JsonNode.class).getBody();
    assertThat(pelayanan.size()).isGreaterThanOrEqualTo(1);
    pelayanan.forEach(k -> assertThat(k.get("nilaiBerakhlak").asText()).isEqualTo("BERORIENTASI_PELAYANAN"));
  }

  private Map<String, Object> entri(String kode, String nama, Object jp, Object biaya) {
    Map<String, Object> m = new HashMap<>();
    m.put("kode", kode);
    m.put("nama", nama);
    m.put("jenis", "KLASIKAL");
    m.put("jenisKompetensi", "TEKNIS");
    m.put("kompetensi", "Kearsipan");
    m.put("nilaiBerakhlak", "AKUNTABEL");
    m.put("jp", jp);
    m.put("penyelenggara", "BKPSDM Kota Langsa");
    m.put("moda", "LURING");
    m.put("biaya", biaya);
    m.put("aktif", true);
    return m;
  }

  @Test
  void hanyaBkpsdmMengubahKatalog() {
    String kode = "UJI-" + n;
    Map<String, Object> body = entri(kode, "Pelatihan Arsip Uji " + n, 12, 0);
    TestRestTemplate asn = sebagai(org.nipStaf);
    assertThat(asn.postForEntity("/api/katalog-pelatihan", body, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(katalogRepository.findByKode(kode)).isEmpty();
    ResponseEntity<JsonNode> dibuat = bkpsdm.postForEntity("/api/katalog-pelatihan", body, JsonNode.class);
    assertThat(dibuat.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long id = dibuat.getBody().get("id").asLong();
    body.put("jp", 16);
    assertThat(asn.exchange("/api/katalog-pelatihan/" + id, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(katalogRepository.findById(id).orElseThrow().getJp()).isEqualTo(12);
    assertThat(bkpsdm.exchange("/api/katalog-pelatihan/" + id, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class)
        .getBody().get("jp").asInt()).isEqualTo(16);
    // the same kode twice: 409; a negative JP: 400 in Indonesian
    assertThat(bkpsdm.postForEntity("/api/katalog-pelatihan", body, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    ResponseEntity<JsonNode> negatif = bkpsdm.postForEntity("/api/katalog-pelatihan",
        entri("UJI-N" + n, "Pelatihan Negatif " + n, -8, 0), JsonNode.class);
    assertThat(negatif.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(negatif.getBody().toString()).contains("JP harus antara 1 dan 1000, bukan -8");
    assertThat(asn.exchange("/api/katalog-pelatihan/impor", HttpMethod.POST,
        multipart("katalog.xlsx", xlsx("katalog", List.of(List.of("kode")))), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  static byte[] xlsx(String lembar, List<List<String>> baris) {
    try (XSSFWorkbook b = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet s = b.createSheet(lembar);
      for (int i = 0; i < baris.size(); i++) {
        Row r = s.createRow(i);
        for (int j = 0; j < baris.get(i).size(); j++) {
          r.createCell(j).setCellValue(baris.get(i).get(j));
        }
      }
      b.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static HttpEntity<MultiValueMap<String, Object>> multipart(String nama, byte[] isi) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("berkas", new ByteArrayResource(isi) {
      @Override
      public String getFilename() {
        return nama;
      }
    });
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(body, h);
  }

  static final List<String> JUDUL_KATALOG = List.of("kode", "nama", "jenis", "jenis_kompetensi",
      "kompetensi", "nilai_berakhlak", "jp", "penyelenggara", "moda", "biaya", "aktif");

  private List<String> baris(String kode, String nama, String jenis, String jp, String biaya) {
    return List.of(kode, nama, jenis, "MANAJERIAL", "Pelayanan publik", "Berorientasi Pelayanan", jp,
        "BPSDM Aceh", "LURING", biaya, "YA");
  }

  @Test
  void imporKatalogDenganBarisSalahDitolakSeluruhnya() {
    long sebelum = katalogRepository.count();
    String a = "IMP-" + n + "-A";
    byte[] salah = xlsx("katalog", List.of(JUDUL_KATALOG,
        baris(a, "Pelatihan Impor A " + n, "KLASIKAL", "24", "1500000"),
        baris("IMP-" + n + "-B", "Pelatihan Impor B " + n, "KLASIKAL", "-5", "0"),
        baris("IMP-" + n + "-C", "Pelatihan Impor C " + n, "KLASIKAL", "8", "5000000000"),
        baris("IMP-" + n + "-D", "Pelatihan Impor D " + n, "WEBINAR", "8", "0"),
        baris(a, "Pelatihan Impor E " + n, "SEMINAR", "4", "0"),
        baris("IMP-" + n + "-F", "Pelatihan Impor A " + n, "SEMINAR", "4", "0")));
    ResponseEntity<JsonNode> r = bkpsdm.exchange("/api/katalog-pelatihan/impor", HttpMethod.POST,
        multipart("katalog.xlsx", salah), JsonNode.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(r.getBody().get("diterima").asBoolean()).isFalse();
    List<String> kesalahan = new ArrayList<>();
    r.getBody().get("kesalahan").forEach(k -> kesalahan.add(k.get("baris").asInt() + ": " + k.get("alasan").asText()));
    assertThat(kesalahan).containsExactly(
        "3: JP harus antara 1 dan 1000, bukan -5",
        "4: Biaya Rp 5.000.000.000 melebihi batas wajar Rp 100.000.000 per peserta; periksa angka nol yang berlebih",
        "5: Jenis pelatihan 'WEBINAR' tidak dikenal; pilih salah satu: KLASIKAL, E_LEARNING, COACHING, MENTORING, MAGANG, SEMINAR",
        "6: Kode " + a + " sudah dipakai di baris 2 berkas ini",
        "7: Pelatihan 'Pelatihan Impor A " + n + "' oleh BPSDM Aceh sudah ada di baris 2 berkas ini");
    // nothing half-written: not even the good row 2
    assertThat(katalogRepository.count()).isEqualTo(sebelum);
    assertThat(katalogRepository.findByKode(a)).isEmpty();

    byte[] benar = xlsx("katalog", List.of(JUDUL_KATALOG,
        baris(a, "Pelatihan Impor A " + n, "KLASIKAL", "24", "Rp 1.500.000"),
        baris("IMP-" + n + "-B", "Pelatihan Impor B " + n, "e-learning", "10", "")));
    JsonNode ok = bkpsdm.exchange("/api/katalog-pelatihan/impor", HttpMethod.POST,
        multipart("katalog.xlsx", benar), JsonNode.class).getBody();
    assertThat(ok.get("dibuat").asInt()).isEqualTo(2);
    assertThat(katalogRepository.findByKode(a).orElseThrow().getBiaya()).isEqualByComparingTo("1500000");
    assertThat(katalogRepository.findByKode("IMP-" + n + "-B").orElseThrow().getJenis()).isEqualTo(JenisPelatihan.E_LEARNING);
    // the same file again changes nothing
    JsonNode lagi = bkpsdm.exchange("/api/katalog-pelatihan/impor", HttpMethod.POST,
        multipart("katalog.xlsx", benar), JsonNode.class).getBody();
    assertThat(lagi.get("dibuat").asInt()).isZero();
    assertThat(lagi.get("tetap").asInt()).isEqualTo(2);
  }

  @Test
  void templatKatalogDapatDiimporKembali() throws IOException {
    byte[] templat = bkpsdm.getForEntity("/api/katalog-pelatihan/templat.xlsx", byte[].class).getBody();
    try (XSSFWorkbook b = new XSSFWorkbook(new ByteArrayInputStream(templat))) {
      assertThat(b.getSheet("katalog").getRow(0).getCell(0).getStringCellValue()).isEqualTo("kode");
      assertThat(b.getSheet("petunjuk")).isNotNull();
    }
    // its example row is valid (validation only: nothing stored)
    JsonNode h = bkpsdm.exchange("/api/katalog-pelatihan/impor?validasiSaja=true", HttpMethod.POST,
        multipart("templat.xlsx", templat), JsonNode.class).getBody();
    assertThat(h.get("diterima").asBoolean()).isTrue();
    assertThat(h.get("validasiSaja").asBoolean()).isTrue();
  }

  // ------------------------------------------------------------------------------ riwayat, JP, laporan

  private long unggah(TestRestTemplate siapa) {
    byte[] pdf = "%PDF-1.4\n% sertifikat uji\n".getBytes(StandardCharsets.US_ASCII);
    ResponseEntity<JsonNode> r = siapa.exchange("/api/bukti-dukung", HttpMethod.POST,
        multipart("sertifikat.pdf", pdf), JsonNode.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return r.getBody().get("id").asLong();
  }

  private Map<String, Object> tugas(String nip, Long katalogId, LocalDate mulai, LocalDate selesai) {
    Map<String, Object> m = new HashMap<>();
    m.put("nip", nip);
    m.put("katalogId", katalogId);
    m.put("tanggalMulai", mulai.toString());
    m.put("tanggalSelesai", selesai.toString());
    return m;
  }

  private long tugaskan(String nip, String kode, LocalDate mulai, LocalDate selesai) {
    ResponseEntity<JsonNode> r = bkpsdm.postForEntity("/api/pengembangan-kompetensi",
        tugas(nip, idKatalog(kode), mulai, selesai), JsonNode.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(r.getBody().get("status").asText()).isEqualTo("DITUGASKAN");
    return r.getBody().get("id").asLong();
  }

  private ResponseEntity<JsonNode> post(TestRestTemplate siapa, String url, Object body) {
    return siapa.postForEntity(url, body, JsonNode.class);
  }

  /**
   * The OPD in TAHUN, by hand:
   * <ul>
   *   <li>staf: KP-001 (24 JP) verified + an outside seminar of 8 JP returned once, then verified
   *       = 32 JP; a KP-003 (10 JP) still DITUGASKAN does not count</li>
   *   <li>kepala: KP-003 e-learning (10 JP) verified = 10 JP, short by 10</li>
   *   <li>pengawas: nothing = 0 JP, short by 20</li>
   * </ul>
   * Three ASN, two below 20 JP, 42 JP in total.
   */
  @Test
  void alurSertifikatVerifikasiDanLaporanJp() throws IOException {
    String staf = org.nipStaf;
    String kasi = org.nipPengawas;
    String kepala = org.nipKepala;
    // a name that a spreadsheet would run as a formula
    Pegawai p = pegawaiRepository.findByNip(staf).orElseThrow();
    p.setNama("=HYPERLINK(\"http://contoh.invalid\",\"klik\")");
    pegawaiRepository.save(p);
    TestRestTemplate asn = sebagai(staf);
    TestRestTemplate atasan = sebagai(kasi);
    TestRestTemplate kadis = sebagai(kepala);

    long kp1 = tugaskan(staf, "KP-001", LocalDate.of(TAHUN, 3, 4), LocalDate.of(TAHUN, 3, 7));
    long belum = tugaskan(staf, "KP-003", LocalDate.of(TAHUN, 11, 4), LocalDate.of(TAHUN, 11, 8));
    long kp3Kepala = tugaskan(kepala, "KP-003", LocalDate.of(TAHUN, 5, 6), LocalDate.of(TAHUN, 5, 10));

    // an ASN cannot assign, nor upload for someone else, nor verify
    assertThat(post(asn, "/api/pengembangan-kompetensi", tugas(kasi, idKatalog("KP-001"),
        LocalDate.of(TAHUN, 3, 4), LocalDate.of(TAHUN, 3, 7))).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    long sertifikatStaf = unggah(asn);
    assertThat(post(atasan, "/api/pengembangan-kompetensi/" + kp1 + "/sertifikat",
        Map.of("sertifikatBuktiId", sertifikatStaf)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // the kepala's own upload attached to the staf's training: refused
    long sertifikatKepala = unggah(kadis);
    ResponseEntity<JsonNode> milikLain = post(asn, "/api/pengembangan-kompetensi/" + kp1 + "/sertifikat",
        Map.of("sertifikatBuktiId", sertifikatKepala));
    assertThat(milikLain.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    ResponseEntity<JsonNode> selesai = post(asn, "/api/pengembangan-kompetensi/" + kp1 + "/sertifikat",
        Map.of("sertifikatBuktiId", sertifikatStaf));
    assertThat(selesai.getBody().get("status").asText()).isEqualTo("SELESAI");
    assertThat(post(asn, "/api/pengembangan-kompetensi/" + kp1 + "/verifikasi", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(bkpsdm, "/api/pengembangan-kompetensi/" + kp1 + "/verifikasi", Map.of())
        .getBody().get("status").asText()).isEqualTo("TERVERIFIKASI");
    // twice: 409
    assertThat(post(bkpsdm, "/api/pengembangan-kompetensi/" + kp1 + "/verifikasi", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    assertThat(post(kadis, "/api/pengembangan-kompetensi/" + kp3Kepala + "/sertifikat",
        Map.of("sertifikatBuktiId", sertifikatKepala)).getStatusCode()).isEqualTo(HttpStatus.OK);
    post(bkpsdm, "/api/pengembangan-kompetensi/" + kp3Kepala + "/verifikasi", Map.of());

    // an outside seminar the staf records with its certificate; returned once, then verified
    Map<String, Object> luar = tugas(staf, null, LocalDate.of(TAHUN, 8, 20), LocalDate.of(TAHUN, 8, 20));
    luar.put("namaPelatihan", "Seminar Nasional Kearsipan Daerah");
    luar.put("jenis", "SEMINAR");
    luar.put("penyelenggara", "Universitas Samudra");
    luar.put("jp", 8);
    luar.put("sertifikatBuktiId", unggah(asn));
    ResponseEntity<JsonNode> dicatat = post(asn, "/api/pengembangan-kompetensi", luar);
    assertThat(dicatat.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long seminar = dicatat.getBody().get("id").asLong();
    assertThat(post(bkpsdm, "/api/pengembangan-kompetensi/" + seminar + "/kembalikan",
        Map.of("catatan", "Sertifikat tidak terbaca")).getBody().get("status").asText()).isEqualTo("DIKEMBALIKAN");
    post(asn, "/api/pengembangan-kompetensi/" + seminar + "/sertifikat", Map.of("sertifikatBuktiId", unggah(asn)));
    post(bkpsdm, "/api/pengembangan-kompetensi/" + seminar + "/verifikasi", Map.of());

    // one ASN's year
    JsonNode tahunStaf = asn.getForEntity("/api/pengembangan-kompetensi/pegawai/" + staf + "/" + TAHUN,
        JsonNode.class).getBody();
    assertThat(tahunStaf.get("jpTerverifikasi").asInt()).isEqualTo(32);
    assertThat(tahunStaf.get("kekurangan").asInt()).isZero();
    assertThat(tahunStaf.get("pelatihan").size()).isEqualTo(3);
    // the supervisor sees the team; a colleague's head sees... the staf cannot see the kepala
    assertThat(atasan.getForEntity("/api/pengembangan-kompetensi/pegawai/" + staf + "/" + TAHUN, JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(asn.getForEntity("/api/pengembangan-kompetensi/pegawai/" + kepala + "/" + TAHUN, JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(asn.getForEntity("/api/pengembangan-kompetensi/" + kp3Kepala, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // the report, BKPSDM, this OPD: ascending JP
    JsonNode l = bkpsdm.getForEntity("/api/pengembangan-kompetensi/laporan-jp/" + TAHUN + "?kodeOpd=" + org.kodeOpd,
        JsonNode.class).getBody();
    assertThat(l.get("jpMinimal").asInt()).isEqualTo(20);
    assertThat(l.get("jumlahAsn").asInt()).isEqualTo(3);
    assertThat(l.get("jumlahKurang").asInt()).isEqualTo(2);
    JsonNode opd = l.get("opd").get(0);
    assertThat(opd.get("totalJp").asInt()).isEqualTo(42);
    List<String> urut = new ArrayList<>();
    opd.get("pegawai").forEach(x -> urut.add(x.get("nip").asText() + "=" + x.get("jpTerverifikasi").asInt()
        + "/" + x.get("kekurangan").asInt()));
    assertThat(urut).containsExactly(kasi + "=0/20", kepala + "=10/10", staf + "=32/0");
    JsonNode hanyaKurang = bkpsdm.getForEntity("/api/pengembangan-kompetensi/laporan-jp/" + TAHUN + "?kodeOpd="
        + org.kodeOpd + "&hanyaKurang=true", JsonNode.class).getBody();
    assertThat(hanyaKurang.get("opd").get(0).get("pegawai").size()).isEqualTo(2);
    // the ASN sees only themself, the kepala seksi themself and the staf
    JsonNode milikAsn = asn.getForEntity("/api/pengembangan-kompetensi/laporan-jp/" + TAHUN, JsonNode.class).getBody();
    assertThat(milikAsn.get("jumlahAsn").asInt()).isEqualTo(1);
    assertThat(milikAsn.get("opd").get(0).get("pegawai").get(0).get("nip").asText()).isEqualTo(staf);
    JsonNode milikKasi = atasan.getForEntity("/api/pengembangan-kompetensi/laporan-jp/" + TAHUN, JsonNode.class).getBody();
    assertThat(milikKasi.get("jumlahAsn").asInt()).isEqualTo(2);

    // the Excel file, cell by cell
    ResponseEntity<byte[]> x = bkpsdm.getForEntity("/api/pengembangan-kompetensi/laporan-jp/" + TAHUN
        + ".xlsx?kodeOpd=" + org.kodeOpd, byte[].class);
    assertThat(x.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(x.getHeaders().getContentDisposition().getFilename()).isEqualTo("laporan-jp-" + TAHUN + ".xlsx");
    try (XSSFWorkbook b = new XSSFWorkbook(new ByteArrayInputStream(x.getBody()))) {
      XSSFSheet s = b.getSheet("JP per ASN");
      assertThat(s.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Laporan Jam Pelajaran (JP) Pengembangan Kompetensi ASN Tahun " + TAHUN);
      assertThat(s.getRow(1).getCell(0).getStringCellValue())
          .startsWith("Pemerintah Kota Langsa · JP minimal 20 per ASN per tahun · register per 31 Desember " + TAHUN
              + " · dicetak ");
      assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Jumlah ASN 3, di bawah 20 JP: 2");
      List<String> kepalaKolom = new ArrayList<>();
      s.getRow(3).forEach(c -> kepalaKolom.add(c.getStringCellValue()));
      assertThat(kepalaKolom).containsExactly("No", "NIP", "Nama", "Jabatan", "OPD", "JP terverifikasi",
          "Kekurangan JP", "Keterangan");
      assertThat(s.getRow(3).getCell(0).getCellStyle().getFont().getBold()).isTrue();
      String namaOpd = "Dinas Uji " + org.kodeOpd.substring(3);
      baris(s.getRow(4), 1, kasi, "Pegawai " + kasi, "Kepala Seksi Uji", namaOpd, 0, 20, "Kurang dari 20 JP");
      baris(s.getRow(5), 2, kepala, "Pegawai " + kepala, "Kepala Dinas Uji", namaOpd, 10, 10, "Kurang dari 20 JP");
      // the formula name is text with a leading apostrophe, not a formula
      baris(s.getRow(6), 3, staf, "'=HYPERLINK(\"http://contoh.invalid\",\"klik\")", "Pengelola Uji", namaOpd, 32, 0,
          "Terpenuhi");
      assertThat(s.getRow(6).getCell(2).getCellType()).isEqualTo(CellType.STRING);
      assertThat(s.getRow(7) == null).as("no row after the last ASN").isTrue();
      PaneInformation beku = s.getPaneInformation();
      assertThat(beku.isFreezePane()).isTrue();
      assertThat(beku.getHorizontalSplitTopRow()).isEqualTo((short) 4);
      assertThat(s.getColumnWidth(1)).isEqualTo(21 * 256);
      assertThat(s.getColumnWidth(2)).isEqualTo(32 * 256);
      assertThat(s.getPrintSetup().getLandscape()).isTrue();
      assertThat(s.getRepeatingRows().formatAsString()).isEqualTo("4:4");
      Sheet rekap = b.getSheet("Rekap OPD");
      Row r = rekap.getRow(4);
      assertThat(r.getCell(1).getStringCellValue()).isEqualTo(org.kodeOpd);
      assertThat(r.getCell(3).getNumericCellValue()).isEqualTo(3);
      assertThat(r.getCell(4).getNumericCellValue()).isEqualTo(2);
      assertThat(r.getCell(5).getNumericCellValue()).isEqualTo(42);
    }

    // Kinerja saya shows the trainings of the SKP's year
    Skp skp = new Skp(staf, TAHUN, LocalDate.of(TAHUN, 1, 1), LocalDate.of(TAHUN, 12, 31), JenisPeriode.BULANAN);
    skpRepository.save(skp);
    JsonNode ks = asn.getForEntity("/api/kinerja-saya/pegawai/" + staf + "/" + TAHUN, JsonNode.class).getBody();
    assertThat(ks.get("pelatihan").get("jpTerverifikasi").asInt()).isEqualTo(32);
    assertThat(ks.get("pelatihan").get("jpMinimal").asInt()).isEqualTo(20);
    assertThat(ks.get("pelatihan").get("daftar").size()).isEqualTo(3);
    assertThat(ks.get("pelatihan").get("daftar").get(0).get("nama").asText()).isEqualTo("Pelatihan Manajemen Waktu");
    assertThat(ks.get("pelatihan").get("daftar").get(0).get("sertifikat").get("url").asText())
        .isEqualTo("/api/bukti-dukung/" + sertifikatStaf);
    assertThat(belum).isPositive();

    // two days later the evidence cleaner runs: attached certificates are no orphans
    long yatim = unggah(asn);
    pembersih.hapusYatim(Instant.now().plus(Duration.ofDays(2)));
    assertThat(buktiRepository.existsById(sertifikatStaf)).isTrue();
    assertThat(buktiRepository.existsById(sertifikatKepala)).isTrue();
    assertThat(buktiRepository.existsById(yatim)).isFalse();
  }

  private static void baris(Row r, int no, String nip, String nama, String jabatan, String opd, int jp,
      int kurang, String keterangan) {
    assertThat(r.getCell(0).getNumericCellValue()).isEqualTo(no);
    assertThat(r.getCell(1).getStringCellValue()).isEqualTo(nip);
    assertThat(r.getCell(2).getStringCellValue()).isEqualTo(nama);
    assertThat(r.getCell(3).getStringCellValue()).isEqualTo(jabatan);
    assertThat(r.getCell(4).getStringCellValue()).isEqualTo(opd);
    assertThat(r.getCell(5).getNumericCellValue()).isEqualTo(jp);
    assertThat(r.getCell(6).getNumericCellValue()).isEqualTo(kurang);
    assertThat(r.getCell(7).getStringCellValue()).isEqualTo(keterangan);
  }
}
