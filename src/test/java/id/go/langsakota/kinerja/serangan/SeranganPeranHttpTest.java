package id.go.langsakota.kinerja.serangan;

import static id.go.langsakota.kinerja.identitas.DataUjiIdentitas.KATA_SANDI_AWAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.langsakota.kinerja.identitas.DataUjiIdentitas;
import id.go.langsakota.kinerja.identitas.IdentitasService;
import id.go.langsakota.kinerja.organisasi.JenisAsn;
import id.go.langsakota.kinerja.organisasi.Nip;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.Peran;
import id.go.langsakota.kinerja.organisasi.PeranPengguna;
import id.go.langsakota.kinerja.organisasi.PeranPenggunaRepository;
import id.go.langsakota.kinerja.serangan.KlienHttp.Jawaban;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Attack: role escalation and password probing by BKPSDM staff (and an ordinary ASN) over every
 * door: the project's /api, Camunda REST (/engine-rest) and the webapps' engine API that Admin
 * uses (/camunda/api/engine). Each refusal is checked together with "nothing changed": the
 * roles table, Camunda users, the camunda-admin group's members, the authorizations and the
 * deployments.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeranganPeranHttpTest {

  static final String ADMIN = "demo"; // camunda.bpm.admin-user of the default run
  static final String GRUP_ADMIN = Peran.ADMIN.grupCamunda();
  static final Pattern TEKS_MESIN = Pattern.compile("ENGINE-\\d|Exception|java\\.|org\\.camunda");

  @LocalServerPort int port;
  @Autowired ProcessEngine processEngine;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired RepositoryService repositoryService;
  @Autowired PegawaiRepository pegawaiRepository;
  @Autowired PeranPenggunaRepository peranRepository;
  @Autowired IdentitasService identitas;

  String bkpsdm;
  String asn;
  String asnLain;

  /** What must not change under an attack. */
  record Keadaan(List<String> peran, List<String> anggotaAdmin, long pengguna, long otorisasi,
      long deployment) {}

  Keadaan keadaan() {
    return new Keadaan(
        peranRepository.findAll().stream().map(p -> p.getIdPengguna() + ":" + p.getPeran()).sorted().toList(),
        identityService.createUserQuery().memberOfGroup(GRUP_ADMIN).list().stream()
            .map(u -> u.getId()).sorted().toList(),
        identityService.createUserQuery().count(),
        authorizationService.createAuthorizationQuery().count(),
        repositoryService.createDeploymentQuery().count());
  }

  @BeforeAll
  void dataUji() {
    Pegawai staf = pegawaiSah("Safiatuddin");
    bkpsdm = staf.getNip();
    DataUjiIdentitas.peran(peranRepository, bkpsdm, staf.getNama(), Peran.BKPSDM);
    asn = pegawaiSah("Malahayati").getNip();
    asnLain = pegawaiSah("Pocut Baren").getNip();
    identitas.sinkronkan(Set.of(bkpsdm, asn, asnLain));
  }

  /** A pegawai whose NIP passes the register's check (granting a role checks it again). */
  Pegawai pegawaiSah(String nama) {
    String nip = DataUjiIdentitas.nipBaru();
    while (!Nip.periksa(nip).isEmpty()) {
      nip = DataUjiIdentitas.nipBaru();
    }
    return pegawaiRepository.save(new Pegawai(nip, nama, JenisAsn.PNS));
  }

  @BeforeEach
  void tanpaPeranSisa() {
    peranRepository.findByIdPengguna(asn).forEach(peranRepository::delete);
    peranRepository.findByIdPengguna(asnLain).forEach(peranRepository::delete);
    identitas.sinkronkan(Set.of(asn, asnLain));
  }

  KlienHttp basic(String id) {
    return KlienHttp.basic(port, id, id.equals(ADMIN) ? "demo" : KATA_SANDI_AWAL);
  }

  KlienHttp webapp(String id) {
    return KlienHttp.webapp(port, processEngine.getName(), id, id.equals(ADMIN) ? "demo" : KATA_SANDI_AWAL);
  }

  String rest(String jalur) {
    return "/engine-rest/engine/" + processEngine.getName() + jalur;
  }

  String webappApi(String jalur) {
    return "/camunda/api/engine/engine/" + processEngine.getName() + jalur;
  }

  static String peran(String id, String nama, Peran p) {
    return "{\"idPengguna\":\"" + id + "\"" + (nama == null ? "" : ",\"nama\":\"" + nama + "\"")
        + ",\"peran\":\"" + p + "\"}";
  }

  /** 403 with an Indonesian text (on /api "pesan", on the Camunda APIs "message"). */
  static void dilarang(Jawaban j) {
    assertThat(j.status()).as(j.toString()).isEqualTo(403);
    JsonNode isi = j.json();
    String pesan = isi.has("pesan") ? isi.path("pesan").asText() : isi.path("message").asText();
    assertThat(pesan).as(j.toString()).isNotBlank().doesNotContainPattern(TEKS_MESIN);
    assertThat(isi.path("kesalahan").isArray()).as(j.toString()).isTrue();
  }

  boolean anggotaAdmin(String id) {
    return identityService.createUserQuery().userId(id).memberOfGroup(GRUP_ADMIN).count() > 0;
  }

  // ------------------------------------------------------------------ /api/organisasi/peran

  @Test
  void bkpsdmCannotGrantItselfAdmin() {
    Keadaan sebelum = keadaan();
    dilarang(basic(bkpsdm).post("/api/organisasi/peran", peran(bkpsdm, null, Peran.ADMIN)));
    assertThat(keadaan()).isEqualTo(sebelum);
    assertThat(anggotaAdmin(bkpsdm)).isFalse();
  }

  @Test
  void bkpsdmCannotCreateAnAdminLogin() {
    Keadaan sebelum = keadaan();
    dilarang(basic(bkpsdm).post("/api/organisasi/peran", peran("penyusup", "Penyusup", Peran.ADMIN)));
    assertThat(keadaan()).isEqualTo(sebelum);
    assertThat(identityService.createUserQuery().userId("penyusup").count()).isZero();
  }

  @Test
  void anAsnCannotGrantAnyRole() {
    Keadaan sebelum = keadaan();
    dilarang(basic(asn).post("/api/organisasi/peran", peran(asn, null, Peran.BKPSDM)));
    dilarang(basic(asn).delete("/api/organisasi/peran/" + bkpsdm + "/BKPSDM"));
    assertThat(keadaan()).isEqualTo(sebelum);
  }

  @Test
  void bkpsdmManagesTheRegisterRolesItOwns() {
    for (Peran p : List.of(Peran.BKPSDM, Peran.TIM_PENILAI_KINERJA, Peran.WALIKOTA)) {
      Jawaban beri = basic(bkpsdm).post("/api/organisasi/peran", peran(asn, null, p));
      assertThat(beri.status()).as(beri.toString()).isEqualTo(201);
      assertThat(identityService.createUserQuery().userId(asn).memberOfGroup(p.grupCamunda()).count())
          .isEqualTo(1);
      Jawaban cabut = basic(bkpsdm).delete("/api/organisasi/peran/" + asn + "/" + p);
      assertThat(cabut.status()).as(cabut.toString()).isEqualTo(204);
      assertThat(identityService.createUserQuery().userId(asn).memberOfGroup(p.grupCamunda()).count())
          .isZero();
    }
  }

  @Test
  void onlyAnAdministratorGrantsAndRevokesAdminAndBkpsdmCannotTouchAnAdminsRoles() {
    Jawaban beri = basic(ADMIN).post("/api/organisasi/peran", peran(asn, null, Peran.ADMIN));
    assertThat(beri.status()).as(beri.toString()).isEqualTo(201);
    assertThat(anggotaAdmin(asn)).isTrue();

    Keadaan sebelum = keadaan();
    dilarang(basic(bkpsdm).delete("/api/organisasi/peran/" + asn + "/ADMIN"));
    dilarang(basic(bkpsdm).post("/api/organisasi/peran", peran(asn, null, Peran.WALIKOTA)));
    dilarang(basic(bkpsdm).post("/api/organisasi/peran", peran(ADMIN, "Admin", Peran.BKPSDM)));
    assertThat(keadaan()).isEqualTo(sebelum);

    Jawaban cabut = basic(ADMIN).delete("/api/organisasi/peran/" + asn + "/ADMIN");
    assertThat(cabut.status()).as(cabut.toString()).isEqualTo(204);
    assertThat(anggotaAdmin(asn)).isFalse();
    assertThat(peranRepository.existsByIdPenggunaAndPeran(asn, Peran.ADMIN)).isFalse();
  }

  @Test
  void anAdministratorRevokesARoleBkpsdmGranted() {
    Jawaban beri = basic(bkpsdm).post("/api/organisasi/peran", peran(asnLain, null, Peran.TIM_PENILAI_KINERJA));
    assertThat(beri.status()).as(beri.toString()).isEqualTo(201);
    Jawaban cabut = basic(ADMIN).delete("/api/organisasi/peran/" + asnLain + "/TIM_PENILAI_KINERJA");
    assertThat(cabut.status()).as(cabut.toString()).isEqualTo(204);
    assertThat(peranRepository.findByIdPengguna(asnLain)).extracting(PeranPengguna::getPeran)
        .doesNotContain(Peran.TIM_PENILAI_KINERJA);
    assertThat(identityService.createUserQuery().userId(asnLain)
        .memberOfGroup(Peran.TIM_PENILAI_KINERJA.grupCamunda()).count()).isZero();
  }

  // ------------------------------------------------------------------ Camunda's own identity API

  @ParameterizedTest
  @ValueSource(strings = {"engine-rest", "webapp"})
  void bkpsdmCannotEscalateThroughCamundasIdentityApi(String pintu) {
    KlienHttp k = pintu.equals("engine-rest") ? basic(bkpsdm) : webapp(bkpsdm);
    java.util.function.Function<String, String> jalur = pintu.equals("engine-rest") ? this::rest : this::webappApi;
    Keadaan sebelum = keadaan();

    dilarang(k.post(jalur.apply("/user/create"), "{\"profile\":{\"id\":\"penyusup\",\"firstName\":\"P\","
        + "\"lastName\":\"P\",\"email\":\"p@contoh.id\"},\"credentials\":{\"password\":\"Rahasia-12345\"}}"));
    dilarang(k.put(jalur.apply("/group/" + GRUP_ADMIN + "/members/" + bkpsdm), null));
    dilarang(k.post(jalur.apply("/group/create"), "{\"id\":\"admin-bayangan\",\"name\":\"x\",\"type\":\"SYSTEM\"}"));
    dilarang(k.post(jalur.apply("/authorization/create"), "{\"type\":1,\"permissions\":[\"ALL\"],"
        + "\"userId\":\"" + bkpsdm + "\",\"groupId\":null,\"resourceType\":4,\"resourceId\":\"*\"}"));
    dilarang(k.put(jalur.apply("/user/" + asn + "/credentials"),
        "{\"password\":\"Baru-123456!\",\"authenticatedUserPassword\":\"" + KATA_SANDI_AWAL + "\"}"));
    Jawaban deploy = k.kirim("POST", jalur.apply("/deployment/create"),
        "--batas\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\njahat\r\n"
            + "--batas\r\nContent-Disposition: form-data; name=\"jahat.bpmn\"; filename=\"jahat.bpmn\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n<definitions/>\r\n--batas--\r\n",
        "multipart/form-data; boundary=batas");
    dilarang(deploy);

    assertThat(keadaan()).isEqualTo(sebelum);
    assertThat(anggotaAdmin(bkpsdm)).isFalse();
    assertThat(identityService.checkPassword(asn, KATA_SANDI_AWAL)).isTrue();
  }

  @Test
  void theStartupAuthorizationsGiveBkpsdmNoWayToCreateIdentitiesOrDeploy() {
    List<String> grup = List.of("bkpsdm", "pegawai");
    record Hak(Permission izin, Resource sumber) {}
    for (Hak h : List.of(new Hak(Permissions.CREATE, Resources.USER), new Hak(Permissions.UPDATE, Resources.USER),
        new Hak(Permissions.CREATE, Resources.GROUP), new Hak(Permissions.UPDATE, Resources.GROUP),
        new Hak(Permissions.CREATE, Resources.GROUP_MEMBERSHIP), new Hak(Permissions.CREATE, Resources.AUTHORIZATION),
        new Hak(Permissions.UPDATE, Resources.AUTHORIZATION), new Hak(Permissions.CREATE, Resources.DEPLOYMENT),
        new Hak(Permissions.CREATE, Resources.TENANT), new Hak(Permissions.CREATE, Resources.TENANT_MEMBERSHIP),
        new Hak(Permissions.ALL, Resources.SYSTEM))) {
      assertThat(authorizationService.isUserAuthorized(bkpsdm, grup, h.izin(), h.sumber(), "*"))
          .as(h.toString()).isFalse();
      assertThat(authorizationService.isUserAuthorized(bkpsdm, grup, h.izin(), h.sumber(), GRUP_ADMIN))
          .as(h + " on camunda-admin").isFalse();
    }
  }

  // ------------------------------------------------------------------ password checks

  @ParameterizedTest
  @ValueSource(strings = {"engine-rest", "webapp"})
  void nobodyButAnAdministratorVerifiesPasswords(String pintu) {
    boolean rest = pintu.equals("engine-rest");
    String jalur = rest ? rest("/identity/verify") : webappApi("/identity/verify");
    String tebakan = "{\"username\":\"" + asnLain + "\",\"password\":\"" + KATA_SANDI_AWAL + "\"}";
    dilarang((rest ? basic(bkpsdm) : webapp(bkpsdm)).post(jalur, tebakan));
    dilarang((rest ? basic(asn) : webapp(asn)).post(jalur, tebakan));
    dilarang((rest ? basic(asn) : webapp(asn)).post(jalur,
        "{\"username\":\"" + asn + "\",\"password\":\"" + KATA_SANDI_AWAL + "\"}"));
    Jawaban admin = (rest ? basic(ADMIN) : webapp(ADMIN)).post(jalur, tebakan);
    assertThat(admin.status()).as(admin.toString()).isEqualTo(200);
    assertThat(admin.json().path("authenticated").asBoolean()).isTrue();
  }
}
