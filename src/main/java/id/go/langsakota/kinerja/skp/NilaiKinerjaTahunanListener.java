package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.kinerjaorganisasi.CapaianKinerjaOrganisasi;
import id.go.langsakota.kinerja.kinerjaorganisasi.CapaianKinerjaOrganisasiService;
import id.go.langsakota.kinerja.kinerjaorganisasi.SaranRatingOrganisasi;
import id.go.langsakota.kinerja.penilaian.DasarSaranRatingHasilKerja;
import id.go.langsakota.kinerja.penilaian.PenilaianPeriodik;
import id.go.langsakota.kinerja.penilaian.PenilaianPeriodikRepository;
import id.go.langsakota.kinerja.penilaian.Rating;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * nilai-kinerja-tahunan. On create: the periodic results (ringkasanPeriodik) and the suggestions
 * saranRatingHasilKerja / saranRatingPerilaku (mean of the periods, rounded half up), also
 * stored on the SKP. For the head of an OPD the Rating Hasil Kerja suggestion follows the OPD's
 * annual capaian kinerja organisasi (periodeKe 0) when BKPSDM has entered it (DOMAIN.md §3);
 * dasarSaranRatingHasilKerja says which basis was used. On complete: ratingHasilKerja and ratingPerilaku from the list; alasan
 * required when either differs from its suggestion; stored on the SKP.
 */
@Component("nilaiKinerjaTahunanListener")
public class NilaiKinerjaTahunanListener implements TaskListener {

  private final SkpService skpService;
  private final PenilaianPeriodikRepository penilaianRepository;
  private final CapaianKinerjaOrganisasiService capaianOrganisasi;

  public NilaiKinerjaTahunanListener(SkpService skpService,
      PenilaianPeriodikRepository penilaianRepository, CapaianKinerjaOrganisasiService capaianOrganisasi) {
    this.skpService = skpService;
    this.penilaianRepository = penilaianRepository;
    this.capaianOrganisasi = capaianOrganisasi;
  }

  @Override
  public void notify(DelegateTask task) {
    Long skpId = Variabel.id(task, "skpId");
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      List<PenilaianPeriodik> periodik = penilaianRepository.findBySkpIdOrderByPeriodeKe(skpId);
      Rating dariPeriodik = SaranRatingTahunan.saran(periodik.stream().map(PenilaianPeriodik::getRatingHasilKerja).toList());
      Skp skp = skpService.ambil(skpId);
      SaranRatingOrganisasi.Saran saran = capaianOrganisasi.saran(skp.getNip(), skp.getTahun(),
          CapaianKinerjaOrganisasi.TAHUNAN, skp.getTanggalSelesai(), dariPeriodik,
          DasarSaranRatingHasilKerja.RATING_PERIODIK);
      Rating saranHasil = saran.rating();
      Rating saranPerilaku = SaranRatingTahunan.saran(periodik.stream().map(PenilaianPeriodik::getRatingPerilaku).toList());
      skpService.simpanSaranTahunan(skpId, saranHasil, saran.dasar(), saranPerilaku);
      StringBuilder s = new StringBuilder();
      for (PenilaianPeriodik p : periodik) {
        s.append("Periode ").append(p.getPeriodeKe()).append(" (").append(p.getTanggalMulai())
            .append(" s.d. ").append(p.getTanggalAkhir()).append("): hasil kerja ")
            .append(label(p.getRatingHasilKerja())).append(", perilaku ").append(label(p.getRatingPerilaku()))
            .append(", predikat ").append(p.getPredikat() == null ? "-" : p.getPredikat().label()).append('\n');
      }
      task.setVariable("ringkasanPeriodik", s.length() == 0 ? "Belum ada penilaian periodik." : s.toString());
      task.setVariable("saranRatingHasilKerja", saranHasil == null ? null : saranHasil.name());
      task.setVariable("saranRatingPerilaku", saranPerilaku == null ? null : saranPerilaku.name());
      task.setVariable("dasarSaranRatingHasilKerja", saran.dasar() == null ? null : saran.dasar().name());
      task.setVariable("dasarSaranRatingHasilKerjaLabel", saran.dasar() == null ? ""
          : saran.capaianOrganisasi() == null ? saran.dasar().label()
          : saran.dasar().label() + " tahun " + skp.getTahun() + ": "
              + saran.capaianOrganisasi().toPlainString() + " % (pegawai adalah kepala OPD)");
      return;
    }
    PenjagaTugas.pastikanPemilik(task);
    List<String> salah = new ArrayList<>();
    Rating hasil = rating(task, "ratingHasilKerja", "Rating hasil kerja", salah);
    Rating perilaku = rating(task, "ratingPerilaku", "Rating perilaku kerja", salah);
    String alasan = Variabel.teks(task, "alasan");
    boolean menyimpang = hasil != null && !hasil.name().equals(task.getVariable("saranRatingHasilKerja"))
        || perilaku != null && !perilaku.name().equals(task.getVariable("saranRatingPerilaku"));
    if (menyimpang && alasan == null) {
      salah.add("alasan wajib diisi karena rating berbeda dari saran sistem");
    }
    if (alasan != null && alasan.length() > 2000) {
      salah.add("alasan terlalu panjang (maksimal 2000 karakter)");
    }
    if (!salah.isEmpty()) {
      throw new ValidasiException(salah);
    }
    skpService.simpanRatingTahunan(skpId, hasil, perilaku, alasan, PenjagaTugas.pengguna(task));
  }

  private static Rating rating(DelegateTask task, String nama, String label, List<String> salah) {
    try {
      return Rating.dari(Variabel.teks(task, nama), label);
    } catch (IllegalArgumentException e) {
      salah.add(e.getMessage());
      return null;
    }
  }

  private static String label(Rating r) {
    return r == null ? "-" : r.label();
  }
}
