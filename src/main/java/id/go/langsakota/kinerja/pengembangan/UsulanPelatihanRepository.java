package id.go.langsakota.kinerja.pengembangan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UsulanPelatihanRepository extends JpaRepository<UsulanPelatihan, Long> {

  List<UsulanPelatihan> findByKebutuhanIdOrderByPeringkat(Long kebutuhanId);

  boolean existsByKebutuhanId(Long kebutuhanId);
}
