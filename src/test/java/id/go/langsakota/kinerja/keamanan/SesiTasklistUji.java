package id.go.langsakota.kinerja.keamanan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A browser logged in to Tasklist, as the webapp does it: GET the app (session + XSRF-TOKEN),
 * POST the login with the token, keep the cookies it answers with.
 */
public record SesiTasklistUji(Map<String, String> cookie, String tokenXsrf) {

  public static SesiTasklistUji masuk(TestRestTemplate http, String engine, String pengguna, String kataSandi) {
    Map<String, String> cookie = new LinkedHashMap<>();
    ResponseEntity<String> app = http.getForEntity("/camunda/app/tasklist/" + engine + "/", String.class);
    simpan(cookie, app.getHeaders());
    String token = app.getHeaders().getFirst("X-XSRF-TOKEN");
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    h.set("X-XSRF-TOKEN", token);
    h.set(HttpHeaders.COOKIE, gabung(cookie));
    ResponseEntity<String> masuk = http.postForEntity(
        "/camunda/api/admin/auth/user/" + engine + "/login/tasklist",
        new HttpEntity<>("username=" + pengguna + "&password=" + kataSandi, h), String.class);
    assertThat(masuk.getStatusCode()).as("login Tasklist").isEqualTo(HttpStatus.OK);
    simpan(cookie, masuk.getHeaders());
    // The webapp renews the session on login; ask it again for the token of the new session.
    h = new HttpHeaders();
    h.set(HttpHeaders.COOKIE, gabung(cookie));
    ResponseEntity<String> lagi = http.exchange("/camunda/api/admin/auth/user/" + engine,
        org.springframework.http.HttpMethod.GET, new HttpEntity<>(h), String.class);
    simpan(cookie, lagi.getHeaders());
    String baru = lagi.getHeaders().getFirst("X-XSRF-TOKEN");
    if (baru != null) {
      token = baru;
    } else if (cookie.containsKey("XSRF-TOKEN")) {
      token = cookie.get("XSRF-TOKEN");
    }
    return new SesiTasklistUji(cookie, token);
  }

  /** Headers of a request from the logged-in browser (cookies; with the CSRF token if asked). */
  public HttpHeaders header(boolean denganToken) {
    HttpHeaders h = new HttpHeaders();
    h.set(HttpHeaders.COOKIE, gabung(cookie));
    if (denganToken) {
      h.set("X-XSRF-TOKEN", tokenXsrf);
    }
    return h;
  }

  private static void simpan(Map<String, String> cookie, HttpHeaders h) {
    List<String> set = h.get(HttpHeaders.SET_COOKIE);
    if (set == null) {
      return;
    }
    for (String c : set) {
      String[] nv = c.split(";", 2)[0].split("=", 2);
      cookie.put(nv[0].trim(), nv.length > 1 ? nv[1] : "");
    }
  }

  private static String gabung(Map<String, String> cookie) {
    StringBuilder sb = new StringBuilder();
    cookie.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : "; ").append(k).append('=').append(v));
    return sb.toString();
  }
}
