package id.go.langsakota.kinerja.organisasi;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitKerjaRepository extends JpaRepository<UnitKerja, Long> {
  Optional<UnitKerja> findByKode(String kode);

  List<UnitKerja> findByOpd(Opd opd);
}
