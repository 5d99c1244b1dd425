package id.go.langsakota.kinerja.kinerjaorganisasi;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CapaianKinerjaOrganisasiRepository extends JpaRepository<CapaianKinerjaOrganisasi, Long> {

  Optional<CapaianKinerjaOrganisasi> findByKodeOpdAndTahunAndPeriodeKe(String kodeOpd, int tahun, int periodeKe);

  List<CapaianKinerjaOrganisasi> findByKodeOpdAndTahunOrderByPeriodeKe(String kodeOpd, int tahun);
}
