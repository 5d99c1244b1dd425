package id.go.langsakota.kinerja.organisasi;

import id.go.langsakota.kinerja.config.Waktu;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Bean {@code organisasi} for BPMN assignment expressions, e.g.
 * {@code camunda:assignee="${organisasi.pejabatPenilai(nip)}"}: resolved from the register when
 * the task is created, so a supervisor who changed mid-year gets the new tasks.
 */
@Component("organisasi")
public class OrganisasiExpressions {


  private final RegisterOrganisasiService register;

  public OrganisasiExpressions(RegisterOrganisasiService register) {
    this.register = register;
  }

  /** Camunda user id of the pejabat penilai kinerja of {@code nip} today. */
  public String pejabatPenilai(String nip) {
    return register.pejabatPenilai(nip, hariIni()).orElseGet(register::ppk).idPengguna();
  }

  /** Camunda user id of the atasan pejabat penilai kinerja of {@code nip} today. */
  public String atasanPejabatPenilai(String nip) {
    return register.atasanPejabatPenilai(nip, hariIni()).orElseGet(register::ppk).idPengguna();
  }

  private static LocalDate hariIni() {
    return LocalDate.now(Waktu.WIB);
  }
}
