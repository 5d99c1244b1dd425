package id.go.langsakota.kinerja.organisasi;

/** An OPD for lists and the API. */
public record OpdInfo(Long id, String kode, String nama, String singkatan, boolean aktif) {}
