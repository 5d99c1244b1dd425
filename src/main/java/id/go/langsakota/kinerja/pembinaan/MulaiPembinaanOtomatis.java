package id.go.langsakota.kinerja.pembinaan;

import id.go.langsakota.kinerja.skp.HasilTahunanFinal;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts pembinaan-kinerja when an annual result becomes final for the follow-ups (accepted,
 * appeal window closed, or appeal decided) with predikat Butuh Perbaikan or worse — after the
 * appeal, so a predikat raised by the atasan starts nothing. In the same transaction: the
 * acceptance and the start commit together.
 */
@Component
class MulaiPembinaanOtomatis {

  private final PembinaanKinerjaService service;

  MulaiPembinaanOtomatis(PembinaanKinerjaService service) {
    this.service = service;
  }

  @EventListener
  void hasilTahunanFinal(HasilTahunanFinal hasil) {
    service.mulaiBilaPerlu(hasil.skpId());
  }
}
