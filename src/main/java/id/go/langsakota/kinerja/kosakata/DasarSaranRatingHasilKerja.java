package id.go.langsakota.kinerja.kosakata;

/**
 * Where a suggested Rating Hasil Kerja came from, shown to the supervisor next to the suggestion.
 * CAPAIAN_ORGANISASI: the head of an OPD, from the OPD's capaian kinerja organisasi (docs/aturan-kinerja.md
 * §3); INDIKATOR: the periodic rule over the SKP's own indicators; RATING_PERIODIK: the annual
 * mean of the periodic ratings.
 */
public enum DasarSaranRatingHasilKerja {
  CAPAIAN_ORGANISASI("Capaian kinerja organisasi"),
  INDIKATOR("Capaian indikator SKP"),
  RATING_PERIODIK("Rata-rata rating periodik");

  private final String label;

  DasarSaranRatingHasilKerja(String label) {
    this.label = label;
  }

  public String label() { return label; }
}
