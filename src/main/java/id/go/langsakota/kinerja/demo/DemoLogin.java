package id.go.langsakota.kinerja.demo;

/**
 * The fixed demo logins of the default run, chosen for their roles. README, docs/demo-login.md,
 * tests and later issues rely on these ids, so they never change; the generator gives these
 * people exactly these NIPs. Every demo password is {@link #KATA_SANDI}.
 */
public enum DemoLogin {
  ASN("ASN (pelaksana)", "199605142020122002",
      "Penata Layanan Operasional, Seksi Pelayanan Kesehatan Primer dan Tradisional, Dinas Kesehatan"),
  PEJABAT_PENILAI("Pejabat penilai kinerja", "198408212009031003",
      "Kepala Seksi Pelayanan Kesehatan Primer dan Tradisional, Dinas Kesehatan"),
  ATASAN_PEJABAT_PENILAI("Atasan pejabat penilai kinerja", "197602032002122001",
      "Kepala Bidang Pelayanan Kesehatan, Dinas Kesehatan"),
  BKPSDM("Staf BKPSDM", "197911092005011002",
      "Kepala Bidang Penilaian Kinerja Aparatur dan Penghargaan, BKPSDM"),
  BKPSDM_ANALIS("Staf BKPSDM", "198806302011042001", "Analis SDM Aparatur Ahli Muda, BKPSDM"),
  TIM_PENILAI("Tim Penilai Kinerja (ketua)", "196910171995031001", "Sekretaris Daerah"),
  WALIKOTA("Wali Kota (PPK)", "walikota", "Pejabat Pembina Kepegawaian"),
  ADMIN("Administrator", "demo", "Camunda Admin dan Cockpit");

  public static final String KATA_SANDI = "demo";

  private final String peran;
  private final String idPengguna;
  private final String keterangan;

  DemoLogin(String peran, String idPengguna, String keterangan) {
    this.peran = peran;
    this.idPengguna = idPengguna;
    this.keterangan = keterangan;
  }

  /** Role label shown in the login table. */
  public String peran() {
    return peran;
  }

  /** Camunda user id: the NIP for ASN, a login name otherwise. */
  public String idPengguna() {
    return idPengguna;
  }

  /** The jabatan (or what the login is for). */
  public String keterangan() {
    return keterangan;
  }
}
