package id.go.langsakota.kinerja.config;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers a lookup for the rest of the current transaction. One engine command (a task
 * completion, a job) evaluates the same expressions many times — assignee, due date, timers,
 * listeners each ask for "the SKP of this business key" or "the setting X" — and each asked the
 * database again (docs/performance.md: 5 SKP and 4 setting reads per completed task). Within one
 * transaction the answer cannot change unless this transaction changes it, so the first answer
 * is kept and forgotten at commit or rollback; the next transaction, on any node, reads again.
 *
 * <p>Outside a Spring transaction (no synchronization active) nothing is remembered. An inner
 * {@code REQUIRES_NEW} transaction gets its own memo: the outer one is hidden while it is
 * suspended. A {@code null} answer is not remembered (a row created later in the transaction must
 * be found). Whoever changes a remembered value in the transaction calls {@link #lupakan}.
 */
public final class MemoTransaksi {

  private MemoTransaksi() {}

  /** The remembered value of {@code kunci}, or {@code muat}'s answer (remembered when not null). */
  @SuppressWarnings("unchecked")
  public static <T> T ambil(Object kunci, Supplier<T> muat) {
    Map<Object, Object> memo = memo();
    if (memo == null) {
      return muat.get();
    }
    Object ada = memo.get(kunci);
    if (ada != null) {
      return (T) ada;
    }
    T baru = muat.get();
    if (baru != null) {
      memo.put(kunci, baru);
    }
    return baru;
  }

  /** Forgets {@code kunci} in the current transaction (after a change to what it stands for). */
  public static void lupakan(Object kunci) {
    Map<Object, Object> memo = memo();
    if (memo != null) {
      memo.remove(kunci);
    }
  }

  /**
   * The memo lives in a synchronization of the transaction, not in a bound resource: Spring drops
   * the synchronizations when the transaction ends (also when it is registered late, e.g. in an
   * after-commit callback, where a bound resource would outlive the transaction on this thread) and
   * hides them while the transaction is suspended.
   */
  private static Map<Object, Object> memo() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
      if (s instanceof Pengingat p) {
        return p.isi;
      }
    }
    Pengingat baru = new Pengingat();
    TransactionSynchronizationManager.registerSynchronization(baru);
    return baru.isi;
  }

  /** Holds the memo of one transaction. */
  private static final class Pengingat implements TransactionSynchronization {
    private final Map<Object, Object> isi = new HashMap<>();
  }
}
