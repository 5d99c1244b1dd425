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
  /**
   * Two-node mode: the nodes' base URLs, node 0 first; a user sticks to one node (hash of the
   * name, as a load balancer with sticky sessions). A node that does not answer is marked dead and
   * its users go to node 0 from then on (counted as failovers, not errors).
   */
  private volatile java.util.List<String> node = java.util.List.of();
  private final java.util.Set<Integer> mati = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final AtomicLong alih = new AtomicLong();
  private final java.util.Map<String, AtomicLong> perNode = new java.util.concurrent.ConcurrentHashMap<>();
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

  void bagiKe(java.util.List<String> dasarNode) {
    this.node = java.util.List.copyOf(dasarNode);
  }

  /** Calls that went to another node because theirs did not answer. */
  long alih() {
    return alih.get();
  }

  /** Successful calls per node base URL. */
  java.util.Map<String, Long> panggilanPerNode() {
    java.util.Map<String, Long> m = new java.util.TreeMap<>();
    perNode.forEach((k, v) -> m.put(k, v.get()));
    return m;
  }

  private int nodeUntuk(String pengguna) {
    int i = Math.floorMod(pengguna.hashCode(), node.size());
    return mati.contains(i) ? 0 : i;
  }

  /**
   * A call whose node died while it was in flight and that the other node then refused: the
   * first node may have committed it before it died (the caller checks).
   */
  static final class Terputus extends IllegalStateException {
    Terputus(String pesan) {
      super(pesan);
    }
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
    boolean terputus = false;
    for (int coba = 1; ; coba++) {
      HttpResponse<String> r;
      int ke = node.isEmpty() ? -1 : nodeUntuk(pengguna);
      String basis = ke < 0 ? dasar : node.get(ke);
      try {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(basis + jalur)).timeout(Duration.ofMinutes(5))
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
        if (ke > 0 && e instanceof java.io.IOException) {
          // the node is gone (refused, or reset while in flight): the user's next try goes to node 0
          mati.add(ke);
          alih.incrementAndGet();
          terputus |= !(e instanceof java.net.ConnectException);
          coba--;
          continue;
        }
        throw new IllegalStateException(metode + " " + jalur + ": " + e, e);
      }
      int s = r.statusCode();
      if (s >= 200 && s < 300) {
        if (ke >= 0) {
          perNode.computeIfAbsent(basis, x -> new AtomicLong()).incrementAndGet();
        }
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
      String pesan = metode + " " + jalur + " sebagai " + pengguna + " -> " + s + " " + r.body();
      throw terputus && !"GET".equals(metode) ? new Terputus(pesan) : new IllegalStateException(pesan);
    }
  }
}
