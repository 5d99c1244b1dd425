package id.go.langsakota.kinerja.pembinaan;

/** What follows a pembinaan that did not improve the performance (PP 30/2019); JPT: uji kompetensi first. */
public enum TindakLanjutPembinaan {
  TETAP("Tetap pada jabatan"),
  PINDAH("Pindah ke jabatan lain yang sesuai kompetensi"),
  TURUN_JABATAN("Penurunan jabatan"),
  UJI_KOMPETENSI("Uji kompetensi lebih dahulu (JPT)");

  private final String label;

  TindakLanjutPembinaan(String label) {
    this.label = label;
  }

  public String label() { return label; }
}
