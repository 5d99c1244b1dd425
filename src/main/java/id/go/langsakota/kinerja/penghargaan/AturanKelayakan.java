package id.go.langsakota.kinerja.penghargaan;

import id.go.langsakota.kinerja.kosakata.Predikat;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may be nominated for the award of a year (pure rule, no engine, no database): the final
 * annual predikat of the year is Sangat Baik, the final predikat of the year before is at least
 * Baik, and no disciplinary sanction falls in the year. A predikat that is not final yet counts as
 * missing.
 */
public final class AturanKelayakan {

  private AturanKelayakan() {}

  /** @param predikatTahunIni final predikat of the year, null when none or not final */
  public record Calon(String nip, Predikat predikatTahunIni, Predikat predikatTahunLalu, boolean adaHukumanDisiplin) {}

  /** The reasons a candidate is not eligible (empty: eligible), in Indonesian. */
  public static List<String> alasanTidakLayak(Calon c) {
    List<String> alasan = new ArrayList<>();
    if (c.predikatTahunIni() != Predikat.SANGAT_BAIK) {
      alasan.add("predikat tahunan final tahun ini bukan Sangat Baik");
    }
    if (c.predikatTahunLalu() == null || c.predikatTahunLalu().ordinal() > Predikat.BAIK.ordinal()) {
      alasan.add("predikat tahun sebelumnya tidak minimal Baik");
    }
    if (c.adaHukumanDisiplin()) {
      alasan.add("ada hukuman disiplin pada tahun ini");
    }
    return alasan;
  }

  public static boolean layak(Calon c) {
    return alasanTidakLayak(c).isEmpty();
  }
}
