package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.proses.BacaIsian;
import id.go.langsakota.kinerja.proses.KomentarTugas;
import id.go.langsakota.kinerja.proses.PemilikTugas;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * nilai-kinerja-tahunan. On create: the read-only views (periodic results, the suggestions the
 * service task "Hitung saran rating tahunan" stored on the SKP). On complete: owner, then
 * ratingHasilKerja and ratingPerilaku from the list; alasan required when either differs from
 * the STORED suggestion (what the form echoes back is never compared); stored on the SKP.
 */
@Component("nilaiKinerjaTahunanListener")
public class NilaiKinerjaTahunanListener implements TaskListener {

  private final SkpService skpService;
  private final SkpPegawaiProses proses;
  private final TampilanTugasSkpService tampilan;

  public NilaiKinerjaTahunanListener(SkpService skpService, SkpPegawaiProses proses,
      TampilanTugasSkpService tampilan) {
    this.skpService = skpService;
    this.proses = proses;
    this.tampilan = tampilan;
  }

  @Override
  public void notify(DelegateTask task) {
    Long skpId = proses.skpId(task.getExecution());
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      tampilan.nilaiTahunan(skpId).forEach(task::setVariable);
      return;
    }
    String oleh = PemilikTugas.periksa(task);
    List<String> salah = new ArrayList<>();
    Rating hasil = rating(task, SkpPegawaiProses.RATING_HASIL, "Rating hasil kerja", salah);
    Rating perilaku = rating(task, SkpPegawaiProses.RATING_PERILAKU, "Rating perilaku kerja", salah);
    String alasan = BacaIsian.teks(task, SkpPegawaiProses.ALASAN);
    Skp skp = skpService.ambil(skpId);
    boolean menyimpang = hasil != null && hasil != skp.getSaranRatingHasilKerja()
        || perilaku != null && perilaku != skp.getSaranRatingPerilaku();
    if (menyimpang && alasan == null) {
      salah.add("alasan wajib diisi karena rating berbeda dari saran sistem");
    }
    if (alasan != null && alasan.length() > 2000) {
      salah.add("alasan terlalu panjang (maksimal 2000 karakter)");
    }
    if (!salah.isEmpty()) {
      throw new IsianTidakValidException(salah);
    }
    skpService.simpanRatingTahunan(skpId, hasil, perilaku, alasan, oleh);
    KomentarTugas.catat(task, "Dinilai (tahun " + skp.getTahun() + "): hasil kerja " + hasil.label()
        + (skp.getSaranRatingHasilKerja() != null && hasil != skp.getSaranRatingHasilKerja()
            ? " (saran sistem " + skp.getSaranRatingHasilKerja().label() + ")" : "")
        + ", perilaku kerja " + perilaku.label()
        + (skp.getSaranRatingPerilaku() != null && perilaku != skp.getSaranRatingPerilaku()
            ? " (saran sistem " + skp.getSaranRatingPerilaku().label() + ")" : "")
        + "." + (alasan == null ? "" : " Alasan: " + alasan + "."));
    // The DMN reads the checked ratings; the echoed suggestions are put back to the stored ones.
    task.setVariable(SkpPegawaiProses.RATING_HASIL, hasil.name());
    task.setVariable(SkpPegawaiProses.RATING_PERILAKU, perilaku.name());
    tampilan.nilaiTahunan(skpId).forEach(task::setVariable);
    // what the ASN's next task (terima-hasil-penilaian) links to: the annual evaluation
    task.setVariable(SkpPegawaiProses.TAUTAN_DOKUMEN, tampilan.tautanTerima(skpId));
  }

  private static Rating rating(DelegateTask task, String nama, String label, List<String> salah) {
    try {
      return Rating.dari(BacaIsian.teks(task, nama), label);
    } catch (IllegalArgumentException e) {
      salah.add(e.getMessage());
      return null;
    }
  }
}
