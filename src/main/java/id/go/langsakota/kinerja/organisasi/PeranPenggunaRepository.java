package id.go.langsakota.kinerja.organisasi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PeranPenggunaRepository extends JpaRepository<PeranPengguna, Long> {
  List<PeranPengguna> findByIdPengguna(String idPengguna);

  List<PeranPengguna> findByPeran(Peran peran);

  boolean existsByIdPenggunaAndPeran(String idPengguna, Peran peran);
}
