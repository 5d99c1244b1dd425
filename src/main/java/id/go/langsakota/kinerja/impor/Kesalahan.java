package id.go.langsakota.kinerja.impor;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One problem in an import file, located the way the user sees it in Excel.
 *
 * @param baris row number as shown in Excel (the header is row 1); null for a problem with the
 *     file as a whole
 * @param kolom column name from the header, null when the problem is not about one column
 * @param alasan what is wrong and how to fix it, in Bahasa Indonesia
 */
@Schema(description = "Satu kesalahan pada berkas impor")
public record Kesalahan(
    @Schema(description = "Nomor baris seperti terlihat di Excel (baris judul = 1); kosong bila "
        + "kesalahan menyangkut berkas secara keseluruhan", example = "7") Integer baris,
    @Schema(description = "Nama kolom", example = "kelas_jabatan") String kolom,
    @Schema(description = "Penjelasan kesalahan", example = "kelas_jabatan harus angka 1 sampai 17")
    String alasan) {

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    if (baris != null) {
      s.append("Baris ").append(baris);
    } else {
      s.append("Berkas");
    }
    if (kolom != null) {
      s.append(", kolom ").append(kolom);
    }
    return s.append(": ").append(alasan).toString();
  }
}
