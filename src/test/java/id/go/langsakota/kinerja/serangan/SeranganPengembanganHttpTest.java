package id.go.langsakota.kinerja.serangan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.identitas.DataUjiIdentitas;
import id.go.langsakota.kinerja.identitas.IdentitasService;
import id.go.langsakota.kinerja.kompetensi.KatalogPelatihanRepository;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.Peran;
import id.go.langsakota.kinerja.organisasi.PeranPenggunaRepository;
import id.go.langsakota.kinerja.pengembangan.KebutuhanPelatihan;
import id.go.langsakota.kinerja.pengembangan.KebutuhanPelatihanService;
import id.go.langsakota.kinerja.pengembangan.PemicuPelatihan;
import id.go.langsakota.kinerja.pengembangan.PemicuPengembanganService;
import id.go.langsakota.kinerja.pengembangan.StatusKebutuhanPelatihan;
import id.go.langsakota.kinerja.penilaian.BuktiDukung;
import id.go.langsakota.kinerja.penilaian.BuktiDukungRepository;
import id.go.langsakota.kinerja.skp.OrganisasiUji;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
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
 * pengembangan-kompetensi under attack over HTTP with ordinary logins: undeclared and steering
 * variables, someone else's certificate, the ASN verifying their own certificate, another ASN
 * completing the task, duplicates and other people's requests over /api, the register's own
 * /api bypassing the process, and who reads the overdue report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SeranganPengembanganHttpTest {

  static final String KATA_SANDI = "rahasia-pelatihan";

  @Autowired TestRestTemplate http;
  @Autowired ApplicationContext ctx;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired PegawaiRepository pegawaiRepository;
  @Autowired PeranPenggunaRepository peranRepository;
  @Autowired IdentitasService identitas;
  @Autowired PemicuPengembanganService pemicu;
  @Autowired KebutuhanPelatihanService service;
  @Autowired KatalogPelatihanRepository katalog;
  @Autowired BuktiDukungRepository buktiRepository;
  @Autowired id.go.langsakota.kinerja.kompetensi.PengembanganKompetensiService register;

  OrganisasiUji org;
  String bkpsdm;
  String bkpsdmLain;

  @BeforeEach
  void siapkan() {
    org = new OrganisasiUji(ctx);
    for (String nip : List.of(org.nipKepala, org.nipPengawas, org.nipStaf)) {
      pengguna(nip);
    }
    bkpsdm = petugasBkpsdm("Petugas BKPSDM Uji Pelatihan");
    bkpsdmLain = petugasBkpsdm("Petugas BKPSDM Uji Pelatihan Kedua");
  }

  String petugasBkpsdm(String nama) {
    Pegawai p = DataUjiIdentitas.pegawai(pegawaiRepository, nama);
    DataUjiIdentitas.peran(peranRepository, p.getNip(), p.getNama(), Peran.BKPSDM);
    identitas.sinkronkan(Set.of(p.getNip()));
    pengguna(p.getNip());
    return p.getNip();
  }

  TestRestTemplate sebagai(String nip) {
    return http.withBasicAuth(nip, KATA_SANDI);
  }

  ResponseEntity<JsonNode> submit(String oleh, String taskId, Map<String, Object> variabel) {
    return sebagai(oleh).exchange("/engine-rest/engine/" + engine.getName() + "/task/" + taskId + "/submit-form",
        HttpMethod.POST, new HttpEntity<>(Map.of("variables", variabel)), JsonNode.class);
  }

  ResponseEntity<JsonNode> klaim(String oleh, String taskId) {
    return sebagai(oleh).exchange("/engine-rest/engine/" + engine.getName() + "/task/" + taskId + "/claim",
        HttpMethod.POST, new HttpEntity<>(Map.of("userId", oleh)), JsonNode.class);
  }

  static Map<String, Object> teks(String nilai) {
    return Map.of("type", "String", "value", nilai);
  }

  static Map<String, Object> bilangan(long nilai) {
    return Map.of("type", "Long", "value", nilai);
  }

  static Map<String, Object> ya() {
    return Map.of("type", "Boolean", "value", true);
  }

  static void ditolak(ResponseEntity<JsonNode> r, String kataKunci) {
    assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(r.getBody().toString()).contains(kataKunci);
  }

  static void berhasil(ResponseEntity<JsonNode> r) {
    assertThat(r.getStatusCode().is2xxSuccessful()).as(String.valueOf(r.getBody())).isTrue();
  }

  ProcessInstance proses(KebutuhanPelatihan k) {
    ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(k.businessKey()).singleResult();
    management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).singleResult().getId());
    return pi;
  }

  Task tugas(ProcessInstance pi, String kunci) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(kunci).singleResult();
  }

  Map<String, Object> penetapan(String kode) {
    LocalDate hariIni = Waktu.hariIni();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("katalogId", teks(String.valueOf(katalog.findByKode(kode).orElseThrow().getId())));
    v.put("tanggalMulai", teks(hariIni.toString()));
    v.put("tanggalSelesai", teks(hariIni.toString()));
    v.put("konfirmasi", ya());
    return v;
  }

  long sertifikat(String pemilik) {
    return buktiRepository.save(new BuktiDukung(pemilik, "sertifikat.pdf", "application/pdf", 10, "abc",
        "s-" + System.nanoTime() + ".pdf", pemilik)).getId();
  }

  @Test
  void isianAsingSertifikatOrangLainDanTugasOrangLainDitolak() {
    ResponseEntity<JsonNode> mulai = sebagai(org.nipStaf).postForEntity("/api/pengembangan-kompetensi/kebutuhan",
        Map.of("kesenjangan", "Manajemen waktu dan prioritas kerja"), JsonNode.class);
    assertThat(mulai.getStatusCode()).as(String.valueOf(mulai.getBody())).isEqualTo(HttpStatus.CREATED);
    assertThat(mulai.getBody().get("pemicu").asText()).isEqualTo("PERMINTAAN_ASN");
    KebutuhanPelatihan k = service.ambil(mulai.getBody().get("id").asLong());
    ProcessInstance pi = proses(k);
    Task tetapkan = tugas(pi, "tetapkan-pelatihan");
    berhasil(klaim(bkpsdm, tetapkan.getId()));

    // steering and undeclared variables: refused, nothing assigned
    for (String asing : List.of("nip", "penetapNip", "kebutuhanId", "jpDikreditkan", "assignee")) {
      Map<String, Object> v = new LinkedHashMap<>(penetapan("KP-001"));
      v.put(asing, teks(org.nipPengawas));
      ditolak(submit(bkpsdm, tetapkan.getId(), v), asing);
    }
    // a file as a variable: refused
    Map<String, Object> berkas = new LinkedHashMap<>(penetapan("KP-001"));
    berkas.put("katalogId", Map.of("type", "File", "value", "QUJD", "valueInfo", Map.of("filename", "x.pdf")));
    ditolak(submit(bkpsdm, tetapkan.getId(), berkas), "berkas");
    // an entry that is not among the choices
    Map<String, Object> luar = new LinkedHashMap<>(penetapan("KP-001"));
    luar.put("katalogId", teks("999999"));
    ditolak(submit(bkpsdm, tetapkan.getId(), luar), "tidak ada di antara pilihan");
    // someone else's (claimed) task
    assertThat(submit(bkpsdmLain, tetapkan.getId(), penetapan("KP-001")).getStatusCode().is4xxClientError()).isTrue();
    assertThat(service.ambil(k.getId()).getStatus()).isEqualTo(StatusKebutuhanPelatihan.DIUSULKAN);
    berhasil(submit(bkpsdm, tetapkan.getId(), penetapan("KP-001")));

    Task laporkan = tugas(pi, "laporkan-pelatihan");
    assertThat(laporkan.getAssignee()).isEqualTo(org.nipStaf);
    // another ASN cannot complete it, even with their own certificate
    Map<String, Object> milikPengawas = Map.of("sertifikatBuktiId", bilangan(sertifikat(org.nipPengawas)), "konfirmasi", ya());
    assertThat(submit(org.nipPengawas, laporkan.getId(), milikPengawas).getStatusCode().is4xxClientError()).isTrue();
    // someone else's certificate id: refused with the same words as a missing one
    ditolak(submit(org.nipStaf, laporkan.getId(), milikPengawas), "tidak ditemukan di antara berkas");
    ditolak(submit(org.nipStaf, laporkan.getId(), Map.of("sertifikatBuktiId", bilangan(987654321L), "konfirmasi", ya())),
        "tidak ditemukan di antara berkas");
    // the process's record cannot be moved through the register's own /api
    Long pengembanganId = service.ambil(k.getId()).getPengembanganId();
    ResponseEntity<JsonNode> pintas = sebagai(org.nipStaf).postForEntity("/api/pengembangan-kompetensi/" + pengembanganId
        + "/sertifikat", Map.of("sertifikatBuktiId", sertifikat(org.nipStaf)), JsonNode.class);
    assertThat(pintas.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(pintas.getBody().toString()).contains("Tasklist");
    assertThat(service.ambil(k.getId()).getStatus()).isEqualTo(StatusKebutuhanPelatihan.DITETAPKAN);

    // what the embedded form sends: the id of her upload, the tick, and the summary it fetched to show
    // (a display field: accepted, never read)
    berhasil(submit(org.nipStaf, laporkan.getId(), Map.of("sertifikatBuktiId", bilangan(sertifikat(org.nipStaf)),
        "konfirmasi", ya(), "ringkasanPelatihan", teks("**Pelatihan:** diubah oleh peramban"))));
    Task verifikasi = tugas(pi, "verifikasi-pelatihan");
    // the ASN is not BKPSDM: cannot claim nor complete the verification
    assertThat(klaim(org.nipStaf, verifikasi.getId()).getStatusCode().is4xxClientError()).isTrue();
    assertThat(submit(org.nipStaf, verifikasi.getId(), Map.of("tindakan", teks("VERIFIKASI"), "konfirmasi", ya()))
        .getStatusCode().is4xxClientError()).isTrue();
    berhasil(klaim(bkpsdm, verifikasi.getId()));
    ditolak(submit(bkpsdm, verifikasi.getId(), Map.of("tindakan", teks("VERIFIKASI"), "jp", bilangan(500),
        "konfirmasi", ya())), "jp");
    berhasil(submit(bkpsdm, verifikasi.getId(), Map.of("tindakan", teks("VERIFIKASI"), "konfirmasi", ya())));
    assertThat(service.ambil(k.getId()).getStatus()).isEqualTo(StatusKebutuhanPelatihan.SELESAI);
    assertThat(service.ambil(k.getId()).getJpDikreditkan()).isEqualTo(24);
  }

  @Test
  void petugasBkpsdmTidakMemverifikasiSertifikatnyaSendiri() {
    KebutuhanPelatihan k = pemicu.mulai(bkpsdm, Waktu.hariIni().getYear(), PemicuPelatihan.BKPSDM,
        "Manajemen waktu", null, null, null, bkpsdmLain);
    ProcessInstance pi = proses(k);
    Task tetapkan = tugas(pi, "tetapkan-pelatihan");
    // nor assigns a training to themself
    berhasil(klaim(bkpsdm, tetapkan.getId()));
    ditolak(submit(bkpsdm, tetapkan.getId(), penetapan("KP-003")), "diri Anda sendiri");
    tasks.setAssignee(tetapkan.getId(), bkpsdmLain);
    berhasil(submit(bkpsdmLain, tetapkan.getId(), penetapan("KP-003")));
    berhasil(submit(bkpsdm, tugas(pi, "laporkan-pelatihan").getId(),
        Map.of("sertifikatBuktiId", bilangan(sertifikat(bkpsdm)), "konfirmasi", ya())));
    Task verifikasi = tugas(pi, "verifikasi-pelatihan");
    berhasil(klaim(bkpsdm, verifikasi.getId()));
    ditolak(submit(bkpsdm, verifikasi.getId(), Map.of("tindakan", teks("VERIFIKASI"), "konfirmasi", ya())),
        "Anda sendiri");
    assertThat(service.ambil(k.getId()).getStatus()).isEqualTo(StatusKebutuhanPelatihan.DILAPORKAN);
  }

  @Test
  void permintaanApiDuplikatOrangLainDanLaporanTerlambat() {
    String jalur = "/api/pengembangan-kompetensi/kebutuhan";
    Map<String, Object> minta = Map.of("kesenjangan", "Pelayanan publik", "nilaiBerakhlak", "BERORIENTASI_PELAYANAN");
    assertThat(sebagai(org.nipPengawas).postForEntity(jalur, minta, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    ResponseEntity<JsonNode> dua = sebagai(org.nipPengawas).postForEntity(jalur, minta, JsonNode.class);
    assertThat(dua.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(dua.getBody().toString()).contains("masih berjalan");
    // an ASN asks only for themself; BKPSDM for anyone
    Map<String, Object> untukLain = Map.of("nip", org.nipStaf, "kesenjangan", "Pelayanan publik");
    assertThat(sebagai(org.nipPengawas).postForEntity(jalur, untukLain, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> olehBkpsdm = sebagai(bkpsdm).postForEntity(jalur, untukLain, JsonNode.class);
    assertThat(olehBkpsdm.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(olehBkpsdm.getBody().get("pemicu").asText()).isEqualTo("BKPSDM");
    ResponseEntity<JsonNode> salah = sebagai(org.nipKepala).postForEntity(jalur,
        Map.of("kesenjangan", "Pelayanan", "jenisDiminta", "NONTON_TV"), JsonNode.class);
    assertThat(salah.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(salah.getBody().toString()).contains("tidak dikenal");

    // reading: the ASN their own, the pejabat penilai their team, nobody else
    String milikStaf = jalur + "/pegawai/" + org.nipStaf;
    assertThat(sebagai(org.nipStaf).getForEntity(milikStaf, JsonNode.class).getBody()).isNotEmpty();
    assertThat(sebagai(org.nipPengawas).getForEntity(milikStaf, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    OrganisasiUji lain = new OrganisasiUji(ctx);
    pengguna(lain.nipStaf);
    assertThat(sebagai(lain.nipStaf).getForEntity(milikStaf, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // the overdue report: BKPSDM only, JSON and Excel
    assertThat(sebagai(org.nipStaf).getForEntity(jalur + "/terlambat", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(sebagai(bkpsdm).getForEntity(jalur + "/terlambat", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<byte[]> xlsx = sebagai(bkpsdm).getForEntity(jalur + "/terlambat.xlsx", byte[].class);
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(xlsx.getBody()).isNotEmpty();
    // a second process for an existing need (business key typed at the start): refused, nothing started
    String bk = olehBkpsdm.getBody().get("businessKey").asText();
    ResponseEntity<JsonNode> kedua = sebagai(bkpsdm).postForEntity("/engine-rest/engine/" + engine.getName()
        + "/process-definition/key/pengembangan-kompetensi/start", Map.of("businessKey", bk), JsonNode.class);
    assertThat(kedua.getStatusCode()).as(String.valueOf(kedua.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(kedua.getBody().toString()).contains("sudah memiliki prosesnya sendiri");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(bk).count()).isEqualTo(1);
    ResponseEntity<JsonNode> karangan = sebagai(bkpsdm).postForEntity("/engine-rest/engine/" + engine.getName()
        + "/process-definition/key/pengembangan-kompetensi/start", Map.of("businessKey", "PK-99999999"), JsonNode.class);
    assertThat(karangan.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    // the yearly JP check: BKPSDM only
    assertThat(sebagai(org.nipStaf).postForEntity(jalur + "/pemeriksaan-jp/2024", null, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  /**
   * JP that make no sense, an ASN verifying their own certificate through /api, a decision value
   * outside VERIFIKASI/KEMBALIKAN, a verification note longer than allowed, and the certificate
   * sent twice: each refused, nothing counted.
   */
  @Test
  void jpAbsurdVerifikasiSendiriDanPengirimanGanda() {
    String jalur = "/api/pengembangan-kompetensi";
    LocalDate hariIni = Waktu.hariIni();
    for (Object jp : List.of(-5, 0, 1001, 2_000_000_000)) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("nip", org.nipStaf);
      body.put("namaPelatihan", "Workshop Penulisan Naskah Dinas");
      body.put("jenis", "SEMINAR");
      body.put("penyelenggara", "Universitas Samudra");
      body.put("tanggalMulai", hariIni.toString());
      body.put("tanggalSelesai", hariIni.toString());
      body.put("jp", jp);
      body.put("sertifikatBuktiId", sertifikat(org.nipStaf));
      ResponseEntity<JsonNode> r = sebagai(org.nipStaf).postForEntity(jalur, body, JsonNode.class);
      assertThat(r.getStatusCode()).as(jp + " " + r.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(r.getBody().toString()).contains("JP harus antara 1 dan 1000");
    }
    // a number that does not fit and a text: 400, not 500
    for (Object jp : List.of(99_999_999_999L, "banyak")) {
      Map<String, Object> body = new LinkedHashMap<>(Map.of("nip", org.nipStaf, "namaPelatihan", "Workshop",
          "jenis", "SEMINAR", "penyelenggara", "Unsam", "jp", jp));
      assertThat(sebagai(org.nipStaf).postForEntity(jalur, body, JsonNode.class).getStatusCode())
          .as(String.valueOf(jp)).isEqualTo(HttpStatus.BAD_REQUEST);
    }
    assertThat(register.jpTerverifikasi(org.nipStaf, hariIni.getYear())).isZero();

    // a valid own record, then the ASN (not BKPSDM) verifying it: 403; BKPSDM verifying their own: 403
    Map<String, Object> sah = new LinkedHashMap<>(Map.of("nip", org.nipStaf, "namaPelatihan", "Workshop Penulisan",
        "jenis", "SEMINAR", "penyelenggara", "Universitas Samudra", "tanggalMulai", hariIni.toString(),
        "tanggalSelesai", hariIni.toString(), "jp", 8, "sertifikatBuktiId", sertifikat(org.nipStaf)));
    ResponseEntity<JsonNode> dicatat = sebagai(org.nipStaf).postForEntity(jalur, sah, JsonNode.class);
    assertThat(dicatat.getStatusCode()).as(String.valueOf(dicatat.getBody())).isEqualTo(HttpStatus.CREATED);
    long id = dicatat.getBody().get("id").asLong();
    assertThat(sebagai(org.nipStaf).postForEntity(jalur + "/" + id + "/verifikasi", null, JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    Map<String, Object> milikBkpsdm = new LinkedHashMap<>(sah);
    milikBkpsdm.put("nip", bkpsdm);
    milikBkpsdm.put("sertifikatBuktiId", sertifikat(bkpsdm));
    long idBkpsdm = sebagai(bkpsdm).postForEntity(jalur, milikBkpsdm, JsonNode.class).getBody().get("id").asLong();
    assertThat(sebagai(bkpsdm).postForEntity(jalur + "/" + idBkpsdm + "/verifikasi", null, JsonNode.class)
        .getStatusCode().value()).isIn(400, 403);
    assertThat(register.jpTerverifikasi(org.nipStaf, hariIni.getYear())).isZero();
    assertThat(register.jpTerverifikasi(bkpsdm, hariIni.getYear())).isZero();

    // through the process: the certificate sent twice counts once; tindakan outside the enum refused
    KebutuhanPelatihan k = pemicu.mulai(org.nipPengawas, hariIni.getYear(), PemicuPelatihan.BKPSDM,
        "Manajemen waktu", null, null, null, bkpsdm);
    ProcessInstance pi = proses(k);
    Task tetapkan = tugas(pi, "tetapkan-pelatihan");
    berhasil(klaim(bkpsdm, tetapkan.getId()));
    berhasil(submit(bkpsdm, tetapkan.getId(), penetapan("KP-003")));
    Task laporkan = tugas(pi, "laporkan-pelatihan");
    Map<String, Object> lapor = Map.of("sertifikatBuktiId", bilangan(sertifikat(org.nipPengawas)), "konfirmasi", ya());
    berhasil(submit(org.nipPengawas, laporkan.getId(), lapor));
    assertThat(submit(org.nipPengawas, laporkan.getId(), lapor).getStatusCode().value()).isIn(404, 409);
    Task verifikasi = tugas(pi, "verifikasi-pelatihan");
    berhasil(klaim(bkpsdm, verifikasi.getId()));
    ditolak(submit(bkpsdm, verifikasi.getId(), Map.of("tindakan", teks("HAPUS"), "konfirmasi", ya())),
        "VERIFIKASI atau KEMBALIKAN");
    ditolak(submit(bkpsdm, verifikasi.getId(), Map.of("tindakan", teks("VERIFIKASI"),
        "jpDikreditkan", bilangan(-40), "konfirmasi", ya())), "jpDikreditkan");
    berhasil(submit(bkpsdm, verifikasi.getId(), Map.of("tindakan", teks("VERIFIKASI"), "konfirmasi", ya())));
    assertThat(submit(bkpsdm, verifikasi.getId(), Map.of("tindakan", teks("VERIFIKASI"), "konfirmasi", ya()))
        .getStatusCode().value()).isIn(404, 409);
    management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).singleResult().getId());
    // KP-003: 10 JP, counted once
    assertThat(register.jpTerverifikasi(org.nipPengawas, hariIni.getYear())).isEqualTo(10);
  }

  private void pengguna(String id) {
    User u = identity.createUserQuery().userId(id).singleResult();
    if (u == null) {
      u = identity.newUser(id);
      u.setFirstName("Pengguna");
      u.setLastName(id);
    }
    u.setPassword(KATA_SANDI);
    identity.saveUser(u);
    if (identity.createGroupQuery().groupId("pegawai").count() > 0
        && identity.createUserQuery().userId(id).memberOfGroup("pegawai").count() == 0) {
      identity.createMembership(id, "pegawai");
    }
  }

  @Test
  void theCertificateFormUploadsInTheTaskAndSendsOnlyTheId() throws Exception {
    String form = java.nio.file.Files.readString(java.nio.file.Path.of("forms/laporkan-pelatihan.html"));
    // the upload happens in the task, through the evidence store, with the Tasklist session
    assertThat(form).contains("type=\"file\"", "/api/bukti-dukung", "X-XSRF-TOKEN",
        "aturVariabel('sertifikatBuktiId', 'Long'");
    // never a file as a process variable, never server text parsed as HTML
    assertThat(form).doesNotContain("'File'", "'Bytes'", "insertAdjacentHTML", "document.write", "outerHTML",
        "ng-bind-html");
    assertThat(form.split("innerHTML", -1).length - 1).isEqualTo(form.split("innerHTML = ''", -1).length - 1);
  }
}
