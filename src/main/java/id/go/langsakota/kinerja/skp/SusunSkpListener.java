package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.proses.BacaIsian;
import id.go.langsakota.kinerja.proses.KomentarTugas;
import id.go.langsakota.kinerja.proses.PemilikTugas;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * susun-skp. On create: the form's views rhk (the draft, Json), opsiRhkAtasan (select options)
 * and catatanPengembalian; the name says the year, and "dikembalikan" after a return. On complete: owner, the submitted rhk, one service call. The SKP is
 * found by the business key, never by a variable.
 */
@Component("susunSkpListener")
public class SusunSkpListener implements TaskListener {

  /** Task name when the pejabat penilai returned the SKP (followed by " — <tahun>"). */
  public static final String NAMA_DIKEMBALIKAN = "Perbaiki SKP (dikembalikan)";

  private final SkpService skpService;
  private final SkpPegawaiProses proses;

  public SusunSkpListener(SkpService skpService, SkpPegawaiProses proses) {
    this.skpService = skpService;
    this.proses = proses;
  }

  @Override
  public void notify(DelegateTask task) {
    Long skpId = proses.skpId(task.getExecution());
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariable(SkpPegawaiProses.RHK, BacaIsian.json(skpService.drafUntukForm(skpId)));
      task.setVariable(SkpPegawaiProses.OPSI_RHK_ATASAN, BacaIsian.json(skpService.opsiRhkAtasan(skpId)));
      Skp skp = skpService.ambil(skpId);
      task.setVariable(SkpPegawaiProses.CATATAN_PENGEMBALIAN, skp.getCatatanPengembalian());
      // A returned SKP is named so in the ASN's list (the note is shown at the top of the form),
      // and the note opens this task's history, so the ASN's Riwayat tells why.
      boolean dikembalikan = skp.getCatatanPengembalian() != null && !skp.getCatatanPengembalian().isBlank();
      task.setName((dikembalikan ? NAMA_DIKEMBALIKAN : task.getName()) + " — " + skp.getTahun());
      if (dikembalikan) {
        KomentarTugas.catat(task, "SKP dikembalikan oleh pejabat penilai untuk diperbaiki. Catatan: "
            + skp.getCatatanPengembalian());
      }
      return;
    }
    PemilikTugas.periksa(task);
    Set<String> opsi = new HashSet<>();
    for (Map<String, String> o : skpService.opsiRhkAtasan(skpId)) {
      opsi.add(o.get("value"));
    }
    List<RhkMasukan> daftar = SkpValidator.periksa(BacaIsian.keJava(task.getVariable(SkpPegawaiProses.RHK)), opsi);
    skpService.simpanDanAjukan(skpId, daftar);
    KomentarTugas.catat(task, "SKP diajukan kepada pejabat penilai (" + daftar.size() + " RHK).");
    // The tables are the record; the form's working copy is rebuilt on the next create.
    task.removeVariable(SkpPegawaiProses.RHK);
    task.removeVariable(SkpPegawaiProses.OPSI_RHK_ATASAN);
  }
}
