package id.go.langsakota.kinerja.skp;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SkpRepository extends JpaRepository<Skp, Long> {

  Optional<Skp> findByNipAndTahun(String nip, int tahun);

  boolean existsByNipAndTahun(String nip, int tahun);

  /** The ASN's most recent SKP before {@code tahun} (to prefill a new draft). */
  Optional<Skp> findFirstByNipAndTahunLessThanOrderByTahunDesc(String nip, int tahun);

  long countByTahun(int tahun);
}
