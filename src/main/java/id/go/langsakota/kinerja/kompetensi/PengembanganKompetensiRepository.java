package id.go.langsakota.kinerja.kompetensi;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PengembanganKompetensiRepository extends JpaRepository<PengembanganKompetensi, Long> {

  /** Records of one ASN whose tanggal_selesai falls in [dari, sampai], oldest first. */
  List<PengembanganKompetensi> findByNipAndTanggalSelesaiBetweenOrderByTanggalSelesaiAscIdAsc(
      String nip, LocalDate dari, LocalDate sampai);

  List<PengembanganKompetensi> findByNipInAndTanggalSelesaiBetweenOrderByTanggalSelesaiAscIdAsc(
      Collection<String> nip, LocalDate dari, LocalDate sampai);

  List<PengembanganKompetensi> findByNipOrderByTanggalSelesaiDescIdDesc(String nip);

  boolean existsBySertifikatBuktiId(Long buktiId);

  /** Verified JP of one ASN in [dari, sampai] (by tanggal_selesai); 0 when none. */
  @Query("""
      select coalesce(sum(p.jp), 0) from PengembanganKompetensi p
      where p.nip = :nip and p.status = id.go.langsakota.kinerja.kompetensi.StatusPengembanganKompetensi.TERVERIFIKASI
        and p.tanggalSelesai between :dari and :sampai""")
  long jumlahJpTerverifikasi(String nip, LocalDate dari, LocalDate sampai);

  /** Verified JP per NIP in [dari, sampai], one query for the whole city (rows: nip, sum). */
  @Query("""
      select p.nip, sum(p.jp) from PengembanganKompetensi p
      where p.status = id.go.langsakota.kinerja.kompetensi.StatusPengembanganKompetensi.TERVERIFIKASI
        and p.tanggalSelesai between :dari and :sampai
      group by p.nip""")
  List<Object[]> jpTerverifikasiPerNip(LocalDate dari, LocalDate sampai);
}
