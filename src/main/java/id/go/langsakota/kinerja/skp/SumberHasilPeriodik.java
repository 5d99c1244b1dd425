package id.go.langsakota.kinerja.skp;

import java.util.List;

/**
 * Where the annual assessment reads the periods of an SKP from. The periods are the penilaian
 * package's, which itself builds on the SKP; this port keeps the dependency one way
 * (penilaian → skp), penilaian provides the implementation.
 */
public interface SumberHasilPeriodik {

  /** The periods of the SKP in order, rated or not. */
  List<HasilPeriodik> untukSkp(Long skpId);
}
