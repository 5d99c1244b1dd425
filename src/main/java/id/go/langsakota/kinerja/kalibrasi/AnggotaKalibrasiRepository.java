package id.go.langsakota.kinerja.kalibrasi;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnggotaKalibrasiRepository extends JpaRepository<AnggotaKalibrasi, Long> {

  List<AnggotaKalibrasi> findByKalibrasiIdOrderByNip(Long kalibrasiId);

  List<AnggotaKalibrasi> findBySkpIdIn(Collection<Long> skpId);
}
