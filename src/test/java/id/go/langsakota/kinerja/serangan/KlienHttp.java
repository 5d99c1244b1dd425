package id.go.langsakota.kinerja.serangan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A caller over real HTTP: either HTTP Basic (/engine-rest, /api) or a Camunda webapp session
 * (login form, session cookie, CSRF token echoed from the XSRF-TOKEN cookie), as Tasklist does.
 */
final class KlienHttp {

  static final ObjectMapper JSON = new ObjectMapper();

  /** Status and body of a response; body parsed as JSON when it is JSON. */
  record Jawaban(int status, String teks) {
    JsonNode json() {
      try {
        return teks == null || teks.isBlank() ? JSON.nullNode() : JSON.readTree(teks);
      } catch (IOException e) {
        throw new AssertionError("Bukan JSON: " + teks, e);
      }
    }

    @Override
    public String toString() {
      return status + " " + teks;
    }
  }

  private final String dasar;
  private final String basic;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;

  private KlienHttp(int port, String basic) {
    this.dasar = "http://localhost:" + port;
    this.basic = basic;
    this.http = HttpClient.newBuilder().cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
  }

  static KlienHttp basic(int port, String pengguna, String sandi) {
    return new KlienHttp(port, "Basic " + Base64.getEncoder()
        .encodeToString((pengguna + ":" + sandi).getBytes(StandardCharsets.UTF_8)));
  }

  /** Logs in to the webapps as Tasklist does and keeps the session. */
  static KlienHttp webapp(int port, String engine, String pengguna, String sandi) {
    KlienHttp k = new KlienHttp(port, null);
    k.kirim("GET", "/camunda/app/tasklist/", null, null); // session + XSRF-TOKEN cookie
    Jawaban masuk = k.kirim("POST", "/camunda/api/admin/auth/user/" + engine + "/login/tasklist",
        "username=" + URLEncoder.encode(pengguna, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(sandi, StandardCharsets.UTF_8),
        "application/x-www-form-urlencoded");
    if (masuk.status() != 200) {
      throw new AssertionError("Login webapp gagal: " + masuk);
    }
    // The login starts a new session: fetch its CSRF token as Tasklist does with its first GET.
    k.get("/camunda/api/engine/engine/");
    return k;
  }

  Jawaban get(String jalur) {
    return kirim("GET", jalur, null, null);
  }

  Jawaban post(String jalur, String json) {
    return kirim("POST", jalur, json, "application/json");
  }

  Jawaban put(String jalur, String json) {
    return kirim("PUT", jalur, json, "application/json");
  }

  Jawaban delete(String jalur) {
    return kirim("DELETE", jalur, null, null);
  }

  Jawaban kirim(String metode, String jalur, String isi, String jenis) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(dasar + jalur))
        .timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json, text/plain, */*")
        .method(metode, isi == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(isi, StandardCharsets.UTF_8));
    if (jenis != null) {
      b.header("Content-Type", jenis);
    }
    if (basic != null) {
      b.header("Authorization", basic);
    }
    String token = cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse(null);
    if (token != null) {
      b.header("X-XSRF-TOKEN", token);
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Jawaban(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
