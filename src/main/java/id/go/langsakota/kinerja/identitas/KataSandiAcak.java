package id.go.langsakota.kinerja.identitas;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Random initial passwords for the mysql profile (no shared initial password there): 20
 * characters with lower and upper case letters, digits and special characters, so they pass
 * Camunda's default password policy. Nobody knows them; an administrator resets them in Admin.
 */
final class KataSandiAcak {

  private static final String KECIL = "abcdefghijkmnopqrstuvwxyz";
  private static final String BESAR = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String ANGKA = "23456789";
  private static final String KHUSUS = "!@#$%^&*-_=+?";
  private static final String SEMUA = KECIL + BESAR + ANGKA + KHUSUS;
  private static final SecureRandom ACAK = new SecureRandom();

  private KataSandiAcak() {}

  static String buat() {
    List<Character> c = new ArrayList<>();
    for (String kelas : List.of(KECIL, BESAR, ANGKA, KHUSUS)) {
      for (int i = 0; i < 2; i++) {
        c.add(kelas.charAt(ACAK.nextInt(kelas.length())));
      }
    }
    while (c.size() < 20) {
      c.add(SEMUA.charAt(ACAK.nextInt(SEMUA.length())));
    }
    Collections.shuffle(c, ACAK);
    StringBuilder s = new StringBuilder();
    c.forEach(s::append);
    return s.toString();
  }
}
