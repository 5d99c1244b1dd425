package id.go.langsakota.kinerja.pemberitahuan;

/** Delivery state of one outbox row. */
public enum StatusPemberitahuan {
  /** Waiting for delivery (first time or after a failed attempt, from berikutnya_pada on). */
  BARU,
  /** Claimed by one worker that is delivering it now. */
  DIKIRIM,
  TERKIRIM,
  /** Not sent, for a recorded reason (no address, task already gone). */
  DILEWATI,
  /** Every attempt failed; BKPSDM sees it and may queue it again. */
  GAGAL
}
