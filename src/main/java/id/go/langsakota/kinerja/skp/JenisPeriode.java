package id.go.langsakota.kinerja.skp;

/** Length of a penilaian periodik: a month or a quarter. */
public enum JenisPeriode {
  BULANAN(1), TRIWULANAN(3);

  private final int bulan;

  JenisPeriode(int bulan) {
    this.bulan = bulan;
  }

  public int bulan() { return bulan; }
}
