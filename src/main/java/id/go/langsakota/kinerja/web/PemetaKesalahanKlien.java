package id.go.langsakota.kinerja.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Client errors on the Camunda REST APIs (/engine-rest and the webapps' own engine API behind
 * Tasklist and Cockpit, /camunda/api/engine) answer 4xx with an Indonesian message and the
 * {@code kesalahan} list instead of the engine's 500 and English/engine-coded text:
 *
 * <table>
 *   <tr><th>case</th><th>status</th></tr>
 *   <tr><td>a refused form ({@link IsianTidakValidException}, via {@link PemetaIsianTidakValid})</td><td>400</td></tr>
 *   <tr><td>a value that does not fit its type (text for a Long), unknown type, invalid JSON in a
 *       Json variable, malformed request body, other bad user requests</td><td>400</td></tr>
 *   <tr><td>no authorization</td><td>403</td></tr>
 *   <tr><td>unknown task or other resource</td><td>404</td></tr>
 *   <tr><td>task already completed, completed concurrently (optimistic locking), already claimed
 *       by someone else</td><td>409</td></tr>
 * </table>
 *
 * <p>Body: {@code {"type": "...", "message": "<Indonesian text>", "kesalahan": ["...", ...]}}
 * ({@code message} is what Tasklist shows). Every such refusal is logged as exactly one WARN line
 * without a stack trace; anything else (a real server error) is left to Camunda's own mappers,
 * which keep answering 500 and logging the stack trace. The mappers' priority is ahead of both
 * Camunda's and {@link PemetaIsianTidakValid}'s, which they call for refused forms.
 */
public final class PemetaKesalahanKlien {

  public static final int PRIORITAS = PemetaIsianTidakValid.PRIORITAS - 100;

  private static final Logger LOG = LoggerFactory.getLogger(PemetaKesalahanKlien.class);
  private static final Pattern JALUR_TUGAS = Pattern.compile("(?:^|/)task/([^/]+)(?:/|$)");
  private static final Pattern JALUR_ENGINE = Pattern.compile("(?:^|/)engine/([^/]+)/");
  private static final Pattern KONVERSI =
      Pattern.compile("Cannot convert value '(.*)' of type '(\\w+)'", Pattern.DOTALL);
  private static final Pattern TIPE_TAK_DIKENAL = Pattern.compile("Unsupported value type '(\\w+)'");

  private PemetaKesalahanKlien() {}

  /** A refusal: status, Camunda-style type name, Indonesian message and problems. */
  record Penolakan(Response.Status status, String jenis, String pesan, List<String> kesalahan) {

    static Penolakan dari(Response.Status status, String jenis, String pesan) {
      return new Penolakan(status, jenis, pesan, List.of(pesan));
    }
  }

  /** What the request was about, for the task-specific messages. */
  record Permintaan(String metode, String jalur) {
    static final Permintaan TIDAK_DIKETAHUI = new Permintaan("?", "");
  }

