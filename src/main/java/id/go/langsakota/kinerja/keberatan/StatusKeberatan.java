package id.go.langsakota.kinerja.keberatan;

/** Life of an appeal: filed, being examined (explanations asked), decided (final), read by the ASN. */
public enum StatusKeberatan {
  DIAJUKAN("Diajukan"),
  MENUNGGU_PENJELASAN("Menunggu penjelasan"),
  DIPUTUSKAN("Diputuskan"),
  SELESAI("Selesai (keputusan dibaca)");

  private final String label;

  StatusKeberatan(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
