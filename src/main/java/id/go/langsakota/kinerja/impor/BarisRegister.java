package id.go.langsakota.kinerja.impor;

import id.go.langsakota.kinerja.organisasi.JenisAsn;
import id.go.langsakota.kinerja.organisasi.JenisJabatan;
import id.go.langsakota.kinerja.organisasi.JenisPenugasan;
import id.go.langsakota.kinerja.organisasi.StatusPegawai;
import java.time.LocalDate;

/**
 * One data row with typed values. Optional empty cells are null; a value that failed its check is
 * null too (the problem is already reported), so later cross-row checks skip it quietly.
 *
 * @param status null when the status column is absent (the stored status is then kept)
 */
record BarisRegister(
    int nomor,
    String kodeOpd,
    String namaOpd,
    String kodeUnit,
    String namaUnit,
    String kodeUnitInduk,
    String kodeJabatan,
    String namaJabatan,
    JenisJabatan jenisJabatan,
    String jenjang,
    Integer kelasJabatan,
    String kodeJabatanAtasan,
    boolean kepalaOpd,
    String nip,
    String nama,
    String gelarDepan,
    String gelarBelakang,
    JenisAsn jenisAsn,
    String pangkatGolongan,
    String email,
    JenisPenugasan jenisPenugasan,
    LocalDate tmtJabatan,
    StatusPegawai status) {

  boolean adaPemangku() {
    return nip != null;
  }

  /** Rows that (re)assign someone: a holder whose status is (or stays) AKTIF. */
  boolean menugaskan() {
    return nip != null && (status == null || status == StatusPegawai.AKTIF);
  }
}
