package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.proses.BacaIsian;
import id.go.langsakota.kinerja.proses.KomentarTugas;
import id.go.langsakota.kinerja.proses.PemilikTugas;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * terima-hasil-penilaian (the ASN). On complete: owner; diterima must be true; stores
 * tanggalDiterima on the SKP and sets tanggalDiterima / batasKeberatan (ISO instants) for the
 * keberatan process.
 */
@Component("terimaHasilPenilaianListener")
public class TerimaHasilPenilaianListener implements TaskListener {

  private final SkpService skpService;
  private final SkpPegawaiProses proses;

  public TerimaHasilPenilaianListener(SkpService skpService, SkpPegawaiProses proses) {
    this.skpService = skpService;
    this.proses = proses;
  }

  @Override
  public void notify(DelegateTask task) {
    PemilikTugas.periksa(task);
    if (!BacaIsian.ya(task, SkpPegawaiProses.DITERIMA)) {
      throw new IsianTidakValidException("Centang 'diterima' untuk menyatakan hasil penilaian sudah diterima");
    }
    Long skpId = proses.skpId(task.getExecution());
    Instant pada = skpService.terima(skpId);
    // The form echoes the result it shows; the process keeps the stored one.
    Skp skp = skpService.ambil(skpId);
    task.setVariable(SkpPegawaiProses.RATING_HASIL, skp.getRatingHasilKerjaTahunan().name());
    task.setVariable(SkpPegawaiProses.RATING_PERILAKU, skp.getRatingPerilakuTahunan().name());
    task.setVariable(SkpPegawaiProses.PREDIKAT, skp.getPredikatTahunan().name());
    task.setVariable("tanggalDiterima", pada.toString());
    Instant batas = pada.plus(skpService.hariPengajuanKeberatan(), ChronoUnit.DAYS);
    task.setVariable("batasKeberatan", batas.toString());
    KomentarTugas.catat(task, "Hasil penilaian tahunan diterima (predikat " + skp.getPredikatTahunan().label()
        + "). Keberatan dapat diajukan sampai " + batas.atZone(Waktu.WIB).toLocalDate() + ".");
  }
}
