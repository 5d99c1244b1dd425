package id.go.langsakota.kinerja.impor;

import id.go.langsakota.kinerja.organisasi.JenisAsn;
import id.go.langsakota.kinerja.organisasi.StatusPegawai;

/** A pegawai as the file describes it, merged from all rows with that NIP. */
final class PegawaiBerkas {
  final String nip;
  final int nomor;
  String nama;
  JenisAsn jenisAsn;
  String gelarDepan;
  String gelarBelakang;
  String pangkatGolongan;
  String email;
  /** null: the file has no status column. */
  StatusPegawai status;

  PegawaiBerkas(BarisRegister b) {
    this.nip = b.nip();
    this.nomor = b.nomor();
    this.nama = b.nama();
    this.jenisAsn = b.jenisAsn();
    this.gelarDepan = b.gelarDepan();
    this.gelarBelakang = b.gelarBelakang();
    this.pangkatGolongan = b.pangkatGolongan();
    this.email = b.email();
    this.status = b.status();
  }
}
