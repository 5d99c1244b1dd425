package id.go.langsakota.kinerja.penilaian;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PenilaianPeriodikRepository extends JpaRepository<PenilaianPeriodik, Long> {

  /** All periods of one SKP in order; the annual suggestion reads them. */
  List<PenilaianPeriodik> findBySkpIdOrderByPeriodeKe(Long skpId);

  Optional<PenilaianPeriodik> findBySkpIdAndPeriodeKe(Long skpId, int periodeKe);
}
