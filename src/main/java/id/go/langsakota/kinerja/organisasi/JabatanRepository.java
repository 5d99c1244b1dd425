package id.go.langsakota.kinerja.organisasi;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JabatanRepository extends JpaRepository<Jabatan, Long> {
  Optional<Jabatan> findByKode(String kode);

  List<Jabatan> findByAtasan(Jabatan atasan);

  List<Jabatan> findByKepalaOpdTrueAndUnitKerja_Opd(Opd opd);

  boolean existsByAtasan(Jabatan atasan);
}
