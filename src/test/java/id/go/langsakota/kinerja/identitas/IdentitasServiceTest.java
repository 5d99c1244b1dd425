package id.go.langsakota.kinerja.identitas;

import static id.go.langsakota.kinerja.identitas.DataUjiIdentitas.KATA_SANDI_AWAL;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiBerubahEvent;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.Peran;
import id.go.langsakota.kinerja.organisasi.PeranPengguna;
import id.go.langsakota.kinerja.organisasi.PeranPenggunaRepository;
import id.go.langsakota.kinerja.organisasi.StatusPegawai;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@ActiveProfiles("test")
class IdentitasServiceTest {

  @Autowired IdentitasService identitas;
  @Autowired IdentityService identityService;
  @Autowired PegawaiRepository pegawaiRepository;
  @Autowired PeranPenggunaRepository peranRepository;
  @Autowired ApplicationEventPublisher publisher;
  @Autowired TransactionTemplate tx;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ProcessEngineConfiguration engineConfiguration;

  /** Register rows and Camunda users made by a test, removed afterwards (the context is shared). */
  private final java.util.Set<String> dibuat = new java.util.HashSet<>();

  private Pegawai pegawai(String nama) {
    Pegawai p = DataUjiIdentitas.pegawai(pegawaiRepository, nama);
    dibuat.add(p.getNip());
    return p;
  }

  @org.junit.jupiter.api.AfterEach
  void bersihkan() {
    for (String id : dibuat) {
      peranRepository.deleteAll(peranRepository.findByIdPengguna(id));
      pegawaiRepository.findByNip(id).ifPresent(pegawaiRepository::delete);
      if (identityService.createUserQuery().userId(id).count() > 0) {
        identityService.deleteUser(id);
      }
    }
    dibuat.clear();
  }

  private List<String> grup(String id) {
    return identityService.createGroupQuery().groupMember(id).list().stream().map(Group::getId).toList();
  }

  private User pengguna(String id) {
    return identityService.createUserQuery().userId(id).singleResult();
  }

  @Test
  void newPegawaiBecomesUserInGroupPegawaiWithInitialPassword() {
    Pegawai p = pegawai("Cut Meutia");

    HasilSinkronisasi h = identitas.sinkronkan(Set.of(p.getNip()));

    assertThat(h.penggunaDibuat()).isEqualTo(1);
    User u = pengguna(p.getNip());
    assertThat(u.getFirstName()).isEqualTo("Cut");
    assertThat(u.getLastName()).isEqualTo("Meutia");
    assertThat(grup(p.getNip())).containsExactly("pegawai");
    assertThat(identityService.checkPassword(p.getNip(), KATA_SANDI_AWAL)).isTrue();
    assertThat(identityService.createGroupQuery().groupId("pegawai").singleResult().getName())
        .isEqualTo("Pegawai ASN");
  }

  @Test
  void committedRegisterChangeIsSyncedByTheEventButARolledBackOneIsNot() {
    String nip = tx.execute(s -> {
      Pegawai p = DataUjiIdentitas.pegawai(pegawaiRepository, "Teuku Nyak Arif");
      dibuat.add(p.getNip());
      publisher.publishEvent(PegawaiBerubahEvent.untuk(List.of(p.getNip())));
      assertThat(pengguna(p.getNip())).as("not before commit").isNull();
      return p.getNip();
    });
    assertThat(pengguna(nip)).isNotNull();
    assertThat(grup(nip)).containsExactly("pegawai");

    String nipBatal = DataUjiIdentitas.nipBaru();
    dibuat.add(nipBatal);
    tx.executeWithoutResult(s -> {
      pegawaiRepository.save(new Pegawai(nipBatal, "Batal Dibuat", id.go.langsakota.kinerja.organisasi.JenisAsn.PNS));
      publisher.publishEvent(PegawaiBerubahEvent.untuk(List.of(nipBatal)));
      s.setRollbackOnly();
    });
    assertThat(pengguna(nipBatal)).isNull();
  }

  @Test
  void retiredPegawaiCannotLogInButTheirHistoryStays() {
    DataUjiIdentitas.pasangProsesUji(repositoryService);
    Pegawai p = pegawai("Laksamana Malahayati");
    identitas.sinkronkan(Set.of(p.getNip()));
    String pi = runtimeService.startProcessInstanceByKey(DataUjiIdentitas.PROSES_UJI,
        Map.of("pemilik", p.getNip())).getId();
    taskService.complete(taskService.createTaskQuery().processInstanceId(pi).singleResult().getId());
    assertThat(identityService.checkPassword(p.getNip(), KATA_SANDI_AWAL)).isTrue();

    DataUjiIdentitas.ubahStatus(pegawaiRepository, p.getNip(), StatusPegawai.PENSIUN);
    HasilSinkronisasi h = identitas.sinkronkan(Set.of(p.getNip()));

    assertThat(h.penggunaDihapus()).isEqualTo(1);
    assertThat(identityService.checkPassword(p.getNip(), KATA_SANDI_AWAL)).isFalse();
    assertThat(pengguna(p.getNip())).isNull();
    assertThat(grup(p.getNip())).isEmpty();
    assertThat(identitas.terdaftar(p.getNip())).isFalse();
    assertThat(historyService.createHistoricTaskInstanceQuery().taskAssignee(p.getNip()).finished().count())
        .isEqualTo(1);
    assertThat(pegawaiRepository.findByNip(p.getNip())).isPresent();
  }

