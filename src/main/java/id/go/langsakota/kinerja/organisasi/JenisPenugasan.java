package id.go.langsakota.kinerja.organisasi;

/** DEFINITIF: the holder of the jabatan. PLT: pelaksana tugas, acting in a vacant jabatan. */
public enum JenisPenugasan {
  DEFINITIF,
  PLT
}
