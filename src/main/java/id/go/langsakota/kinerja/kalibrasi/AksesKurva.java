package id.go.langsakota.kinerja.kalibrasi;

import id.go.langsakota.kinerja.organisasi.Pejabat;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** Who may read an OPD's organisation predikat and distribution: BKPSDM, admin, its head today. */
@Component
class AksesKurva {

  private static final Set<String> PERAN = Set.of("ROLE_BKPSDM", "ROLE_CAMUNDA_ADMIN");

  private final RegisterOrganisasiService register;

  AksesKurva(RegisterOrganisasiService register) {
    this.register = register;
  }

  void pastikanBolehMelihat(Authentication auth, String kodeOpd) {
    boolean berperan = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(PERAN::contains);
    if (berperan) {
      return;
    }
    boolean kepala = register.kepalaOpdDari(kodeOpd, LocalDate.now())
        .map(Pejabat::idPengguna).filter(auth.getName()::equals).isPresent();
    if (!kepala) {
      throw new AccessDeniedException("Hanya BKPSDM, administrator atau kepala OPD ini yang boleh melihat");
    }
  }
}
