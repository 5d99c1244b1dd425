package id.go.langsakota.kinerja.simulasi;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Benchmark only: adds the statements of each request that carries the simulator's header
 * {@value #HEADER} (the key of the task being worked: the form's reads and the submit) to that
 * key's total in {@link HitungSql}, so the summary can print SQL per completion of each task key.
 * A request runs on one server thread from the first filter to the commit, so the thread's count
 * before and after is the request's count (after-commit work on other threads is not included).
 */
final class PenghitungPerTugas extends OncePerRequestFilter {

  static final String HEADER = "X-Simulasi-Tugas";

  @Override
  protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    String kunci = req.getHeader(HEADER);
    if (kunci == null) {
      chain.doFilter(req, res);
      return;
    }
    long awal = HitungSql.jumlahUtas();
    try {
      chain.doFilter(req, res);
    } finally {
      HitungSql.tambahKeTugas(kunci, HitungSql.jumlahUtas() - awal);
    }
  }
}
