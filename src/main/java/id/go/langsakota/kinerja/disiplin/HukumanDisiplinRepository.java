package id.go.langsakota.kinerja.disiplin;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HukumanDisiplinRepository extends JpaRepository<HukumanDisiplin, Long> {

  List<HukumanDisiplin> findByNipOrderByTmtMulaiDescIdDesc(String nip);

  List<HukumanDisiplin> findAllByOrderByTmtMulaiDescIdDesc();

  Optional<HukumanDisiplin> findByNipAndNomorKeputusan(String nip, String nomorKeputusan);
}
