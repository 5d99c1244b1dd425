package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.kinerjaorganisasi.CapaianKinerjaOrganisasi;
import id.go.langsakota.kinerja.kinerjaorganisasi.CapaianKinerjaOrganisasiService;
import id.go.langsakota.kinerja.kinerjaorganisasi.SaranRatingOrganisasi;
import id.go.langsakota.kinerja.kosakata.DasarSaranRatingHasilKerja;
import id.go.langsakota.kinerja.kosakata.Rating;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual suggestion, computed once by the service task "Hitung saran rating tahunan" and
 * stored on the SKP: the mean of the periodic ratings (rounded half up); for the head of an OPD
 * the Rating Hasil Kerja follows the OPD's annual capaian kinerja organisasi (periodeKe 0) when
 * BKPSDM has entered it. nilai-kinerja-tahunan compares the rater's decision with the stored
 * value, never with anything the rater sends.
 */
@Service
public class SaranTahunanService {

  private final SkpService skpService;
  private final SumberHasilPeriodik periode;
  private final CapaianKinerjaOrganisasiService capaianOrganisasi;

  public SaranTahunanService(SkpService skpService, SumberHasilPeriodik periode,
      CapaianKinerjaOrganisasiService capaianOrganisasi) {
    this.skpService = skpService;
    this.periode = periode;
    this.capaianOrganisasi = capaianOrganisasi;
  }

  @Transactional
  public Skp hitungDanSimpan(Long skpId) {
    List<HasilPeriodik> periodik = periode.untukSkp(skpId);
    Rating dariPeriodik = SaranRatingTahunan.saran(periodik.stream().map(HasilPeriodik::ratingHasilKerja).toList());
    Skp skp = skpService.ambil(skpId);
    SaranRatingOrganisasi.Saran saran = capaianOrganisasi.saran(skp.getNip(), skp.getTahun(),
        CapaianKinerjaOrganisasi.TAHUNAN, skp.getTanggalSelesai(), dariPeriodik,
        DasarSaranRatingHasilKerja.RATING_PERIODIK);
    Rating saranPerilaku = SaranRatingTahunan.saran(periodik.stream().map(HasilPeriodik::ratingPerilaku).toList());
    skpService.simpanSaranTahunan(skpId, saran.rating(), saran.dasar(), saranPerilaku);
    return skp;
  }
}
