package id.go.langsakota.kinerja.penghargaan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SeleksiPenghargaanRepository extends JpaRepository<SeleksiPenghargaan, Long> {
  Optional<SeleksiPenghargaan> findByTahun(int tahun);
}
