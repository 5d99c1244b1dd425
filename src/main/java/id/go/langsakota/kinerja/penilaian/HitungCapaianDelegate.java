package id.go.langsakota.kinerja.penilaian;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Hitung capaian dan saran rating" → saranRatingHasilKerja, dasarSaranRatingHasilKerja
 * (INDIKATOR | CAPAIAN_ORGANISASI), batasPenilaian, pengingatPenilaian. Display values: the
 * rating listener compares with the row, never with these variables. */
@Component("hitungCapaianDelegate")
public class HitungCapaianDelegate implements JavaDelegate {

  private final PenilaianPeriodikProses proses;
  private final PenilaianPeriodikService service;
  private final PenilaianPeriodikRepository repository;

  public HitungCapaianDelegate(PenilaianPeriodikProses proses, PenilaianPeriodikService service, PenilaianPeriodikRepository repository) {
    this.proses = proses;
    this.service = service;
    this.repository = repository;
  }

  @Override
  public void execute(DelegateExecution e) {
    long penilaianId = proses.penilaianId(e);
    PenilaianPeriodikService.Tenggat t = service.hitungCapaian(penilaianId);
    PenilaianPeriodik p = repository.findById(penilaianId).orElseThrow();
    e.setVariable("saranRatingHasilKerja", p.getSaranRatingHasilKerja().name());
    e.setVariable("dasarSaranRatingHasilKerja", p.getDasarSaranRatingHasilKerja().name());
    e.setVariable("batasPenilaian", t.batasIso());
    e.setVariable("pengingatPenilaian", t.pengingatIso());
  }
}
