package id.go.langsakota.kinerja.organisasi;

/** PNS (Pegawai Negeri Sipil) or PPPK (Pegawai Pemerintah dengan Perjanjian Kerja). */
public enum JenisAsn {
  PNS,
  PPPK
}
