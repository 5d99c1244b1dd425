package id.go.langsakota.kinerja.proses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Typed reading of what a form sent (and writing of the Json views the forms show). Only for
 * form input: steering values (nip, skpId, penilaianId, tahun, periodeKe, suggestions) are never
 * read from variables but from the tables by the business key (see the process binding classes).
 * Every problem is an {@link IsianTidakValidException} in Bahasa Indonesia.
 */
public final class BacaIsian {

  private static final ObjectMapper JSON = new ObjectMapper();

  private BacaIsian() {}

  /** Trimmed text, null when absent or blank. */
  public static String teks(VariableScope scope, String nama) {
    return teks(scope.getVariable(nama));
  }

  public static String teks(Object o) {
    if (o == null) {
      return null;
    }
    String s = o.toString().trim();
    return s.isEmpty() ? null : s;
  }

  public static int bilangan(VariableScope scope, String nama) {
    Object v = scope.getVariable(nama);
    if (v instanceof Number n) {
      return n.intValue();
    }
    try {
      return Integer.parseInt(String.valueOf(v).trim());
    } catch (NumberFormatException e) {
      throw new IsianTidakValidException(nama + " harus bilangan bulat, bukan '" + v + "'");
    }
  }

  /** True only for Boolean true or the text "true". */
  public static boolean ya(VariableScope scope, String nama) {
    Object v = scope.getVariable(nama);
    return Boolean.TRUE.equals(v) || "true".equals(String.valueOf(v));
  }

  /** A yyyy-MM-dd date (a Date is read in WIB); null when absent. */
  public static LocalDate tanggal(VariableScope scope, String nama) {
    Object v = scope.getVariable(nama);
    if (v == null || String.valueOf(v).isBlank()) {
      return null;
    }
    if (v instanceof java.util.Date d) {
      return d.toInstant().atZone(Waktu.WIB).toLocalDate();
    }
    try {
      String s = String.valueOf(v).trim();
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      throw new IsianTidakValidException(nama + " harus tanggal berformat yyyy-MM-dd, bukan '" + v + "'");
    }
  }

  /** A Json (Spin) variable, a String holding JSON, or a List/Map: as plain Java Lists/Maps. */
  public static Object keJava(Object nilai) {
    try {
      if (nilai instanceof SpinJsonNode node) {
        return JSON.readValue(node.toString(), Object.class);
      }
      if (nilai instanceof String s && (s.trim().startsWith("[") || s.trim().startsWith("{"))) {
        return JSON.readValue(s, Object.class);
      }
    } catch (JsonProcessingException e) {
      throw new IsianTidakValidException("Isian bukan JSON yang sah: " + e.getOriginalMessage());
    }
    return nilai;
  }

  /** A list of objects (realisasi, umpanBalik); empty when absent. @throws IllegalArgumentException when it is not one */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> daftar(Object nilai, String nama) {
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

  /** null when empty; @throws NumberFormatException when not a number ("12,5" is accepted). */
  public static BigDecimal angka(Object o) {
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

  /** null when empty; @throws NumberFormatException when not a whole number */
  public static Long id(Object o) {
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

  /** A value as a Json variable for a form to show. */
  public static TypedValue json(Object nilai) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(nilai)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
