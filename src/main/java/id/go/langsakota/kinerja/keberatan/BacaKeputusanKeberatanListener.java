package id.go.langsakota.kinerja.keberatan;

import static id.go.langsakota.kinerja.keberatan.KeberatanPenilaianProses.*;

import id.go.langsakota.kinerja.proses.BacaIsian;
import id.go.langsakota.kinerja.proses.KomentarTugas;
import id.go.langsakota.kinerja.proses.PemilikTugas;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** baca-keputusan-keberatan (the ASN): the final decision as a text view; completing it records that it was read. */
@Component("bacaKeputusanKeberatanListener")
public class BacaKeputusanKeberatanListener implements TaskListener {

  private final KeberatanService service;
  private final KeberatanPenilaianProses proses;
  private final TampilanKeberatanService tampilan;

  public BacaKeputusanKeberatanListener(KeberatanService service, KeberatanPenilaianProses proses,
      TampilanKeberatanService tampilan) {
    this.service = service;
    this.proses = proses;
    this.tampilan = tampilan;
  }

  @Override
  public void notify(DelegateTask task) {
    Long id = proses.keberatanId(task.getExecution());
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariable(KEPUTUSAN, tampilan.keputusan(id));
      return;
    }
    String pengguna = PemilikTugas.periksa(task);
    if (!BacaIsian.ya(task, DIBACA)) {
      throw new IsianTidakValidException("Centang 'dibaca' untuk menyatakan keputusan keberatan sudah Anda baca");
    }
    service.dibaca(id, pengguna, ClockUtil.getCurrentTime().toInstant());
    KomentarTugas.catat(task, "Keputusan keberatan telah dibaca.");
  }
}
