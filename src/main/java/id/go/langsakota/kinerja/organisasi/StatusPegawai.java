package id.go.langsakota.kinerja.organisasi;

/** Only AKTIF pegawai can log in and take part in a cycle. */
public enum StatusPegawai {
  AKTIF,
  PENSIUN,
  PINDAH_KELUAR,
  BERHENTI,
  MENINGGAL;

  public boolean aktif() {
    return this == AKTIF;
  }
}
