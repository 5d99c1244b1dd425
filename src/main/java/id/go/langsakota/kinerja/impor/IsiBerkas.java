package id.go.langsakota.kinerja.impor;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A register file read into text cells, before any domain check.
 *
 * @param baris the non-blank data rows
 * @param kolomAda the known columns present in the header (an absent optional column leaves the
 *     stored value alone; a present but empty one clears it)
 * @param kolomDiabaikan header names that are not register columns
 * @param kesalahan problems with the file or its header; when not empty the rows are not checked
 */
record IsiBerkas(List<Baris> baris, Set<KolomRegister> kolomAda, List<String> kolomDiabaikan,
    List<Kesalahan> kesalahan) {

  static IsiBerkas gagal(Kesalahan kesalahan) {
    return new IsiBerkas(List.of(), Set.of(), List.of(), List.of(kesalahan));
  }

  /**
   * One data row.
   *
   * @param nomor the row number the user sees in Excel
   * @param nilai trimmed cell text per column ("" when empty)
   * @param galat cells that could not be read faithfully (e.g. an 18-digit NIP stored as a number)
   */
  record Baris(int nomor, EnumMap<KolomRegister, String> nilai, Map<KolomRegister, String> galat) {

    String ambil(KolomRegister kolom) {
      return nilai.getOrDefault(kolom, "");
    }
  }
}
