package id.go.langsakota.kinerja.penilaian;

/** Where one period of one ASN stands. */
public enum StatusPenilaianPeriodik {
  /** Waiting for the ASN's realisasi (laporkan-realisasi). */
  MENUNGGU_REALISASI,
  /** Reported; waiting for the pejabat penilai (nilai-kinerja-periodik). */
  MENUNGGU_PENILAIAN,
  /** Rated; predikat stored. */
  SELESAI
}