  @Test
  void roleMembershipFollowsTheRegister() {
    Pegawai p = pegawai("Sultan Iskandar Muda");
    identitas.sinkronkan(Set.of(p.getNip()));
    assertThat(grup(p.getNip())).containsExactly("pegawai");

    PeranPengguna r = DataUjiIdentitas.peran(peranRepository, p.getNip(), p.getNama(), Peran.BKPSDM);
    identitas.sinkronkan(Set.of(p.getNip()));
    assertThat(grup(p.getNip())).containsExactlyInAnyOrder("pegawai", "bkpsdm");

    peranRepository.delete(r);
    HasilSinkronisasi h = identitas.sinkronkan(Set.of(p.getNip()));
    assertThat(h.keanggotaanDihapus()).isEqualTo(1);
    assertThat(grup(p.getNip())).containsExactly("pegawai");
    assertThat(identityService.checkPassword(p.getNip(), KATA_SANDI_AWAL)).isTrue();
  }

  @Test
  void walikotaWithoutPegawaiRowIsCreatedInGroupWalikotaOnly() {
    String id = "walikota-uji-" + UUID.randomUUID().toString().substring(0, 8);
    dibuat.add(id);
    DataUjiIdentitas.peran(peranRepository, id, "Wali Kota Langsa", Peran.WALIKOTA);

    identitas.sinkronkan(Set.of(id));

    assertThat(pengguna(id).getFirstName()).isEqualTo("Wali");
    assertThat(grup(id)).containsExactly("walikota");
    assertThat(identitas.terdaftar(id)).isTrue();
    assertThat(identityService.createGroupQuery().groupId("walikota").singleResult().getName())
        .isEqualTo("Wali Kota");
  }

  @Test
  void nameChangeUpdatesProfileAndKeepsThePassword() {
    Pegawai p = pegawai("Pocut Baren");
    identitas.sinkronkan(Set.of(p.getNip()));
    User u = pengguna(p.getNip());
    u.setPassword("KataSandiSendiri-1");
    identityService.saveUser(u); // the ASN changed their password

    Pegawai ubah = pegawaiRepository.findByNip(p.getNip()).orElseThrow();
    ubah.setNama("Pocut Baren Binti Teuku");
    ubah.setEmail("pocut@langsakota.go.id");
    pegawaiRepository.save(ubah);
    HasilSinkronisasi h = identitas.sinkronkan(Set.of(p.getNip()));

    assertThat(h.penggunaDiperbarui()).isEqualTo(1);
    assertThat(pengguna(p.getNip()).getLastName()).isEqualTo("Baren Binti Teuku");
    assertThat(pengguna(p.getNip()).getEmail()).isEqualTo("pocut@langsakota.go.id");
    assertThat(identityService.checkPassword(p.getNip(), "KataSandiSendiri-1")).isTrue();
  }

  @Test
  void configuredAdminUserIsNeverTouched() {
    assertThat(identitas.sinkronkan(Set.of("demo")).jumlahPerubahan()).isZero();
    identitas.sinkronkanSemua();
    assertThat(identityService.checkPassword("demo", "demo")).isTrue();
    assertThat(grup("demo")).contains("camunda-admin");
    assertThat(identitas.terdaftar("demo")).isTrue();
  }

  @Test
  void sinkronkanSemuaRepairsDriftAndIsIdempotent() {
    Pegawai aktif = pegawai("Nyak Sandang");
    Pegawai pensiun = pegawai("Tengku Chik");
    identitas.sinkronkan(Set.of(aktif.getNip(), pensiun.getNip()));
    // Drift made behind the register's back (no events): a manual membership, a retirement by
    // SQL-like update, a hand-made technical user put into group pegawai.
    identityService.createMembership(aktif.getNip(), "walikota");
    DataUjiIdentitas.ubahStatus(pegawaiRepository, pensiun.getNip(), StatusPegawai.MENINGGAL);
    User teknis = identityService.newUser("integrasi-siasn-" + UUID.randomUUID().toString().substring(0, 6));
    teknis.setPassword("Rahasia-Teknis-1");
    identityService.saveUser(teknis);
    dibuat.add(teknis.getId());
    identityService.createMembership(teknis.getId(), "pegawai");

    HasilSinkronisasi pertama = identitas.sinkronkanSemua();
    HasilSinkronisasi kedua = identitas.sinkronkanSemua();

    assertThat(pertama.jumlahPerubahan()).isGreaterThanOrEqualTo(3);
    assertThat(kedua.jumlahPerubahan()).isZero();
    assertThat(grup(aktif.getNip())).containsExactly("pegawai");
    assertThat(pengguna(pensiun.getNip())).isNull();
    assertThat(pengguna(teknis.getId())).as("unknown to the register: kept").isNotNull();
    assertThat(grup(teknis.getId())).isEmpty();
    assertThat(identitas.terdaftar(teknis.getId())).isFalse();
  }

  @Test
  void withoutInitialPasswordNewUsersGetARandomOne() {
    IdentitasService tanpaKataSandi = new IdentitasService(identityService, engineConfiguration,
        pegawaiRepository, peranRepository, "", "demo");
    Pegawai p = pegawai("Teungku Fakinah");

    tx.executeWithoutResult(s -> tanpaKataSandi.sinkronkan(Set.of(p.getNip())));

    assertThat(pengguna(p.getNip())).isNotNull();
    assertThat(identityService.checkPassword(p.getNip(), KATA_SANDI_AWAL)).isFalse();
    assertThat(identityService.checkPassword(p.getNip(), "")).isFalse();
  }
}
