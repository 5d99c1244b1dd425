package id.go.langsakota.kinerja.pemberitahuan;

import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Name and e-mail of a user: the register first (a pegawai's NIP is their user id); users outside
 * the register (the PPK login) from their Camunda profile.
 */
@Component
public class BukuAlamat {

  private final PegawaiRepository pegawai;
  private final IdentityService identitas;

  public BukuAlamat(PegawaiRepository pegawai, IdentityService identitas) {
    this.pegawai = pegawai;
    this.identitas = identitas;
  }

  public record Kontak(String nama, String email, boolean diRegister) {}

  @Transactional(readOnly = true)
  public Kontak kontak(String idPengguna) {
    Optional<Pegawai> p = pegawai.findByNip(idPengguna);
    if (p.isPresent()) {
      return new Kontak(p.get().getNamaLengkap(), kosongJadiNull(p.get().getEmail()), true);
    }
    User u = identitas.createUserQuery().userId(idPengguna).singleResult();
    if (u == null) {
      return new Kontak(idPengguna, null, false);
    }
    String nama = ((u.getFirstName() == null ? "" : u.getFirstName()) + " "
        + (u.getLastName() == null ? "" : u.getLastName())).trim();
    return new Kontak(nama.isEmpty() ? idPengguna : nama, kosongJadiNull(u.getEmail()), false);
  }

  private static String kosongJadiNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
