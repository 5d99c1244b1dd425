package id.go.langsakota.kinerja.kalibrasi;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PerubahanRatingKalibrasiRepository extends JpaRepository<PerubahanRatingKalibrasi, Long> {

  List<PerubahanRatingKalibrasi> findByKalibrasiIdOrderById(Long kalibrasiId);

  List<PerubahanRatingKalibrasi> findByKalibrasiIdInOrderById(Collection<Long> kalibrasiId);
}
