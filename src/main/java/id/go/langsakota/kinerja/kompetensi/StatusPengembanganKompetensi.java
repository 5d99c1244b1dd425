package id.go.langsakota.kinerja.kompetensi;

/**
 * Where a training record stands. DITUGASKAN (assigned, not done) → SELESAI (done, certificate
 * uploaded, waiting for BKPSDM) → TERVERIFIKASI (JP count) or DIKEMBALIKAN (returned with a note;
 * the ASN uploads again → SELESAI).
 */
public enum StatusPengembanganKompetensi {
  DITUGASKAN("Ditugaskan"),
  SELESAI("Selesai, menunggu verifikasi"),
  TERVERIFIKASI("Terverifikasi"),
  DIKEMBALIKAN("Dikembalikan untuk diperbaiki");

  private final String label;

  StatusPengembanganKompetensi(String label) {
    this.label = label;
  }

  public String label() { return label; }
}
