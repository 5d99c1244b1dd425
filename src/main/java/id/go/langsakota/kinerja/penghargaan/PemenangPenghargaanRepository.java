package id.go.langsakota.kinerja.penghargaan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PemenangPenghargaanRepository extends JpaRepository<PemenangPenghargaan, Long> {
  List<PemenangPenghargaan> findByTahunOrderByKategori(int tahun);
  List<PemenangPenghargaan> findByNipOrderByTahunDesc(String nip);
}
