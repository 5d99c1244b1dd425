package id.go.langsakota.kinerja.penghargaan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Start event of seleksi-penghargaan: checks the year inside the start transaction (a second
 * selection for the same year is refused), records the selection and sets the business key PH-&lt;tahun&gt;.
 */
@Component("mulaiSeleksiPenghargaanListener")
public class MulaiSeleksiPenghargaanListener implements ExecutionListener {

  private final PenghargaanService service;

  public MulaiSeleksiPenghargaanListener(PenghargaanService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    SeleksiPenghargaan s = service.buka(execution.getVariable(SeleksiPenghargaanProses.TAHUN),
        auth == null ? null : auth.getUserId(), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(s.businessKey());
    execution.setVariable(SeleksiPenghargaanProses.TAHUN, s.getTahun());
  }
}
