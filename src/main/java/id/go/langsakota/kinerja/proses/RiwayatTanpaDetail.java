package id.go.langsakota.kinerja.proses;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: history level stays {@code full} (process, activity, task, variable instance,
 * incident, identity link, job log, operation log, decisions, batches), but the detail rows are not
 * written: {@code ACT_HI_DETAIL} (one row per form field and per variable update of every submit)
 * and their {@code ACT_GE_BYTEARRAY} values. Nothing in the product or Cockpit CE reads them; the
 * regulation's records of who/when/what/why are in the project's own tables, and the last value
 * of each variable stays in {@code ACT_HI_VARINST} (docs/performance.md, "Fix: history without
 * detail rows"). Done in the event handler, not with a custom history level, so the level stored in
 * an existing database (3 = full) still matches and the engine starts on it.
 */
@Component
public class RiwayatTanpaDetail extends AbstractProcessEnginePlugin {

  private final boolean simpanDetail;

  public RiwayatTanpaDetail(@Value("${kinerja.riwayat.simpan-detail:false}") boolean simpanDetail) {
    this.simpanDetail = simpanDetail;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl konfigurasi) {
    if (simpanDetail) {
      return;
    }
    // Set before init: the engine keeps a handler it is given and builds no default one.
    konfigurasi.setHistoryEventHandler(new DbHistoryEventHandler() {
      @Override
      public void handleEvent(HistoryEvent event) {
        // Form fields of a submit: detail only (ACT_HI_DETAIL type FormProperty).
        if (!(event instanceof HistoricFormPropertyEventEntity)) {
          super.handleEvent(event);
        }
      }

      // Variable events still create and update ACT_HI_VARINST; only their detail row is skipped.
      @Override
      protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
        return false;
      }
    });
  }
}
