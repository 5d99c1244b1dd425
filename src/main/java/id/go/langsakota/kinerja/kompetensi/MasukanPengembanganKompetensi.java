package id.go.langsakota.kinerja.kompetensi;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A training to record: from the catalogue ({@code katalogId}; name, kind, provider and JP come
 * from it) or an outside training in free text ({@code namaPelatihan}, {@code jenis},
 * {@code penyelenggara}, {@code jp}).
 */
@Schema(description = "Isian satu riwayat pengembangan kompetensi")
public record MasukanPengembanganKompetensi(
    @Schema(example = "198503152010011001") String nip,
    @Schema(example = "1", description = "Id entri katalog; kosong untuk pelatihan di luar katalog") Long katalogId,
    @Schema(example = "Workshop Penulisan Naskah Dinas", description = "Wajib bila tanpa katalogId") String namaPelatihan,
    @Schema(example = "SEMINAR", description = "Wajib bila tanpa katalogId") String jenis,
    @Schema(example = "Universitas Samudra", description = "Wajib bila tanpa katalogId") String penyelenggara,
    @Schema(example = "2025-03-10") LocalDate tanggalMulai,
    @Schema(example = "2025-03-12") LocalDate tanggalSelesai,
    @Schema(example = "8", description = "Wajib bila tanpa katalogId (1 sampai 1000); dari katalog bila ada katalogId") Integer jp,
    @Schema(example = "12", description = "Id sertifikat yang sudah diunggah lewat POST /api/bukti-dukung") Long sertifikatBuktiId,
    @Schema(example = "Predikat tahunan Butuh Perbaikan", description = "Alasan penugasan (boleh kosong)") String alasan) {}
