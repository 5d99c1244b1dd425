package id.go.langsakota.kinerja.web;

import java.util.List;

/**
 * The error body of every /api response: {"pesan": "...", "kesalahan": ["...", ...]}.
 * {@code pesan} says what went wrong in Bahasa Indonesia; {@code kesalahan} lists the individual
 * problems (e.g. one per invalid field, "nip: NIP harus 18 digit"), empty when there is one.
 */
public record PesanKesalahan(String pesan, List<String> kesalahan) {

  public PesanKesalahan {
    kesalahan = kesalahan == null ? List.of() : List.copyOf(kesalahan);
  }

  public static PesanKesalahan dari(String pesan) {
    return new PesanKesalahan(pesan, List.of());
  }
}
