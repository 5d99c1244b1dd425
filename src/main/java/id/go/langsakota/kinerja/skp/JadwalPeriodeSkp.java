package id.go.langsakota.kinerja.skp;

/**
 * Port through which the approval of an SKP applies the late-start policy to its periods
 * (implemented in penilaian, which owns the periods' rows; skp does not depend on penilaian).
 */
public interface JadwalPeriodeSkp {

  /**
   * Called in the approval's transaction, after the approval time is stored: records how every
   * period that had already ended is assessed.
   *
   * @return one sentence for the approval's task comment, or an empty string when no period had ended
   */
  String tetapkan(Long skpId);
}
