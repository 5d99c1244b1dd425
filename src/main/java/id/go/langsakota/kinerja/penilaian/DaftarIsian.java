package id.go.langsakota.kinerja.penilaian;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Reads the list variables that forms and REST clients send (realisasi, umpanBalik): a Json
 * variable, a String holding JSON, or a List already deserialised. Numbers may come as numbers
 * or as text ("12,5" with a decimal comma is accepted).
 */
final class DaftarIsian {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DaftarIsian() {}

  /** @throws IllegalArgumentException when the value is not a list of objects */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> daftar(Object nilai, String nama) {
    if (nilai == null) {
      return List.of();
    }
    if (nilai instanceof List<?> l) {
      for (Object o : l) {
        if (!(o instanceof Map)) {
          throw new IllegalArgumentException(nama + " harus berupa daftar objek JSON");
        }
      }
      return (List<Map<String, Object>>) l;
    }
    String teks = nilai.toString(); // SpinJsonNode.toString() is the JSON text
    if (teks.isBlank()) {
      return List.of();
    }
    try {
      return JSON.readValue(teks, new TypeReference<List<Map<String, Object>>>() {});
    } catch (Exception e) {
      throw new IllegalArgumentException(nama + " harus berupa daftar JSON, misalnya "
          + "[{\"indikatorId\": 1, ...}]");
    }
  }

  static String teks(Object o) {
    if (o == null) {
      return null;
    }
    String s = o.toString().trim();
    return s.isEmpty() ? null : s;
  }

  /** null when empty; @throws NumberFormatException when not a number */
  static BigDecimal angka(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    String s = o.toString().trim().replace(" ", "");
    if (s.isEmpty()) {
      return null;
    }
    if (s.indexOf(',') >= 0 && s.indexOf('.') < 0 && s.indexOf(',') == s.lastIndexOf(',')) {
      s = s.replace(',', '.');
    }
    if (!s.matches("[+-]?\\d+(\\.\\d+)?")) {
      throw new NumberFormatException(s);
    }
    return new BigDecimal(s);
  }

  static Long id(Object o) {
    BigDecimal b = angka(o);
    if (b == null) {
      return null;
    }
    try {
      return b.longValueExact();
    } catch (ArithmeticException e) {
      throw new NumberFormatException(o.toString());
    }
  }
}
