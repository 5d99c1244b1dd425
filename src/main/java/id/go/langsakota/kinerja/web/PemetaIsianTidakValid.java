package id.go.langsakota.kinerja.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camunda REST (/engine-rest): a refused form is the caller's mistake, so 400 instead of the
 * engine's 500. The engine wraps what a task listener throws ("Exception while invoking
 * TaskListener: ...") and the REST resources wrap that again (submit-form and complete throw a
 * RestException "Cannot submit task form ...: ..." with status 500), so the chain is searched for
 * an {@link IsianTidakValidException} and its own message is sent, without the wrappers' prefixes.
 *
 * <p>Body in Camunda's error shape plus the individual problems:
 * {@code {"type": "IsianTidakValidException", "message": "Isian belum benar: ...", "code": 20400,
 * "kesalahan": ["...", ...]}}.
 *
 * <p>Only mappable when such a cause exists ({@link #isMappable}); for every other exception Jersey
 * keeps choosing Camunda's own mappers (RestExceptionHandler, ProcessEngineExceptionHandler),
 * so their status codes and bodies are unchanged. The priority puts these ahead of Camunda's
 * mappers for the same exception type (Jersey prefers the lower value on equal distance).
 */
public final class PemetaIsianTidakValid {

  /** Ahead of Camunda's mappers, which have the default priority USER (5000). */
  public static final int PRIORITAS = Priorities.USER - 100;

  static final String JENIS = IsianTidakValidException.class.getSimpleName();

  private static final Logger LOG = LoggerFactory.getLogger(PemetaIsianTidakValid.class);

  private PemetaIsianTidakValid() {}

  /** The validation error in the cause chain of {@code t}, if any (cycle-safe). */
  public static Optional<IsianTidakValidException> cari(Throwable t) {
    for (int langkah = 0; t != null && langkah < 32; langkah++, t = t.getCause()) {
      if (t instanceof IsianTidakValidException e) {
        return Optional.of(e);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }

  static Response jawab(Throwable t) {
    IsianTidakValidException e = cari(t).orElseThrow();
    LOG.debug("Isian ditolak (400): {}", e.getMessage());
    Map<String, Object> isi = new LinkedHashMap<>();
    isi.put("type", JENIS);
    isi.put("message", e.getMessage());
    isi.put("code", e.getCode());
    isi.put("kesalahan", e.getKesalahan());
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(isi).build();
  }

  /** What submit-form, complete, start and most other resources throw. */
  @Priority(PRIORITAS)
  public static class UntukRestException implements ExtendedExceptionMapper<RestException> {
    @Override
    public boolean isMappable(RestException e) {
      return cari(e).isPresent();
    }

    @Override
    public Response toResponse(RestException e) {
      return jawab(e);
    }
  }

  /** Engine exceptions that reach Jersey unwrapped. */
  @Priority(PRIORITAS)
  public static class UntukProcessEngineException
      implements ExtendedExceptionMapper<ProcessEngineException> {
    @Override
    public boolean isMappable(ProcessEngineException e) {
      return cari(e).isPresent();
    }

    @Override
    public Response toResponse(ProcessEngineException e) {
      return jawab(e);
    }
  }
}
