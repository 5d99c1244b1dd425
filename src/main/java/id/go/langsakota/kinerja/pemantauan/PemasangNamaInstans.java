package id.go.langsakota.kinerja.pemantauan;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: adds {@link NamaInstansProses} as a start listener to the processes it labels,
 * at parse time, so the BPMN files stay as they are and every deployed version gets it. The
 * listener bean is looked up on first use: the engine is built before the services it reads.
 */
@Component
public class PemasangNamaInstans extends AbstractProcessEnginePlugin {

  private final ObjectProvider<NamaInstansProses> listener;

  public PemasangNamaInstans(ObjectProvider<NamaInstansProses> listener) {
    this.listener = listener;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl konfigurasi) {
    if (konfigurasi.getCustomPreBPMNParseListeners() == null) {
      konfigurasi.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    ExecutionListener tunda = execution -> listener.getObject().notify(execution);
    konfigurasi.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity definisi) {
        if (NamaInstansProses.PROSES.contains(definisi.getKey())) {
          definisi.addListener(ExecutionListener.EVENTNAME_START, tunda);
        }
      }
    });
  }
}
