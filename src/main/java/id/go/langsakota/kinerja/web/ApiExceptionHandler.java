package id.go.langsakota.kinerja.web;

import jakarta.persistence.EntityNotFoundException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns exceptions from the project's /api controllers into {@link PesanKesalahan} JSON:
 * IllegalArgumentException and bean validation → 400, AccessDeniedException (and Camunda's
 * AuthorizationException) → 403, NoSuchElementException → 404, IllegalStateException,
 * DataIntegrityViolationException and lost updates → 409. Services throw these with an
 * Indonesian message; that message is what the caller reads.
 */
@RestControllerAdvice // unrestricted: 404/405 raised before a controller is chosen answer alike
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(KesalahanValidasiException.class)
  ResponseEntity<PesanKesalahan> validasi(KesalahanValidasiException e) {
    return jawab(HttpStatus.BAD_REQUEST, new PesanKesalahan(e.getMessage(), e.getKesalahan()));
  }

  /** The same refusal a form submit gets from the engine, when a service behind /api checks it. */
  @ExceptionHandler(IsianTidakValidException.class)
  ResponseEntity<PesanKesalahan> isianTidakValid(IsianTidakValidException e) {
    return jawab(HttpStatus.BAD_REQUEST, new PesanKesalahan(e.getMessage(), e.getKesalahan()));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<PesanKesalahan> masukanTidakSah(IllegalArgumentException e) {
    return jawab(HttpStatus.BAD_REQUEST, pesanAtau(e, "Permintaan tidak sah."));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<PesanKesalahan> pelanggaranBatasan(ConstraintViolationException e) {
    List<String> kesalahan = e.getConstraintViolations().stream()
        .map(ApiExceptionHandler::uraikan)
        .sorted()
        .toList();
    return jawab(HttpStatus.BAD_REQUEST, new PesanKesalahan("Data tidak valid.", kesalahan));
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationException.class})
  ResponseEntity<PesanKesalahan> dilarang(RuntimeException e) {
    return jawab(HttpStatus.FORBIDDEN, PesanKesalahan.dari("Anda tidak berwenang melakukan tindakan ini."));
  }

  @ExceptionHandler({NoSuchElementException.class, EntityNotFoundException.class})
  ResponseEntity<PesanKesalahan> tidakDitemukan(RuntimeException e) {
    return jawab(HttpStatus.NOT_FOUND, pesanAtau(e, "Data tidak ditemukan."));
  }

  @ExceptionHandler(IllegalStateException.class)
  ResponseEntity<PesanKesalahan> konflik(IllegalStateException e) {
    return jawab(HttpStatus.CONFLICT, pesanAtau(e, "Permintaan bertentangan dengan keadaan data saat ini."));
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<PesanKesalahan> integritasData(DataIntegrityViolationException e) {
    // The database message names tables and constraints: log it, do not send it.
    LOG.info("Pelanggaran integritas data: {}", e.getMostSpecificCause().getMessage());
    return jawab(HttpStatus.CONFLICT, PesanKesalahan.dari(
        "Data bertentangan dengan data yang sudah ada (misalnya kode atau NIP ganda) atau masih dipakai data lain."));
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ResponseEntity<PesanKesalahan> perubahanBersamaan(OptimisticLockingFailureException e) {
    return jawab(HttpStatus.CONFLICT, PesanKesalahan.dari(
        "Data telah diubah oleh pengguna lain. Muat ulang data lalu ulangi perubahan Anda."));
  }

  /** Anything unexpected: logged with its stack trace, answered without internals. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<PesanKesalahan> tidakTerduga(Exception e) {
    LOG.error("Kesalahan tak terduga pada /api", e);
    return jawab(HttpStatus.INTERNAL_SERVER_ERROR, PesanKesalahan.dari(
        "Terjadi kesalahan pada server. Coba lagi; bila berulang, hubungi BKPSDM."));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<String> kesalahan = e.getBindingResult().getAllErrors().stream()
        .map(ApiExceptionHandler::uraikan)
        .sorted()
        .toList();
    return new ResponseEntity<>(catat(HttpStatus.BAD_REQUEST, new PesanKesalahan("Data tidak valid.", kesalahan)),
        headers, HttpStatus.BAD_REQUEST);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<String> kesalahan = e.getParameterValidationResults().stream()
        .flatMap(r -> r.getResolvableErrors().stream().map(err -> {
          String nama = r.getMethodParameter().getParameterName();
          return (nama == null ? "" : nama + ": ") + err.getDefaultMessage();
        }))
        .sorted()
        .toList();
    return new ResponseEntity<>(catat(HttpStatus.BAD_REQUEST, new PesanKesalahan("Data tidak valid.", kesalahan)),
        headers, HttpStatus.BAD_REQUEST);
  }

  /** Every other Spring MVC error (unreadable JSON, wrong method, missing parameter, ...). */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String pesan = e instanceof ResponseStatusException r && r.getReason() != null && !r.getReason().isBlank()
        ? r.getReason() // thrown by our own code with an Indonesian reason
        : pesanUntuk(status);
    List<String> kesalahan = List.of();
    if (e instanceof TypeMismatchException t) { // a text where a number, date or role belongs
      kesalahan = List.of((t.getPropertyName() == null ? "" : t.getPropertyName() + ": ")
          + "nilai tidak sesuai tipenya");
    } else if (e instanceof HttpMessageNotReadableException) {
      kesalahan = List.of("Isi permintaan bukan JSON yang sah, atau ada nilai yang tidak sesuai tipenya.");
    }
    return new ResponseEntity<>(catat(status, new PesanKesalahan(pesan, kesalahan)), headers, status);
  }

  /** One WARN line per refused request, without a stack trace (a refusal is no server fault). */
  private static <T extends PesanKesalahan> T catat(HttpStatusCode status, T isi) {
    if (status.is4xxClientError()) {
      LOG.warn("Ditolak {} /api: {} {}", status.value(), isi.pesan(), isi.kesalahan());
    }
    return isi;
  }

  static String pesanUntuk(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> "Permintaan tidak dapat dibaca atau parameternya tidak lengkap/tidak sah.";
      case 401 -> "Autentikasi diperlukan.";
      case 403 -> "Anda tidak berwenang melakukan tindakan ini.";
      case 404 -> "Alamat atau data tidak ditemukan.";
      case 405 -> "Metode HTTP ini tidak didukung untuk alamat ini.";
      case 406 -> "Format jawaban yang diminta tidak tersedia.";
      case 409 -> "Permintaan bertentangan dengan keadaan data saat ini.";
      case 413 -> "Berkas atau permintaan terlalu besar.";
      case 415 -> "Jenis isi permintaan tidak didukung.";
      case 503 -> "Layanan sedang tidak tersedia. Coba lagi nanti.";
      default -> status.is5xxServerError()
          ? "Terjadi kesalahan pada server."
          : "Permintaan tidak dapat diproses.";
    };
  }

  private static PesanKesalahan pesanAtau(RuntimeException e, String cadangan) {
    String pesan = e.getMessage();
    return PesanKesalahan.dari(pesan == null || pesan.isBlank() ? cadangan : pesan);
  }

  private static String uraikan(ObjectError err) {
    if (err instanceof FieldError f) {
      return f.getField() + ": " + f.getDefaultMessage();
    }
    return err.getDefaultMessage();
  }

  private static String uraikan(ConstraintViolation<?> v) {
    String jalur = v.getPropertyPath() == null ? "" : v.getPropertyPath().toString();
    int titik = jalur.lastIndexOf('.');
    String bidang = titik >= 0 ? jalur.substring(titik + 1) : jalur;
    return bidang.isEmpty() ? v.getMessage() : bidang + ": " + v.getMessage();
  }

  private static ResponseEntity<PesanKesalahan> jawab(HttpStatus status, PesanKesalahan isi) {
    return ResponseEntity.status(status).body(catat(status, isi));
  }
}
