package id.go.langsakota.kinerja.proses;

import id.go.langsakota.kinerja.web.IsianTidakValidException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The one owner rule: only the assignee completes a task. Camunda authorizations already stop
 * most others; this also stops a user who holds a broad TASK permission (an administrator) from
 * deciding on someone's behalf: an administrator reassigns first, then the new assignee
 * completes. Engine-internal completions (no authenticated user: jobs, tests) pass.
 */
public final class PemilikTugas {

  private PemilikTugas() {}

  /** @return the user completing the task (the assignee when nobody is authenticated) */
  public static String periksa(DelegateTask task) {
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String pengguna = auth == null ? null : auth.getUserId();
    if (pengguna != null && !pengguna.equals(task.getAssignee())) {
      throw new IsianTidakValidException("Tugas '" + task.getName() + "' ditugaskan kepada "
          + (task.getAssignee() == null ? "pengguna lain" : task.getAssignee())
          + "; pengguna " + pengguna + " tidak berhak menyelesaikannya");
    }
    return pengguna != null ? pengguna : task.getAssignee();
  }
}
