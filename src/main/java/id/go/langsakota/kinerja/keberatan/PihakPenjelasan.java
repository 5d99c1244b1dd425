package id.go.langsakota.kinerja.keberatan;

/** Who is asked for a written explanation. */
public enum PihakPenjelasan {
  ASN("ASN yang mengajukan keberatan"),
  PEJABAT_PENILAI("Pejabat penilai kinerja");

  private final String label;

  PihakPenjelasan(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
