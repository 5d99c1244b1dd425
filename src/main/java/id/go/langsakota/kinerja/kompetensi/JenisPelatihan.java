package id.go.langsakota.kinerja.kompetensi;

/** Kinds of pengembangan kompetensi in the catalogue (PP 17/2020: klasikal and non-klasikal). */
public enum JenisPelatihan {
  KLASIKAL("Klasikal"),
  E_LEARNING("E-learning"),
  COACHING("Coaching"),
  MENTORING("Mentoring"),
  MAGANG("Magang"),
  SEMINAR("Seminar");

  private final String label;

  JenisPelatihan(String label) {
    this.label = label;
  }

  public String label() { return label; }
}
