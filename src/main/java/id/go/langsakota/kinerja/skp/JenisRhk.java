package id.go.langsakota.kinerja.skp;

public enum JenisRhk {
  UTAMA, TAMBAHAN
}
