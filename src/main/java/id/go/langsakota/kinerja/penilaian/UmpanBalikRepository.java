package id.go.langsakota.kinerja.penilaian;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UmpanBalikRepository extends JpaRepository<UmpanBalik, Long> {
  List<UmpanBalik> findByPenilaianIdOrderById(Long penilaianId);
}
