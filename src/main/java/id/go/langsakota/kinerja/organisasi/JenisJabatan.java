package id.go.langsakota.kinerja.organisasi;

/** Kinds of jabatan (UU ASN): the first three are managerial. */
public enum JenisJabatan {
  JPT,
  ADMINISTRATOR,
  PENGAWAS,
  FUNGSIONAL,
  PELAKSANA;

  /** Only pengawas and above can be pejabat penilai kinerja. */
  public boolean manajerial() {
    return this == JPT || this == ADMINISTRATOR || this == PENGAWAS;
  }
}
