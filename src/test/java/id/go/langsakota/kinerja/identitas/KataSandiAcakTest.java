package id.go.langsakota.kinerja.identitas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;

class KataSandiAcakTest {

  @Test
  void everyGeneratedPasswordPassesCamundasDefaultPolicyAndTheyDiffer() {
    UserEntity pengguna = new UserEntity("198501012010011001");
    pengguna.setFirstName("Cut");
    pengguna.setLastName("Nyak Dhien");
    pengguna.setEmail("cut@langsakota.go.id");
    Set<String> dilihat = new HashSet<>();
    int memuatDataPengguna = 0;
    for (int i = 0; i < 500; i++) {
      String s = KataSandiAcak.buat();
      assertThat(s).hasSize(20);
      for (PasswordPolicyRule aturan : new DefaultPasswordPolicyImpl().getRules()) {
        if (aturan.getPlaceholder().equals("PASSWORD_POLICY_USER_DATA")) {
          // A random string may by chance contain a short name ("Cut"): IdentitasService then
          // draws again (up to 10 times), so this rule only has to fail rarely.
          memuatDataPengguna += aturan.execute(s, pengguna) ? 0 : 1;
          continue;
        }
        assertThat(aturan.execute(s, pengguna)).as("%s: %s", aturan.getPlaceholder(), s).isTrue();
      }
      dilihat.add(s);
    }
    assertThat(dilihat).hasSize(500);
    assertThat(memuatDataPengguna).as("kata sandi yang memuat nama pengguna").isLessThan(10);
  }
}
