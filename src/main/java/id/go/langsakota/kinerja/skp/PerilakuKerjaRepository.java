package id.go.langsakota.kinerja.skp;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PerilakuKerjaRepository extends JpaRepository<PerilakuKerja, Long> {

  List<PerilakuKerja> findBySkpIdOrderById(Long skpId);
}
