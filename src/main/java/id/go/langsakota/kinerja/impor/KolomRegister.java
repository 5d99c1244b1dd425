package id.go.langsakota.kinerja.impor;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the register import file, in template order. {@code panjangMaks} mirrors the
 * column sizes in V1__register_organisasi.sql so a long value is reported, not a database error.
 */
public enum KolomRegister {
  KODE_OPD("kode_opd", true, 20, "Kode OPD (unik)", "DINKES"),
  NAMA_OPD("nama_opd", true, 200, "Nama OPD", "Dinas Kesehatan"),
  KODE_UNIT("kode_unit", true, 40, "Kode unit kerja (unik di seluruh Pemko)", "DINKES"),
  NAMA_UNIT("nama_unit", true, 200, "Nama unit kerja (sekretariat, bidang, seksi, UPTD)",
      "Dinas Kesehatan"),
  KODE_UNIT_INDUK("kode_unit_induk", false, 40,
      "Kode unit induk di OPD yang sama; kosong untuk unit teratas", ""),
  KODE_JABATAN("kode_jabatan", true, 40, "Kode jabatan (unik; satu kode = satu kursi)",
      "DINKES-KADIS"),
  NAMA_JABATAN("nama_jabatan", true, 200, "Nama jabatan", "Kepala Dinas Kesehatan"),
  JENIS_JABATAN("jenis_jabatan", true, 20,
      "JPT, ADMINISTRATOR, PENGAWAS, FUNGSIONAL, atau PELAKSANA", "JPT"),
  JENJANG("jenjang", false, 40, "Jenjang jabatan fungsional (Pertama, Muda, Madya, ...)", ""),
  KELAS_JABATAN("kelas_jabatan", true, 2, "Kelas jabatan, angka 1 sampai 17", "14"),
  KODE_JABATAN_ATASAN("kode_jabatan_atasan", false, 40,
      "Kode jabatan atasan langsung (boleh didefinisikan di baris lain atau sudah ada di sistem); "
          + "kosong untuk puncak (di bawah Wali Kota)", ""),
  KEPALA_OPD("kepala_opd", false, 5, "YA bila jabatan ini kepala OPD, selain itu TIDAK", "YA"),
  NIP("nip", true, 18, "NIP/NI PPPK 18 angka; kosong = jabatan lowong. Di Excel format kolom "
      + "sebagai Teks", "198203152006042003"),
  NAMA("nama", true, 150, "Nama pegawai tanpa gelar (wajib bila NIP diisi)", "Cut Nurul Aini"),
  GELAR_DEPAN("gelar_depan", false, 50, "Gelar depan", "dr."),
  GELAR_BELAKANG("gelar_belakang", false, 80, "Gelar belakang", "M.Kes."),
  JENIS_ASN("jenis_asn", true, 10, "PNS atau PPPK (wajib bila NIP diisi)", "PNS"),
  PANGKAT_GOLONGAN("pangkat_golongan", false, 60, "Pangkat/golongan ruang", "Pembina Utama Muda (IV/c)"),
  EMAIL("email", false, 150, "Alamat surel", "nurul.aini@langsakota.go.id"),
  JENIS_PENUGASAN("jenis_penugasan", false, 10,
      "DEFINITIF (bawaan) atau PLT (pelaksana tugas pada jabatan yang kosong)", "DEFINITIF"),
  TMT_JABATAN("tmt_jabatan", true, 10,
      "TMT jabatan, dd-mm-yyyy atau yyyy-mm-dd atau sel tanggal Excel (wajib bila NIP diisi)",
      "02-01-2023"),
  STATUS("status", false, 20,
      "AKTIF (bawaan), PENSIUN, PINDAH_KELUAR, BERHENTI, atau MENINGGAL", "AKTIF");

  private final String nama;
  private final boolean wajib;
  private final int panjangMaks;
  private final String keterangan;
  private final String contoh;

  KolomRegister(String nama, boolean wajib, int panjangMaks, String keterangan, String contoh) {
    this.nama = nama;
    this.wajib = wajib;
    this.panjangMaks = panjangMaks;
    this.keterangan = keterangan;
    this.contoh = contoh;
  }

  /** Column name as written in the header row. */
  public String nama() { return nama; }

  /** The column must be in the header (its cells may still be empty, e.g. nip of a vacancy). */
  public boolean wajib() { return wajib; }

  public int panjangMaks() { return panjangMaks; }

  public String keterangan() { return keterangan; }

  public String contoh() { return contoh; }

  /**
   * Header text as people type it ("Kode OPD", "KODE-OPD", " kode_opd ") to the column name:
   * lower case, spaces and dashes to underscores.
   */
  static String normalisasi(String judul) {
    if (judul == null) {
      return "";
    }
    return judul.replace('\u00A0', ' ').replace("\uFEFF", "").strip()
        .toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
  }

  static Optional<KolomRegister> dariJudul(String judul) {
    String n = normalisasi(judul);
    return Arrays.stream(values()).filter(k -> k.nama.equals(n)).findFirst();
  }
}
