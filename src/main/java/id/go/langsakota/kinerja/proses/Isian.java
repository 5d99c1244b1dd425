package id.go.langsakota.kinerja.proses;

import java.util.Set;

/**
 * One variable a caller may send when completing a task or submitting a start form: its name,
 * its type and, for a Json list, the keys its items may have. A {@linkplain #tampilan() display}
 * field is one the server sets on create for the form to show (read-only): Tasklist sends it back
 * unchanged, so it is accepted, but the server never reads it on completion.
 */
public record Isian(String nama, Jenis jenis, Set<String> kunciButir, boolean tampilan) {

  /** The types a declared field may have, with the REST/Tasklist value types each accepts. */
  public enum Jenis {
    TEKS("String"),
    BILANGAN("Long"),
    BOOLEAN("Boolean"),
    TANGGAL("Date"),
    JSON("Json");

    private final String tipeRest;

    Jenis(String tipeRest) {
      this.tipeRest = tipeRest;
    }

    /** The Camunda REST value type a client should send. */
    public String tipeRest() {
      return tipeRest;
    }
  }

  public static Isian teks(String nama) {
    return new Isian(nama, Jenis.TEKS, Set.of(), false);
  }

  public static Isian bilangan(String nama) {
    return new Isian(nama, Jenis.BILANGAN, Set.of(), false);
  }

  public static Isian ya(String nama) {
    return new Isian(nama, Jenis.BOOLEAN, Set.of(), false);
  }

  public static Isian tanggal(String nama) {
    return new Isian(nama, Jenis.TANGGAL, Set.of(), false);
  }

  /** A Json list of objects whose items may only have {@code kunciButir} (empty: any). */
  public static Isian json(String nama, String... kunciButir) {
    return new Isian(nama, Jenis.JSON, Set.of(kunciButir), false);
  }

  /** The same field as a read-only display the server fills on create. */
  public Isian sebagaiTampilan() {
    return new Isian(nama, jenis, kunciButir, true);
  }
}
