package id.go.langsakota.kinerja.penilaian;

/** Where one period of one ASN stands. */
public enum StatusPenilaianPeriodik {
  /** Waiting for the ASN's realisasi (laporkan-realisasi). */
  MENUNGGU_REALISASI,
  /** Reported; waiting for the pejabat penilai (nilai-kinerja-periodik). */
  MENUNGGU_PENILAIAN,
  /** Rated; predikat stored. */
  SELESAI,
  /**
   * Not assessed: the period ended before the SKP was agreed and pengaturan
   * KEBIJAKAN_PERIODE_TERLAMBAT was TIDAK_DINILAI (the reason is on the row). No tasks; the annual
   * suggestion leaves it out like any period without a rating.
   */
  TIDAK_DINILAI
}
