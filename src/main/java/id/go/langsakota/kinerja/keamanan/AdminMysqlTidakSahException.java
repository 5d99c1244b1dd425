package id.go.langsakota.kinerja.keamanan;

import java.util.List;

/** The mysql profile was started without a usable admin account. */
public class AdminMysqlTidakSahException extends IllegalStateException {

  private final List<String> masalah;

  public AdminMysqlTidakSahException(List<String> masalah) {
    super("Aplikasi tidak dijalankan: akun admin profil mysql tidak sah / Refusing to start:"
        + " the mysql profile's admin account is not usable.\n - " + String.join("\n - ", masalah));
    this.masalah = List.copyOf(masalah);
  }

  public List<String> getMasalah() {
    return masalah;
  }
}
