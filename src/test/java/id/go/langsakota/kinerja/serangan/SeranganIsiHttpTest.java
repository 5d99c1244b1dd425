package id.go.langsakota.kinerja.serangan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.keamanan.SesiTasklistUji;
import id.go.langsakota.kinerja.organisasi.Jabatan;
import id.go.langsakota.kinerja.organisasi.JabatanRepository;
import id.go.langsakota.kinerja.organisasi.JenisAsn;
import id.go.langsakota.kinerja.organisasi.JenisJabatan;
import id.go.langsakota.kinerja.organisasi.JenisPenugasan;
import id.go.langsakota.kinerja.organisasi.Opd;
import id.go.langsakota.kinerja.organisasi.OpdRepository;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatan;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatanRepository;
import id.go.langsakota.kinerja.organisasi.UnitKerja;
import id.go.langsakota.kinerja.organisasi.UnitKerjaRepository;
import id.go.langsakota.kinerja.penilaian.BuktiDukung;
import id.go.langsakota.kinerja.penilaian.BuktiDukungRepository;
import id.go.langsakota.kinerja.penilaian.BuktiDukungService;
import id.go.langsakota.kinerja.penilaian.PembersihBuktiYatim;
import id.go.langsakota.kinerja.penilaian.PenilaianPeriodik;
import id.go.langsakota.kinerja.penilaian.PenilaianPeriodikRepository;
import id.go.langsakota.kinerja.penilaian.RealisasiIndikator;
import id.go.langsakota.kinerja.penilaian.RealisasiIndikatorRepository;
import id.go.langsakota.kinerja.penilaian.StatusPenilaianPeriodik;
import id.go.langsakota.kinerja.skp.ArahIndikator;
import id.go.langsakota.kinerja.skp.AspekIndikator;
import id.go.langsakota.kinerja.skp.IndikatorKinerja;
import id.go.langsakota.kinerja.skp.JenisPeriode;
import id.go.langsakota.kinerja.skp.JenisRhk;
import id.go.langsakota.kinerja.skp.RencanaHasilKerja;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
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
 * Attacks with content, over HTTP on the running app (issue 6, items 5 and 6): markup in free
 * text, RHK text and file names must stay inert where shown; formulas are refused by the register
 * import; evidence never travels as a process variable, only its owner attaches it, and uploads
 * never attached disappear after the configured time. Each case asserts the refusal (or the inert
 * form) and that nothing else changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SeranganIsiHttpTest {

  static final String KATA_SANDI = "rahasia-serangan";
  static final String IMG = "<img src=x onerror=alert(1)>";
  static final String TAUTAN_JS = "[x](javascript:alert(1))";
  static final String SKRIP = "<script>alert(1)</script>";
  static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
  static final AtomicInteger URUTAN = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000));

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired OpdRepository opdRepo;
  @Autowired UnitKerjaRepository unitRepo;
  @Autowired JabatanRepository jabatanRepo;
  @Autowired PegawaiRepository pegawaiRepo;
  @Autowired PenugasanJabatanRepository penugasanRepo;
  @Autowired SkpRepository skpRepo;
  @Autowired PenilaianPeriodikRepository penilaianRepo;
  @Autowired RealisasiIndikatorRepository realisasiRepo;
  @Autowired BuktiDukungRepository buktiRepo;
  @Autowired BuktiDukungService buktiService;
  @Autowired PembersihBuktiYatim pembersih;

  String nipAsn;
  String nipRekan;
  String nipKasi;
  Long indJumlah;
  Long indWaktu;
  ProcessInstance pi;
  long penilaianId;

  @BeforeEach
  void siapkan() {
    String k = String.valueOf(ThreadLocalRandom.current().nextInt(100000, 999999));
    String urut = String.format("%03d", URUTAN.getAndIncrement() % 1000);
    Opd opd = opdRepo.save(new Opd("S" + k, "Dinas Serangan " + k, "DS" + k));
    UnitKerja unit = unitRepo.save(new UnitKerja("SU" + k, "Bidang Uji", opd, null));
    Jabatan kadis = new Jabatan("SK" + k, "Kepala Dinas", JenisJabatan.JPT, 14, unit, null);
    kadis.setKepalaOpd(true);
    jabatanRepo.save(kadis);
    Jabatan kasi = jabatanRepo.save(new Jabatan("SS" + k, "Kepala Seksi", JenisJabatan.PENGAWAS, 9, unit, kadis));
    Jabatan pelaksana = jabatanRepo.save(new Jabatan("SP" + k, "Pengolah Data", JenisJabatan.PELAKSANA, 6, unit, kasi));
    Jabatan pelaksana2 = jabatanRepo.save(new Jabatan("SQ" + k, "Pengadministrasi", JenisJabatan.PELAKSANA, 5, unit, kasi));
    pegawai("197702022002121" + urut, kadis);
    nipKasi = pegawai("198703032012011" + urut, kasi);
    nipAsn = pegawai("199307072018032" + urut, pelaksana);
    nipRekan = pegawai("199408082019031" + urut, pelaksana2);

    Skp skp = new Skp(nipAsn, 2025, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), JenisPeriode.BULANAN);
    RencanaHasilKerja rhk = skp.tambahRhk(JenisRhk.UTAMA, "Tersajinya data " + SKRIP);
    IndikatorKinerja jumlah = rhk.tambahIndikator(AspekIndikator.KUANTITAS, "Jumlah data diolah",
        new BigDecimal("10"), "dokumen", ArahIndikator.LEBIH_TINGGI_LEBIH_BAIK);
    IndikatorKinerja waktu = rhk.tambahIndikator(AspekIndikator.WAKTU, "Lama " + SKRIP,
        new BigDecimal("5"), "hari", ArahIndikator.LEBIH_RENDAH_LEBIH_BAIK);
    skp.lampirkanBerakhlak();
    skp = skpRepo.save(skp);
    indJumlah = jumlah.getId();
    indWaktu = waktu.getId();

    LocalDate kemarin = LocalDate.now(Waktu.WIB).minusDays(1);
    pi = runtime.startProcessInstanceByKey("penilaian-periodik", "PP-2025-" + nipAsn + "-1",
        Variables.createVariables()
            .putValue("nip", nipAsn).putValue("tahun", 2025).putValue("skpId", skp.getId())
            .putValue("periodeKe", 1)
            .putValue("tanggalMulaiPeriode", kemarin.minusDays(27).toString())
            .putValue("tanggalAkhirPeriode", kemarin.toString()));
    management.executeJob(management.createJobQuery().processInstanceId(pi.getId())
        .activityId("Task_SiapkanPenilaian").singleResult().getId());
    penilaianId = ((Number) runtime.getVariable(pi.getId(), "penilaianId")).longValue();
  }

  private String pegawai(String nip, Jabatan jabatan) {
    Pegawai p = pegawaiRepo.save(new Pegawai(nip, "Pegawai " + nip, JenisAsn.PNS));
    penugasanRepo.save(new PenugasanJabatan(p, jabatan, JenisPenugasan.DEFINITIF, LocalDate.of(2020, 1, 1)));
    User u = identity.createUserQuery().userId(nip).singleResult();
    if (u == null) {
      u = identity.newUser(nip);
      u.setFirstName("Pegawai");
      u.setLastName(nip);
    }
    u.setPassword(KATA_SANDI);
    identity.saveUser(u);
    return nip;
  }

  // --- helpers --------------------------------------------------------------------------------

  private String rest(String jalur) {
    return "/engine-rest/engine/" + engine.getName() + jalur;
  }

  private Task tugas(String kunci) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(kunci).singleResult();
  }

  private static HttpEntity<MultiValueMap<String, Object>> berkas(String nama, byte[] isi, HttpHeaders h) {
    MultiValueMap<String, Object> bagian = new LinkedMultiValueMap<>();
    bagian.add("berkas", new ByteArrayResource(isi) {
      @Override
      public String getFilename() {
        return nama;
      }
    });
    h.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(bagian, h);
  }

  /** Upload through the API as a REST client would (HTTP Basic). */
  private ResponseEntity<JsonNode> unggah(String pengguna, String nama, byte[] isi) {
    return http.withBasicAuth(pengguna, KATA_SANDI).postForEntity("/api/bukti-dukung",
        berkas(nama, isi, new HttpHeaders()), JsonNode.class);
  }

  private long unggahId(String pengguna, String nama) {
    ResponseEntity<JsonNode> r = unggah(pengguna, nama, PDF);
    assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.CREATED);
    return r.getBody().get("id").asLong();
  }

  private ResponseEntity<JsonNode> lapor(Map<String, Object> variabel) {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(nipAsn, KATA_SANDI).exchange(
        rest("/task/" + tugas("laporkan-realisasi").getId() + "/submit-form"), HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", variabel), h), JsonNode.class);
  }

  private static Map<String, Object> json(String isi) {
    return Map.of("type", "Json", "value", isi);
  }

  private static Map<String, Object> teks(String isi) {
    return Map.of("type", "String", "value", isi);
  }

  private String realisasiDengan(String buktiWaktu) {
    return "[{\"indikatorId\": " + indJumlah + ", \"realisasi\": 12, "
        + "\"tautanBukti\": \"https://drive.langsakota.go.id/data-1\"}, "
        + "{\"indikatorId\": " + indWaktu + ", \"realisasi\": 4, \"buktiDukungId\": " + buktiWaktu + "}]";
  }

  private void tidakAdaYangTertulis() {
    assertThat(tugas("laporkan-realisasi")).as("tugas tetap terbuka").isNotNull();
    assertThat(realisasiRepo.findByPenilaianIdOrderById(penilaianId)).isEmpty();
    PenilaianPeriodik p = penilaianRepo.findById(penilaianId).orElseThrow();
    assertThat(p.getStatus()).isEqualTo(StatusPenilaianPeriodik.MENUNGGU_REALISASI);
    assertThat(p.getCatatanMandiri()).isNull();
    assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys("realisasi", "catatanMandiri");
  }

  private static long jumlahBerkasDi(Path direktori) throws Exception {
    if (!Files.isDirectory(direktori)) {
      return 0;
    }
    try (var s = Files.walk(direktori)) {
      return s.filter(Files::isRegularFile).count();
    }
  }

  // --- markup in free text, RHK text and file names -------------------------------------------

  @Test
  void markupInCatatanKeteranganRhkAndFileNameIsKeptAsTextAndShownInert() {
    ResponseEntity<JsonNode> unggahan = unggah(nipAsn, IMG + ".pdf", PDF);
    assertThat(unggahan.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String namaTersimpan = unggahan.getBody().get("namaBerkas").asText();
    assertThat(namaTersimpan).endsWith(".pdf").doesNotContain("<", ">", "=", "\"");
    long buktiId = unggahan.getBody().get("id").asLong();

    String realisasi = "[{\"indikatorId\": " + indJumlah + ", \"realisasi\": 12, "
        + "\"tautanBukti\": \"https://drive.langsakota.go.id/data-1\", \"keterangan\": \"" + TAUTAN_JS + "\"}, "
        + "{\"indikatorId\": " + indWaktu + ", \"realisasi\": 4, \"buktiDukungId\": " + buktiId
        + ", \"keterangan\": \"" + IMG.replace("\"", "\\\"") + "\"}]";
    String catatan = IMG + " dan " + TAUTAN_JS + "\u0007";
    ResponseEntity<JsonNode> r = lapor(Map.of("realisasi", json(realisasi), "catatanMandiri", teks(catatan)));
    assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.NO_CONTENT);

    // Stored as typed (the control character removed), so nobody's words are changed.
    PenilaianPeriodik p = penilaianRepo.findById(penilaianId).orElseThrow();
    assertThat(p.getCatatanMandiri()).isEqualTo(IMG + " dan " + TAUTAN_JS);
    List<RealisasiIndikator> baris = realisasiRepo.findByPenilaianIdOrderById(penilaianId);
    assertThat(baris).extracting(RealisasiIndikator::getKeterangan).containsExactlyInAnyOrder(TAUTAN_JS, IMG);

    // Shown to the rater: the Markdown views are escaped, the only link is the download.
    management.executeJob(management.createJobQuery().processInstanceId(pi.getId())
        .activityId("Task_HitungCapaian").singleResult().getId());
    Task nilai = tugas("nilai-kinerja-periodik");
    HttpHeaders h = new HttpHeaders();
    h.setAccept(List.of(MediaType.APPLICATION_JSON));
    ResponseEntity<JsonNode> variabel = http.withBasicAuth(nipKasi, KATA_SANDI).exchange(
        rest("/task/" + nilai.getId() + "/form-variables"), HttpMethod.GET, new HttpEntity<>(h), JsonNode.class);
    assertThat(variabel.getStatusCode()).isEqualTo(HttpStatus.OK);
    String catatanTampil = variabel.getBody().get("catatanMandiriPegawai").get("value").asText();
    assertThat(catatanTampil).doesNotContain("<", "](").contains("&lt;img").contains("javascript:alert");
    String berkasTampil = variabel.getBody().get("daftarBerkasBukti").get("value").asText();
    assertThat(berkasTampil)
        .doesNotContain("<script", "<img", "javascript:")
        .contains("](</api/bukti-dukung/" + buktiId + ">)")
        .contains("&lt;script&gt;");
    // exactly one link target in the whole view: the download of the stored file
    assertThat(berkasTampil.split("\\]\\(", -1)).hasSize(2);

    // The download names the file by its cleaned name only.
    ResponseEntity<byte[]> unduh = http.withBasicAuth(nipAsn, KATA_SANDI)
        .getForEntity("/api/bukti-dukung/" + buktiId, byte[].class);
    assertThat(unduh.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(unduh.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).doesNotContain("<", ">");
  }

  @Test
  void fileNamesLosePathsAndControlCharacters() {
    ResponseEntity<JsonNode> r = unggah(nipAsn, "..\\..\\windows\\" + "rekap\u202Efdp.pdf", PDF);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(r.getBody().get("namaBerkas").asText()).isEqualTo("rekapfdp.pdf");
    BuktiDukung b = buktiRepo.findById(r.getBody().get("id").asLong()).orElseThrow();
    assertThat(b.getNamaBerkas()).isEqualTo("rekapfdp.pdf");
  }

  @Test
  void theEmbeddedFormNeverParsesServerTextAsHtml() throws Exception {
    String form = Files.readString(Path.of("forms/laporkan-realisasi.html"));
    assertThat(form).doesNotContain("insertAdjacentHTML", "document.write", "outerHTML", "$sce", "ng-bind-html");
    // innerHTML is only ever cleared
    assertThat(form.split("innerHTML", -1).length - 1).isEqualTo(form.split("innerHTML = ''", -1).length - 1);
    // and the File-variable path is gone: the form uploads and sends ids
    assertThat(form).doesNotContain("'File'", "bukti_").contains("/api/bukti-dukung").contains("buktiDukungId");
  }

  // --- formulas in the register import -------------------------------------------------------

  @Test
  void importRefusesACellThatStartsAFormulaAndWritesNothing() {
    ResponseEntity<String> templat = http.withBasicAuth("demo", "demo")
        .getForEntity("/api/impor/register/templat.csv", String.class);
    assertThat(templat.getStatusCode()).isEqualTo(HttpStatus.OK);
    String csv = templat.getBody().replace("Dinas Kesehatan", "=cmd|' /C calc'!A0");
    assertThat(csv).contains("=cmd");
    long opdSebelum = opdRepo.count();
    long pegawaiSebelum = pegawaiRepo.count();

    HttpHeaders h = new HttpHeaders();
    ResponseEntity<JsonNode> r = http.withBasicAuth("demo", "demo").postForEntity("/api/impor/register",
        berkas("register.csv", csv.getBytes(StandardCharsets.UTF_8), h), JsonNode.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(r.getBody().get("kesalahan")).anySatisfy(k -> {
      assertThat(k.get("baris").asInt()).isEqualTo(2);
      assertThat(k.get("kolom").asText()).isEqualTo("nama_opd");
      assertThat(k.get("alasan").asText()).contains("rumus");
    });
    assertThat(opdRepo.count()).isEqualTo(opdSebelum);
    assertThat(pegawaiRepo.count()).isEqualTo(pegawaiSebelum);
    assertThat(opdRepo.findAll()).noneMatch(o -> o.getNama().startsWith("="));
  }

  @Test
  void templateCsvHasNoCellAFormulaWouldRun() {
    String csv = http.withBasicAuth("demo", "demo").getForEntity("/api/impor/register/templat.csv", String.class).getBody();
    for (String sel : csv.replace("\uFEFF", "").split("[;\r\n]+")) {
      assertThat(sel).as(sel).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
    }
  }

  // --- evidence never passes through process variables ----------------------------------------

  @Test
  void aFileVariableIsRefusedAndLeavesNoTraceInHistoryOrOnDisk() throws Exception {
    long buktiSebelum = buktiRepo.count();
    Path direktori = Path.of("target/berkas-test");
    long berkasSebelum = jumlahBerkasDi(direktori);
    String nama = "bukti_" + indWaktu;
    Map<String, Object> file = Map.of("type", "File", "value", Base64.getEncoder().encodeToString(PDF),
        "valueInfo", Map.of("filename", "rekap.pdf", "mimetype", "application/pdf"));
    String realisasi = "[{\"indikatorId\": " + indJumlah + ", \"realisasi\": 12, "
        + "\"tautanBukti\": \"https://drive.langsakota.go.id/data-1\"}, "
        + "{\"indikatorId\": " + indWaktu + ", \"realisasi\": 4, \"tautanBukti\": \"https://a.id/x\"}]";

    for (String namaVariabel : List.of(nama, "lampiran")) {
      ResponseEntity<JsonNode> r = lapor(Map.of("realisasi", json(realisasi), namaVariabel, file));
      assertThat(r.getStatusCode()).as(namaVariabel).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(r.getBody().toString()).contains("/api/bukti-dukung");
      tidakAdaYangTertulis();
      assertThat(runtime.getVariables(pi.getId())).doesNotContainKey(namaVariabel);
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
          .variableName(namaVariabel).count()).isZero();
    }
    assertThat(buktiRepo.count()).isEqualTo(buktiSebelum);
    assertThat(jumlahBerkasDi(direktori)).isEqualTo(berkasSebelum);
  }

  @Test
  void someoneElsesUploadCannotBeAttached() {
    long milikRekan = unggahId(nipRekan, "rekap-rekan.pdf");
    ResponseEntity<JsonNode> r = lapor(Map.of("realisasi", json(realisasiDengan(String.valueOf(milikRekan)))));
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(r.getBody().toString()).contains("bukan unggahan Anda");
    tidakAdaYangTertulis();
    assertThat(realisasiRepo.existsByBuktiDukungId(milikRekan)).isFalse();

    ResponseEntity<JsonNode> tidakAda = lapor(Map.of("realisasi", json(realisasiDengan("999999999"))));
    assertThat(tidakAda.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    tidakAdaYangTertulis();
  }

  @Test
  void oneUploadAttachesToOneRealisasiOnly() {
    long milikSendiri = unggahId(nipAsn, "rekap.pdf");
    String dua = "[{\"indikatorId\": " + indJumlah + ", \"realisasi\": 12, \"buktiDukungId\": " + milikSendiri + "}, "
        + "{\"indikatorId\": " + indWaktu + ", \"realisasi\": 4, \"buktiDukungId\": " + milikSendiri + "}]";
    ResponseEntity<JsonNode> r = lapor(Map.of("realisasi", json(dua)));
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(r.getBody().toString()).contains("sudah dilampirkan");
    tidakAdaYangTertulis();
  }

  @Test
  void tasklistSessionUploadsWithItsCsrfTokenAndNoPassword() {
    // Tasklist lets in members of the pegawai group (as the register sync makes every ASN).
    if (identity.createUserQuery().userId(nipAsn).memberOfGroup("pegawai").count() == 0) {
      identity.createMembership(nipAsn, "pegawai");
    }
    SesiTasklistUji sesi = SesiTasklistUji.masuk(http, engine.getName(), nipAsn, KATA_SANDI);
    long sebelum = buktiRepo.count();
    ResponseEntity<JsonNode> tanpaToken = http.exchange("/api/bukti-dukung", HttpMethod.POST,
        berkas("rekap.pdf", PDF, sesi.header(false)), JsonNode.class);
    assertThat(tanpaToken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(buktiRepo.count()).isEqualTo(sebelum);

    ResponseEntity<JsonNode> denganToken = http.exchange("/api/bukti-dukung", HttpMethod.POST,
        berkas("rekap.pdf", PDF, sesi.header(true)), JsonNode.class);
    assertThat(denganToken.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    BuktiDukung b = buktiRepo.findById(denganToken.getBody().get("id").asLong()).orElseThrow();
    assertThat(b.getNipPemilik()).isEqualTo(nipAsn);
    assertThat(b.getDiunggahOleh()).isEqualTo(nipAsn);

    // ... and the report made in the same browser attaches it.
    ResponseEntity<JsonNode> r = lapor(Map.of("realisasi", json(realisasiDengan(String.valueOf(b.getId())))));
    assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(realisasiRepo.existsByBuktiDukungId(b.getId())).isTrue();
  }

  @Test
  void uploadsNeverAttachedAreDeletedAfterTheConfiguredTime() {
    long dilampirkan = unggahId(nipAsn, "dilampirkan.pdf");
    long yatim = unggahId(nipAsn, "ditinggal.pdf");
    ResponseEntity<JsonNode> r = lapor(Map.of("realisasi", json(realisasiDengan(String.valueOf(dilampirkan)))));
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Path berkasYatim = buktiService.berkas(buktiRepo.findById(yatim).orElseThrow());
    Path berkasDilampirkan = buktiService.berkas(buktiRepo.findById(dilampirkan).orElseThrow());
    List<RealisasiIndikator> realisasiSebelum = realisasiRepo.findByPenilaianIdOrderById(penilaianId);

    // Younger than 24 h (the default of kinerja.berkas.hapus-yatim-setelah): kept.
    pembersih.hapusYatim(Instant.now().plus(Duration.ofHours(23)));
    assertThat(buktiRepo.findById(yatim)).isPresent();
    assertThat(berkasYatim).exists();

    // Past 24 h: the unattached upload goes (row and file), the attached one stays.
    int dihapus = pembersih.hapusYatim(Instant.now().plus(Duration.ofHours(24).plusMinutes(5)));
    assertThat(dihapus).isGreaterThanOrEqualTo(1);
    assertThat(buktiRepo.findById(yatim)).isEmpty();
    assertThat(berkasYatim).doesNotExist();
    assertThat(buktiRepo.findById(dilampirkan)).isPresent();
    assertThat(berkasDilampirkan).exists();
    assertThat(realisasiRepo.findByPenilaianIdOrderById(penilaianId))
        .usingRecursiveFieldByFieldElementComparator().isEqualTo(realisasiSebelum);
  }
}
