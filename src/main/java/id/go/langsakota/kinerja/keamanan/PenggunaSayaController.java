package id.go.langsakota.kinerja.keamanan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: lets a client (e.g. the mobile app) check a login and read its roles. */
@RestController
@RequestMapping("/api/saya")
@Tag(name = "Pengguna", description = "Pengguna yang sedang masuk")
public class PenggunaSayaController {

  private final IdentityService identityService;

  public PenggunaSayaController(IdentityService identityService) {
    this.identityService = identityService;
  }

  public record PenggunaSaya(String idPengguna, String nama, String email, List<String> peran) {}

  @GetMapping
  @Operation(summary = "Data pengguna yang sedang masuk beserta perannya (ROLE_...)")
  public PenggunaSaya saya(Authentication auth) {
    User u = identityService.createUserQuery().userId(auth.getName()).singleResult();
    String nama = u == null ? auth.getName()
        : (nullJadiKosong(u.getFirstName()) + " " + nullJadiKosong(u.getLastName())).trim();
    return new PenggunaSaya(auth.getName(), nama, u == null ? null : u.getEmail(),
        auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList());
  }

  private static String nullJadiKosong(String s) {
    return s == null ? "" : s;
  }
}
