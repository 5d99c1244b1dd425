package id.go.langsakota.kinerja.organisasi;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface OpdRepository extends JpaRepository<Opd, Long> {
  Optional<Opd> findByKode(String kode);

  /**
   * The OPD's row with a write lock (SELECT ... FOR UPDATE) held until the transaction ends:
   * serialises work that must happen once per OPD, such as starting a calibration round.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select o from Opd o where o.kode = :kode")
  Optional<Opd> kunciByKode(String kode);
}
