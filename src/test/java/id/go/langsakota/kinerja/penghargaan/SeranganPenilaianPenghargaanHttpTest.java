package id.go.langsakota.kinerja.penghargaan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.langsakota.kinerja.identitas.DataUjiIdentitas;
import id.go.langsakota.kinerja.identitas.IdentitasService;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.Peran;
import id.go.langsakota.kinerja.organisasi.PeranPenggunaRepository;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import id.go.langsakota.kinerja.skp.JenisPeriode;
import id.go.langsakota.kinerja.skp.OrganisasiUji;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
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
 * The Tim Penilai Kinerja's scoring ({@code nilai-penghargaan-tim}) and the Wali Kota's approval
 * ({@code setujui-penghargaan}) attacked over the engine REST API with real logins, as Tasklist
 * sends them (submit-form): a NIP off the shortlist, scores 101 / -1 / NaN / three decimals, an
 * undeclared variable or item key, a note longer than its column, a non-TPK user (also one the task
 * was handed to), a TPK member who is himself a nominee scoring himself; a non-Wali-Kota user, an
 * undeclared variable, a decision outside SETUJUI/KEMBALIKAN. Each refusal leaves nothing recorded;
 * then the valid path records the winners.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SeranganPenilaianPenghargaanHttpTest {

  static final AtomicInteger TAHUN = new AtomicInteger(2040 + ThreadLocalRandom.current().nextInt(0, 9));

  @Autowired TestRestTemplate http;
  @Autowired ApplicationContext ctx;
  @Autowired SkpRepository skpRepository;
  @Autowired PegawaiRepository pegawaiRepository;
  @Autowired PeranPenggunaRepository peranRepository;
  @Autowired IdentitasService identitas;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired ProcessEngine engine;
  @Autowired PenghargaanService service;
  @Autowired RegisterOrganisasiService register;
  @Autowired NilaiTimPenghargaanRepository nilaiRepository;

  int tahun;
  OrganisasiUji org;
  OrganisasiUji lain;
  ProcessInstance pi;

  private void predikat(String nip, int th, Predikat p) {
    Skp s = new Skp(nip, th, LocalDate.of(th, 1, 1), LocalDate.of(th, 12, 31), JenisPeriode.BULANAN);
    s.setPredikatTahunan(p);
    s.setTanggalPredikatFinal(Instant.now());
    skpRepository.save(s);
  }

  private void jalankanJob() {
    for (int i = 0; i < 30; i++) {
      List<Job> jobs = management.createJobQuery().processInstanceId(pi.getId()).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> management.executeJob(j.getId()));
    }
  }

  private TestRestTemplate sebagai(String id) {
    return http.withBasicAuth(id, DataUjiIdentitas.KATA_SANDI_AWAL);
  }

  private ResponseEntity<JsonNode> kirim(String siapa, String taskId, Map<String, Object> variabel) {
    return sebagai(siapa).exchange("/engine-rest/engine/" + engine.getName() + "/task/" + taskId + "/submit-form",
        HttpMethod.POST, new HttpEntity<>(Map.of("variables", variabel)), JsonNode.class);
  }

  private static void ditolak(ResponseEntity<JsonNode> r, String kataKunci) {
    assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(r.getBody().toString()).contains(kataKunci).doesNotContain("ENGINE-").doesNotContain("Exception:");
  }

  /** The Json list a TPK member sends: nip, nilai (as written, e.g. 101 or "NaN"), catatan. */
  private static Map<String, Object> nilai(Object... nipNilai) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < nipNilai.length; i += 2) {
      sb.append(i == 0 ? "" : ",").append("{\"nip\":\"").append(nipNilai[i]).append("\",\"nilai\":")
          .append(nipNilai[i + 1]).append(",\"catatan\":\"Wawancara\"}");
    }
    return Map.of("nilai", Map.of("type", "Json", "value", sb.append(']').toString()));
  }

  private static Map<String, Object> teks(String nilai) {
    return Map.of("type", "String", "value", nilai);
  }

  private Task tugasTim(String anggota) {
    return tasks.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(SeleksiPenghargaanProses.TUGAS_NILAI_TIM).taskAssignee(anggota).singleResult();
  }

  private long nilaiTersimpan() {
    return service.daftarPendek(tahun).stream()
        .mapToLong(n -> nilaiRepository.findByNominasiIdAndRonde(n.getId(), 1).size()).sum();
  }

  private void kataSandi(String id) {
    User u = identity.createUserQuery().userId(id).singleResult();
    if (u == null) {
      u = identity.newUser(id);
      u.setFirstName("Wali Kota");
      u.setLastName("Langsa");
    }
    u.setPassword(DataUjiIdentitas.KATA_SANDI_AWAL);
    identity.saveUser(u);
  }

  /** The team members this test adds leave the team afterwards: later selections in the same context stay as they were. */
  @org.junit.jupiter.api.AfterEach
  void keluarkanAnggotaTim() {
    peranRepository.findByPeran(Peran.TIM_PENILAI_KINERJA).stream()
        .filter(p -> org != null && (p.getIdPengguna().equals(org.nipStaf) || tpkBaru.contains(p.getIdPengguna())))
        .forEach(peranRepository::delete);
  }

  final java.util.Set<String> tpkBaru = new java.util.HashSet<>();

  @Test
  void penilaianTimDanPersetujuanWaliKotaDiserang() {
    tahun = TAHUN.incrementAndGet();
    org = new OrganisasiUji(ctx);
    lain = new OrganisasiUji(ctx);
    for (String nip : List.of(org.nipPengawas, org.nipStaf)) {
      predikat(nip, tahun, Predikat.SANGAT_BAIK);
      predikat(nip, tahun - 1, Predikat.BAIK);
    }
    // a TPK member, and the non-managerial nominee who is himself a TPK member
    Pegawai tpk = DataUjiIdentitas.pegawai(pegawaiRepository, "Anggota TPK Uji Serangan");
    DataUjiIdentitas.peran(peranRepository, tpk.getNip(), tpk.getNama(), Peran.TIM_PENILAI_KINERJA);
    tpkBaru.add(tpk.getNip());
    DataUjiIdentitas.peran(peranRepository, org.nipStaf, "Staf anggota TPK", Peran.TIM_PENILAI_KINERJA);
    identitas.sinkronkan(Set.of(tpk.getNip(), org.nipStaf, org.nipKepala, org.nipPengawas, lain.nipStaf));
    Pegawai bkpsdm = DataUjiIdentitas.pegawai(pegawaiRepository, "BKPSDM Uji Serangan Penghargaan");
    DataUjiIdentitas.peran(peranRepository, bkpsdm.getNip(), bkpsdm.getNama(), Peran.BKPSDM);
    identitas.sinkronkan(Set.of(bkpsdm.getNip()));

    pi = runtime.startProcessInstanceByKey(SeleksiPenghargaanProses.KUNCI, Map.of("tahun", tahun));
    jalankanJob();
    Task nominasi = tasks.createTaskQuery().processInstanceId(pi.getId()).taskAssignee(org.nipKepala).singleResult();
    Map<String, Object> n = new HashMap<>();
    n.put(SeleksiPenghargaanProses.NOMINASI_MANAJERIAL, org.nipPengawas);
    n.put(SeleksiPenghargaanProses.ALASAN_MANAJERIAL, "Memimpin seksi dengan capaian 120%");
    n.put(SeleksiPenghargaanProses.NOMINASI_NON_MANAJERIAL, org.nipStaf);
    n.put(SeleksiPenghargaanProses.ALASAN_NON_MANAJERIAL, "Pelayanan publik prima");
    n.put(SeleksiPenghargaanProses.TANPA_NOMINASI, false);
    tasks.complete(nominasi.getId(), n);
    // OPDs of other tests with candidates in that year: no nomination
    for (Task lainnya : tasks.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(SeleksiPenghargaanProses.TUGAS_NOMINASI).list()) {
      tasks.complete(lainnya.getId(), Map.of(SeleksiPenghargaanProses.TANPA_NOMINASI, true));
    }
    jalankanJob();
    assertThat(service.daftarPendek(tahun)).extracting(NominasiPenghargaan::getNip)
        .containsExactlyInAnyOrder(org.nipPengawas, org.nipStaf);

    Task milikTpk = tugasTim(tpk.getNip());
    String t = milikTpk.getId();
    // a NIP that is not on the shortlist
    ditolak(kirim(tpk.getNip(), t, nilai(org.nipPengawas, 80, org.nipStaf, 70, lain.nipStaf, 90)),
        "tidak ada dalam daftar pendek");
    // scores outside 0–100, not a number, more decimals than stored
    for (Object salah : List.of(101, -1, "\"NaN\"", "\"1e2\"", true, 99.999)) {
      ditolak(kirim(tpk.getNip(), t, nilai(org.nipPengawas, salah, org.nipStaf, 70)), "harus angka 0–100");
    }
    // undeclared variable; undeclared item key
    Map<String, Object> asing = new LinkedHashMap<>(nilai(org.nipPengawas, 80, org.nipStaf, 70));
    asing.put("nilaiTim", teks("100"));
    ditolak(kirim(tpk.getNip(), t, asing), "nilaiTim");
    ditolak(kirim(tpk.getNip(), t, Map.of("nilai", Map.of("type", "Json", "value",
        "[{\"nip\":\"" + org.nipPengawas + "\",\"nilai\":80,\"bobot\":5}]"))), "bobot");
    // a note longer than its column (VARCHAR(1000)): 400, not a database fault
    ditolak(kirim(tpk.getNip(), t, Map.of("nilai", Map.of("type", "Json", "value",
        "[{\"nip\":\"" + org.nipPengawas + "\",\"nilai\":80,\"catatan\":\"" + "x".repeat(1001) + "\"},"
            + "{\"nip\":\"" + org.nipStaf + "\",\"nilai\":70}]"))), "paling panjang 1000");
    // a non-TPK user: cannot work the member's task, nor decide when it is handed to him
    assertThat(kirim(org.nipKepala, t, nilai(org.nipPengawas, 80, org.nipStaf, 70)).getStatusCode().value())
        .isIn(403, 404);
    tasks.setAssignee(t, org.nipKepala);
    ditolak(kirim(org.nipKepala, t, nilai(org.nipPengawas, 80, org.nipStaf, 70)),
        "bukan anggota Tim Penilai Kinerja");
    tasks.setAssignee(t, tpk.getNip());
    // the TPK member who is himself a nominee scores the others, never himself
    Task milikStaf = tugasTim(org.nipStaf);
    ditolak(kirim(org.nipStaf, milikStaf.getId(), nilai(org.nipPengawas, 60, org.nipStaf, 100)),
        "tidak dapat menilai diri sendiri");
    assertThat(nilaiTersimpan()).isZero();

    assertThat(kirim(org.nipStaf, milikStaf.getId(), nilai(org.nipPengawas, 60)).getStatusCode().value())
        .isEqualTo(204);
    assertThat(kirim(tpk.getNip(), t, nilai(org.nipPengawas, 80.5, org.nipStaf, 70)).getStatusCode().value())
        .isEqualTo(204);
    // sent twice: the task is gone, nothing is stored twice
    assertThat(kirim(tpk.getNip(), t, nilai(org.nipPengawas, 10, org.nipStaf, 10)).getStatusCode().value())
        .isIn(404, 409);
    assertThat(nilaiTersimpan()).isEqualTo(3);
    // the other members of the team (from other tests) score through the engine
    for (Task lainnya : tasks.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(SeleksiPenghargaanProses.TUGAS_NILAI_TIM).list()) {
      String daftar = "[{\"nip\":\"" + org.nipPengawas + "\",\"nilai\":70},{\"nip\":\"" + org.nipStaf + "\",\"nilai\":90}]";
      tasks.complete(lainnya.getId(), Map.of("nilai",
          Variables.objectValue(daftar).serializationDataFormat("application/json").create()));
    }
    jalankanJob();
    Task setujui = tasks.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(SeleksiPenghargaanProses.TUGAS_SETUJUI).singleResult();
    String waliKota = register.ppk().idPengguna();
    assertThat(setujui.getAssignee()).isEqualTo(waliKota);
    kataSandi(waliKota);

    Map<String, Object> setuju = Map.of("keputusan", teks("SETUJUI"), "nomorKeputusan", teks("800/12/2026"));
    // not the Wali Kota: BKPSDM, a TPK member, the nominee
    for (String siapa : List.of(bkpsdm.getNip(), tpk.getNip(), org.nipStaf)) {
      assertThat(kirim(siapa, setujui.getId(), setuju).getStatusCode().value()).as(siapa).isIn(403, 404);
    }
    // handed to someone who is not the Wali Kota: refused
    tasks.setAssignee(setujui.getId(), bkpsdm.getNip());
    ditolak(kirim(bkpsdm.getNip(), setujui.getId(), setuju), "oleh Wali Kota");
    tasks.setAssignee(setujui.getId(), waliKota);
    // undeclared variable; a decision outside the enum; texts longer than their columns
    Map<String, Object> asingWk = new LinkedHashMap<>(setuju);
    asingWk.put("pemenang", teks(org.nipPengawas));
    ditolak(kirim(waliKota, setujui.getId(), asingWk), "pemenang");
    ditolak(kirim(waliKota, setujui.getId(), Map.of("keputusan", teks("TETAPKAN_SEMUA"))),
        "SETUJUI atau KEMBALIKAN");
    ditolak(kirim(waliKota, setujui.getId(), Map.of("keputusan", teks("SETUJUI"),
        "nomorKeputusan", teks("8".repeat(101)))), "paling panjang 100");
    ditolak(kirim(waliKota, setujui.getId(), Map.of("keputusan", teks("KEMBALIKAN"),
        "catatan", teks("x".repeat(2001)))), "paling panjang 2000");
    assertThat(service.ambil(tahun).getStatus()).isEqualTo(SeleksiPenghargaan.Status.PERSETUJUAN);
    assertThat(service.pemenang(tahun)).isEmpty();

    assertThat(kirim(waliKota, setujui.getId(), setuju).getStatusCode().value()).isEqualTo(204);
    jalankanJob();
    assertThat(service.pemenang(tahun)).extracting(PemenangPenghargaan::getNip)
        .containsExactlyInAnyOrder(org.nipPengawas, org.nipStaf);
  }
}
