package id.go.langsakota.kinerja.kalibrasi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.langsakota.kinerja.identitas.DataUjiIdentitas;
import id.go.langsakota.kinerja.identitas.IdentitasService;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.Peran;
import id.go.langsakota.kinerja.organisasi.PeranPenggunaRepository;
import id.go.langsakota.kinerja.skp.JenisPeriode;
import id.go.langsakota.kinerja.skp.OrganisasiUji;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.skp.StatusSkp;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
 * The calibration task attacked over the engine REST API as Tasklist sends it (submit-form):
 * someone else completing it, undeclared variables, a change without a reason, an ASN outside
 * the OPD, the head's own rating; each refused with nothing recorded. Then the head's valid
 * change, and the report (JSON for BKPSDM only, Excel with neutralised text cells).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SeranganKalibrasiHttpTest {

  static final int TAHUN = 2032;
  static final AtomicInteger URUT = new AtomicInteger(ThreadLocalRandom.current().nextInt(100, 900));

  @Autowired TestRestTemplate http;
  @Autowired ApplicationContext ctx;
  @Autowired SkpRepository skpRepository;
  @Autowired PegawaiRepository pegawaiRepository;
  @Autowired PeranPenggunaRepository peranRepository;
  @Autowired IdentitasService identitas;
  @Autowired PredikatOrganisasiService predikatOrganisasi;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;
  @Autowired PerubahanRatingKalibrasiRepository perubahanRepository;

  final ObjectMapper json = new ObjectMapper();
  OrganisasiUji org;
  List<String> staf;
  ProcessInstance kk;
  String taskId;

  @BeforeEach
  void siapkan() {
    org = new OrganisasiUji(ctx);
    staf = new ArrayList<>(org.tambahStaf(3, String.format("19920101201%03d", URUT.incrementAndGet() % 1000)));
    // A name that a spreadsheet would read as a formula: the Excel report must keep it as text.
    Pegawai p = pegawaiRepository.findByNip(staf.get(0)).orElseThrow();
    p.setNama("=HYPERLINK(\"http://contoh.invalid\")");
    pegawaiRepository.save(p);
    skp(org.nipKepala, Predikat.SANGAT_BAIK);
    skp(org.nipPengawas, Predikat.SANGAT_BAIK);
    skp(org.nipStaf, Predikat.SANGAT_BAIK);
    staf.forEach(n -> skp(n, Predikat.SANGAT_BAIK));
    predikatOrganisasi.tetapkan(TAHUN, org.kodeOpd, "ISTIMEWA", "uji", "bkpsdm-uji");
    kk = runtime.startProcessInstanceByKey("kalibrasi-kurva", Map.of("tahun", TAHUN, "kodeOpd", org.kodeOpd));
    management.createJobQuery().processInstanceId(kk.getId()).list().forEach(j -> management.executeJob(j.getId()));
    Task t = tasks.createTaskQuery().processInstanceId(kk.getId()).taskDefinitionKey("sesuaikan-rating-kurva")
        .singleResult();
    assertThat(t.getAssignee()).isEqualTo(org.nipKepala);
    taskId = t.getId();
  }

  private void skp(String nip, Predikat predikat) {
    Skp s = new Skp(nip, TAHUN, LocalDate.of(TAHUN, 1, 1), LocalDate.of(TAHUN, 12, 31), JenisPeriode.BULANAN);
    s.setStatus(StatusSkp.DINILAI);
    s.setRatingHasilKerjaTahunan(Rating.DI_ATAS_EKSPEKTASI);
    s.setRatingPerilakuTahunan(Rating.DI_ATAS_EKSPEKTASI);
    s.setPredikatTahunan(predikat);
    skpRepository.save(s);
  }

  private TestRestTemplate sebagai(String nip) {
    identitas.sinkronkan(Set.of(nip));
    return http.withBasicAuth(nip, DataUjiIdentitas.KATA_SANDI_AWAL);
  }

  private TestRestTemplate pengguna(Peran peran) {
    Pegawai p = DataUjiIdentitas.pegawai(pegawaiRepository, "Pengguna Uji Kalibrasi");
    if (peran != null) {
      DataUjiIdentitas.peran(peranRepository, p.getNip(), p.getNama(), peran);
    }
    identitas.sinkronkan(Set.of(p.getNip()));
    return http.withBasicAuth(p.getNip(), DataUjiIdentitas.KATA_SANDI_AWAL);
  }

  static Map<String, Object> ubah(String nip, String hasil, String perilaku, String alasan) {
    Map<String, Object> m = new HashMap<>();
    m.put("nip", nip);
    m.put("ratingHasilKerja", hasil);
    m.put("ratingPerilaku", perilaku);
    m.put("alasan", alasan);
    return m;
  }

  private ResponseEntity<JsonNode> kirim(TestRestTemplate siapa, Map<String, Object> variabel) {
    return siapa.exchange("/engine-rest/engine/" + engine.getName() + "/task/" + taskId + "/submit-form", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", variabel)), JsonNode.class);
  }

  private Map<String, Object> perubahan(List<Map<String, Object>> daftar) throws Exception {
    Map<String, Object> v = new HashMap<>();
    v.put("perubahan", Map.of("type", "Json", "value", json.writeValueAsString(daftar)));
    return v;
  }

  private void tidakAdaYangTercatat() {
    assertThat(perubahanRepository.findAll()).noneMatch(p -> p.getNip().equals(org.nipStaf)
        || staf.contains(p.getNip()) || p.getNip().equals(org.nipPengawas) || p.getNip().equals(org.nipKepala));
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    assertThat(skpRepository.findByNipAndTahun(org.nipStaf, TAHUN).orElseThrow().getPredikatTahunan())
        .isEqualTo(Predikat.SANGAT_BAIK);
  }

  private static String pesan(ResponseEntity<JsonNode> r) {
    return r.getBody() == null ? "" : r.getBody().toString();
  }

  @Test
  void orangLainTidakDapatMenyelesaikanKalibrasi() throws Exception {
    List<Map<String, Object>> sah = List.of(ubah(org.nipStaf, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "Alasan"));
    // an ASN of the OPD (the one whose rating it is), and a BKPSDM user while the head holds the task
    ResponseEntity<JsonNode> r = kirim(sebagai(org.nipStaf), perubahan(sah));
    assertThat(r.getStatusCode().value()).as(pesan(r)).isIn(400, 403);
    r = kirim(pengguna(Peran.BKPSDM), perubahan(sah));
    assertThat(r.getStatusCode().value()).as(pesan(r)).isIn(400, 403);
    tidakAdaYangTercatat();
  }

  @Test
  void variabelTakTerdeklarasiDitolak() throws Exception {
    Map<String, Object> v = perubahan(List.of(ubah(org.nipStaf, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "Alasan")));
    v.put("hasilKurva", Map.of("value", "SESUAI"));
    ResponseEntity<JsonNode> r = kirim(sebagai(org.nipKepala), v);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(pesan(r)).contains("hasilKurva");
    Map<String, Object> w = perubahan(List.of());
    w.put("batasKalibrasi", Map.of("value", "2099-12-31T23:59:59+07:00"));
    r = kirim(sebagai(org.nipKepala), w);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    tidakAdaYangTercatat();
  }

  @Test
  void perubahanTanpaAlasanAtauDiLuarOpdAtauKepalaDitolak() throws Exception {
    TestRestTemplate kepala = sebagai(org.nipKepala);
    ResponseEntity<JsonNode> r = kirim(kepala, perubahan(List.of(
        ubah(org.nipStaf, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "  "))));
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(pesan(r)).contains("alasan perubahan wajib diisi");

    // an ASN of another OPD
    OrganisasiUji lain = new OrganisasiUji(ctx);
    r = kirim(kepala, perubahan(List.of(ubah(lain.nipStaf, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "Alasan"))));
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(pesan(r)).contains("bukan ASN dalam kalibrasi ini");

    // the head's own rating (given by the Sekda / Wali Kota)
    r = kirim(kepala, perubahan(List.of(ubah(org.nipKepala, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "Alasan"))));
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(pesan(r)).contains("adalah kepala OPD");

    // no change at all while the set is still outside the pattern; a value that is no rating
    r = kirim(kepala, perubahan(List.of()));
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(pesan(r)).contains("Sebaran masih di luar pola");
    r = kirim(kepala, perubahan(List.of(ubah(org.nipStaf, "BAGUS", "SESUAI_EKSPEKTASI", "Alasan"))));
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(pesan(r)).contains("harus salah satu dari");
    // a valid change next to a bad one: all or nothing
    r = kirim(kepala, perubahan(List.of(ubah(org.nipPengawas, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "Sah"),
        ubah(org.nipStaf, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", null))));
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    tidakAdaYangTercatat();
    assertThat(skpRepository.findByNipAndTahun(org.nipPengawas, TAHUN).orElseThrow().getPredikatTahunan())
        .isEqualTo(Predikat.SANGAT_BAIK);
  }

  @Test
  void kepalaMengubahDenganAlasanLaluLaporanBkpsdm() throws Exception {
    ResponseEntity<JsonNode> r = kirim(sebagai(org.nipKepala), perubahan(List.of(
        ubah(staf.get(0), "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "Target utama hanya tercapai"),
        ubah(staf.get(1), "SESUAI_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "=SUM(A1:A9)"))));
    assertThat(r.getStatusCode().is2xxSuccessful()).as(pesan(r)).isTrue();
    assertThat(perubahanRepository.findAll()).filteredOn(p -> staf.contains(p.getNip())).hasSize(2)
        .allSatisfy(p -> assertThat(p.getDiubahOleh()).isEqualTo(org.nipKepala));
    management.createJobQuery().processInstanceId(kk.getId()).list().forEach(j -> management.executeJob(j.getId()));
    for (int i = 0; i < 5 && runtime.createProcessInstanceQuery().processInstanceId(kk.getId()).count() > 0; i++) {
      management.createJobQuery().processInstanceId(kk.getId()).list().forEach(j -> management.executeJob(j.getId()));
    }
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(kk.getId()).count()).isZero();

    TestRestTemplate bkpsdm = pengguna(Peran.BKPSDM);
    JsonNode laporan = bkpsdm.getForEntity("/api/laporan/kurva/" + TAHUN, JsonNode.class).getBody();
    JsonNode opd = null;
    for (JsonNode o : laporan.get("opd")) {
      if (o.get("kodeOpd").asText().equals(org.kodeOpd)) {
        opd = o;
      }
    }
    assertThat(opd).as("OPD dalam laporan").isNotNull();
    // 5 counted (head not): before 5 Sangat Baik (outside), after 3 Sangat Baik + 2 Baik (fits)
    assertThat(opd.get("sebelumKalibrasi").get("jumlah").get("SANGAT_BAIK").asInt()).isEqualTo(5);
    assertThat(opd.get("sebelumKalibrasi").get("sesuai").asBoolean()).isFalse();
    assertThat(opd.get("sesudahKalibrasi").get("jumlah").get("SANGAT_BAIK").asInt()).isEqualTo(3);
    assertThat(opd.get("sesudahKalibrasi").get("jumlah").get("BAIK").asInt()).isEqualTo(2);
    assertThat(opd.get("sesudahKalibrasi").get("sesuai").asBoolean()).isTrue();
    assertThat(opd.get("jumlahDiubahKalibrasi").asInt()).isEqualTo(2);
    assertThat(opd.get("jumlahDiubahKeberatan").asInt()).isZero();

    // an appeal changes one final predikat afterwards: the report marks it (the hook for keberatan)
    Skp s = skpRepository.findByNipAndTahun(org.nipStaf, TAHUN).orElseThrow();
    s.setPredikatTahunan(Predikat.BAIK);
    skpRepository.save(s);
    laporan = bkpsdm.getForEntity("/api/laporan/kurva/" + TAHUN, JsonNode.class).getBody();
    for (JsonNode o : laporan.get("opd")) {
      if (o.get("kodeOpd").asText().equals(org.kodeOpd)) {
        assertThat(o.get("jumlahDiubahKeberatan").asInt()).isEqualTo(1);
        assertThat(o.get("nipDiubahKeberatan").toString()).contains(org.nipStaf);
        assertThat(o.get("setelahKeberatan").get("jumlah").get("SANGAT_BAIK").asInt()).isEqualTo(2);
      }
    }

    assertThat(pengguna(null).getForEntity("/api/laporan/kurva/" + TAHUN, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<byte[]> x = bkpsdm.getForEntity("/api/laporan/kurva/" + TAHUN + "/excel", byte[].class);
    assertThat(x.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.getBody()))) {
      assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Sebaran per OPD");
      var lembar = wb.getSheet("Perubahan kalibrasi");
      List<String> nama = new ArrayList<>();
      List<String> alasan = new ArrayList<>();
      for (int i = 1; i <= lembar.getLastRowNum(); i++) {
        nama.add(lembar.getRow(i).getCell(4).getStringCellValue());
        alasan.add(lembar.getRow(i).getCell(11).getStringCellValue());
      }
      assertThat(nama).contains("'=HYPERLINK(\"http://contoh.invalid\")");
      assertThat(alasan).contains("'=SUM(A1:A9)");
      lembar.forEach(row -> row.forEach(c -> assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA)));
    }
  }
}
