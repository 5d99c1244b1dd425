package id.go.langsakota.kinerja.penilaian;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PemberitahuanRepository extends JpaRepository<Pemberitahuan, Long> {
  List<Pemberitahuan> findByPenilaianIdOrderById(Long penilaianId);
}
