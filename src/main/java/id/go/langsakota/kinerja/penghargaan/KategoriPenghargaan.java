package id.go.langsakota.kinerja.penghargaan;

import id.go.langsakota.kinerja.organisasi.JenisJabatan;

/** Award categories: managerial (JPT, administrator, pengawas) and non-managerial (fungsional, pelaksana). */
public enum KategoriPenghargaan {
  MANAJERIAL("Manajerial"),
  NON_MANAJERIAL("Non-manajerial");

  private final String label;

  KategoriPenghargaan(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static KategoriPenghargaan dari(JenisJabatan jenis) {
    return jenis.manajerial() ? MANAJERIAL : NON_MANAJERIAL;
  }
}
