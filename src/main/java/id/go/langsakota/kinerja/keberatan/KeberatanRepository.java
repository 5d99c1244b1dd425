package id.go.langsakota.kinerja.keberatan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KeberatanRepository extends JpaRepository<Keberatan, Long> {

  Optional<Keberatan> findByNipAndTahun(String nip, int tahun);

  boolean existsByNipAndTahun(String nip, int tahun);

  List<Keberatan> findByTahunOrderById(int tahun);

  List<Keberatan> findByNipOrderByTahunDesc(String nip);
}
