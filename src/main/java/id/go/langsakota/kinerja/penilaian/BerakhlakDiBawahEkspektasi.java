package id.go.langsakota.kinerja.penilaian;

/**
 * A period of this ASN was rated with at least one BerAKHLAK value Di Bawah Ekspektasi. Published
 * in the rating's transaction; pengembangan-kompetensi counts the periods and may open a need.
 */
public record BerakhlakDiBawahEkspektasi(String nip, int tahun) {}
