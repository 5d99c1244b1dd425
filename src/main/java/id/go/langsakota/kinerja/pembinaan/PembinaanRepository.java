package id.go.langsakota.kinerja.pembinaan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PembinaanRepository extends JpaRepository<Pembinaan, Long> {
  Optional<Pembinaan> findByNipAndTahun(String nip, int tahun);
  boolean existsBySkpId(Long skpId);
  List<Pembinaan> findByNipOrderByTahunDesc(String nip);

  /** What one user may list: everything for BKPSDM, else their own and those they rate; filtered in the database. */
  @Query("select p from Pembinaan p where (:tahun is null or p.tahun = :tahun) "
      + "and (:semua = true or p.nip = :pengguna or p.pejabatPenilai = :pengguna) order by p.tahun desc, p.nip asc")
  List<Pembinaan> daftarUntuk(@Param("tahun") Integer tahun, @Param("semua") boolean semua,
      @Param("pengguna") String pengguna);
}
