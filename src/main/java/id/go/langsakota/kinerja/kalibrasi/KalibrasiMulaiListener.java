package id.go.langsakota.kinerja.kalibrasi;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Start event of kalibrasi-kurva: checks the start form (tahun, kodeOpd) inside the start
 * transaction, records the round with its SKPs and sets the business key
 * KK-&lt;tahun&gt;-&lt;kodeOpd&gt;-&lt;ronde&gt;. A BKPSDM user starting it is recorded; the system
 * (no user: the OPD became complete) starts it as OTOMATIS.
 */
@Component("kalibrasiMulaiListener")
public class KalibrasiMulaiListener implements ExecutionListener {

  private final KalibrasiKurvaService service;

  public KalibrasiMulaiListener(KalibrasiKurvaService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    KalibrasiKurva k = service.mulaiRonde(execution.getVariable(KalibrasiKurvaProses.TAHUN),
        execution.getVariable(KalibrasiKurvaProses.KODE_OPD), auth == null ? null : auth.getUserId(),
        execution.getProcessInstanceId());
    execution.setProcessBusinessKey(k.businessKey());
    execution.setVariable("kalibrasiId", k.getId());
    execution.setVariable(KalibrasiKurvaProses.TAHUN, k.getTahun());
    execution.setVariable(KalibrasiKurvaProses.KODE_OPD, k.getKodeOpd());
    execution.setVariable("ronde", k.getRonde());
    execution.setVariable("belumDinilai", k.getBelumDinilai() == null ? "" : k.getBelumDinilai());
  }
}
