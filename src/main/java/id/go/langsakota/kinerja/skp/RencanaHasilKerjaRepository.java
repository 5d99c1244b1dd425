package id.go.langsakota.kinerja.skp;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RencanaHasilKerjaRepository extends JpaRepository<RencanaHasilKerja, Long> {

  List<RencanaHasilKerja> findBySkpIdOrderByUrutan(Long skpId);
}
