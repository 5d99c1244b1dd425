package id.go.langsakota.kinerja.kompetensi;

import java.time.LocalDate;
import java.util.List;

/**
 * JP of pengembangan kompetensi per ASN in one year, grouped per OPD.
 *
 * @param tanggalAcuan the date whose register decides who is counted and in which OPD (31
 *     December, or today for the running year)
 * @param jpMinimal the entitlement in force (setting JP_MINIMAL_TAHUNAN)
 */
public record LaporanJp(int tahun, LocalDate tanggalAcuan, int jpMinimal, int jumlahAsn,
    int jumlahKurang, List<Opd> opd) {

  /** One OPD: its ASN (sorted by JP ascending, then name) and its totals. */
  public record Opd(String kodeOpd, String namaOpd, int jumlahAsn, int jumlahKurang, int totalJp,
      List<Pegawai> pegawai) {}

  /**
   * @param jpTerverifikasi JP of trainings verified by BKPSDM with tanggal selesai in the year
   * @param kekurangan JP still missing to the entitlement (0 when met)
   */
  public record Pegawai(String nip, String nama, String jabatan, int jpTerverifikasi, int kekurangan,
      boolean kurang) {}
}
