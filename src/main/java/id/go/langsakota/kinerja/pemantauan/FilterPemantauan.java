package id.go.langsakota.kinerja.pemantauan;

import java.time.LocalDate;

/**
 * The checked filters of a monitoring request.
 *
 * @param periode period number in the year (null = all periods)
 * @param kodeOpd null = the whole city
 * @param namaOpd name of {@code kodeOpd}, null for the city
 * @param acuan the register date: who sits in which OPD (today in the running year, 31 December
 *     of a past year)
 */
public record FilterPemantauan(int tahun, Integer periode, String kodeOpd, String namaOpd, LocalDate acuan) {

  /** "-&lt;kodeOpd&gt;" or "" for file names. */
  String akhiranBerkas() {
    return kodeOpd == null ? "" : "-" + kodeOpd;
  }

  /** "Dinas Kesehatan" or "Kota Langsa". */
  String wilayah() {
    return namaOpd == null ? PemantauanService.KOTA : namaOpd;
  }
}
