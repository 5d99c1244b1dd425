package id.go.langsakota.kinerja.impor;

import io.swagger.v3.oas.annotations.media.Schema;

/** How many records of one kind an import created, changed or left as they were. */
@Schema(description = "Jumlah data yang dibuat, diubah, dan tidak berubah untuk satu jenis data")
public record Hitungan(
    @Schema(description = "Data baru") int dibuat,
    @Schema(description = "Data yang sudah ada dan diubah (untuk penugasan: penugasan lama yang "
        + "ditutup)") int diubah,
    @Schema(description = "Data yang sudah sesuai dengan berkas") int tidakBerubah) {

  public static final Hitungan NOL = new Hitungan(0, 0, 0);

  public boolean adaPerubahan() {
    return dibuat > 0 || diubah > 0;
  }

  @Override
  public String toString() {
    return dibuat + " dibuat, " + diubah + " diubah, " + tidakBerubah + " tidak berubah";
  }

  /** Mutable counter used while importing. */
  static final class Penghitung {
    int dibuat;
    int diubah;
    int tidakBerubah;

    void catat(boolean baru, boolean berubah) {
      if (baru) {
        dibuat++;
      } else if (berubah) {
        diubah++;
      } else {
        tidakBerubah++;
      }
    }

    Hitungan hasil() {
      return new Hitungan(dibuat, diubah, tidakBerubah);
    }
  }
}
