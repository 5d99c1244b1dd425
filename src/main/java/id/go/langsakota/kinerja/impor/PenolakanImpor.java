package id.go.langsakota.kinerja.impor;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Body of the 400 answer for a rejected file: the project's usual error shape. */
@Schema(description = "Berkas ditolak; tidak ada data yang disimpan")
public record PenolakanImpor(
    @Schema(example = "Berkas ditolak: 2 kesalahan") String pesan,
    List<Kesalahan> kesalahan) {

  static PenolakanImpor dari(HasilImpor hasil) {
    return new PenolakanImpor(hasil.pesan(), hasil.kesalahan());
  }
}
