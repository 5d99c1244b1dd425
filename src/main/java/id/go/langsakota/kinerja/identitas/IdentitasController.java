package id.go.langsakota.kinerja.identitas;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Manual full identity reconciliation, e.g. after data was corrected directly in the database. */
@RestController
@RequestMapping("/api/identitas")
@Tag(name = "Identitas", description = "Sinkronisasi pengguna Camunda dengan register organisasi")
public class IdentitasController {

  private final IdentitasService identitas;

  public IdentitasController(IdentitasService identitas) {
    this.identitas = identitas;
  }

  @PostMapping("/sinkronisasi")
  @PreAuthorize("hasAnyRole('BKPSDM', 'CAMUNDA_ADMIN')")
  @Operation(summary = "Menyelaraskan semua pengguna dan grup Camunda dengan register (BKPSDM, admin)")
  public HasilSinkronisasi sinkronkanSemua() {
    return identitas.sinkronkanSemua();
  }
}
