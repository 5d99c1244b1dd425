package id.go.langsakota.kinerja.organisasi;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OpdRepository extends JpaRepository<Opd, Long> {
  Optional<Opd> findByKode(String kode);
}
