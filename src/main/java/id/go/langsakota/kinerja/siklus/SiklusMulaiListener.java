package id.go.langsakota.kinerja.siklus;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Start event of siklus-kinerja-tahunan: re-checks the start form on the server inside the
 * start transaction (a bad form starts nothing), records the SiklusKinerja row → siklusId.
 */
@Component("siklusMulaiListener")
public class SiklusMulaiListener implements ExecutionListener {

  private final SiklusService siklusService;

  public SiklusMulaiListener(SiklusService siklusService) {
    this.siklusService = siklusService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    // throws IsianTidakValidException with every problem (REST and Tasklist: 400 with the kesalahan list)
    SiklusService.PermintaanSiklus p = siklusService.periksa(execution.getVariable("tahun"),
        execution.getVariable("semuaOpd"), execution.getVariable("kodeOpd"),
        execution.getVariable("jenisPeriode"), execution.getVariable("batasPenetapanSkp"));
    Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    SiklusKinerja s = siklusService.catat(p, auth == null ? null : auth.getUserId(),
        execution.getProcessInstanceId());
    execution.setVariable("siklusId", s.getId());
    execution.setVariable("tahun", p.tahun());
    execution.setVariable("semuaOpd", p.semuaOpd());
    execution.setVariable("kodeOpd", String.join(",", p.kodeOpd()));
    execution.setVariable("jenisPeriode", p.jenisPeriode().name());
    execution.setVariable("batasPenetapanSkp", p.batasPenetapanSkp().toString());
  }
}
