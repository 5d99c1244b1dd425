package id.go.langsakota.kinerja.kosakata;

/** Rating Hasil Kerja / Rating Perilaku Kerja (PermenPANRB 6/2022); values are fixed names. */
public enum Rating {
  DI_BAWAH_EKSPEKTASI("Di Bawah Ekspektasi", 1),
  SESUAI_EKSPEKTASI("Sesuai Ekspektasi", 2),
  DI_ATAS_EKSPEKTASI("Di Atas Ekspektasi", 3);

  private final String label;
  private final int skor;

  Rating(String label, int skor) {
    this.label = label;
    this.skor = skor;
  }

  public String label() { return label; }

  /** 1, 2 or 3: the default numeric value used to suggest an annual rating from periodic ones. */
  public int skor() { return skor; }

  /** Parses a submitted value; the message is for the user who sent it. */
  public static Rating dari(String nilai, String namaIsian) {
    if (nilai == null || nilai.isBlank()) {
      throw new IllegalArgumentException(namaIsian + " wajib diisi");
    }
    try {
      return valueOf(nilai.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(namaIsian + " harus salah satu dari DI_ATAS_EKSPEKTASI, "
          + "SESUAI_EKSPEKTASI, DI_BAWAH_EKSPEKTASI (diterima: '" + nilai + "')");
    }
  }
}
