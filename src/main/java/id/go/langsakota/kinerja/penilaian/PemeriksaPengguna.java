package id.go.langsakota.kinerja.penilaian;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Only the assignee completes a task. Camunda authorizations already stop most others; this
 * also stops a user who holds a broad TASK permission (e.g. an admin) from rating on someone's
 * behalf: reassign first, then complete. Engine-internal completions (no authenticated user) pass.
 */
final class PemeriksaPengguna {

  private PemeriksaPengguna() {}

  /** @return the user completing the task (the assignee when nobody is authenticated) */
  static String periksa(DelegateTask task) {
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String pengguna = auth == null ? null : auth.getUserId();
    if (pengguna != null && !pengguna.equals(task.getAssignee())) {
      throw new ValidasiPenilaianException("Tugas '" + task.getName() + "' ditugaskan kepada "
          + (task.getAssignee() == null ? "pengguna lain" : task.getAssignee())
          + "; pengguna " + pengguna + " tidak berhak menyelesaikannya");
    }
    return pengguna != null ? pengguna : task.getAssignee();
  }
}
