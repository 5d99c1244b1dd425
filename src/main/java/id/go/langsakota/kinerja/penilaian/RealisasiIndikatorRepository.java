package id.go.langsakota.kinerja.penilaian;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RealisasiIndikatorRepository extends JpaRepository<RealisasiIndikator, Long> {
  List<RealisasiIndikator> findByPenilaianIdOrderById(Long penilaianId);

  /** Whether an evidence file is already attached to a report (one file, one realisasi). */
  boolean existsByBuktiDukungId(Long buktiDukungId);
}
