package id.go.langsakota.kinerja.pemberitahuan;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every user task of every process, through the Camunda Spring event bridge
 * ({@code camunda.bpm.eventing.task}, on by default): a task created for a person, or later
 * assigned to another person (an escalation, a Plt), becomes a TUGAS_BARU notice. The bridge calls
 * this synchronously inside the engine's command, so the row commits or rolls back with the task.
 * Candidate users are told too; candidate groups are not (a group such as pegawai is everybody).
 * A user who claims a task themself is not told.
 */
@Component
public class PendengarTugasBaru {

  private final PemberitahuanService pemberitahuan;

  public PendengarTugasBaru(PemberitahuanService pemberitahuan) {
    this.pemberitahuan = pemberitahuan;
  }

  @EventListener(condition = "#tugas.eventName == 'create' || #tugas.eventName == 'assignment'")
  public void saatTugas(DelegateTask tugas) {
    Object nip = tugas.getVariable("nip");
    Object tahun = tugas.getVariable("tahun");
    String nipPegawai = nip instanceof String n ? n : null;
    if (tugas.getAssignee() != null && !mengklaimSendiri(tugas)) {
      pemberitahuan.tugasBaru(tugas.getId(), tugas.getName(), tugas.getAssignee(),
          tugas.getProcessInstanceId(), nipPegawai, tahun);
    }
    if (TaskListener.EVENTNAME_CREATE.equals(tugas.getEventName())) {
      for (IdentityLink l : tugas.getCandidates()) {
        if (IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getUserId() != null) {
          pemberitahuan.tugasBaru(tugas.getId(), tugas.getName(), l.getUserId(),
              tugas.getProcessInstanceId(), nipPegawai, tahun);
        }
      }
    }
  }

  /** A user who claims a task in Tasklist needs no e-mail about it. */
  private static boolean mengklaimSendiri(DelegateTask tugas) {
    if (!TaskListener.EVENTNAME_ASSIGNMENT.equals(tugas.getEventName())) {
      return false;
    }
    Authentication a = tugas.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return a != null && tugas.getAssignee().equals(a.getUserId());
  }
}
