package id.go.langsakota.kinerja.identitas;

import java.util.Set;

/** What Camunda identity should hold for one user according to the register. */
public record PenggunaTarget(
    String id, String namaDepan, String namaBelakang, String email, Set<String> grup) {

  public PenggunaTarget {
    grup = Set.copyOf(grup);
  }
}
