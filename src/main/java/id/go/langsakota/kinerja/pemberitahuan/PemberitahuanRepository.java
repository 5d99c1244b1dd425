package id.go.langsakota.kinerja.pemberitahuan;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PemberitahuanRepository extends JpaRepository<Pemberitahuan, Long> {
  List<Pemberitahuan> findByPenilaianIdOrderById(Long penilaianId);

  boolean existsByKunci(String kunci);

  List<Pemberitahuan> findByPenerimaOrderById(String penerima);

  List<Pemberitahuan> findByStatusInOrderByIdDesc(Collection<StatusPemberitahuan> status, Pageable halaman);

  /** Due rows of users who take their notices at once. */
  @Query("""
      select p.id from Pemberitahuan p
      where p.status = id.go.langsakota.kinerja.pemberitahuan.StatusPemberitahuan.BARU
        and p.berikutnyaPada <= :sekarang and p.saluran in :saluran
        and p.penerima not in (select r.idPengguna from PreferensiPemberitahuan r
          where r.mode = id.go.langsakota.kinerja.pemberitahuan.ModePemberitahuan.RINGKASAN_HARIAN)
      order by p.id""")
  List<Long> jatuhTempoSegera(@Param("sekarang") Instant sekarang,
      @Param("saluran") Collection<String> saluran, Pageable halaman);

  /** Due rows of digest users written before the latest digest time. */
  @Query("""
      select p.id from Pemberitahuan p
      where p.status = id.go.langsakota.kinerja.pemberitahuan.StatusPemberitahuan.BARU
        and p.berikutnyaPada <= :sekarang and p.dibuatPada < :batas and p.saluran in :saluran
        and p.penerima in (select r.idPengguna from PreferensiPemberitahuan r
          where r.mode = id.go.langsakota.kinerja.pemberitahuan.ModePemberitahuan.RINGKASAN_HARIAN)
      order by p.penerima, p.saluran, p.id""")
  List<Long> jatuhTempoRingkasan(@Param("sekarang") Instant sekarang, @Param("batas") Instant batas,
      @Param("saluran") Collection<String> saluran, Pageable halaman);

  /** Claims a row for one worker: exactly one of several concurrent callers gets 1. */
  @Modifying
  @Query("""
      update Pemberitahuan p set p.status = id.go.langsakota.kinerja.pemberitahuan.StatusPemberitahuan.DIKIRIM,
        p.diklaimPada = :sekarang, p.versi = p.versi + 1
      where p.id = :id and p.status = id.go.langsakota.kinerja.pemberitahuan.StatusPemberitahuan.BARU""")
  int klaim(@Param("id") Long id, @Param("sekarang") Instant sekarang);

  /** A worker that died while delivering leaves DIKIRIM rows; after the lease they are due again. */
  @Modifying
  @Query("""
      update Pemberitahuan p set p.status = id.go.langsakota.kinerja.pemberitahuan.StatusPemberitahuan.BARU,
        p.diklaimPada = null, p.versi = p.versi + 1
      where p.status = id.go.langsakota.kinerja.pemberitahuan.StatusPemberitahuan.DIKIRIM
        and p.diklaimPada < :batas""")
  int lepasKlaimKedaluwarsa(@Param("batas") Instant batas);
}
