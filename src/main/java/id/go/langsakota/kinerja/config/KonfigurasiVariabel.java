package id.go.langsakota.kinerja.config;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/** Registers {@link TeksPanjangSerializer} before the engine's own String serializer. */
@Component
public class KonfigurasiVariabel extends AbstractCamundaConfiguration {

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    List<TypedValueSerializer> sebelum = new ArrayList<>();
    if (configuration.getCustomPreVariableSerializers() != null) {
      sebelum.addAll(configuration.getCustomPreVariableSerializers());
    }
    sebelum.add(new TeksPanjangSerializer());
    configuration.setCustomPreVariableSerializers(sebelum);
  }
}
