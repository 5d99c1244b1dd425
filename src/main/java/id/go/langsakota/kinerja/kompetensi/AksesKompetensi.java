package id.go.langsakota.kinerja.kompetensi;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.organisasi.Pejabat;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who may see whose training data: BKPSDM (and administrators) everyone; an ASN themself; a
 * pejabat penilai or atasan pejabat penilai their team (per the register today).
 */
@Component
public class AksesKompetensi {

  private final RegisterOrganisasiService register;

  public AksesKompetensi(RegisterOrganisasiService register) {
    this.register = register;
  }

  public static boolean bkpsdm(Authentication auth) {
    return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(a -> a.equals("ROLE_BKPSDM") || a.equals("ROLE_CAMUNDA_ADMIN"));
  }

  public void periksaLihat(Authentication auth, String nip) {
    if (auth == null) {
      throw new AccessDeniedException("Silakan masuk terlebih dahulu");
    }
    if (bkpsdm(auth) || auth.getName().equals(nip)) {
      return;
    }
    if (!register.penilaiAtauAtasan(auth.getName(), nip, LocalDate.now(Waktu.WIB))) {
      throw new AccessDeniedException("Anda tidak berhak melihat data pengembangan kompetensi pegawai ini");
    }
  }

  /** The NIPs a non-BKPSDM user may see in a report: themself and their team (direct reports). */
  public Set<String> lingkup(Authentication auth) {
    Set<String> nip = new LinkedHashSet<>();
    nip.add(auth.getName());
    register.bawahan(auth.getName(), LocalDate.now(Waktu.WIB)).stream()
        .map(Pejabat::nip).filter(n -> n != null).forEach(nip::add);
    return nip;
  }
}
