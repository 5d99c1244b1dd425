package id.go.langsakota.kinerja.organisasi;

import java.time.LocalDate;

/** One row of a pegawai's riwayat jabatan, flattened for display and the API. */
public record PenugasanInfo(Long id, String kodeJabatan, String namaJabatan,
    JenisJabatan jenisJabatan, int kelasJabatan, String unitKerja, String kodeOpd, String namaOpd,
    JenisPenugasan jenis, LocalDate tmtMulai, LocalDate tmtSelesai, String keterangan) {

  static PenugasanInfo dari(PenugasanJabatan p) {
    Jabatan j = p.getJabatan();
    return new PenugasanInfo(p.getId(), j.getKode(), j.getNama(), j.getJenis(), j.getKelasJabatan(),
        j.getUnitKerja().getNama(), j.getOpd().getKode(), j.getOpd().getNama(), p.getJenis(),
        p.getTmtMulai(), p.getTmtSelesai(), p.getKeterangan());
  }
}
