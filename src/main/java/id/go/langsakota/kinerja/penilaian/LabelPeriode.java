package id.go.langsakota.kinerja.penilaian;

import java.time.LocalDate;

/**
 * The period as people say it ("Oktober 2026", "Triwulan III 2026"), for task names: in Tasklist an
 * ASN with several open periods, or a supervisor with several staff, must tell the tasks apart.
 */
public final class LabelPeriode {

  private static final String[] BULAN = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
      "Agustus", "September", "Oktober", "November", "Desember"};
  private static final String[] ROMAWI = {"I", "II", "III", "IV"};

  private LabelPeriode() {}

  /** A period inside one month is named by the month, a longer one by its quarter. */
  public static String dari(LocalDate mulai, LocalDate akhir) {
    if (mulai.getYear() == akhir.getYear() && mulai.getMonth() == akhir.getMonth()) {
      return BULAN[mulai.getMonthValue() - 1] + " " + mulai.getYear();
    }
    return "Triwulan " + ROMAWI[(akhir.getMonthValue() - 1) / 3] + " " + akhir.getYear();
  }

  static String dari(PenilaianPeriodik p) {
    return dari(p.getTanggalMulai(), p.getTanggalAkhir());
  }

  /**
   * The period's label with how it is assessed when that is not the usual way: "Januari 2026
   * (susulan)", "Februari 2026 (tidak dinilai)"; a regular period as {@link #dari(LocalDate, LocalDate)}.
   */
  public static String lengkap(PenilaianPeriodik p) {
    String cara = p.getCaraPenilaian() == null ? "" : p.getCaraPenilaian().label();
    return dari(p) + (cara.isEmpty() ? "" : " (" + cara + ")");
  }

  /** A date as people write it: "11 November 2026". */
  public static String tanggal(LocalDate t) {
    return t.getDayOfMonth() + " " + BULAN[t.getMonthValue() - 1] + " " + t.getYear();
  }
}
