package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.config.Waktu;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads steering variables that REST clients may send as String, Integer or Long. */
final class Variabel {

  private Variabel() {}

  static Long id(VariableScope scope, String nama) {
    Object v = scope.getVariable(nama);
    if (v == null || String.valueOf(v).isBlank()) {
      return null;
    }
    return v instanceof Number n ? n.longValue() : Long.valueOf(String.valueOf(v).trim());
  }

  static int bilangan(VariableScope scope, String nama) {
    Object v = scope.getVariable(nama);
    if (v instanceof Number n) {
      return n.intValue();
    }
    try {
      return Integer.parseInt(String.valueOf(v).trim());
    } catch (NumberFormatException e) {
      throw new ValidasiException(nama + " harus bilangan bulat, bukan '" + v + "'");
    }
  }

  static LocalDate tanggal(VariableScope scope, String nama) {
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
      throw new ValidasiException(nama + " harus tanggal berformat yyyy-MM-dd, bukan '" + v + "'");
    }
  }

  static String teks(VariableScope scope, String nama) {
    Object v = scope.getVariable(nama);
    return v == null || String.valueOf(v).isBlank() ? null : String.valueOf(v).trim();
  }
}
