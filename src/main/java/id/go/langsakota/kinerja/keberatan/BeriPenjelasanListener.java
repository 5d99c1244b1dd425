package id.go.langsakota.kinerja.keberatan;

import static id.go.langsakota.kinerja.keberatan.KeberatanPenilaianProses.*;

import id.go.langsakota.kinerja.proses.BacaIsian;
import id.go.langsakota.kinerja.proses.KomentarTugas;
import id.go.langsakota.kinerja.proses.PemilikTugas;
import id.go.langsakota.kinerja.teks.TeksAman;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * beri-penjelasan-asn (the ASN) and beri-penjelasan-penilai (the pejabat penilai who rated): on
 * create the request and its deadline as a text view; on complete (owner only) the explanation is
 * recorded on the open request of that party.
 */
@Component("beriPenjelasanListener")
public class BeriPenjelasanListener implements TaskListener {

  private final KeberatanService service;
  private final KeberatanPenilaianProses proses;

  public BeriPenjelasanListener(KeberatanService service, KeberatanPenilaianProses proses) {
    this.service = service;
    this.proses = proses;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean asn = TUGAS_PENJELASAN_ASN.equals(task.getTaskDefinitionKey());
    PihakPenjelasan pihak = asn ? PihakPenjelasan.ASN : PihakPenjelasan.PEJABAT_PENILAI;
    Long id = proses.keberatanId(task.getExecution());
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      PenjelasanKeberatan p = service.penjelasanTerbuka(id, pihak).orElseThrow();
      Keberatan k = service.ambil(id);
      task.setVariable(PERMINTAAN, "Keberatan " + k.getNip() + " atas hasil penilaian tahun " + k.getTahun()
          + " (predikat " + k.getPredikatAwal().label() + ").\n\n**Alasan keberatan:** "
          + TeksAman.markdown(k.getAlasan())
          + "\n\n**Yang perlu dijelaskan:** " + TeksAman.markdown(p.getPertanyaan())
          + "\n\nBatas penjelasan: **" + KeberatanService.wib(p.getBatas()) + "**. Setelah batas itu keberatan "
          + "diputuskan tanpa penjelasan Anda.");
      return;
    }
    String pengguna = PemilikTugas.periksa(task);
    String teks = BacaIsian.teks(task, asn ? PENJELASAN_ASN : PENJELASAN_PENILAI);
    service.beriPenjelasan(id, pihak, pengguna, teks, ClockUtil.getCurrentTime().toInstant());
    KomentarTugas.catat(task, "Penjelasan diberikan: " + teks);
  }
}
