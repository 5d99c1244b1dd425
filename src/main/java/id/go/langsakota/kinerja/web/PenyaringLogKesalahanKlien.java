package id.go.langsakota.kinerja.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PostConstruct;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * The engine logs every exception that leaves a command at ERROR with its whole stack trace
 * ({@code org.camunda.bpm.engine.context}, ENGINE-16004; INFO ENGINE-16003 for some), about 24 KB for one refused form: any
 * ASN could flood the log by submitting bad input. For client errors (those {@link
 * PemetaKesalahanKlien} answers with 4xx) that line is dropped here; the REST mapper writes the
 * one WARN line instead. Real server errors keep their ERROR and stack trace, and failed jobs are
 * still logged by the job executor and shown as incidents.
 */
@Component
public class PenyaringLogKesalahanKlien extends TurboFilter {

  static final String LOGGER_KONTEKS = "org.camunda.bpm.engine.context";

  @PostConstruct
  void pasang() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext konteks
        && konteks.getTurboFilterList().stream().noneMatch(PenyaringLogKesalahanKlien.class::isInstance)) {
      setName("kinerja-kesalahan-klien");
      start();
      konteks.addTurboFilter(this);
    }
  }

  @Override
  public FilterReply decide(Marker marker, ch.qos.logback.classic.Logger logger, Level level,
      String format, Object[] params, Throwable t) {
    if (level == null || !level.isGreaterOrEqual(Level.INFO) || logger == null
        || !logger.getName().startsWith(LOGGER_KONTEKS)) {
      return FilterReply.NEUTRAL;
    }
    Throwable galat = t;
    if (galat == null && params != null) {
      for (Object p : params) {
        if (p instanceof Throwable th) {
          galat = th;
        }
      }
    }
    return galat != null && kesalahanKlien(galat) ? FilterReply.DENY : FilterReply.NEUTRAL;
  }

  static boolean kesalahanKlien(Throwable t) {
    return PemetaIsianTidakValid.cari(t).isPresent()
        || PemetaKesalahanKlien.golongkan(t, PemetaKesalahanKlien.Permintaan.TIDAK_DIKETAHUI,
            p -> Optional.empty()).isPresent();
  }
}
