package id.go.langsakota.kinerja.kalibrasi;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PenetapanPredikatOrganisasiRepository extends JpaRepository<PenetapanPredikatOrganisasi, Long> {

  Optional<PenetapanPredikatOrganisasi> findByKodeOpdAndTahun(String kodeOpd, int tahun);
}
