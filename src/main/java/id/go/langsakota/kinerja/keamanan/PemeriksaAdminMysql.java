package id.go.langsakota.kinerja.keamanan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The checks behind {@link PenjagaProfilMysql}: in production (profile mysql) there is no demo
 * admin, so the admin account must come from KINERJA_ADMIN_USER / KINERJA_ADMIN_PASSWORD, and with
 * Camunda's password policy on (application-mysql.yml) the password must pass that policy, or
 * Camunda itself would refuse to create the admin user later, after touching the database.
 */
public final class PemeriksaAdminMysql {

  private PemeriksaAdminMysql() {}

  /** Problems found, each in Indonesian and English; empty = the configuration is usable. */
  public static List<String> periksa(String idAdmin, String kataSandi, boolean kebijakanKataSandi,
      String namaDepan, String namaBelakang, String email) {
    List<String> masalah = new ArrayList<>();
    if (kosong(idAdmin)) {
      masalah.add("KINERJA_ADMIN_USER (camunda.bpm.admin-user.id) kosong: profil mysql memerlukan"
          + " akun admin / is empty: the mysql profile needs an admin account.");
    }
    if (kosong(kataSandi)) {
      masalah.add("KINERJA_ADMIN_PASSWORD (camunda.bpm.admin-user.password) kosong: profil mysql"
          + " memerlukan kata sandi admin / is empty: the mysql profile needs an admin password.");
    } else if (kebijakanKataSandi) {
      UserEntity admin = new UserEntity(kosong(idAdmin) ? "" : idAdmin.trim());
      admin.setFirstName(namaDepan);
      admin.setLastName(namaBelakang);
      admin.setEmail(email);
      List<String> aturanGagal = new ArrayList<>();
      for (PasswordPolicyRule aturan : new DefaultPasswordPolicyImpl().getRules()) {
        if (!aturan.execute(kataSandi, admin)) {
          aturanGagal.add(uraikan(aturan));
        }
      }
      if (!aturanGagal.isEmpty()) {
        masalah.add("KINERJA_ADMIN_PASSWORD tidak memenuhi kebijakan kata sandi Camunda"
            + " (enable-password-policy aktif pada profil mysql) / does not satisfy Camunda's"
            + " password policy (enabled in the mysql profile): " + String.join("; ", aturanGagal));
      }
    }
    return masalah;
  }

  private static String uraikan(PasswordPolicyRule aturan) {
    String p = aturan.getPlaceholder();
    String min = aturan.getParameters() == null || aturan.getParameters().isEmpty()
        ? "1" : aturan.getParameters().values().iterator().next();
    String jenis = p.toUpperCase(Locale.ROOT).replace("PASSWORD_POLICY_", "");
    return switch (jenis) {
      case "LENGTH" -> "minimal " + min + " karakter / at least " + min + " characters";
      case "LOWERCASE" -> "minimal " + min + " huruf kecil / at least " + min + " lowercase letter(s)";
      case "UPPERCASE" -> "minimal " + min + " huruf besar / at least " + min + " uppercase letter(s)";
      case "DIGIT" -> "minimal " + min + " angka / at least " + min + " digit(s)";
      case "SPECIAL" -> "minimal " + min + " karakter khusus / at least " + min + " special character(s)";
      case "USER_DATA" -> "tidak boleh memuat ID, nama atau email admin / must not contain the admin's"
          + " id, name or email";
      default -> p;
    };
  }

  private static boolean kosong(String s) {
    return s == null || s.isBlank();
  }
}
