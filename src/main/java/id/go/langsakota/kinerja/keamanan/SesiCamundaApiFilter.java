package id.go.langsakota.kinerja.keamanan;

import id.go.langsakota.kinerja.identitas.GrupPengguna;
import id.go.langsakota.kinerja.identitas.IdentitasService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * MINIMAL stand-in (branch dokumen) so that "Kinerja saya" works inside the Tasklist login without
 * a second password prompt: a read request (GET/HEAD) to /api without an Authorization header is
 * authenticated as the user logged in to the Camunda webapps in this HTTP session, with the same
 * authorities as HTTP Basic (ROLE_ + Camunda group, register users only). Only safe methods: a
 * cookie that the browser replays cannot change anything here, so no CSRF token is needed. The
 * full version (any method, with the webapps' CSRF check) is built on branch isi
 * (AutentikasiSesiCamundaFilter); keep one of the two when merging.
 */
public class SesiCamundaApiFilter extends OncePerRequestFilter {

  private final IdentitasService identitas;
  private final String namaEngine;

  public SesiCamundaApiFilter(IdentitasService identitas, String namaEngine) {
    this.identitas = identitas;
    this.namaEngine = namaEngine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
        && request.getHeader(HttpHeaders.AUTHORIZATION) == null
        && SecurityContextHolder.getContext().getAuthentication() == null) {
      String id = penggunaSesi(request.getSession(false));
      if (id != null && identitas.terdaftar(id)) {
        List<GrantedAuthority> otoritas = identitas.grup(id).stream()
            .map(GrupPengguna::otoritas)
            .<GrantedAuthority>map(SimpleGrantedAuthority::new)
            .toList();
        SecurityContextHolder.getContext().setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(id, null, otoritas));
      }
    }
    chain.doFilter(request, response);
  }

  private String penggunaSesi(HttpSession sesi) {
    if (sesi == null) {
      return null;
    }
    Authentications semua = AuthenticationUtil.getAuthsFromSession(sesi);
    if (semua == null) {
      return null;
    }
    return semua.getAuthentications().stream()
        .filter(a -> namaEngine.equals(a.getProcessEngineName()))
        .map(UserAuthentication::getName)
        .findFirst().orElse(null);
  }
}
