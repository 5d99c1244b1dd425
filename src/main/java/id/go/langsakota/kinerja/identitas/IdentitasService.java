package id.go.langsakota.kinerja.identitas;

import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.PeranPengguna;
import id.go.langsakota.kinerja.organisasi.PeranPenggunaRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes Camunda identity (users, the groups of {@link GrupPengguna}, memberships) match the
 * organisation register, which is the one source of truth (docs/aturan-kinerja.md §0).
 *
 * <ul>
 *   <li>AKTIF pegawai: user id = NIP, in group {@code pegawai} + the groups of their roles.
 *   <li>Role holders without a pegawai row (the Wali Kota): a user with the role groups.
 *   <li>Pegawai no longer AKTIF, and ids the register no longer knows when named explicitly:
 *       the Camunda user is deleted, so they cannot log in; history keeps their id.
 *   <li>The configured admin user ({@code camunda.bpm.admin-user.id}) is never touched.
 *   <li>New users get {@code kinerja.identitas.kata-sandi-awal}, or a random strong password when
 *       it is empty (mysql profile) or fails the active password policy.
 *   <li>Existing passwords are never changed.
 * </ul>
 */
@Service
public class IdentitasService {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitasService.class);
  private static final int POTONGAN = 500;
  /** Above this many ids, reading whole tables beats one query per id. */
  private static final int BATAS_PER_ID = 50;

  private final IdentityService identityService;
  private final ProcessEngineConfiguration engineConfiguration;
  private final PegawaiRepository pegawaiRepository;
  private final PeranPenggunaRepository peranRepository;
  private final String kataSandiAwal;
  private final String idAdmin;

  public IdentitasService(
      IdentityService identityService,
      ProcessEngineConfiguration engineConfiguration,
      PegawaiRepository pegawaiRepository,
      PeranPenggunaRepository peranRepository,
      @Value("${kinerja.identitas.kata-sandi-awal:}") String kataSandiAwal,
      @Value("${camunda.bpm.admin-user.id:}") String idAdmin) {
    this.identityService = identityService;
    this.engineConfiguration = engineConfiguration;
    this.pegawaiRepository = pegawaiRepository;
    this.peranRepository = peranRepository;
    this.kataSandiAwal = kataSandiAwal == null ? "" : kataSandiAwal;
    this.idAdmin = idAdmin == null ? "" : idAdmin.trim();
  }

  /**
   * Brings the named users in line with the register (called after every register change with
   * the ids it touched). Runs in the caller's transaction.
   */
  @Transactional
  public HasilSinkronisasi sinkronkan(Collection<String> idPengguna) {
    Set<String> cakupan = new LinkedHashSet<>();
    for (String id : idPengguna) {
      if (id != null && !id.isBlank() && !id.equals(idAdmin)) {
        cakupan.add(id.trim());
      }
    }
    if (cakupan.isEmpty()) {
      return new HasilSinkronisasi(0, 0, 0, 0, 0);
    }
    return TanpaAutentikasi.jalankan(identityService, () -> {
      RencanaIdentitas rencana = rencanaUntuk(cakupan);
      Keadaan keadaan = bacaKeadaan(cakupan);
      Penghitung n = new Penghitung();
      pastikanGrup();
      for (String id : cakupan) {
        Optional<PenggunaTarget> t = rencana.target(id);
        if (t.isPresent()) {
          selaraskan(t.get(), keadaan, n);
        } else {
          hapus(id, keadaan, n);
        }
      }
      return catat("sebagian (" + cakupan.size() + " pengguna)", n);
    });
  }

  /**
   * Reconciles everything: all register users and every member of the register-managed groups.
   * Users the register does not know at all (e.g. a technical account made in Admin) are not
   * deleted; they only lose the register-managed groups. Idempotent: a second run changes
   * nothing. Reads users and memberships once (one query per group), so 5,000 users are fine.
   */
  @Transactional
  public HasilSinkronisasi sinkronkanSemua() {
    return TanpaAutentikasi.jalankan(identityService, () -> {
      RencanaIdentitas rencana =
          RencanaIdentitas.dari(pegawaiRepository.findAll(), peranRepository.findAll(), idAdmin);
      Keadaan keadaan = bacaKeadaan(null);
      Penghitung n = new Penghitung();
      pastikanGrup();

      Set<String> cakupan = new LinkedHashSet<>(rencana.semuaTarget().keySet());
      cakupan.addAll(rencana.semuaDikenal());
      keadaan.grup.forEach((id, g) -> cakupan.add(id));
      cakupan.remove(idAdmin);

      for (String id : cakupan) {
        Optional<PenggunaTarget> t = rencana.target(id);
        if (t.isPresent()) {
          selaraskan(t.get(), keadaan, n);
        } else if (rencana.dikenal(id)) {
          hapus(id, keadaan, n);
        } else {
          lepaskanGrupRegister(id, keadaan, n);
        }
      }
      return catat("semua", n);
    });
  }

  /**
   * Whether {@code idPengguna} may use the application: an AKTIF pegawai, a role holder who is
   * not a (former) pegawai, or the configured admin user.
   */
  @Transactional(readOnly = true)
  public boolean terdaftar(String idPengguna) {
    if (idPengguna == null || idPengguna.isBlank()) {
      return false;
    }
    if (idPengguna.equals(idAdmin)) {
      return true;
    }
    Optional<Pegawai> p = pegawaiRepository.findByNip(idPengguna);
    if (p.isPresent()) {
      return p.get().isAktif();
    }
    return !peranRepository.findByIdPengguna(idPengguna).isEmpty();
  }

  /** Ids of the Camunda groups {@code idPengguna} is a member of. */
  public List<String> grup(String idPengguna) {
    return TanpaAutentikasi.jalankan(identityService, () -> identityService.createGroupQuery().groupMember(idPengguna).list()
        .stream().map(Group::getId).toList());
  }

  // ---------------------------------------------------------------------------------------------

  private RencanaIdentitas rencanaUntuk(Set<String> cakupan) {
    if (cakupan.size() > BATAS_PER_ID) {
      return RencanaIdentitas.dari(pegawaiRepository.findAll(), peranRepository.findAll(), idAdmin);
    }
    List<Pegawai> pegawai = new ArrayList<>();
    List<PeranPengguna> peran = new ArrayList<>();
    for (String id : cakupan) {
      pegawaiRepository.findByNip(id).ifPresent(pegawai::add);
      peran.addAll(peranRepository.findByIdPengguna(id));
    }
    return RencanaIdentitas.dari(pegawai, peran, idAdmin);
  }

  /** Current Camunda users and register-managed memberships; {@code null} = everybody. */
  private Keadaan bacaKeadaan(Set<String> cakupan) {
    Keadaan k = new Keadaan();
    if (cakupan == null) {
      identityService.createUserQuery().list().forEach(u -> k.pengguna.put(u.getId(), u));
      for (String g : GrupPengguna.semuaId()) {
        identityService.createUserQuery().memberOfGroup(g).list()
            .forEach(u -> k.grup.computeIfAbsent(u.getId(), x -> new HashSet<>()).add(g));
      }
      return k;
    }
    List<String> ids = new ArrayList<>(cakupan);
    for (int i = 0; i < ids.size(); i += POTONGAN) {
      String[] potongan = ids.subList(i, Math.min(ids.size(), i + POTONGAN)).toArray(String[]::new);
      identityService.createUserQuery().userIdIn(potongan).list()
          .forEach(u -> k.pengguna.put(u.getId(), u));
      for (String g : GrupPengguna.semuaId()) {
        identityService.createUserQuery().memberOfGroup(g).userIdIn(potongan).list()
            .forEach(u -> k.grup.computeIfAbsent(u.getId(), x -> new HashSet<>()).add(g));
      }
    }
    return k;
  }

  private void pastikanGrup() {
    Set<String> ada = new HashSet<>();
    identityService.createGroupQuery().groupIdIn(GrupPengguna.semuaId().toArray(String[]::new))
        .list().forEach(g -> ada.add(g.getId()));
    for (GrupPengguna g : GrupPengguna.values()) {
      if (!ada.contains(g.id())) {
        Group grup = identityService.newGroup(g.id());
        grup.setName(g.nama());
        grup.setType(g.jenis());
        identityService.saveGroup(grup);
        LOG.info("Grup Camunda '{}' ({}) dibuat", g.id(), g.nama());
      }
    }
  }

  private void selaraskan(PenggunaTarget t, Keadaan keadaan, Penghitung n) {
    User u = keadaan.pengguna.get(t.id());
    if (u == null) {
      u = identityService.newUser(t.id());
      isiProfil(u, t);
      u.setPassword(kataSandiBaru(u));
      identityService.saveUser(u);
      keadaan.pengguna.put(t.id(), u);
      n.dibuat++;
    } else if (!Objects.equals(u.getFirstName(), t.namaDepan())
        || !Objects.equals(nullJikaKosong(u.getLastName()), nullJikaKosong(t.namaBelakang()))
        || !Objects.equals(u.getEmail(), t.email())) {
      isiProfil(u, t); // the password is left as it is
      identityService.saveUser(u);
      n.diperbarui++;
    }
    Set<String> sekarang = keadaan.grup.getOrDefault(t.id(), Set.of());
    for (String g : t.grup()) {
      if (!sekarang.contains(g)) {
        identityService.createMembership(t.id(), g);
        n.ditambah++;
      }
    }
    for (String g : sekarang) {
      if (!t.grup().contains(g)) {
        identityService.deleteMembership(t.id(), g);
        n.dilepas++;
      }
    }
  }

  private void hapus(String id, Keadaan keadaan, Penghitung n) {
    if (keadaan.pengguna.containsKey(id)) {
      // Deleting the user (with its memberships) means checkPassword fails; tasks and history
      // keep the id as a plain string, so the record of what they did stays.
      identityService.deleteUser(id);
      n.dihapus++;
      LOG.info("Pengguna Camunda '{}' dihapus: tidak lagi aktif/terdaftar di register", id);
    }
  }

  private void lepaskanGrupRegister(String id, Keadaan keadaan, Penghitung n) {
    for (String g : keadaan.grup.getOrDefault(id, Set.of())) {
      if (!g.equals(GrupPengguna.CAMUNDA_ADMIN.id())) {
        identityService.deleteMembership(id, g);
        n.dilepas++;
      }
    }
  }

  private static void isiProfil(User u, PenggunaTarget t) {
    u.setFirstName(t.namaDepan());
    u.setLastName(t.namaBelakang());
    u.setEmail(t.email());
  }

  private String kataSandiBaru(User u) {
    boolean kebijakan = ((ProcessEngineConfigurationImpl) engineConfiguration).isEnablePasswordPolicy();
    if (!kataSandiAwal.isBlank()
        && (!kebijakan || identityService.checkPasswordAgainstPolicy(kataSandiAwal, u).isValid())) {
      return kataSandiAwal;
    }
    if (!kataSandiAwal.isBlank()) {
      LOG.warn("kinerja.identitas.kata-sandi-awal tidak memenuhi kebijakan kata sandi; pengguna '{}'"
          + " mendapat kata sandi acak", u.getId());
    }
    for (int i = 0; i < 10; i++) {
      String acak = KataSandiAcak.buat();
      if (!kebijakan || identityService.checkPasswordAgainstPolicy(acak, u).isValid()) {
        return acak;
      }
    }
    throw new IllegalStateException("Tidak dapat membuat kata sandi acak yang memenuhi kebijakan");
  }

  /**
   * Identity writes are system work: run them without the Camunda user that may be
   * authenticated on this thread (e.g. a REST call that triggered a register change), whose
   * authorizations would otherwise apply.
   */

  private HasilSinkronisasi catat(String lingkup, Penghitung n) {
    HasilSinkronisasi h = new HasilSinkronisasi(n.dibuat, n.diperbarui, n.dihapus, n.ditambah, n.dilepas);
    if (h.jumlahPerubahan() > 0) {
      LOG.info("Sinkronisasi identitas {}: {} dibuat, {} diperbarui, {} dihapus, {} keanggotaan"
              + " ditambah, {} dilepas", lingkup, h.penggunaDibuat(), h.penggunaDiperbarui(),
          h.penggunaDihapus(), h.keanggotaanDitambah(), h.keanggotaanDihapus());
    }
    return h;
  }

  private static String nullJikaKosong(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static final class Keadaan {
    final Map<String, User> pengguna = new HashMap<>();
    final Map<String, Set<String>> grup = new HashMap<>();
  }

  private static final class Penghitung {
    int dibuat;
    int diperbarui;
    int dihapus;
    int ditambah;
    int dilepas;
  }
}
