package id.go.langsakota.kinerja.kalibrasi;

import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import java.time.Instant;

/** An SKP of the year whose holder sat (definitively) in the OPD on the SKP's last day. */
public record SkpOpd(Long skpId, String nip, String nama, Predikat predikat, Rating ratingHasil,
    Rating ratingPerilaku, Instant tanggalPredikatFinal, boolean kepalaOpd) {

  boolean dinilai() {
    return predikat != null;
  }

  boolean finalkah() {
    return tanggalPredikatFinal != null;
  }
}
