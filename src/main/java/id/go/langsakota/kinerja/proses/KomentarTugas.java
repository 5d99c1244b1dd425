package id.go.langsakota.kinerja.proses;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A short Indonesian line recorded as a Camunda task comment, so the task's history ("Riwayat" in
 * Tasklist, and {@code TaskService.getTaskComments} after completion) tells who decided what.
 * Written by complete listeners after the service call succeeded: a refused form adds nothing,
 * because the refusal rolls the whole command back.
 */
public final class KomentarTugas {

  /** Camunda keeps the first 4,000 characters in the searchable column; stay well below. */
  static final int PANJANG_MAKS = 1500;

  private KomentarTugas() {}

  public static void catat(DelegateTask task, String pesan) {
    String teks = pesan.length() > PANJANG_MAKS ? pesan.substring(0, PANJANG_MAKS - 1) + "…" : pesan;
    task.getProcessEngineServices().getTaskService()
        .createComment(task.getId(), task.getProcessInstanceId(), teks);
  }
}
