package id.go.langsakota.kinerja.skp;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PerjanjianKinerjaRepository extends JpaRepository<PerjanjianKinerja, Long> {

  List<PerjanjianKinerja> findByKodeOpdAndTahunOrderById(String kodeOpd, int tahun);
}
