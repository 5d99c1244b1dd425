package id.go.langsakota.kinerja.keberatan;

import static id.go.langsakota.kinerja.keberatan.KeberatanPenilaianProses.*;

import id.go.langsakota.kinerja.proses.BacaIsian;
import id.go.langsakota.kinerja.proses.KomentarTugas;
import id.go.langsakota.kinerja.proses.PemilikTugas;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * putuskan-keberatan (the atasan pejabat penilai; BKPSDM after escalation). On create: the appeal,
 * its steps and explanations as a text view, the current ratings prefilled. On complete (owner
 * only, never the pejabat penilai whose rating it is): MINTA_PENJELASAN records a request; PUTUSKAN
 * records the final decision per rating with its reasons.
 */
@Component("putuskanKeberatanListener")
public class PutuskanKeberatanListener implements TaskListener {

  private final KeberatanService service;
  private final KeberatanPenilaianProses proses;
  private final TampilanKeberatanService tampilan;

  public PutuskanKeberatanListener(KeberatanService service, KeberatanPenilaianProses proses,
      TampilanKeberatanService tampilan) {
    this.service = service;
    this.proses = proses;
    this.tampilan = tampilan;
  }

  @Override
  public void notify(DelegateTask task) {
    Long id = proses.keberatanId(task.getExecution());
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      service.kembaliKePemutus(id);
      Keberatan k = service.ambil(id);
      task.setVariable(RINGKASAN, tampilan.ringkasan(id));
      task.setVariable(RATING_HASIL, k.getRatingHasilKerjaAwal().name());
      task.setVariable(RATING_PERILAKU, k.getRatingPerilakuAwal().name());
      return;
    }
    String pengguna = PemilikTugas.periksa(task);
    Instant sekarang = ClockUtil.getCurrentTime().toInstant();
    String tindakan = BacaIsian.teks(task, TINDAKAN);
    if (MINTA_PENJELASAN.equals(tindakan)) {
      service.mintaPenjelasan(id, pengguna, BacaIsian.ya(task, MINTA_ASN), BacaIsian.ya(task, MINTA_PENILAI),
          BacaIsian.teks(task, PERTANYAAN), sekarang);
      KomentarTugas.catat(task, "Penjelasan tertulis diminta: " + BacaIsian.teks(task, PERTANYAAN));
    } else if (PUTUSKAN.equals(tindakan)) {
      Keberatan k = service.putuskan(id, pengguna, BacaIsian.teks(task, RATING_HASIL),
          BacaIsian.teks(task, ALASAN_HASIL), BacaIsian.teks(task, RATING_PERILAKU),
          BacaIsian.teks(task, ALASAN_PERILAKU), sekarang);
      // The DMN reads the stored decision, not what the caller typed.
      task.setVariable(RATING_HASIL, k.getRatingHasilKerjaAkhir().name());
      task.setVariable(RATING_PERILAKU, k.getRatingPerilakuAkhir().name());
      KomentarTugas.catat(task, "Keberatan diputuskan (final): rating hasil kerja "
          + KeberatanService.uraianKeputusan(k.getRatingHasilKerjaAwal(), k.getRatingHasilKerjaAkhir())
          + "; rating perilaku kerja "
          + KeberatanService.uraianKeputusan(k.getRatingPerilakuAwal(), k.getRatingPerilakuAkhir()) + ".");
    } else {
      throw new IsianTidakValidException("Tindakan harus MINTA_PENJELASAN atau PUTUSKAN (diterima: '"
          + tindakan + "')");
    }
    task.setVariable(TINDAKAN, tindakan);
  }
}
