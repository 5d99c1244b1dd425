package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.kosakata.Predikat;

/**
 * The annual result of one SKP is final for every follow-up: the ASN accepted it, the appeal
 * window closed, or the appeal was decided (the predikat may have changed). Published inside the
 * transaction that records it, so a follow-up started by a listener commits or rolls back with it.
 * Listeners: pembinaan-kinerja and pengembangan-kompetensi (Butuh Perbaikan or worse).
 */
public record HasilTahunanFinal(Long skpId, String nip, int tahun, Predikat predikat) {

  static HasilTahunanFinal dari(Skp skp) {
    return new HasilTahunanFinal(skp.getId(), skp.getNip(), skp.getTahun(), skp.getPredikatTahunan());
  }
}
