package id.go.langsakota.kinerja.skp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Form lists travel as Camunda 'Json' (Spin) variables, as Tasklist's Camunda Forms send them;
 * a REST client may also send the same JSON as a String. Both become plain Lists/Maps here.
 */
public final class JsonVariabel {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonVariabel() {}

  public static Object keJava(Object nilai) {
    try {
      if (nilai instanceof SpinJsonNode node) {
        return MAPPER.readValue(node.toString(), Object.class);
      }
      if (nilai instanceof String s && (s.trim().startsWith("[") || s.trim().startsWith("{"))) {
        return MAPPER.readValue(s, Object.class);
      }
    } catch (JsonProcessingException e) {
      throw new ValidasiException("Isian bukan JSON yang sah: " + e.getOriginalMessage());
    }
    return nilai;
  }

  public static TypedValue json(Object nilai) {
    try {
      return SpinValues.jsonValue(MAPPER.writeValueAsString(nilai)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
