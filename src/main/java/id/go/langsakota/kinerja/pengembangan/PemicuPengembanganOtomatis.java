package id.go.langsakota.kinerja.pengembangan;

import id.go.langsakota.kinerja.penilaian.BerakhlakDiBawahEkspektasi;
import id.go.langsakota.kinerja.skp.HasilTahunanFinal;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The automatic triggers of pengembangan-kompetensi, in the transaction of what triggers them:
 * an annual result final for follow-ups (accepted, window closed or appeal decided — so the
 * predikat after an appeal counts) and a period rated with a BerAKHLAK value below expectations.
 * Each trigger checks its own setting and refuses duplicates without throwing (a throw would roll
 * back the acceptance or the rating).
 */
@Component
class PemicuPengembanganOtomatis {

  private final PemicuPengembanganService pemicu;

  PemicuPengembanganOtomatis(PemicuPengembanganService pemicu) {
    this.pemicu = pemicu;
  }

  @EventListener
  void hasilTahunanFinal(HasilTahunanFinal hasil) {
    if (hasil.predikat() != null) {
      pemicu.predikatFinal(hasil.nip(), hasil.tahun(), hasil.predikat());
    }
  }

  @EventListener
  void berakhlakDiBawahEkspektasi(BerakhlakDiBawahEkspektasi periode) {
    pemicu.periodeDinilai(periode.nip(), periode.tahun());
  }
}
