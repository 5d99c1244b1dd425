package id.go.langsakota.kinerja.keamanan;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the mysql admin check as Spring Boot's "APPLICATION FAILED TO START" report. */
public class AdminMysqlTidakSahFailureAnalyzer extends AbstractFailureAnalyzer<AdminMysqlTidakSahException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, AdminMysqlTidakSahException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Setel KINERJA_ADMIN_USER dan KINERJA_ADMIN_PASSWORD (kata sandi minimal 10 karakter dengan"
            + " huruf kecil, huruf besar, angka dan karakter khusus, tanpa memuat ID/nama admin)."
            + " / Set KINERJA_ADMIN_USER and KINERJA_ADMIN_PASSWORD (password of at least 10"
            + " characters with lower and upper case letters, a digit and a special character,"
            + " not containing the admin's id or name).",
        cause);
  }
}
