package id.go.langsakota.kinerja.penilaian;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Simpan predikat periodik": stores the DMN's predikat on the period's row; the ASN then sees it
 * in every period form still open for the same SKP. */
@Component("simpanPredikatDelegate")
public class SimpanPredikatDelegate implements JavaDelegate {

  private final PenilaianPeriodikProses proses;
  private final PenilaianPeriodikService service;

  public SimpanPredikatDelegate(PenilaianPeriodikProses proses, PenilaianPeriodikService service) {
    this.proses = proses;
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution e) {
    service.simpanPredikat(proses.penilaianId(e), (String) e.getVariable("predikat"));
    Long skpId = proses.penilaian(e).getSkpId();
    TypedValue hasil = SpinValues.jsonValue(Spin.JSON(service.hasilPeriode(skpId))).create();
    TaskService tasks = e.getProcessEngineServices().getTaskService();
    tasks.createTaskQuery().taskDefinitionKey(PenilaianPeriodikProses.TUGAS_LAPOR)
        .processVariableValueEquals("skpId", skpId)
        .list().forEach(t -> tasks.setVariableLocal(t.getId(), "hasilPeriode", hasil));
  }
}
