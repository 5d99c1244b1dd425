package id.go.langsakota.kinerja.impor;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Outcome of importing (or only validating) a register file. A rejected file has
 * {@code diterima == false}, all counts zero and the problems in {@code kesalahan}.
 */
@Schema(description = "Ringkasan hasil impor register organisasi")
public record HasilImpor(
    @Schema(description = "true bila berkas lolos validasi") boolean diterima,
    @Schema(description = "true bila hanya validasi (tidak ada yang disimpan)") boolean validasiSaja,
    @Schema(description = "Ringkasan dalam kalimat") String pesan,
    @Schema(description = "Jumlah baris data (tanpa baris judul dan baris kosong)") int jumlahBaris,
    @Schema(description = "OPD") Hitungan opd,
    @Schema(description = "Unit kerja") Hitungan unitKerja,
    @Schema(description = "Jabatan") Hitungan jabatan,
    @Schema(description = "Pegawai") Hitungan pegawai,
    @Schema(description = "Penugasan jabatan (riwayat jabatan)") Hitungan penugasan,
    @Schema(description = "NIP yang dibuat atau berubah (data pribadi atau jabatan)")
    List<String> nipBerubah,
    @Schema(description = "Kesalahan yang membuat berkas ditolak") List<Kesalahan> kesalahan,
    @Schema(description = "Catatan yang tidak menghalangi impor") List<Kesalahan> peringatan) {

  public boolean adaPerubahan() {
    return opd.adaPerubahan() || unitKerja.adaPerubahan() || jabatan.adaPerubahan()
        || pegawai.adaPerubahan() || penugasan.adaPerubahan();
  }

  static HasilImpor ditolak(boolean validasiSaja, int jumlahBaris, List<Kesalahan> kesalahan) {
    return new HasilImpor(false, validasiSaja, "Berkas ditolak: " + kesalahan.size() + " kesalahan",
        jumlahBaris, Hitungan.NOL, Hitungan.NOL, Hitungan.NOL, Hitungan.NOL, Hitungan.NOL,
        List.of(), List.copyOf(kesalahan), List.of());
  }
}
