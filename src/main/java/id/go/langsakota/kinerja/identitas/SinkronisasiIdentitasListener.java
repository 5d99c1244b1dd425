package id.go.langsakota.kinerja.identitas;

import id.go.langsakota.kinerja.organisasi.PegawaiBerubahEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies register changes to Camunda identity once they are committed (a rolled-back change
 * must not create logins).
 */
@Component
public class SinkronisasiIdentitasListener {

  private static final Logger LOG = LoggerFactory.getLogger(SinkronisasiIdentitasListener.class);

  private final IdentitasService identitas;
  private final TransactionTemplate transaksiBaru;

  public SinkronisasiIdentitasListener(IdentitasService identitas, PlatformTransactionManager tm) {
    this.identitas = identitas;
    this.transaksiBaru = new TransactionTemplate(tm);
    // After commit the old transaction is finished but still bound: work joined to it would
    // never be committed, so the sync needs its own.
    this.transaksiBaru.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Order(0)
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  public void pegawaiBerubah(PegawaiBerubahEvent event) {
    try {
      transaksiBaru.executeWithoutResult(s -> identitas.sinkronkan(event.idPengguna()));
    } catch (RuntimeException e) {
      // The register change is already committed; the next sinkronkanSemua (startup, or
      // POST /api/identitas/sinkronisasi) repairs identity, so do not fail the caller.
      LOG.error("Sinkronisasi identitas gagal untuk {}: {}", event.idPengguna(), e.getMessage(), e);
    }
  }
}
