package id.go.langsakota.kinerja.skp;

/** The 7 core values BerAKHLAK: the Perilaku Kerja of every ASN. */
public enum NilaiBerakhlak {
  BERORIENTASI_PELAYANAN("Berorientasi Pelayanan"),
  AKUNTABEL("Akuntabel"),
  KOMPETEN("Kompeten"),
  HARMONIS("Harmonis"),
  LOYAL("Loyal"),
  ADAPTIF("Adaptif"),
  KOLABORATIF("Kolaboratif");

  private final String label;

  NilaiBerakhlak(String label) {
    this.label = label;
  }

  public String label() { return label; }
}
