package id.go.langsakota.kinerja.skp;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SkpRepository extends JpaRepository<Skp, Long> {

  Optional<Skp> findByNipAndTahun(String nip, int tahun);

  boolean existsByNipAndTahun(String nip, int tahun);

  /** The ASN's most recent SKP before {@code tahun} (to prefill a new draft). */
  Optional<Skp> findFirstByNipAndTahunLessThanOrderByTahunDesc(String nip, int tahun);

  @Query("select s.nip from Skp s where s.tahun = :tahun and s.nip in :nip")
  List<String> findNipWithSkp(int tahun, java.util.Collection<String> nip);

  long countByTahun(int tahun);
}
