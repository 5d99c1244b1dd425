package id.go.langsakota.kinerja.kalibrasi;

/** Predikat Kinerja Organisasi of an OPD for a year (set by the PPK, recorded by BKPSDM). */
public enum PredikatOrganisasi {
  ISTIMEWA("Istimewa"),
  BAIK("Baik"),
  BUTUH_PERBAIKAN("Butuh Perbaikan"),
  KURANG("Kurang"),
  SANGAT_KURANG("Sangat Kurang");

  private final String label;

  PredikatOrganisasi(String label) {
    this.label = label;
  }

  public String label() { return label; }

  /** Parses a value sent by a user; null when it is not one of the five names. */
  public static PredikatOrganisasi dari(String nilai) {
    if (nilai == null) {
      return null;
    }
    for (PredikatOrganisasi p : values()) {
      if (p.name().equals(nilai.strip())) {
        return p;
      }
    }
    return null;
  }
}
