package id.go.langsakota.kinerja.identitas;

import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PeranPengguna;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The desired Camunda identity computed from register rows, without the engine.
 *
 * <p>Rules: every AKTIF pegawai is a user (id = NIP) in group {@code pegawai} plus the groups of
 * their roles; a role holder without a pegawai row (the Wali Kota, login {@code walikota}) is a
 * user with only the role groups; a pegawai who is no longer AKTIF is no user at all, even when a
 * role row still names them. The configured admin user is never part of the plan.
 */
public final class RencanaIdentitas {

  private final Map<String, PenggunaTarget> target;
  private final Set<String> dikenal;

  private RencanaIdentitas(Map<String, PenggunaTarget> target, Set<String> dikenal) {
    this.target = target;
    this.dikenal = dikenal;
  }

  public static RencanaIdentitas dari(
      Collection<Pegawai> pegawai, Collection<PeranPengguna> peran, String idAdmin) {
    Map<String, Pegawai> perNip = new HashMap<>();
    for (Pegawai p : pegawai) {
      perNip.put(p.getNip(), p);
    }
    Map<String, List<PeranPengguna>> perPengguna = new HashMap<>();
    for (PeranPengguna r : peran) {
      perPengguna.computeIfAbsent(r.getIdPengguna(), k -> new java.util.ArrayList<>()).add(r);
    }

    Set<String> dikenal = new HashSet<>(perNip.keySet());
    dikenal.addAll(perPengguna.keySet());
    Map<String, PenggunaTarget> target = new HashMap<>();

    for (Pegawai p : perNip.values()) {
      if (!p.isAktif()) {
        continue;
      }
      Set<String> grup = new LinkedHashSet<>();
      grup.add(GrupPengguna.PEGAWAI.id());
      perPengguna.getOrDefault(p.getNip(), List.of())
          .forEach(r -> grup.add(r.getPeran().grupCamunda()));
      String[] nama = pisahNama(p);
      target.put(p.getNip(), new PenggunaTarget(p.getNip(), nama[0], nama[1], kosongJadiNull(p.getEmail()), grup));
    }
    for (Map.Entry<String, List<PeranPengguna>> e : perPengguna.entrySet()) {
      if (perNip.containsKey(e.getKey())) {
        continue; // a pegawai: handled above (and no login once no longer AKTIF)
      }
      Set<String> grup = new LinkedHashSet<>();
      e.getValue().forEach(r -> grup.add(r.getPeran().grupCamunda()));
      String[] nama = pisahNama(e.getValue().get(0).getNama());
      target.put(e.getKey(), new PenggunaTarget(e.getKey(), nama[0], nama[1], null, grup));
    }
    if (idAdmin != null && !idAdmin.isBlank()) {
      target.remove(idAdmin);
      dikenal.remove(idAdmin);
    }
    return new RencanaIdentitas(Map.copyOf(target), Set.copyOf(dikenal));
  }

  /** The user {@code id} should be, or empty when it should not exist (or is not managed). */
  public Optional<PenggunaTarget> target(String id) {
    return Optional.ofNullable(target.get(id));
  }

  public Map<String, PenggunaTarget> semuaTarget() {
    return target;
  }

  /** Whether the register has any row (pegawai of any status, or role) for {@code id}. */
  public boolean dikenal(String id) {
    return dikenal.contains(id);
  }

  public Set<String> semuaDikenal() {
    return dikenal;
  }

  /** First name = gelar depan + first word of the name; last name = the rest + gelar belakang. */
  static String[] pisahNama(Pegawai p) {
    String[] nama = pisahNama(p.getNama());
    String depan = gabung(p.getGelarDepan(), nama[0], " ");
    String belakang = nama[1];
    if (p.getGelarBelakang() != null && !p.getGelarBelakang().isBlank()) {
      belakang = belakang.isEmpty()
          ? p.getGelarBelakang().trim()
          : belakang + ", " + p.getGelarBelakang().trim();
    }
    return new String[] {depan, belakang};
  }

  static String[] pisahNama(String nama) {
    String bersih = nama == null ? "" : nama.trim().replaceAll("\\s+", " ");
    int spasi = bersih.indexOf(' ');
    if (spasi < 0) {
      return new String[] {bersih, ""};
    }
    return new String[] {bersih.substring(0, spasi), bersih.substring(spasi + 1)};
  }

  private static String gabung(String a, String b, String pemisah) {
    if (a == null || a.isBlank()) {
      return b;
    }
    return a.trim() + pemisah + b;
  }

  private static String kosongJadiNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
