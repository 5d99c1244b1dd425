package id.go.langsakota.kinerja.kompetensi;

/** The three competency groups of a jabatan (PermenPANRB 38/2017 on Standar Kompetensi Jabatan ASN). */
public enum JenisKompetensi {
  TEKNIS("Teknis"),
  MANAJERIAL("Manajerial"),
  SOSIAL_KULTURAL("Sosial kultural");

  private final String label;

  JenisKompetensi(String label) {
    this.label = label;
  }

  public String label() { return label; }
}
