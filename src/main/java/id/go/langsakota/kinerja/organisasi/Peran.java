package id.go.langsakota.kinerja.organisasi;

/** Roles outside the jabatan tree; each maps to the Camunda group named in docs/aturan-kinerja.md §0. */
public enum Peran {
  BKPSDM("bkpsdm"),
  TIM_PENILAI_KINERJA("tim-penilai-kinerja"),
  WALIKOTA("walikota"),
  ADMIN("camunda-admin");

  private final String grupCamunda;

  Peran(String grupCamunda) {
    this.grupCamunda = grupCamunda;
  }

  public String grupCamunda() {
    return grupCamunda;
  }
}
