package id.go.langsakota.kinerja.kosakata;

/** Predikat Kinerja Pegawai; values are fixed names, labels as the regulation writes them. */
public enum Predikat {
  SANGAT_BAIK("Sangat Baik"),
  BAIK("Baik"),
  BUTUH_PERBAIKAN("Butuh Perbaikan"),
  KURANG("Kurang/Misconduct"),
  SANGAT_KURANG("Sangat Kurang");

  private final String label;

  Predikat(String label) {
    this.label = label;
  }

  public String label() { return label; }
}
