package id.go.langsakota.kinerja.impor;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Outcome of an import read with {@link LembarImpor} (katalog pelatihan, hukuman disiplin): all
 * rows written in one transaction, or none and every problem listed.
 */
@Schema(description = "Ringkasan hasil impor berkas Excel")
public record HasilImporLembar(
    @Schema(description = "true bila berkas lolos validasi") boolean diterima,
    @Schema(description = "true bila hanya validasi (tidak ada yang disimpan)") boolean validasiSaja,
    @Schema(description = "Ringkasan dalam kalimat") String pesan,
    @Schema(description = "Jumlah baris data") int jumlahBaris,
    @Schema(description = "Baris yang menjadi data baru") int dibuat,
    @Schema(description = "Baris yang mengubah data yang ada") int diubah,
    @Schema(description = "Baris yang sama dengan data yang ada") int tetap,
    @Schema(description = "Kesalahan yang membuat berkas ditolak") List<Kesalahan> kesalahan) {

  public static HasilImporLembar ditolak(boolean validasiSaja, int jumlahBaris, List<Kesalahan> kesalahan) {
    return new HasilImporLembar(false, validasiSaja, "Berkas ditolak: " + kesalahan.size()
        + " kesalahan; tidak ada data yang disimpan", jumlahBaris, 0, 0, 0, List.copyOf(kesalahan));
  }

  public static HasilImporLembar diterima(boolean validasiSaja, int jumlahBaris, int dibuat, int diubah,
      int tetap) {
    String pesan = (validasiSaja ? "Berkas valid (belum disimpan): " : "Berkas diimpor: ")
        + dibuat + " baru, " + diubah + " diubah, " + tetap + " tetap";
    return new HasilImporLembar(true, validasiSaja, pesan, jumlahBaris, dibuat, diubah, tetap, List.of());
  }
}
