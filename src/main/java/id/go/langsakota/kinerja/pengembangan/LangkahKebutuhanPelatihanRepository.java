package id.go.langsakota.kinerja.pengembangan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LangkahKebutuhanPelatihanRepository extends JpaRepository<LangkahKebutuhanPelatihan, Long> {

  List<LangkahKebutuhanPelatihan> findByKebutuhanIdOrderById(Long kebutuhanId);
}
