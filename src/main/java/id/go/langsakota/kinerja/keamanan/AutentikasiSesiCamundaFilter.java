package id.go.langsakota.kinerja.keamanan;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.langsakota.kinerja.identitas.GrupPengguna;
import id.go.langsakota.kinerja.identitas.IdentitasService;
import id.go.langsakota.kinerja.web.PesanKesalahan;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a user logged in to the Camunda webapps (Tasklist, Cockpit) call the project's own pages
 * and API with that same login: a form embedded in Tasklist uploads evidence to
 * {@code /api/bukti-dukung} without a second password prompt.
 *
 * <p>The webapp keeps its login in the HTTP session ({@link AuthenticationUtil#getAuthsFromSession},
 * one {@link UserAuthentication} per engine). This filter reads the one for our engine and
 * authenticates the request as that user, with the same rule and the same authorities as HTTP
 * Basic ({@link PenyediaAutentikasiCamunda}): the user must still be known to the register
 * (AKTIF pegawai, role holder or the configured admin); authorities are ROLE_ + each Camunda group
 * read fresh from identity (a role revoked a minute ago is gone, whatever the session cached).
 *
 * <p>Rules:
 * <ul>
 *   <li>A request with an {@code Authorization} header is left to HTTP Basic (REST clients).
 *   <li>No session is ever created here ({@code getSession(false)}), and none is written: the
 *       Spring chain stays stateless, the webapp owns the session.
 *   <li>CSRF: a session cookie is sent by the browser on its own, so a state-changing request
 *       (anything but GET, HEAD, OPTIONS, TRACE) authenticated by the session must carry the
 *       webapp's own CSRF token in {@code X-XSRF-TOKEN} (the value of the {@code XSRF-TOKEN}
 *       cookie, which the webapp keeps in the session as {@code CAMUNDA_CSRF_TOKEN}); otherwise
 *       403 in JSON, nothing runs. Reusing the webapp's token means one token per login and no
 *       second cookie to keep in step.
 * </ul>
 *
 * <p>Not a Spring bean on purpose (a bean filter would also be registered for every URL): add it
 * to a Spring Security chain with {@code http.addFilterBefore(new AutentikasiSesiCamundaFilter(...),
 * BasicAuthenticationFilter.class)}.
 */
public class AutentikasiSesiCamundaFilter extends OncePerRequestFilter {

  /** Header that carries the webapp's CSRF token (same name the webapps use). */
  public static final String HEADER_CSRF = CsrfConstants.CSRF_TOKEN_HEADER_NAME;
  /** Session attribute in which the webapp's CSRF filter keeps the token. */
  static final String ATRIBUT_TOKEN_SESI = CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME;
  static final String PESAN_CSRF = "Permintaan ditolak: token keamanan (X-XSRF-TOKEN) tidak ada "
      + "atau tidak cocok dengan sesi Anda. Muat ulang halaman Tasklist lalu coba lagi.";

  private static final Set<String> METODE_AMAN = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final ProcessEngine engine;
  private final IdentitasService identitas;
  private final ObjectMapper json;
  private final SecurityContextHolderStrategy konteks = SecurityContextHolder.getContextHolderStrategy();

  public AutentikasiSesiCamundaFilter(ProcessEngine engine, IdentitasService identitas, ObjectMapper json) {
    this.engine = engine;
    this.identitas = identitas;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String pengguna = penggunaSesi(request);
    if (pengguna == null) {
      chain.doFilter(request, response);
      return;
    }
    if (!METODE_AMAN.contains(request.getMethod()) && !tokenCocok(request)) {
      tolakCsrf(response);
      return;
    }
    List<GrantedAuthority> otoritas = identitas.grup(pengguna).stream()
        .map(GrupPengguna::otoritas)
        .<GrantedAuthority>map(SimpleGrantedAuthority::new)
        .toList();
    SecurityContext sc = konteks.createEmptyContext();
    sc.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(pengguna, null, otoritas));
    konteks.setContext(sc);
    try {
      chain.doFilter(request, response);
    } finally {
      konteks.clearContext();
    }
  }

  /** The webapp user of this request's session, if any and still registered; else null. */
  String penggunaSesi(HttpServletRequest request) {
    if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      return null; // HTTP Basic decides
    }
    var sudah = konteks.getContext().getAuthentication();
    if (sudah != null && sudah.isAuthenticated()) {
      return null;
    }
    HttpSession sesi = request.getSession(false);
    if (sesi == null) {
      return null;
    }
    Authentication a;
    try {
      a = AuthenticationUtil.getAuthsFromSession(sesi).getAuthenticationForProcessEngine(engine.getName());
    } catch (IllegalStateException e) {
      return null; // session invalidated meanwhile
    }
    if (!(a instanceof UserAuthentication u) || u.getIdentityId() == null) {
      return null;
    }
    return identitas.terdaftar(u.getIdentityId()) ? u.getIdentityId() : null;
  }

  static boolean tokenCocok(HttpServletRequest request) {
    String dikirim = request.getHeader(HEADER_CSRF);
    HttpSession sesi = request.getSession(false);
    Object disimpan = sesi == null ? null : sesi.getAttribute(ATRIBUT_TOKEN_SESI);
    if (dikirim == null || dikirim.isBlank() || !(disimpan instanceof String token) || token.isBlank()) {
      return false;
    }
    return MessageDigest.isEqual(dikirim.getBytes(StandardCharsets.UTF_8),
        token.getBytes(StandardCharsets.UTF_8));
  }

  private void tolakCsrf(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), PesanKesalahan.dari(PESAN_CSRF));
  }
}
