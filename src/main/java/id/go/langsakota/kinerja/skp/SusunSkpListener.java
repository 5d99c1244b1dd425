package id.go.langsakota.kinerja.skp;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * susun-skp. On create: the form's variables rhk (the draft, Json) and opsiRhkAtasan (select
 * options, Json). On complete: checks the submitted rhk and stores it as the SKP's RHK in the
 * same transaction; any problem throws {@link ValidasiException} and the task stays open.
 */
@Component("susunSkpListener")
public class SusunSkpListener implements TaskListener {

  private final SkpService skpService;

  public SusunSkpListener(SkpService skpService) {
    this.skpService = skpService;
  }

  @Override
  public void notify(DelegateTask task) {
    Long skpId = Variabel.id(task, "skpId");
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariable("rhk", JsonVariabel.json(skpService.drafUntukForm(skpId)));
      task.setVariable("opsiRhkAtasan", JsonVariabel.json(skpService.opsiRhkAtasan(skpId)));
      task.setVariable("catatanPengembalian", skpService.ambil(skpId).getCatatanPengembalian());
      return;
    }
    PenjagaTugas.pastikanPemilik(task);
    Set<String> opsi = new HashSet<>();
    for (Map<String, String> o : skpService.opsiRhkAtasan(skpId)) {
      opsi.add(o.get("value"));
    }
    List<RhkMasukan> daftar = SkpValidator.periksa(JsonVariabel.keJava(task.getVariable("rhk")), opsi);
    skpService.simpanDanAjukan(skpId, daftar);
    // The tables are the record; the form's working copy is rebuilt on the next create.
    task.removeVariable("rhk");
    task.removeVariable("opsiRhkAtasan");
  }
}
