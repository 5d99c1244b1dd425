package id.go.langsakota.kinerja.pembinaan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RencanaPembinaanRepository extends JpaRepository<RencanaPembinaan, Long> {
  List<RencanaPembinaan> findByPembinaanIdOrderByVersiRencanaAsc(Long pembinaanId);
}
