package id.go.langsakota.kinerja.simulasi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP as a user's client does it: every call with that user's own Basic credentials, JSON in and
 * out. A 5xx or 409 answer is retried (at most three times) and counted: the benchmark reports how
 * often a concurrency failure reached a user; a 4xx refusal stops the simulation with the
 * server's Indonesian message (the simulator sent something the form would not have).
 */
final class KlienRest {

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final String dasar;
  private final String engine;
  private final String sandi;
  private final AtomicLong diulang = new AtomicLong();
  private final AtomicLong panggilan = new AtomicLong();
  /** The key of the task the current worker is working on, sent as a header the benchmark counts by. */
  static final ThreadLocal<String> TUGAS = new ThreadLocal<>();

  KlienRest(String dasar, String jalurEngine, String sandi) {
    this.dasar = dasar;
    this.engine = jalurEngine;
    this.sandi = sandi;
  }

  long diulang() {
    return diulang.get();
  }

  long panggilan() {
    return panggilan.get();
  }

  /** A call to the engine REST API ({@code /engine-rest/engine/<name>} + jalur). */
  JsonNode engine(String pengguna, String metode, String jalur, Object badan) {
    return kirim(pengguna, metode, engine + jalur, badan);
  }

  /** A call to the project's own /api. */
  JsonNode api(String pengguna, String metode, String jalur, Object badan) {
    return kirim(pengguna, metode, jalur, badan);
  }

  /** One task variable as its owner reads it (JSON values parsed). */
  JsonNode variabel(String pengguna, String taskId, String nama) {
    JsonNode v = engine(pengguna, "GET", "/task/" + taskId + "/variables/" + nama + "?deserializeValue=false", null);
    JsonNode nilai = v.get("value");
    try {
      return nilai != null && nilai.isTextual() && "Json".equals(v.path("type").asText())
          ? json.readTree(nilai.asText()) : nilai;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Several task variables in one call, as a form opening does. */
  JsonNode variabelSemua(String pengguna, String taskId, String nama) {
    return engine(pengguna, "GET", "/task/" + taskId + "/variables?deserializeValues=false&variableNames=" + nama, null);
  }

  /** Uploads a file to the project's store ({@code POST /api/bukti-dukung}, multipart) as this user. */
  JsonNode unggah(String pengguna, String nama, byte[] isi) {
    String batas = "----simulasi" + System.nanoTime();
    byte[] kepala = ("--" + batas + "\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"" + nama
        + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] ekor = ("\r\n--" + batas + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] badan = new byte[kepala.length + isi.length + ekor.length];
    System.arraycopy(kepala, 0, badan, 0, kepala.length);
    System.arraycopy(isi, 0, badan, kepala.length, isi.length);
    System.arraycopy(ekor, 0, badan, kepala.length + isi.length, ekor.length);
    HttpRequest r = HttpRequest.newBuilder(URI.create(dasar + "/api/bukti-dukung")).timeout(Duration.ofMinutes(1))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((pengguna + ":" + sandi)
            .getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "multipart/form-data; boundary=" + batas)
        .POST(HttpRequest.BodyPublishers.ofByteArray(badan)).build();
    try {
      panggilan.incrementAndGet();
      HttpResponse<String> h = http.send(r, HttpResponse.BodyHandlers.ofString());
      if (h.statusCode() / 100 != 2) {
        throw new IllegalStateException("unggah sebagai " + pengguna + " -> " + h.statusCode() + " " + h.body());
      }
      return json.readTree(h.body());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  JsonNode kirim(String pengguna, String metode, String jalur, Object badan) {
    String otentikasi = "Basic " + Base64.getEncoder().encodeToString((pengguna + ":" + sandi)
        .getBytes(StandardCharsets.UTF_8));
    for (int coba = 1; ; coba++) {
      HttpResponse<String> r;
      try {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(dasar + jalur)).timeout(Duration.ofMinutes(5))
            .header("Authorization", otentikasi).header("Accept", "application/json");
        if (TUGAS.get() != null) {
          b.header(PenghitungPerTugas.HEADER, TUGAS.get());
        }
        if (badan == null) {
          b.method(metode, HttpRequest.BodyPublishers.noBody());
        } else {
          b.header("Content-Type", "application/json")
              .method(metode, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(badan)));
        }
        panggilan.incrementAndGet();
        long t0 = System.nanoTime();
        r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (ms > 2000) {
          System.out.printf("SIMULASI lambat: %s %s sebagai %s %d ms%n", metode, jalur, pengguna, ms);
        }
      } catch (Exception e) {
        throw new IllegalStateException(metode + " " + jalur + ": " + e, e);
      }
      int s = r.statusCode();
      if (s >= 200 && s < 300) {
        try {
          return r.body() == null || r.body().isBlank() ? json.nullNode() : json.readTree(r.body());
        } catch (Exception e) {
          return json.nullNode();
        }
      }
      if ((s >= 500 || s == 409) && coba < 3) {
        diulang.incrementAndGet();
        System.out.printf("SIMULASI diulang: %s %s sebagai %s -> %d %s%n", metode, jalur, pengguna, s,
            r.body() == null ? "" : r.body().substring(0, Math.min(300, r.body().length())));
        continue;
      }
      throw new IllegalStateException(metode + " " + jalur + " sebagai " + pengguna + " -> " + s + " " + r.body());
    }
  }
}
