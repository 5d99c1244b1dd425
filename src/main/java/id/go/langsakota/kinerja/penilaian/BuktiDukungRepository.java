package id.go.langsakota.kinerja.penilaian;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BuktiDukungRepository extends JpaRepository<BuktiDukung, Long> {

  /**
   * Uploads older than {@code batas} that nothing refers to (never attached): no realisasi, no
   * training certificate (PengembanganKompetensi) and no keberatan. Those entities are named here only
   * in the query, so the packages stay free of a cycle.
   */
  @Query("""
      select b from BuktiDukung b where b.diunggahPada < :batas
      and not exists (select r.id from RealisasiIndikator r where r.buktiDukungId = b.id)
      and not exists (select k.id from PengembanganKompetensi k where k.sertifikatBuktiId = b.id)
      and not exists (select k.id from Keberatan k join k.buktiDukung kb where kb = b.id)
      order by b.id""")
  List<BuktiDukung> findYatimSebelum(@Param("batas") Instant batas, Pageable halaman);

  /** Deletes the row only while still unattached (a report may attach it meanwhile). */
  @Modifying
  @Query("""
      delete from BuktiDukung b where b.id = :id
      and not exists (select r.id from RealisasiIndikator r where r.buktiDukungId = b.id)
      and not exists (select k.id from PengembanganKompetensi k where k.sertifikatBuktiId = b.id)

      and not exists (select k.id from Keberatan k join k.buktiDukung kb where kb = b.id)""")
  int hapusBilaYatim(@Param("id") Long id);
}
