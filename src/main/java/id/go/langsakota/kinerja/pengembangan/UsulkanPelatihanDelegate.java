package id.go.langsakota.kinerja.pengembangan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ranks the catalogue for the need and stores the proposals; decides who assigns (see the service). */
@Component("usulkanPelatihanDelegate")
public class UsulkanPelatihanDelegate implements JavaDelegate {

  private final KebutuhanPelatihanService service;
  private final PengembanganKompetensiProses proses;

  public UsulkanPelatihanDelegate(KebutuhanPelatihanService service, PengembanganKompetensiProses proses) {
    this.service = service;
    this.proses = proses;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.usulkan(proses.kebutuhanId(execution));
  }
}
