package id.go.langsakota.kinerja.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Deadlines end at 23:59:59 WIB whatever the server's own time zone is. */
class WaktuTest {

  private final TimeZone semula = TimeZone.getDefault();

  @AfterEach
  void pulihkan() {
    TimeZone.setDefault(semula);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTC", "America/New_York", "Asia/Tokyo"})
  void akhirHariAdalah2359WibDiZonaServerManapun(String zonaServer) {
    TimeZone.setDefault(TimeZone.getTimeZone(zonaServer));
    String batas = Waktu.akhirHari(LocalDate.of(2025, 1, 31));
    assertThat(batas).isEqualTo("2025-01-31T23:59:59+07:00");
    // 23:59:59 WIB is 16:59:59 UTC
    assertThat(OffsetDateTime.parse(batas).toInstant()).isEqualTo(Instant.parse("2025-01-31T16:59:59Z"));
  }

  @Test
  void jamTertentuMembawaOffsetWib() {
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    assertThat(Waktu.iso(LocalDate.of(2025, 1, 29), LocalTime.of(8, 0))).isEqualTo("2025-01-29T08:00:00+07:00");
  }
}
