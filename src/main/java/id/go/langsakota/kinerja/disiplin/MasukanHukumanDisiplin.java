package id.go.langsakota.kinerja.disiplin;

import io.swagger.v3.oas.annotations.media.Schema;

/** A hukuman disiplin as typed (JSON) or read from an Excel row; all text, checked in one place. */
@Schema(description = "Isian satu hukuman disiplin")
public record MasukanHukumanDisiplin(
    @Schema(example = "198503152010011001") String nip,
    @Schema(example = "TEGURAN_TERTULIS", description = "Jenis menurut PP 94/2021 Pasal 8") String jenis,
    @Schema(example = "RINGAN", description = "RINGAN, SEDANG, BERAT; boleh kosong (mengikuti jenis), "
        + "bila diisi harus sesuai jenis") String tingkat,
    @Schema(example = "2025-03-01", description = "yyyy-mm-dd atau dd-mm-yyyy") String tmtMulai,
    @Schema(example = "", description = "Kosong: dihitung dari jenis (6/9/12 bulan) atau satu kali (teguran)") String tmtSelesai,
    @Schema(example = "800.1.6.3/123/BKPSDM/2025") String nomorKeputusan,
    @Schema(example = "2025-02-25") String tanggalKeputusan,
    @Schema(example = "Tidak masuk kerja tanpa alasan sah 3 hari") String keterangan) {}
