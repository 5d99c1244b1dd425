package id.go.langsakota.kinerja.skp;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * terima-hasil-penilaian (the ASN). On complete: diterima must be true; stores tanggalDiterima
 * on the SKP and sets tanggalDiterima / batasKeberatan (ISO instants) for the keberatan process.
 */
@Component("terimaHasilPenilaianListener")
public class TerimaHasilPenilaianListener implements TaskListener {

  private final SkpService skpService;

  public TerimaHasilPenilaianListener(SkpService skpService) {
    this.skpService = skpService;
  }

  @Override
  public void notify(DelegateTask task) {
    PenjagaTugas.pastikanPemilik(task);
    Object diterima = task.getVariable("diterima");
    if (!Boolean.TRUE.equals(diterima) && !"true".equals(String.valueOf(diterima))) {
      throw new ValidasiException("Centang 'diterima' untuk menyatakan hasil penilaian sudah diterima");
    }
    Instant pada = skpService.terima(Variabel.id(task, "skpId"));
    task.setVariable("tanggalDiterima", pada.toString());
    task.setVariable("batasKeberatan",
        pada.plus(skpService.hariPengajuanKeberatan(), ChronoUnit.DAYS).toString());
  }
}
