package id.go.langsakota.kinerja.keberatan;

/** The kinds of recorded steps of an appeal. */
public enum JenisLangkah {
  DIAJUKAN("Keberatan diajukan"),
  DITERUSKAN("Keberatan diteruskan kepada pemutus"),
  PENJELASAN_DIMINTA("Penjelasan diminta"),
  PENJELASAN_DIBERIKAN("Penjelasan diberikan"),
  PENJELASAN_TERLAMBAT("Penjelasan tidak diberikan sampai batas waktu"),
  DIESKALASI("Batas keputusan lewat: dieskalasi ke BKPSDM"),
  DIPUTUSKAN("Keberatan diputuskan"),
  SKP_DIPERBARUI("SKP diperbarui dengan hasil keberatan"),
  KEPUTUSAN_DIBACA("Keputusan dibaca oleh ASN");

  private final String label;

  JenisLangkah(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
