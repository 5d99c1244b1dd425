package id.go.langsakota.kinerja.pembinaan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PertemuanPembinaanRepository extends JpaRepository<PertemuanPembinaan, Long> {
  List<PertemuanPembinaan> findByPembinaanIdOrderByBulanKeAsc(Long pembinaanId);
}
