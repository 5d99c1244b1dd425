package id.go.langsakota.kinerja.penilaian;

import static id.go.langsakota.kinerja.pengaturan.KunciPengaturan.HARI_KERJA_JEDA_SUSULAN;
import static id.go.langsakota.kinerja.pengaturan.KunciPengaturan.HARI_KERJA_LAPOR_SUSULAN;
import static id.go.langsakota.kinerja.pengaturan.KunciPengaturan.KEBIJAKAN_PERIODE_TERLAMBAT;

import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import id.go.langsakota.kinerja.skp.JadwalPeriodeSkp;
import id.go.langsakota.kinerja.skp.PeriodeService;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the late-start policy ({@link JadwalPeriodeTerlambat}) to an agreed SKP and answers,
 * as bean {@code jadwalPeriode}, skp-pegawai's gateway "Bagaimana periode dinilai?" from the
 * table: {@code ${jadwalPeriode.cara(skpId, periodeKe)}}. The policy and its numbers are read from
 * pengaturan in the approval's own transaction (setujui-skp's complete listener → SkpService),
 * against the approval time stored on the SKP; what was decided is kept on the period's row
 * (cara_penilaian, batas_lapor), so a later change of the settings does not move the periods of
 * an SKP already agreed, and a failure leaves the SKP unapproved (nothing half-written).
 */
@Service("jadwalPeriode")
@Transactional
public class JadwalPeriodeService implements JadwalPeriodeSkp {

  private final SkpRepository skpRepository;
  private final PenilaianPeriodikRepository repository;
  private final PengaturanService pengaturan;

  public JadwalPeriodeService(SkpRepository skpRepository, PenilaianPeriodikRepository repository,
      PengaturanService pengaturan) {
    this.skpRepository = skpRepository;
    this.repository = repository;
    this.pengaturan = pengaturan;
  }

  /** The settings as they are now (pengaturan table, else defaults). */
  public JadwalPeriodeTerlambat.Aturan aturan() {
    return new JadwalPeriodeTerlambat.Aturan(
        JadwalPeriodeTerlambat.Kebijakan.valueOf(pengaturan.nilai(KEBIJAKAN_PERIODE_TERLAMBAT).trim()),
        pengaturan.bilangan(HARI_KERJA_LAPOR_SUSULAN), pengaturan.bilangan(HARI_KERJA_JEDA_SUSULAN));
  }

  /**
   * Records, for every period of the agreed SKP that had ended on the day of the agreement, a row
   * that says how it is assessed (SUSULAN with its deadline, or TIDAK_DINILAI with the reason).
   * Idempotent: a period that already has a row keeps it.
   */
  @Override
  public String tetapkan(Long skpId) {
    Skp skp = skpRepository.findById(skpId)
        .orElseThrow(() -> new NoSuchElementException("SKP " + skpId + " tidak ditemukan"));
    Instant disetujui = skp.getTanggalDisetujui() != null ? skp.getTanggalDisetujui()
        : ClockUtil.getCurrentTime().toInstant();
    List<JadwalPeriodeTerlambat.Rencana> terlambat = JadwalPeriodeTerlambat.rencanakan(
        PeriodeService.periode(skp.getTanggalMulai(), skp.getTanggalSelesai(), skp.getJenisPeriode()),
        disetujui, aturan()).stream().filter(r -> r.cara() != CaraPenilaianPeriode.REGULER).toList();
    for (JadwalPeriodeTerlambat.Rencana r : terlambat) {
      if (repository.findBySkpIdAndPeriodeKe(skpId, r.periode().periodeKe()).isPresent()) {
        continue;
      }
      PenilaianPeriodik p = new PenilaianPeriodik(skpId, skp.getNip(), skp.getTahun(),
          r.periode().periodeKe(), r.periode().mulai(), r.periode().akhir());
      p.tetapkanCara(r.cara(), r.keterangan());
      p.setBatasLapor(r.batasLapor());
      repository.save(p);
    }
    return JadwalPeriodeTerlambat.ringkasan(terlambat);
  }

  /** How the period is assessed, from its row (no row yet: REGULER). For the BPMN gateway. */
  @Transactional(readOnly = true)
  public String cara(Long skpId, Integer periodeKe) {
    return repository.findBySkpIdAndPeriodeKe(skpId, periodeKe)
        .map(PenilaianPeriodik::getCaraPenilaian).orElse(CaraPenilaianPeriode.REGULER).name();
  }
}
