package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.config.Waktu;
import java.time.LocalTime;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bean {@code periodeSkp} for skp-pegawai's period multi-instance: the collection
 * {@code ${periodeSkp.daftar(skpId)}} (period numbers), and per element the dates passed to
 * penilaian-periodik and the timer date {@code ${periodeSkp.waktuMulaiPenilaian(skpId, periodeKe)}}
 * (00:00 WIB on the day after the period ends).
 */
@Component("periodeSkp")
@Transactional(readOnly = true)
public class PeriodeSkpExpressions {

  private final SkpRepository skpRepository;

  public PeriodeSkpExpressions(SkpRepository skpRepository) {
    this.skpRepository = skpRepository;
  }

  public List<Integer> daftar(Long skpId) {
    return periode(skpId).stream().map(Periode::periodeKe).toList();
  }

  public String tanggalMulai(Long skpId, Integer periodeKe) {
    return satu(skpId, periodeKe).mulai().toString();
  }

  public String tanggalAkhir(Long skpId, Integer periodeKe) {
    return satu(skpId, periodeKe).akhir().toString();
  }

  public String waktuMulaiPenilaian(Long skpId, Integer periodeKe) {
    return Waktu.iso(satu(skpId, periodeKe).akhir().plusDays(1), LocalTime.MIDNIGHT);
  }

  private List<Periode> periode(Long skpId) {
    Skp skp = skpRepository.findById(skpId).orElseThrow();
    return PeriodeService.periode(skp.getTanggalMulai(), skp.getTanggalSelesai(), skp.getJenisPeriode());
  }

  private Periode satu(Long skpId, Integer periodeKe) {
    return periode(skpId).stream().filter(p -> p.periodeKe() == periodeKe).findFirst().orElseThrow();
  }
}
