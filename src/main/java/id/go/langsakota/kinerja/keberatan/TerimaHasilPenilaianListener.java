package id.go.langsakota.kinerja.keberatan;

import id.go.langsakota.kinerja.proses.BacaIsian;
import id.go.langsakota.kinerja.proses.KomentarTugas;
import id.go.langsakota.kinerja.proses.PemilikTugas;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpPegawaiProses;
import id.go.langsakota.kinerja.skp.SkpService;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * terima-hasil-penilaian (the ASN) in skp-pegawai. On create: the final result as a text view
 * (from the SKP, never from variables) with the end of the appeal window. On complete (owner only):
 * {@code tanggapan} TERIMA accepts the result; AJUKAN_KEBERATAN files an appeal with
 * {@code alasanKeberatan} and optional {@code buktiKeberatan} (evidence ids) through
 * {@link KeberatanService#ajukan}: refused with nothing written when the checks fail.
 */
@Component("terimaHasilPenilaianListener")
public class TerimaHasilPenilaianListener implements TaskListener {

  private final SkpService skpService;
  private final SkpPegawaiProses proses;
  private final KeberatanService keberatan;

  public TerimaHasilPenilaianListener(SkpService skpService, SkpPegawaiProses proses,
      KeberatanService keberatan) {
    this.skpService = skpService;
    this.proses = proses;
    this.keberatan = keberatan;
  }

  @Override
  public void notify(DelegateTask task) {
    Long skpId = proses.skpId(task.getExecution());
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      Instant batas = skpService.catatHasilDiterima(skpId);
      Skp skp = skpService.ambil(skpId);
      task.setVariable(SkpPegawaiProses.HASIL_TAHUNAN, "| Unsur | Hasil |\n|---|---|\n"
          + "| Rating hasil kerja | " + skp.getRatingHasilKerjaTahunan().label() + " |\n"
          + "| Rating perilaku kerja | " + skp.getRatingPerilakuTahunan().label() + " |\n"
          + "| **Predikat kinerja tahunan** | **" + skp.getPredikatTahunan().label() + "** |\n\n"
          + "Hasil ini final dan Anda terima pada " + KeberatanService.wib(skp.getTanggalHasilDiterima())
          + ". Keberatan dapat diajukan sampai **" + KeberatanService.wib(batas) + "**; setelah itu hasil "
          + "dianggap diterima.");
      return;
    }
    String pengguna = PemilikTugas.periksa(task);
    String tanggapan = BacaIsian.teks(task, SkpPegawaiProses.TANGGAPAN);
    Instant sekarang = ClockUtil.getCurrentTime().toInstant();
    if (SkpPegawaiProses.AJUKAN_KEBERATAN.equals(tanggapan)) {
      Keberatan k = keberatan.ajukan(skpId, pengguna,
          BacaIsian.teks(task, SkpPegawaiProses.ALASAN_KEBERATAN),
          BacaIsian.teks(task, SkpPegawaiProses.BUKTI_KEBERATAN), sekarang);
      KomentarTugas.catat(task, "Keberatan diajukan kepada atasan pejabat penilai. Alasan: " + k.getAlasan());
    } else if (SkpPegawaiProses.TERIMA.equals(tanggapan)) {
      skpService.terima(skpId);
      Skp skp = skpService.ambil(skpId);
      KomentarTugas.catat(task, "Hasil penilaian tahunan diterima (predikat " + skp.getPredikatTahunan().label()
          + "); tidak ada keberatan.");
    } else {
      throw new IsianTidakValidException("Tanggapan harus TERIMA atau AJUKAN_KEBERATAN (diterima: '"
          + tanggapan + "')");
    }
    task.setVariable(SkpPegawaiProses.TANGGAPAN, tanggapan);
  }
}
