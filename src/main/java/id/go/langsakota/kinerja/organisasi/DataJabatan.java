package id.go.langsakota.kinerja.organisasi;

/**
 * A jabatan as BKPSDM defines it; {@code kode} identifies it (created when new, updated
 * otherwise). {@code kodeAtasan} may be null for the top of a tree (reports to the PPK).
 */
public record DataJabatan(String kode, String nama, JenisJabatan jenis, String jenjang,
    Integer kelasJabatan, String kodeUnitKerja, String kodeAtasan, boolean kepalaOpd) {}
