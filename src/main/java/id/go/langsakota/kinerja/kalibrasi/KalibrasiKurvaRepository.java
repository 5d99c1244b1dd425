package id.go.langsakota.kinerja.kalibrasi;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface KalibrasiKurvaRepository extends JpaRepository<KalibrasiKurva, Long> {

  Optional<KalibrasiKurva> findByTahunAndKodeOpdAndRonde(int tahun, String kodeOpd, int ronde);

  List<KalibrasiKurva> findByTahunAndKodeOpdOrderByRonde(int tahun, String kodeOpd);

  List<KalibrasiKurva> findByTahunOrderByKodeOpdAscRondeAsc(int tahun);

  boolean existsByTahunAndKodeOpdAndStatus(int tahun, String kodeOpd, KalibrasiKurva.Status status);

  @Query("select coalesce(max(k.ronde), 0) from KalibrasiKurva k where k.tahun = :tahun and k.kodeOpd = :kodeOpd")
  int rondeTerakhir(int tahun, String kodeOpd);
}
