package id.go.langsakota.kinerja.keberatan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PenjelasanKeberatanRepository extends JpaRepository<PenjelasanKeberatan, Long> {

  List<PenjelasanKeberatan> findByKeberatanIdOrderById(Long keberatanId);
}
