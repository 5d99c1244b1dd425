package id.go.langsakota.kinerja.siklus;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SiklusKinerjaRepository extends JpaRepository<SiklusKinerja, Long> {

  List<SiklusKinerja> findByTahunOrderById(int tahun);

  /** Atomic increment, so chunk jobs never lose an update nor hit an optimistic lock. */
  @Modifying(clearAutomatically = true, flushAutomatically = true)
  @Query("update SiklusKinerja s set s.dimulai = s.dimulai + :dimulai, s.sudahAda = s.sudahAda + :sudahAda,"
      + " s.gagal = s.gagal + :gagal where s.id = :id")
  int tambahHasil(Long id, int dimulai, int sudahAda, int gagal);
}
