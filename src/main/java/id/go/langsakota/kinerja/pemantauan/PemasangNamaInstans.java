package id.go.langsakota.kinerja.pemantauan;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: adds {@link NamaInstansProses} as an end listener of the start event of the processes it labels,
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
      // At the END of the process's own start event: its start listeners have run by then
      // (kalibrasi-kurva sets its business key in one), and it fires once per instance.
      // Start events of event subprocesses (scope not the process) are left alone.
      @Override
      public void parseStartEvent(Element startEventElement, ScopeImpl scope, ActivityImpl startEvent) {
        if (scope instanceof ProcessDefinitionEntity definisi
            && NamaInstansProses.PROSES.contains(definisi.getKey())) {
          startEvent.addListener(ExecutionListener.EVENTNAME_END, tunda);
        }
      }
    });
  }
}
