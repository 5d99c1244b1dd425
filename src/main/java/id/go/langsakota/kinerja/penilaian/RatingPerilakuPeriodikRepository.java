package id.go.langsakota.kinerja.penilaian;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RatingPerilakuPeriodikRepository extends JpaRepository<RatingPerilakuPeriodik, Long> {
  List<RatingPerilakuPeriodik> findByPenilaianIdOrderById(Long penilaianId);
}
