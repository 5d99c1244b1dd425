package id.go.langsakota.kinerja.pembinaan;

/** Where one pembinaan stands. */
public enum StatusPembinaan {
  /** The pejabat penilai drafts the plan, or the ASN has returned it. */
  MENYUSUN_RENCANA,
  /** The ASN is asked to agree the plan. */
  MENUNGGU_PERSETUJUAN,
  /** The period runs: monthly check-ins. */
  BERJALAN,
  /** The period ended: the pejabat penilai re-evaluates. */
  EVALUASI,
  /** Not improved: BKPSDM records the PPK's decision. */
  MENUNGGU_KEPUTUSAN,
  /** Improved: closed and recorded. */
  SELESAI_MEMBAIK,
  /** Not improved: the decision is recorded on the pegawai. */
  SELESAI_DIPUTUSKAN
}
