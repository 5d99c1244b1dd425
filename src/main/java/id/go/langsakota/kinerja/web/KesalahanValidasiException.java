package id.go.langsakota.kinerja.web;

import java.util.List;

/**
 * Bad input with several problems at once (e.g. {@code Nip.periksa(nip)}): answered with 400,
 * the message as {@code pesan} and the problems as {@code kesalahan}.
 */
public class KesalahanValidasiException extends IllegalArgumentException {

  private final List<String> kesalahan;

  public KesalahanValidasiException(String pesan, List<String> kesalahan) {
    super(pesan);
    this.kesalahan = List.copyOf(kesalahan);
  }

  public List<String> getKesalahan() {
    return kesalahan;
  }
}
