package id.go.langsakota.kinerja.skp;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Second line behind Camunda authorizations: a task is completed by its assignee (or an
 * administrator). Without an authenticated user (engine-internal calls, tests) nothing is
 * checked here; the REST API and Tasklist always authenticate.
 */
final class PenjagaTugas {

  static final String GRUP_ADMIN = "camunda-admin";

  private PenjagaTugas() {}

  static void pastikanPemilik(DelegateTask task) {
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (auth == null || auth.getUserId() == null) {
      return;
    }
    boolean admin = auth.getGroupIds() != null && auth.getGroupIds().contains(GRUP_ADMIN);
    if (!admin && !auth.getUserId().equals(task.getAssignee())) {
      throw new ValidasiException("Tugas '" + task.getName() + "' bukan milik pengguna "
          + auth.getUserId());
    }
  }

  static String pengguna(DelegateTask task) {
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth != null && auth.getUserId() != null ? auth.getUserId() : task.getAssignee();
  }
}
