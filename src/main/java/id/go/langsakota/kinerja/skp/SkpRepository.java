package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.config.MemoTransaksi;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SkpRepository extends JpaRepository<Skp, Long> {

  Optional<Skp> findByNipAndTahun(String nip, int tahun);

  /**
   * {@link #findByNipAndTahun}, queried once per transaction: the processes' expressions ask for
   * the SKP of their business key many times in one command. The id is kept
   * ({@link MemoTransaksi}), the row then comes from the persistence context.
   */
  default Optional<Skp> findByNipAndTahunSekaliPerTransaksi(String nip, int tahun) {
    Long id = MemoTransaksi.ambil(new MemoSkp(nip, tahun), () ->
        findByNipAndTahun(nip, tahun).map(Skp::getId).orElse(null));
    return id == null ? Optional.empty() : findById(id);
  }

  /** Key of an SKP id in {@link MemoTransaksi}. */
  record MemoSkp(String nip, int tahun) {}

  boolean existsByNipAndTahun(String nip, int tahun);

  /** The ASN's most recent SKP before {@code tahun} (to prefill a new draft). */
  Optional<Skp> findFirstByNipAndTahunLessThanOrderByTahunDesc(String nip, int tahun);

  long countByTahun(int tahun);
}
