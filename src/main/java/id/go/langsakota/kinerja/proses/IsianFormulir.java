package id.go.langsakota.kinerja.proses;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The declared fields of one form (a user task or a start form): the only variables a caller
 * may send with it. {@link PenjagaIsianFilter} refuses anything else on every REST path.
 */
public final class IsianFormulir {

  private final String formulir;
  private final Map<String, Isian> isian = new LinkedHashMap<>();

  private IsianFormulir(String formulir, Collection<Isian> daftar) {
    this.formulir = formulir;
    for (Isian i : daftar) {
      if (isian.put(i.nama(), i) != null) {
        throw new IllegalArgumentException("Isian " + i.nama() + " dideklarasikan dua kali di " + formulir);
      }
    }
  }

  /** @param formulir the task id (or start form name) the fields belong to */
  public static IsianFormulir untuk(String formulir, Isian... daftar) {
    return new IsianFormulir(formulir, java.util.List.of(daftar));
  }

  public static IsianFormulir untuk(String formulir, Collection<Isian> daftar) {
    return new IsianFormulir(formulir, daftar);
  }

  public String formulir() {
    return formulir;
  }

  public Optional<Isian> cari(String nama) {
    return Optional.ofNullable(isian.get(nama));
  }

  public Collection<Isian> semua() {
    return isian.values();
  }

  /** Fields the caller fills in (display fields excluded). */
  public java.util.List<Isian> masukan() {
    return isian.values().stream().filter(i -> !i.tampilan()).toList();
  }
}
