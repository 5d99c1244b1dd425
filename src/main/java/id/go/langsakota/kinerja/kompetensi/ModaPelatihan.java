package id.go.langsakota.kinerja.kompetensi;

/** How a training is held: in person, online, or both. */
public enum ModaPelatihan {
  LURING("Luring"),
  DARING("Daring"),
  CAMPURAN("Campuran (luring dan daring)");

  private final String label;

  ModaPelatihan(String label) {
    this.label = label;
  }

  public String label() { return label; }
}
