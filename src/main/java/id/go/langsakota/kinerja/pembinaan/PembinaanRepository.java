package id.go.langsakota.kinerja.pembinaan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PembinaanRepository extends JpaRepository<Pembinaan, Long> {
  Optional<Pembinaan> findByNipAndTahun(String nip, int tahun);
  boolean existsBySkpId(Long skpId);
  List<Pembinaan> findByNipOrderByTahunDesc(String nip);
  List<Pembinaan> findAllByOrderByTahunDescNipAsc();
}
