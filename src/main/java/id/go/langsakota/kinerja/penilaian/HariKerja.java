package id.go.langsakota.kinerja.penilaian;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days are Monday to Friday. National holidays (libur nasional, cuti bersama) are out of
 * scope: a deadline that falls after a holiday is that many days earlier than a person might
 * expect; BKPSDM can lengthen the deadlines in pengaturan around Lebaran.
 */
public final class HariKerja {

  private HariKerja() {}

  /** The n-th working day after {@code tanggal} (n = 0 returns the date itself). */
  public static LocalDate tambah(LocalDate tanggal, int n) {
    LocalDate d = tanggal;
    int sisa = n;
    while (sisa > 0) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        sisa--;
      }
    }
    return d;
  }
}
