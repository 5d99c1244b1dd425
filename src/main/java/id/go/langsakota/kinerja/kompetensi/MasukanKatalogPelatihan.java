package id.go.langsakota.kinerja.kompetensi;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A catalogue entry as typed by BKPSDM (JSON body) or read from an Excel row: text, checked by
 * {@link PemeriksaKatalogPelatihan} so both ways in give the same Indonesian messages.
 */
@Schema(description = "Isian satu entri katalog pelatihan")
public record MasukanKatalogPelatihan(
    @Schema(example = "KP-034", description = "Kode unik (huruf, angka, '-', '_', '.'), tetap setelah dibuat") String kode,
    @Schema(example = "Pelatihan Manajemen Waktu") String nama,
    @Schema(example = "KLASIKAL", description = "KLASIKAL, E_LEARNING, COACHING, MENTORING, MAGANG, SEMINAR") String jenis,
    @Schema(example = "MANAJERIAL", description = "TEKNIS, MANAJERIAL, SOSIAL_KULTURAL") String jenisKompetensi,
    @Schema(example = "Manajemen waktu dan penetapan prioritas kerja") String kompetensi,
    @Schema(example = "AKUNTABEL", description = "Nilai BerAKHLAK yang dibangun (boleh kosong): "
        + "BERORIENTASI_PELAYANAN, AKUNTABEL, KOMPETEN, HARMONIS, LOYAL, ADAPTIF, KOLABORATIF") String nilaiBerakhlak,
    @Schema(example = "24", description = "Jam pelajaran, 1 sampai 1000") String jp,
    @Schema(example = "BPSDM Aceh") String penyelenggara,
    @Schema(example = "LURING", description = "LURING, DARING, CAMPURAN") String moda,
    @Schema(example = "2500000", description = "Biaya per peserta dalam Rupiah, 0 sampai 100.000.000") String biaya,
    @Schema(example = "true", description = "true/false atau YA/TIDAK; kosong = aktif") String aktif) {}
