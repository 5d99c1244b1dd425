package id.go.langsakota.kinerja.organisasi;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PegawaiRepository extends JpaRepository<Pegawai, Long> {
  Optional<Pegawai> findByNip(String nip);

  List<Pegawai> findByStatus(StatusPegawai status);
}
