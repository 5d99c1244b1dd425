package id.go.langsakota.kinerja.penghargaan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NominasiPenghargaanRepository extends JpaRepository<NominasiPenghargaan, Long> {
  List<NominasiPenghargaan> findBySeleksiIdOrderByKategoriAscPeringkatAscIdAsc(Long seleksiId);
  Optional<NominasiPenghargaan> findBySeleksiIdAndNip(Long seleksiId, String nip);
  List<NominasiPenghargaan> findBySeleksiIdAndKodeOpd(Long seleksiId, String kodeOpd);
}
