package id.go.langsakota.kinerja.disiplin;

import static id.go.langsakota.kinerja.disiplin.TingkatHukumanDisiplin.BERAT;
import static id.go.langsakota.kinerja.disiplin.TingkatHukumanDisiplin.RINGAN;
import static id.go.langsakota.kinerja.disiplin.TingkatHukumanDisiplin.SEDANG;

/**
 * Jenis hukuman disiplin PNS, each with its tingkat and, where the regulation fixes one, its
 * duration in months (PP 94/2021 Pasal 8 ayat 2–4).
 */
public enum JenisHukumanDisiplin {
  TEGURAN_LISAN(RINGAN, null, "Teguran lisan"),
  TEGURAN_TERTULIS(RINGAN, null, "Teguran tertulis"),
  PERNYATAAN_TIDAK_PUAS_SECARA_TERTULIS(RINGAN, null, "Pernyataan tidak puas secara tertulis"),
  PEMOTONGAN_TUKIN_25_PERSEN_6_BULAN(SEDANG, 6, "Pemotongan tunjangan kinerja 25% selama 6 bulan"),
  PEMOTONGAN_TUKIN_25_PERSEN_9_BULAN(SEDANG, 9, "Pemotongan tunjangan kinerja 25% selama 9 bulan"),
  PEMOTONGAN_TUKIN_25_PERSEN_12_BULAN(SEDANG, 12, "Pemotongan tunjangan kinerja 25% selama 12 bulan"),
  PENURUNAN_JABATAN_SETINGKAT_LEBIH_RENDAH_12_BULAN(BERAT, 12,
      "Penurunan jabatan setingkat lebih rendah selama 12 bulan"),
  PEMBEBASAN_DARI_JABATAN_MENJADI_PELAKSANA_12_BULAN(BERAT, 12,
      "Pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan"),
  PEMBERHENTIAN_DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI(BERAT, null,
      "Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS");

  private final TingkatHukumanDisiplin tingkat;
  private final Integer bulan;
  private final String label;

  JenisHukumanDisiplin(TingkatHukumanDisiplin tingkat, Integer bulan, String label) {
    this.tingkat = tingkat;
    this.bulan = bulan;
    this.label = label;
  }

  public TingkatHukumanDisiplin tingkat() { return tingkat; }
  /** Months the regulation fixes, null when it fixes none (a teguran, a dismissal). */
  public Integer bulan() { return bulan; }
  public String label() { return label; }
}
