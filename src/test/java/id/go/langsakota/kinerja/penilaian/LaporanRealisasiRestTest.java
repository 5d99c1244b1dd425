package id.go.langsakota.kinerja.penilaian;

import id.go.langsakota.kinerja.config.Waktu;
import static org.assertj.core.api.Assertions.assertThat;

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
import id.go.langsakota.kinerja.skp.ArahIndikator;
import id.go.langsakota.kinerja.skp.AspekIndikator;
import id.go.langsakota.kinerja.skp.IndikatorKinerja;
import id.go.langsakota.kinerja.skp.JenisPeriode;
import id.go.langsakota.kinerja.skp.JenisRhk;
import id.go.langsakota.kinerja.skp.RencanaHasilKerja;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;

/**
 * A laporkan-realisasi form refused by the server-side check, through the real Camunda REST API
 * as a mobile app or SIASN would send it: 400 with the Indonesian message (not the engine's 500
 * with "Exception while invoking TaskListener: ..."), the task still open, nothing written.
 * Requests carry the assignee's HTTP Basic credentials, as /engine-rest requires.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LaporanRealisasiRestTest {

  static final String KATA_SANDI = "rahasia-uji";

  static final AtomicInteger URUTAN = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000));

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired OpdRepository opdRepo;
  @Autowired UnitKerjaRepository unitRepo;
  @Autowired JabatanRepository jabatanRepo;
  @Autowired PegawaiRepository pegawaiRepo;
  @Autowired PenugasanJabatanRepository penugasanRepo;
  @Autowired SkpRepository skpRepo;
  @Autowired PenilaianPeriodikRepository penilaianRepo;
  @Autowired RealisasiIndikatorRepository realisasiRepo;

  String nipAsn;
  Long indJumlah;
  Long indWaktu;
  ProcessInstance pi;
  long penilaianId;

  @BeforeEach
  void siapkan() {
    String k = String.valueOf(ThreadLocalRandom.current().nextInt(100000, 999999));
    // one sequence number per test: NIPs stay unique in the shared context
    String urut = String.format("%03d", URUTAN.getAndIncrement() % 1000);
    Opd opd = opdRepo.save(new Opd("R" + k, "Dinas Rest " + k, "DR" + k));
    UnitKerja unit = unitRepo.save(new UnitKerja("RU" + k, "Bidang Rest", opd, null));
    Jabatan kadis = new Jabatan("RK" + k, "Kepala Dinas", JenisJabatan.JPT, 14, unit, null);
    kadis.setKepalaOpd(true);
    jabatanRepo.save(kadis);
    Jabatan kasi = jabatanRepo.save(new Jabatan("RS" + k, "Kepala Seksi", JenisJabatan.PENGAWAS, 9, unit, kadis));
    Jabatan pelaksana = jabatanRepo.save(new Jabatan("RP" + k, "Pengolah Data", JenisJabatan.PELAKSANA, 6, unit, kasi));
    pegawai("197601012001121" + urut, kadis);
    pegawai("198602022011011" + urut, kasi);
    nipAsn = pegawai("199206062017032" + urut, pelaksana);

    Skp skp = new Skp(nipAsn, 2025, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), JenisPeriode.BULANAN);
    RencanaHasilKerja rhk = skp.tambahRhk(JenisRhk.UTAMA, "Tersajinya data kepegawaian");
    IndikatorKinerja jumlah = rhk.tambahIndikator(AspekIndikator.KUANTITAS, "Jumlah data diolah",
        new BigDecimal("10"), "dokumen", ArahIndikator.LEBIH_TINGGI_LEBIH_BAIK);
    IndikatorKinerja waktu = rhk.tambahIndikator(AspekIndikator.WAKTU, "Lama pengolahan",
        new BigDecimal("5"), "hari", ArahIndikator.LEBIH_RENDAH_LEBIH_BAIK);
    skp.lampirkanBerakhlak();
    skp = skpRepo.save(skp);
    indJumlah = jumlah.getId();
    indWaktu = waktu.getId();

    // The ASN as a Camunda user with a password (the identity sync may already have created it).
    User u = identity.createUserQuery().userId(nipAsn).singleResult();
    if (u == null) {
      u = identity.newUser(nipAsn);
      u.setFirstName("Pegawai");
      u.setLastName(nipAsn);
    }
    u.setPassword(KATA_SANDI);
    identity.saveUser(u);

    // A period that ended yesterday, started as skp-pegawai starts it.
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
    return nip;
  }

  private Task tugasLapor() {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("laporkan-realisasi")
        .singleResult();
  }

  /** The body Tasklist and REST clients send: realisasi as a Json variable. */
  private static Map<String, Object> isian(String realisasiJson) {
    return Map.of("variables", Map.of(
        "realisasi", Map.of("type", "Json", "value", realisasiJson),
        "catatanMandiri", Map.of("type", "String", "value", "Dilaporkan lewat REST.")));
  }

  /** By engine name: tests give every context's engine a unique name, so there is no 'default'. */
  private String rest(String jalur) {
    return "/engine-rest/engine/" + engine.getName() + jalur;
  }

  private ResponseEntity<Map<String, Object>> kirim(String jalur, Object body) {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.APPLICATION_JSON);
    h.setAccept(List.of(MediaType.APPLICATION_JSON));
    return http.withBasicAuth(nipAsn, KATA_SANDI).exchange(rest(jalur), HttpMethod.POST,
        new HttpEntity<>(body, h), new ParameterizedTypeReference<>() {});
  }

  private void tidakAdaYangTertulis(String taskId) {
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("tugas tetap terbuka").isEqualTo(1);
    assertThat(realisasiRepo.findByPenilaianIdOrderById(penilaianId)).isEmpty();
    PenilaianPeriodik p = penilaianRepo.findById(penilaianId).orElseThrow();
    assertThat(p.getStatus()).isEqualTo(StatusPenilaianPeriodik.MENUNGGU_REALISASI);
    assertThat(p.getCatatanMandiri()).isNull();
    assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys("realisasi", "catatanMandiri");
  }

  @Test
  void realisasiNegatifDitolakDengan400DanPesanBahasaIndonesia() {
    String taskId = tugasLapor().getId();
    String negatif = "[{\"indikatorId\": " + indJumlah + ", \"realisasi\": -3, "
        + "\"tautanBukti\": \"https://drive.langsakota.go.id/data-1\"}]";

    for (String jalur : List.of("/task/" + taskId + "/submit-form", "/task/" + taskId + "/complete")) {
      ResponseEntity<Map<String, Object>> r = kirim(jalur, isian(negatif));
      assertThat(r.getStatusCode()).as(jalur).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(r.getHeaders().getContentType()).isNotNull()
          .matches(t -> t.isCompatibleWith(MediaType.APPLICATION_JSON));
      Map<String, Object> body = r.getBody();
      assertThat(body).containsEntry("type", "IsianTidakValidException");
      // the listener's own words, without the engine's and the REST layer's wrapping
      assertThat(body.get("message")).isEqualTo(
          "Isian belum benar: Indikator 'Jumlah data diolah': realisasi tidak boleh negatif");
      assertThat(body.get("kesalahan")).isEqualTo(
          List.of("Indikator 'Jumlah data diolah': realisasi tidak boleh negatif"));
      assertThat(body.get("code")).isEqualTo(20400);
      tidakAdaYangTertulis(taskId);
    }
  }

  @Test
  void beberapaKesalahanSekaligusDanIsianSahTetapDiterima() {
    String taskId = tugasLapor().getId();
    String salah = "[{\"indikatorId\": " + indJumlah + ", \"realisasi\": \"sepuluh\", "
        + "\"tautanBukti\": \"https://drive.langsakota.go.id/data-1\"}, "
        + "{\"indikatorId\": " + indWaktu + ", \"realisasi\": 4, \"tautanBukti\": \"javascript:alert(1)\"}]";
    ResponseEntity<Map<String, Object>> ditolak = kirim("/task/" + taskId + "/submit-form", isian(salah));
    assertThat(ditolak.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ditolak.getBody().get("kesalahan")).asList().containsExactly(
        "Indikator 'Jumlah data diolah': realisasi harus berupa angka, bukan 'sepuluh'",
        "Indikator 'Lama pengolahan': tautan bukti dukung harus alamat http:// atau https:// yang lengkap");
    tidakAdaYangTertulis(taskId);

    // the same request shape with valid values completes the task (204, as Camunda documents)
    String sah = "[{\"indikatorId\": " + indJumlah + ", \"realisasi\": 12, "
        + "\"tautanBukti\": \"https://drive.langsakota.go.id/data-1\"}, "
        + "{\"indikatorId\": " + indWaktu + ", \"realisasi\": \"4,5\", "
        + "\"tautanBukti\": \"https://drive.langsakota.go.id/data-2\"}]";
    ResponseEntity<Map<String, Object>> diterima = kirim("/task/" + taskId + "/submit-form", isian(sah));
    assertThat(diterima.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
    assertThat(realisasiRepo.findByPenilaianIdOrderById(penilaianId))
        .extracting(RealisasiIndikator::getIndikatorId).containsExactlyInAnyOrder(indJumlah, indWaktu);
    assertThat(penilaianRepo.findById(penilaianId).orElseThrow().getStatus())
        .isEqualTo(StatusPenilaianPeriodik.MENUNGGU_PENILAIAN);
  }

  @Test
  void tugasYangTidakAdaDijawab404DalamBahasaIndonesia() {
    // Camunda alone answers 500 "task is null" for complete; a client mistake is 404 (docs/keamanan.md)
    ResponseEntity<Map<String, Object>> selesai = kirim("/task/tidak-ada/complete", isian("[]"));
    assertThat(selesai.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(selesai.getBody()).containsEntry("type", "TugasTidakDitemukan");
    assertThat((String) selesai.getBody().get("message")).startsWith("Tugas tidak ditemukan");

    ResponseEntity<Map<String, Object>> baca = http.withBasicAuth(nipAsn, KATA_SANDI).exchange(
        rest("/task/tidak-ada"), HttpMethod.GET, null, new ParameterizedTypeReference<>() {});
    assertThat(baca.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat((String) baca.getBody().get("message")).startsWith("Tugas tidak ditemukan");
  }
}
