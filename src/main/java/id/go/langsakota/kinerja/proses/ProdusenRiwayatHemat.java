package id.go.langsakota.kinerja.proses;

import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.batch.history.HistoricBatchEntity;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: Camunda's history event producer without one wasted query per job-log row.
 *
 * <p>With removal time from the start ({@code history-removal-time-strategy: start}) Camunda 7.24
 * looks up, for every job-log entry (job created, run, failed, deleted), a historic batch whose id
 * is the job definition's configuration: for a batch job that configuration is the batch id, and
 * the job log takes the batch's removal time. For every other job the configuration is
 * {@code async-before}, {@code async-after} or an activity id, the lookup finds nothing, and a miss
 * is not cached, so each entry cost a primary-key read of {@code ACT_HI_BATCH}: 6 per completed user
 * task over a simulated year (docs/performance.md, "Fix: fewer reads per task"). Batch ids come
 * from the engine's id generator (UUIDs; numbers with the legacy {@code DbIdGenerator}); an activity
 * id can be neither (XML ids do not start with a digit, ours are {@code Task_...}/{@code Event_...}),
 * so only those are looked up.
 */
@Component
public class ProdusenRiwayatHemat extends AbstractProcessEnginePlugin {

  private static final Pattern ID_BATCH = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9]+");

  @Override
  public void preInit(ProcessEngineConfigurationImpl konfigurasi) {
    // Set before init: the engine keeps a producer it is given and builds its default otherwise.
    konfigurasi.setHistoryEventProducer(new Produsen());
  }

  /** Could this job definition configuration be a batch id? */
  static boolean mungkinIdBatch(String konfigurasi) {
    return konfigurasi != null && ID_BATCH.matcher(konfigurasi).matches();
  }

  static final class Produsen extends CacheAwareHistoryEventProducer {
    @Override
    protected HistoricBatchEntity getHistoricBatchById(String batchId) {
      return mungkinIdBatch(batchId) ? super.getHistoricBatchById(batchId) : null;
    }
  }
}
