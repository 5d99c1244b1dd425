package id.go.langsakota.kinerja.web;

import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Shared by standalone MockMvc controller tests: a stubbed caller as the security contract defines
 * it (name = Camunda user id, ROLE_ authorities), and an error mapping with the statuses of
 * {@link ApiExceptionHandler} (IllegalArgument 400, AccessDenied 403, NoSuchElement 404,
 * IllegalState 409). Unlike the real handler it passes the AccessDenied message through, so a
 * test can tell which refusal it got.
 */
public final class PemanggilUji {

  private PemanggilUji() {
  }

  public static Authentication sebagai(String id, String... peran) {
    TestingAuthenticationToken t = new TestingAuthenticationToken(id, "x", peran);
    t.setAuthenticated(true);
    return t;
  }

  /** {@code @TestComponent}: kept out of component scanning, so the application context keeps ApiExceptionHandler. */
  @TestComponent
  @RestControllerAdvice
  public static class PemetaanGalat {
    @ExceptionHandler(IllegalArgumentException.class)
    public ResponseEntity<Map<String, String>> buruk(IllegalArgumentException e) {
      return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("pesan", e.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<Map<String, String>> ditolak(AccessDeniedException e) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("pesan", e.getMessage()));
    }

    @ExceptionHandler(NoSuchElementException.class)
    public ResponseEntity<Map<String, String>> tidakAda(NoSuchElementException e) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("pesan", e.getMessage()));
    }

    @ExceptionHandler(IllegalStateException.class)
    public ResponseEntity<Map<String, String>> konflik(IllegalStateException e) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("pesan", e.getMessage()));
    }
  }
}
