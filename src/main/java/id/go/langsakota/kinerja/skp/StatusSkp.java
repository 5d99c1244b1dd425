package id.go.langsakota.kinerja.skp;

/** Life of an SKP: drafted by the ASN, agreed by the pejabat penilai, rated at year end. */
public enum StatusSkp {
  DRAF, DIAJUKAN, DIKEMBALIKAN, DISETUJUI, DINILAI, DITERIMA
}
