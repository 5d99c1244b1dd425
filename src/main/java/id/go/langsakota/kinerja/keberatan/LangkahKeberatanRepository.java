package id.go.langsakota.kinerja.keberatan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LangkahKeberatanRepository extends JpaRepository<LangkahKeberatan, Long> {

  List<LangkahKeberatan> findByKeberatanIdOrderById(Long keberatanId);
}
