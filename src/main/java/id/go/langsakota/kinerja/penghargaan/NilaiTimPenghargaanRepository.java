package id.go.langsakota.kinerja.penghargaan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NilaiTimPenghargaanRepository extends JpaRepository<NilaiTimPenghargaan, Long> {
  List<NilaiTimPenghargaan> findByNominasiIdAndRonde(Long nominasiId, int ronde);
  boolean existsByNominasiIdAndRondeAndPenilai(Long nominasiId, int ronde, String penilai);
}
