package id.go.langsakota.kinerja.config;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A String process variable longer than the engine's text column (TEXT_ is VARCHAR(4000) in
 * Camunda's MySQL, PostgreSQL and H2 schemas) is kept in the engine's byte-array table instead,
 * still typed String. Without it a task summary of a large OPD (the calibration list of 30 ASN,
 * an SKP with many RHK) fails on MySQL with "Data too long for column 'TEXT_'" and the whole
 * step rolls back. Tasklist, Cockpit and REST see an ordinary String; only the stored serializer
 * name differs ({@value #NAMA}).
 */
public class TeksPanjangSerializer extends PrimitiveValueSerializer<StringValue> {

  public static final String NAMA = "kinerja-teks-panjang";
  /** Characters that still fit TEXT_ (VARCHAR(4000), counted in characters on utf8mb4). */
  public static final int BATAS_KOLOM_TEKS = 4000;

  public TeksPanjangSerializer() {
    super(ValueType.STRING);
  }

  @Override
  public String getName() {
    return NAMA;
  }

  @Override
  protected boolean canWriteValue(TypedValue value) {
    Object v = value == null ? null : value.getValue();
    return v instanceof String s && s.length() > BATAS_KOLOM_TEKS;
  }

  @Override
  public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
    return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
  }

  @Override
  public void writeValue(StringValue value, ValueFields fields) {
    String teks = value.getValue();
    fields.setByteArrayValue(teks == null ? null : teks.getBytes(StandardCharsets.UTF_8));
    fields.setTextValue(null);
  }

  @Override
  public StringValue readValue(ValueFields fields, boolean asTransientValue) {
    byte[] isi = fields.getByteArrayValue();
    return Variables.stringValue(isi == null ? null : new String(isi, StandardCharsets.UTF_8), asTransientValue);
  }
}