  /** The refusal for {@code t}, or empty when it is not a client error (→ 500 as before). */
  static Optional<Penolakan> golongkan(Throwable t, Permintaan permintaan,
      Function<Permintaan, Optional<Boolean>> tugasSudahSelesai) {
    Throwable luar = t;
    for (int langkah = 0; t != null && langkah < 32; langkah++, t = t.getCause()) {
      if (t instanceof OptimisticLockingException || diubahBersamaan(t) || t instanceof NullValueException
          && t.getMessage() != null && t.getMessage().contains("Cannot restore state of process instance")) {
        // the latter: the loser of two completions read the task before the winner ended the instance
        return Optional.of(Penolakan.dari(Response.Status.CONFLICT, "TugasBerubah",
            "Data ini baru saja diubah atau diselesaikan oleh pengguna lain. Muat ulang halaman lalu "
                + "periksa kembali; perubahan Anda tidak disimpan."));
      }
      if (t instanceof TaskAlreadyClaimedException) {
        return Optional.of(Penolakan.dari(Response.Status.CONFLICT, "TugasSudahDiambil",
            "Tugas ini sudah diambil oleh pengguna lain."));
      }
      if (t instanceof AuthorizationException
          && permintaan.jalur().matches(".*task/[^/]+/(complete|submit-form|resolve)$")
          && tugasSudahSelesai.apply(permintaan).orElse(false)) {
        // the loser of two completions: the winner's commit removed the task's authorizations
        // between the loser's read of the task and its permission check
        return Optional.of(Penolakan.dari(Response.Status.CONFLICT, "TugasBerubah",
            "Data ini baru saja diubah atau diselesaikan oleh pengguna lain. Muat ulang halaman lalu "
                + "periksa kembali; perubahan Anda tidak disimpan."));
      }
      if (t instanceof AuthorizationException) {
        return Optional.of(Penolakan.dari(Response.Status.FORBIDDEN, "AuthorizationException",
            "Anda tidak berwenang melakukan tindakan ini."));
      }
      if (t instanceof JsonProcessingException || namaKelasAwalan(t, "org.camunda.spin.")) {
        boolean badanPermintaan = t == luar;
        return Optional.of(Penolakan.dari(Response.Status.BAD_REQUEST, "JsonTidakSah", badanPermintaan
            ? "Isi permintaan bukan JSON yang sah atau tidak sesuai format yang diharapkan."
            : "Nilai JSON yang dikirim tidak sah."));
      }
      if (t instanceof NullValueException && menyebutTugas(t.getMessage())
          || t instanceof RestException r && r.getStatus() == Response.Status.NOT_FOUND
              && JALUR_TUGAS.matcher(permintaan.jalur()).find()) {
        return Optional.of(tugasTidakAda(permintaan, tugasSudahSelesai));
      }
      if (t instanceof NotFoundException) {
        return Optional.of(Penolakan.dari(Response.Status.NOT_FOUND, "TidakDitemukan",
            "Data yang diminta tidak ditemukan."));
      }
      if (t instanceof BadUserRequestException) {
        return Optional.of(Penolakan.dari(Response.Status.BAD_REQUEST, "PermintaanTidakSah",
            "Permintaan tidak sah: periksa kembali data yang dikirim."));
      }
      if (t instanceof RestException r && r.getStatus() != null
          && r.getStatus().getFamily() == Response.Status.Family.CLIENT_ERROR) {
        return Optional.of(dariStatus(r.getStatus(), r.getMessage()));
      }
      if (t instanceof WebApplicationException w && w.getResponse() != null
          && w.getResponse().getStatusInfo().getFamily() == Response.Status.Family.CLIENT_ERROR) {
        return Optional.of(dariStatus(Response.Status.fromStatusCode(w.getResponse().getStatus()), null));
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }

  private static Penolakan tugasTidakAda(Permintaan permintaan,
      Function<Permintaan, Optional<Boolean>> tugasSudahSelesai) {
    if (tugasSudahSelesai.apply(permintaan).orElse(false)) {
      return Penolakan.dari(Response.Status.CONFLICT, "TugasSudahSelesai",
          "Tugas ini sudah diselesaikan sebelumnya; tidak ada yang diubah.");
    }
    return Penolakan.dari(Response.Status.NOT_FOUND, "TugasTidakDitemukan",
        "Tugas tidak ditemukan: mungkin sudah dihapus atau Anda tidak berhak melihatnya.");
  }

  private static Penolakan dariStatus(Response.Status status, String pesanAsli) {
    if (status == null) {
      status = Response.Status.BAD_REQUEST;
    }
    if (pesanAsli != null) {
      Matcher m = KONVERSI.matcher(pesanAsli);
      if (m.find()) {
        return Penolakan.dari(Response.Status.BAD_REQUEST, "TipeNilaiSalah",
            "Nilai '" + pendek(m.group(1)) + "' tidak sesuai dengan tipe " + m.group(2)
                + (m.group(2).equals("Json") ? "." : " (" + uraianTipe(m.group(2)) + ")."));
      }
      Matcher t = TIPE_TAK_DIKENAL.matcher(pesanAsli);
      if (t.find()) {
        return Penolakan.dari(Response.Status.BAD_REQUEST, "TipeNilaiSalah",
            "Tipe nilai '" + t.group(1) + "' tidak dikenal.");
      }
    }
    return switch (status.getStatusCode()) {
      case 401 -> Penolakan.dari(status, "AutentikasiDiperlukan", "Autentikasi diperlukan.");
      case 403 -> Penolakan.dari(status, "AuthorizationException",
          "Anda tidak berwenang melakukan tindakan ini.");
      case 404 -> Penolakan.dari(status, "TidakDitemukan", "Alamat atau data tidak ditemukan.");
      case 405 -> Penolakan.dari(status, "MetodeTidakDidukung",
          "Metode HTTP ini tidak didukung untuk alamat ini.");
      case 409 -> Penolakan.dari(status, "Konflik",
          "Permintaan bertentangan dengan keadaan data saat ini.");
      case 415 -> Penolakan.dari(status, "JenisIsiTidakDidukung",
          "Jenis isi permintaan tidak didukung; kirim JSON.");
      default -> Penolakan.dari(status, "PermintaanTidakSah",
          "Permintaan tidak sah: periksa kembali data yang dikirim.");
    };
  }

  private static String uraianTipe(String tipe) {
    return switch (tipe) {
      case "Long", "Integer", "Short" -> "bilangan bulat";
      case "Double" -> "bilangan";
      case "Boolean" -> "true atau false";
      case "Date" -> "tanggal dan waktu, misalnya 2026-01-31T00:00:00.000+0700";
      default -> "tipe " + tipe;
    };
  }

  private static String pendek(String nilai) {
    return nilai.length() > 60 ? nilai.substring(0, 60) + "…" : nilai;
  }

  private static boolean menyebutTugas(String pesan) {
    return pesan != null && (pesan.contains("task is null") || pesan.contains("Cannot find task"));
  }

  private static boolean namaKelasAwalan(Throwable t, String awalan) {
    return t.getClass().getName().startsWith(awalan);
  }

  /** Whether the task in the request path once existed and is completed (history). */
  static Optional<Boolean> tugasSudahSelesai(Permintaan permintaan) {
    Matcher tugas = JALUR_TUGAS.matcher(permintaan.jalur());
    if (!tugas.find()) {
      return Optional.empty();
    }
    Matcher engine = JALUR_ENGINE.matcher(permintaan.jalur());
    try {
      ProcessEngine pe = EngineUtil.lookupProcessEngine(engine.find() ? engine.group(1) : null);
      if (pe == null) {
        return Optional.empty();
      }
      // The caller may lack READ_HISTORY; this only tells "done" from "never existed".
      IdentityService identitas = pe.getIdentityService();
      Authentication sebelumnya = identitas.getCurrentAuthentication();
      identitas.clearAuthentication();
      try {
        return Optional.of(pe.getHistoryService().createHistoricTaskInstanceQuery()
            .taskId(tugas.group(1)).finished().count() > 0);
      } finally {
        if (sebelumnya != null) {
          identitas.setAuthentication(sebelumnya);
        }
      }
    } catch (RuntimeException e) {
      LOG.debug("Riwayat tugas tidak dapat dibaca", e);
      return Optional.empty();
    }
  }

  static Response jawab(Penolakan p) {
    Map<String, Object> isi = new LinkedHashMap<>();
    isi.put("type", p.jenis());
    isi.put("message", p.pesan());
    isi.put("kesalahan", p.kesalahan());
    return Response.status(p.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(isi).build();
  }

  private static String satuBaris(Throwable t) {
    Throwable akar = t;
    while (akar.getCause() != null && akar.getCause() != akar) {
      akar = akar.getCause();
    }
    String s = akar.getClass().getSimpleName() + ": " + akar.getMessage();
    s = s.replaceAll("\\s+", " ");
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  /** Base of the mappers: one per exception type Camunda maps itself (Jersey picks the closest). */
  abstract static class Dasar {

    @Context UriInfo uriInfo;
    @Context Request request;

    private Permintaan permintaan() {
      try {
        return new Permintaan(request == null ? "?" : request.getMethod(),
            uriInfo == null ? "" : uriInfo.getPath());
      } catch (RuntimeException e) { // outside a request scope
        return Permintaan.TIDAK_DIKETAHUI;
      }
    }

    boolean bisa(Throwable e) {
      return PemetaIsianTidakValid.cari(e).isPresent()
          || golongkan(e, permintaan(), x -> Optional.empty()).isPresent();
    }

    Response petakan(Throwable e) {
      Permintaan p = permintaan();
      if (PemetaIsianTidakValid.cari(e).isPresent()) {
        LOG.warn("Ditolak 400 {} /{}: {}", p.metode(), p.jalur(),
            PemetaIsianTidakValid.cari(e).get().getMessage().replaceAll("\\s+", " "));
        return PemetaIsianTidakValid.jawab(e);
      }
      Penolakan tolak = golongkan(e, p, PemetaKesalahanKlien::tugasSudahSelesai).orElseThrow();
      LOG.warn("Ditolak {} {} /{}: {} ({})", tolak.status().getStatusCode(), p.metode(), p.jalur(),
          tolak.pesan(), satuBaris(e));
      return jawab(tolak);
    }
  }

  @Priority(PRIORITAS)
  public static class UntukThrowable extends Dasar implements ExtendedExceptionMapper<Throwable> {
    @Override
    public boolean isMappable(Throwable e) {
      return bisa(e);
    }

    @Override
    public Response toResponse(Throwable e) {
      return petakan(e);
    }
  }

  @Priority(PRIORITAS)
  public static class UntukRestException extends Dasar implements ExtendedExceptionMapper<RestException> {
    @Override
    public boolean isMappable(RestException e) {
      return bisa(e);
    }

    @Override
    public Response toResponse(RestException e) {
      return petakan(e);
    }
  }

  @Priority(PRIORITAS)
  public static class UntukProcessEngineException extends Dasar implements ExtendedExceptionMapper<ProcessEngineException> {
    @Override
    public boolean isMappable(ProcessEngineException e) {
      return bisa(e);
    }

    @Override
    public Response toResponse(ProcessEngineException e) {
      return petakan(e);
    }
  }

  @Priority(PRIORITAS)
  public static class UntukJsonParseException extends Dasar implements ExtendedExceptionMapper<JsonParseException> {
    @Override
    public boolean isMappable(JsonParseException e) {
      return bisa(e);
    }

    @Override
    public Response toResponse(JsonParseException e) {
      return petakan(e);
    }
  }

  @Priority(PRIORITAS)
  public static class UntukJsonMappingException extends Dasar implements ExtendedExceptionMapper<JsonMappingException> {
    @Override
    public boolean isMappable(JsonMappingException e) {
      return bisa(e);
    }

    @Override
    public Response toResponse(JsonMappingException e) {
      return petakan(e);
    }
  }

  /** All mapper classes, for registration. */
  public static final List<Class<?>> PEMETA = List.of(UntukThrowable.class, UntukRestException.class,
      UntukProcessEngineException.class, UntukJsonParseException.class,
      UntukJsonMappingException.class);

  /**
   * The project's own rows lost the same race: two completions of one task on two nodes both
   * passed the engine and both wrote the JPA entity behind it (e.g. the SKP); the second write
   * fails on the entity's version (Hibernate's stale state, as such or translated by Spring), or
   * the database picks one of the two as deadlock victim (SQLState 40001, MySQL/MariaDB error
   * 1213). Nothing was written: the whole command was rolled back, so it is a conflict like the
   * engine's own optimistic locking.
   */
  static boolean diubahBersamaan(Throwable t) {
    return t instanceof org.springframework.dao.ConcurrencyFailureException
        || t instanceof jakarta.persistence.OptimisticLockException
        || t instanceof jakarta.persistence.PessimisticLockException
        || t instanceof org.hibernate.StaleStateException
        || t instanceof org.hibernate.exception.LockAcquisitionException
        || t instanceof java.sql.SQLTransactionRollbackException
        || t instanceof java.sql.SQLException e && "40001".equals(e.getSQLState());
  }
}
