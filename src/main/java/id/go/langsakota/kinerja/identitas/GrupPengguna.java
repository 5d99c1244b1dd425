package id.go.langsakota.kinerja.identitas;

import id.go.langsakota.kinerja.organisasi.Peran;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * The Camunda groups that follow the register (docs/aturan-kinerja.md §0). Ids are fixed; the
 * names are what Admin and Tasklist show.
 */
public enum GrupPengguna {
  PEGAWAI("pegawai", "Pegawai ASN", Groups.GROUP_TYPE_WORKFLOW),
  BKPSDM(Peran.BKPSDM.grupCamunda(), "BKPSDM", Groups.GROUP_TYPE_WORKFLOW),
  TIM_PENILAI_KINERJA(Peran.TIM_PENILAI_KINERJA.grupCamunda(), "Tim Penilai Kinerja", Groups.GROUP_TYPE_WORKFLOW),
  WALIKOTA(Peran.WALIKOTA.grupCamunda(), "Wali Kota", Groups.GROUP_TYPE_WORKFLOW),
  CAMUNDA_ADMIN(Peran.ADMIN.grupCamunda(), "Administrator", Groups.GROUP_TYPE_SYSTEM);

  private final String id;
  private final String nama;
  private final String jenis;

  GrupPengguna(String id, String nama, String jenis) {
    this.id = id;
    this.nama = nama;
    this.jenis = jenis;
  }

  public String id() { return id; }
  public String nama() { return nama; }
  public String jenis() { return jenis; }

  public static List<String> semuaId() {
    return Arrays.stream(values()).map(GrupPengguna::id).toList();
  }

  /** Spring Security authority for a Camunda group: ROLE_ + id uppercased, '-' → '_'. */
  public static String otoritas(String idGrup) {
    return "ROLE_" + idGrup.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
  }
}
