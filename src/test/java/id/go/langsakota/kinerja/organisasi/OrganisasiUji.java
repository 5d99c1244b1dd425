package id.go.langsakota.kinerja.organisasi;

import java.time.LocalDate;

/**
 * A small Pemda built through the register service, for tests:
 * SEKDA (JPT, Setda) ← KADIS (JPT, kepala Disdik) ← KABID (administrator) ← KASI, KASI2 (pengawas);
 * KASI ← PEL1, PEL2 (pelaksana), GURU (fungsional, reports to a pengawas); KASI2 ← PEL3, PEL4.
 * Everybody is appointed on {@link #AWAL}; KASI2 is created vacant.
 */
class OrganisasiUji {

  static final LocalDate AWAL = LocalDate.of(2024, 1, 1);

  static final String SEKDA = nip(1);
  static final String KADIS = nip(2);
  static final String KABID = nip(3);
  static final String KASI = nip(4);
  static final String PEL1 = nip(5);
  static final String PEL2 = nip(6);
  static final String GURU = nip(7);
  static final String PEL3 = nip(8);
  static final String PEL4 = nip(9);
  static final String KASI2 = nip(10);
  static final String BARU = nip(11);

  private final PengelolaanRegisterService register;

  OrganisasiUji(PengelolaanRegisterService register) {
    this.register = register;
  }

  /** A valid NIP: born 1 Jan 1980, TMT Jan 2005, male, sequence {@code urut}. */
  static String nip(int urut) {
    return "19800101" + "200501" + "1" + String.format("%03d", urut);
  }

  OrganisasiUji bangun() {
    register.simpanOpd("SETDA", "Sekretariat Daerah", "Setda");
    register.simpanOpd("DISDIK", "Dinas Pendidikan dan Kebudayaan", "Disdikbud");
    register.simpanUnitKerja("SETDA", "Sekretariat Daerah", "SETDA", null);
    register.simpanUnitKerja("DISDIK", "Dinas Pendidikan dan Kebudayaan", "DISDIK", null);
    register.simpanUnitKerja("DISDIK.BID", "Bidang Pembinaan SD", "DISDIK", "DISDIK");
    register.simpanUnitKerja("DISDIK.BID.S1", "Seksi Kurikulum", "DISDIK", "DISDIK.BID");
    register.simpanUnitKerja("DISDIK.BID.S2", "Seksi Peserta Didik", "DISDIK", "DISDIK.BID");
    jabatan("J-SEKDA", "Sekretaris Daerah", JenisJabatan.JPT, 16, "SETDA", null, true);
    jabatan("J-KADIS", "Kepala Dinas Pendidikan dan Kebudayaan", JenisJabatan.JPT, 14, "DISDIK",
        "J-SEKDA", true);
    jabatan("J-KABID", "Kepala Bidang Pembinaan SD", JenisJabatan.ADMINISTRATOR, 12, "DISDIK.BID",
        "J-KADIS", false);
    jabatan("J-KASI", "Kepala Seksi Kurikulum", JenisJabatan.PENGAWAS, 9, "DISDIK.BID.S1", "J-KABID", false);
    jabatan("J-KASI2", "Kepala Seksi Peserta Didik", JenisJabatan.PENGAWAS, 9, "DISDIK.BID.S2", "J-KABID",
        false);
    jabatan("J-PEL1", "Pengadministrasi Kurikulum", JenisJabatan.PELAKSANA, 5, "DISDIK.BID.S1", "J-KASI", false);
    jabatan("J-PEL2", "Pengolah Data Kurikulum", JenisJabatan.PELAKSANA, 6, "DISDIK.BID.S1", "J-KASI", false);
    jabatan("J-GURU", "Guru Ahli Muda", JenisJabatan.FUNGSIONAL, 9, "DISDIK.BID.S1", "J-KASI", false);
    jabatan("J-PEL3", "Pengadministrasi Peserta Didik", JenisJabatan.PELAKSANA, 5, "DISDIK.BID.S2", "J-KASI2",
        false);
    jabatan("J-PEL4", "Pengolah Data Peserta Didik", JenisJabatan.PELAKSANA, 6, "DISDIK.BID.S2", "J-KASI2",
        false);
    angkat(SEKDA, "Sekda", "J-SEKDA");
    angkat(KADIS, "Kadis", "J-KADIS");
    angkat(KABID, "Kabid", "J-KABID");
    angkat(KASI, "Kasi", "J-KASI");
    angkat(PEL1, "Pelaksana Satu", "J-PEL1");
    angkat(PEL2, "Pelaksana Dua", "J-PEL2");
    angkat(GURU, "Guru", "J-GURU");
    angkat(PEL3, "Pelaksana Tiga", "J-PEL3");
    angkat(PEL4, "Pelaksana Empat", "J-PEL4");
    pegawai(KASI2, "Calon Kasi Dua");
    return this;
  }

  void jabatan(String kode, String nama, JenisJabatan jenis, int kelas, String unit, String atasan,
      boolean kepala) {
    register.simpanJabatan(new DataJabatan(kode, nama, jenis, null, kelas, unit, atasan, kepala));
  }

  Pegawai pegawai(String nip, String nama) {
    return register.tambahPegawai(new DataPegawai(nip, nama, null, null, JenisAsn.PNS, "III/a", null));
  }

  void angkat(String nip, String nama, String kodeJabatan) {
    pegawai(nip, nama);
    register.angkatDalamJabatan(nip, kodeJabatan, AWAL);
  }
}
