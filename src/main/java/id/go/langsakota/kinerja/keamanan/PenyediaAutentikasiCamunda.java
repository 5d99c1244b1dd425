package id.go.langsakota.kinerja.keamanan;

import id.go.langsakota.kinerja.identitas.GrupPengguna;
import id.go.langsakota.kinerja.identitas.IdentitasService;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Authenticates /api callers against Camunda identity (the same login as Tasklist), and only
 * users the register knows: an AKTIF pegawai, a role holder such as the Wali Kota, or the
 * configured admin user. A user created by hand in Admin cannot call /api.
 *
 * <p>Name = Camunda user id (NIP for ASN); authorities = ROLE_ + each Camunda group id
 * uppercased with '-' → '_' (ROLE_PEGAWAI, ROLE_BKPSDM, ROLE_TIM_PENILAI_KINERJA,
 * ROLE_WALIKOTA, ROLE_CAMUNDA_ADMIN). Being the only AuthenticationProvider bean, it also stops
 * Spring Boot from creating the default in-memory user and logging its generated password.
 */
@Component
public class PenyediaAutentikasiCamunda implements AuthenticationProvider {

  static final String PESAN_GAGAL = "Nama pengguna atau kata sandi salah";

  private final IdentityService identityService;
  private final IdentitasService identitas;

  public PenyediaAutentikasiCamunda(IdentityService identityService, IdentitasService identitas) {
    this.identityService = identityService;
    this.identitas = identitas;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String id = authentication.getName();
    Object kredensial = authentication.getCredentials();
    if (id == null || id.isBlank() || !(kredensial instanceof String kataSandi) || kataSandi.isEmpty()) {
      throw new BadCredentialsException(PESAN_GAGAL);
    }
    // Same answer for a wrong password and an unknown/retired user: no account probing.
    if (!identityService.checkPassword(id, kataSandi) || !identitas.terdaftar(id)) {
      throw new BadCredentialsException(PESAN_GAGAL);
    }
    List<GrantedAuthority> otoritas = identitas.grup(id).stream()
        .map(GrupPengguna::otoritas)
        .<GrantedAuthority>map(SimpleGrantedAuthority::new)
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(id, null, otoritas);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
