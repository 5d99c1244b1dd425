package id.go.langsakota.kinerja.siklus;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of tinjau-ringkasan-siklus: the task names its year and OPD ("Tinjau ringkasan
 * siklus 2027 — Dinas Kesehatan"), so two cycles started for different OPD can be told apart in
 * Tasklist.
 */
@Component("tinjauRingkasanSiklusListener")
public class TinjauRingkasanSiklusListener implements TaskListener {

  /** ACT_RU_TASK.NAME_ is varchar(255). */
  private static final int PANJANG_NAMA = 255;

  private final SiklusService siklusService;

  public TinjauRingkasanSiklusListener(SiklusService siklusService) {
    this.siklusService = siklusService;
  }

  @Override
  public void notify(DelegateTask task) {
    Long siklusId = ((Number) task.getVariable("siklusId")).longValue();
    String nama = task.getName() + " " + task.getVariable("tahun") + " — "
        + siklusService.labelOpd(siklusId);
    task.setName(nama.length() > PANJANG_NAMA ? nama.substring(0, PANJANG_NAMA - 1) + "…" : nama);
  }
}
