package id.go.langsakota.kinerja.keberatan;

import id.go.langsakota.kinerja.identitas.GrupPengguna;
import id.go.langsakota.kinerja.pemberitahuan.Pemberitahuan;
import id.go.langsakota.kinerja.pemberitahuan.PemberitahuanService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The decision deadline passed: recorded on the appeal; the open putuskan-keberatan becomes a
 * candidate task of group bkpsdm, with the atasan still a candidate (either claims and decides);
 * every BKPSDM member and the atasan are told through the pemberitahuan outbox.
 */
@Component("eskalasiKeberatanDelegate")
public class EskalasiKeberatanDelegate implements JavaDelegate {

  private final KeberatanService service;
  private final KeberatanPenilaianProses proses;
  private final PemberitahuanService pemberitahuan;

  public EskalasiKeberatanDelegate(KeberatanService service, KeberatanPenilaianProses proses,
      PemberitahuanService pemberitahuan) {
    this.service = service;
    this.proses = proses;
    this.pemberitahuan = pemberitahuan;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Keberatan k = proses.keberatan(execution);
    if (!service.eskalasi(k.getId(), ClockUtil.getCurrentTime().toInstant())) {
      return;
    }
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    String bkpsdm = GrupPengguna.BKPSDM.id();
    for (Task t : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(KeberatanPenilaianProses.TUGAS_PUTUSKAN).list()) {
      String atasan = t.getAssignee();
      if (atasan != null) {
        tasks.addCandidateUser(t.getId(), atasan);
        tasks.setAssignee(t.getId(), null);
        pemberitahuan.catat(Pemberitahuan.Jenis.ESKALASI_KEBERATAN, atasan, null, pesan(k),
            "ESKALASI_KEBERATAN:" + k.getId(), null, t.getId(), execution.getProcessInstanceId());
      }
      tasks.addCandidateGroup(t.getId(), bkpsdm);
    }
    for (User u : execution.getProcessEngineServices().getIdentityService().createUserQuery()
        .memberOfGroup(bkpsdm).list()) {
      pemberitahuan.catat(Pemberitahuan.Jenis.ESKALASI_KEBERATAN, u.getId(), null, pesan(k),
          "ESKALASI_KEBERATAN:" + k.getId(), null, null, execution.getProcessInstanceId());
    }
  }

  private static String pesan(Keberatan k) {
    return "Keberatan NIP " + k.getNip() + " atas hasil penilaian tahun " + k.getTahun()
        + " belum diputuskan sampai batas " + KeberatanService.wib(k.getBatasKeputusan())
        + ". BKPSDM kini dapat mengklaim dan memutuskannya di Tasklist.";
  }
}
