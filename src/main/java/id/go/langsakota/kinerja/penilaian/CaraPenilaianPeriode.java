package id.go.langsakota.kinerja.penilaian;

/**
 * How one period is assessed, decided when the SKP is agreed (JadwalPeriodeService): a period
 * that ended before the agreement follows pengaturan KEBIJAKAN_PERIODE_TERLAMBAT.
 */
public enum CaraPenilaianPeriode {
  /** The period ended after the agreement: reported after it ends (HARI_KERJA_LAPOR_REALISASI). */
  REGULER(""),
  /** Ended before the agreement: a catch-up report with a deadline counted from the agreement. */
  SUSULAN("susulan"),
  /** Ended before the agreement: recorded as not assessed (no tasks), with the reason. */
  TIDAK_DINILAI("tidak dinilai");

  private final String label;

  CaraPenilaianPeriode(String label) {
    this.label = label;
  }

  /** What a period's label gains in brackets ("Januari 2026 (susulan)"); empty for REGULER. */
  public String label() { return label; }
}
