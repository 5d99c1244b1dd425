package id.go.langsakota.kinerja.config;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The city's time zone: deadlines, "today" and period ends are all reckoned in WIB. Every due
 * date and timer date handed to the engine goes through {@link #iso}, so it carries the +07:00
 * offset and means the same instant whatever the server's own time zone is.
 */
public final class Waktu {

  public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private Waktu() {}

  /** {@code tanggal} at {@code jam} WIB as ISO-8601 with offset, e.g. 2025-01-31T23:59:59+07:00. */
  public static String iso(LocalDate tanggal, LocalTime jam) {
    return tanggal.atTime(jam).atZone(WIB).toOffsetDateTime()
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** The last second of {@code tanggal} in WIB (a deadline day ends at 23:59:59 WIB). */
  public static String akhirHari(LocalDate tanggal) {
    return iso(tanggal, LocalTime.of(23, 59, 59));
  }

  /** Today in WIB. */
  public static LocalDate hariIni() {
    return LocalDate.now(WIB);
  }

  /** An ISO-8601 instant as a date-time with the WIB offset (for texts and timers). */
  public static String iso(java.time.Instant t) {
    return OffsetDateTime.ofInstant(t, WIB).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
