package id.go.langsakota.kinerja.disiplin;

/** Tingkat hukuman disiplin (PP 94/2021 Pasal 8 ayat 1). */
public enum TingkatHukumanDisiplin {
  RINGAN("Ringan"),
  SEDANG("Sedang"),
  BERAT("Berat");

  private final String label;

  TingkatHukumanDisiplin(String label) {
    this.label = label;
  }

  public String label() { return label; }
}
