package id.go.langsakota.kinerja.proses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the {@code variables} object of a Camunda REST body ({@code {"name": {"value": ...,
 * "type": "String", "valueInfo": {...}}}}) against a form's declared fields: every name must be
 * declared and its value of the declared type. Returns the problems in Bahasa Indonesia (empty:
 * accepted).
 */
public final class PemeriksaIsian {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TIPE_BILANGAN = Set.of("long", "integer", "short", "double");

  private PemeriksaIsian() {}

  public static List<String> periksa(IsianFormulir formulir, JsonNode variabel) {
    List<String> salah = new ArrayList<>();
    if (variabel == null || variabel.isNull() || variabel.isMissingNode()) {
      return salah;
    }
    if (!variabel.isObject()) {
      salah.add("variables harus berupa objek {\"nama\": {\"value\": ..., \"type\": ...}}");
      return salah;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = variabel.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Isian isian = formulir.cari(e.getKey()).orElse(null);
      if ("file".equalsIgnoreCase(e.getValue().path("type").asText())) {
        // history would keep the bytes for the whole retention time
        salah.add("Variabel '" + e.getKey() + "' berisi berkas: berkas tidak dikirim sebagai variabel "
            + "proses. Unggah berkas ke /api/bukti-dukung, lalu kirim buktiDukungId-nya");
        continue;
      }
      if (isian == null) {
        salah.add("Variabel '" + e.getKey() + "' tidak termasuk isian formulir " + formulir.formulir()
            + " dan tidak boleh dikirim");
        continue;
      }
      String masalah = periksaNilai(isian, e.getValue());
      if (masalah != null) {
        salah.add(masalah);
      }
    }
    return salah;
  }

  /** @return the problem, or null when the value fits the declared type */
  static String periksaNilai(Isian isian, JsonNode v) {
    String nama = isian.nama();
    JsonNode nilai = v != null && v.isObject() ? v.get("value") : v;
    String harus = "Variabel '" + nama + "' harus bertipe " + isian.jenis().tipeRest()
        + (nilai != null && nilai.isValueNode() ? ", bukan '" + ringkas(nilai.asText()) + "'" : "");
    String tipe = v != null && v.isObject() && v.hasNonNull("type") ? v.get("type").asText().toLowerCase() : null;
    if (nilai == null || nilai.isNull() || "null".equals(tipe)) {
      return null; // clearing a field is always allowed; the server checks what is required
    }
    switch (isian.jenis()) {
      case TEKS:
        return (tipe == null || "string".equals(tipe)) && nilai.isTextual() ? null : harus;
      case BILANGAN:
        if (tipe == null) {
          return nilai.isIntegralNumber() ? null : harus;
        }
        return TIPE_BILANGAN.contains(tipe) && (nilai.isNumber() || nilai.isTextual()
            && nilai.asText().trim().matches("[+-]?\\d{1,18}")) ? null : harus;
      case BOOLEAN:
        if (tipe != null && !"boolean".equals(tipe)) {
          return harus;
        }
        return nilai.isBoolean() || nilai.isTextual() && nilai.asText().matches("true|false") ? null : harus;
      case TANGGAL:
        if (tipe != null && !"string".equals(tipe) && !"date".equals(tipe)) {
          return harus;
        }
        // an empty optional date (the form's blank field) means "not given"
        return nilai.isTextual() && (nilai.asText().isBlank()
            || nilai.asText().trim().matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?")) ? null
            : "Variabel '" + nama + "' harus tanggal berformat yyyy-MM-dd";
      case JSON:
        return periksaJson(isian, tipe, nilai, v);
      default:
        return harus;
    }
  }

  private static String periksaJson(Isian isian, String tipe, JsonNode nilai, JsonNode v) {
    String nama = isian.nama();
    String harus = "Variabel '" + nama + "' harus bertipe Json (daftar JSON)";
    if (tipe != null && !"json".equals(tipe) && !"object".equals(tipe) && !"string".equals(tipe)) {
      return harus;
    }
    if ("object".equals(tipe)) {
      JsonNode info = v.path("valueInfo").path("serializationDataFormat");
      if (!"application/json".equals(info.asText())) {
        return harus;
      }
    }
    JsonNode isi = nilai;
    if (nilai.isTextual()) {
      try {
        isi = JSON.readTree(nilai.asText());
      } catch (Exception e) {
        return "Variabel '" + nama + "' bukan JSON yang sah";
      }
    }
    if (isi == null || !isi.isArray()) {
      return harus;
    }
    for (JsonNode butir : isi) {
      if (!butir.isObject()) {
        return "Variabel '" + nama + "' harus berupa daftar objek JSON";
      }
      if (isian.kunciButir().isEmpty()) {
        continue;
      }
      for (Iterator<String> k = butir.fieldNames(); k.hasNext(); ) {
        String kunci = k.next();
        if (!isian.kunciButir().contains(kunci)) {
          return "Isian '" + kunci + "' dalam " + nama + " tidak dikenal (yang boleh: "
              + String.join(", ", new java.util.TreeSet<>(isian.kunciButir())) + ")";
        }
      }
    }
    return null;
  }

  /** The refused value as the caller sent it, cut short: enough to find the mistake. */
  private static String ringkas(String nilai) {
    return nilai.length() <= 40 ? nilai : nilai.substring(0, 40) + "…";
  }
}
