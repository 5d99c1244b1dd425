package id.go.langsakota.kinerja.penilaian;

import id.go.langsakota.kinerja.skp.HasilPeriodik;
import id.go.langsakota.kinerja.skp.SumberHasilPeriodik;
import java.util.List;
import org.springframework.stereotype.Component;

/** The periods of an SKP for the annual assessment, from the penilaian_periodik table. */
@Component
class HasilPeriodikDariPenilaian implements SumberHasilPeriodik {

  private final PenilaianPeriodikRepository repository;

  HasilPeriodikDariPenilaian(PenilaianPeriodikRepository repository) {
    this.repository = repository;
  }

  @Override
  public List<HasilPeriodik> untukSkp(Long skpId) {
    return repository.findBySkpIdOrderByPeriodeKe(skpId).stream()
        .map(p -> new HasilPeriodik(p.getPeriodeKe(), p.getTanggalMulai(), p.getTanggalAkhir(),
            p.getRatingHasilKerja(), p.getRatingPerilaku(), p.getPredikat(),
            p.getCaraPenilaian() == null ? "" : p.getCaraPenilaian().label()))
        .toList();
  }
}
