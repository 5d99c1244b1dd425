package id.go.langsakota.kinerja.keamanan;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.langsakota.kinerja.web.PesanKesalahan;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 401 and 403 of the /api chain in the same JSON shape as every other /api error. */
@Component
public class ResponsKeamananApi implements AuthenticationEntryPoint, AccessDeniedHandler {

  static final String REALM = "Kinerja ASN Langsa";

  private final ObjectMapper json;

  public ResponsKeamananApi(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException e) throws IOException {
    // A script of a webapp page (it sends X-XSRF-TOKEN) gets no Basic challenge: the browser
    // would pop up a password dialog instead of letting the page tell the user to log in again.
    if (request.getHeader(AutentikasiSesiCamundaFilter.HEADER_CSRF) == null) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
    }
    tulis(response, HttpServletResponse.SC_UNAUTHORIZED, new PesanKesalahan(
        "Autentikasi diperlukan: masuk dengan NIP (atau nama pengguna) dan kata sandi Camunda.",
        List.of()));
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response,
      AccessDeniedException e) throws IOException {
    tulis(response, HttpServletResponse.SC_FORBIDDEN, new PesanKesalahan(
        "Anda tidak berwenang melakukan tindakan ini.", List.of()));
  }

  private void tulis(HttpServletResponse response, int status, PesanKesalahan isi) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), isi);
  }
}
