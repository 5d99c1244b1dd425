package id.go.langsakota.kinerja.penilaian;

import id.go.langsakota.kinerja.config.MemoTransaksi;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PenilaianPeriodikRepository extends JpaRepository<PenilaianPeriodik, Long> {

  /** All periods of one SKP in order; the annual suggestion reads them. */
  List<PenilaianPeriodik> findBySkpIdOrderByPeriodeKe(Long skpId);

  Optional<PenilaianPeriodik> findBySkpIdAndPeriodeKe(Long skpId, int periodeKe);

  /** {@link #findBySkpIdAndPeriodeKe}, queried once per transaction (see {@link MemoTransaksi}). */
  default Optional<PenilaianPeriodik> findBySkpIdAndPeriodeKeSekaliPerTransaksi(Long skpId, int periodeKe) {
    Long id = MemoTransaksi.ambil(new MemoPenilaian(skpId, periodeKe), () ->
        findBySkpIdAndPeriodeKe(skpId, periodeKe).map(PenilaianPeriodik::getId).orElse(null));
    return id == null ? Optional.empty() : findById(id);
  }

  /** Key of a period row's id in {@link MemoTransaksi}. */
  record MemoPenilaian(Long skpId, int periodeKe) {}

  /** True when {@code pengguna} rated a period whose realisasi uses the evidence file. */
  @Query("""
      select count(p) > 0 from PenilaianPeriodik p, RealisasiIndikator r
      where r.penilaianId = p.id and r.buktiDukungId = :buktiDukungId
        and p.idPejabatPenilai = :pengguna""")
  boolean existsByBuktiDukungIdAndIdPejabatPenilai(Long buktiDukungId, String pengguna);
}
