package id.go.langsakota.kinerja.kompetensi;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KatalogPelatihanRepository extends JpaRepository<KatalogPelatihan, Long> {

  Optional<KatalogPelatihan> findByKode(String kode);

  List<KatalogPelatihan> findAllByOrderByKode();
}
