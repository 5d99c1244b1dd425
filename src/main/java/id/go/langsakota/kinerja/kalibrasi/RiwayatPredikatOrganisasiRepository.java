package id.go.langsakota.kinerja.kalibrasi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RiwayatPredikatOrganisasiRepository extends JpaRepository<RiwayatPredikatOrganisasi, Long> {

  List<RiwayatPredikatOrganisasi> findByKodeOpdAndTahunOrderById(String kodeOpd, int tahun);
}
