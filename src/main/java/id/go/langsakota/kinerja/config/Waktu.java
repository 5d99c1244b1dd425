package id.go.langsakota.kinerja.config;

import java.time.ZoneId;

/** The city's time zone: deadlines, "today" and period ends are all reckoned in WIB. */
public final class Waktu {

  public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private Waktu() {}
}
