package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.proses.BacaIsian;
import id.go.langsakota.kinerja.proses.KomentarTugas;
import id.go.langsakota.kinerja.proses.PemilikTugas;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * setujui-skp. On create: ringkasanSkp and tautanDokumen (Markdown the form shows read-only). On complete: owner, then keputusan
 * SETUJUI or KEMBALIKAN (catatan required when returning); optional ekspektasi_<NILAI_BERAKHLAK>
 * texts; the decision is recorded as a task comment. The SKP is found by the business key.
 */
@Component("setujuiSkpListener")
public class SetujuiSkpListener implements TaskListener {

  public static final String SETUJUI = "SETUJUI";
  public static final String KEMBALIKAN = "KEMBALIKAN";

  private final SkpService skpService;
  private final SkpPegawaiProses proses;
  private final TampilanTugasSkpService tampilan;
  private final SkpRepository skpRepository;

  public SetujuiSkpListener(SkpService skpService, SkpPegawaiProses proses,
      TampilanTugasSkpService tampilan, SkpRepository skpRepository) {
    this.skpService = skpService;
    this.proses = proses;
    this.tampilan = tampilan;
    this.skpRepository = skpRepository;
  }

  @Override
  public void notify(DelegateTask task) {
    Long skpId = proses.skpId(task.getExecution());
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariable(SkpPegawaiProses.RINGKASAN_SKP, tampilan.ringkasanSkp(skpId));
      task.setVariable(SkpPegawaiProses.TAUTAN_DOKUMEN, tampilan.tautanSetujui(skpId));
      // Whose SKP, in the name: a supervisor approves one per staff member.
      task.setName(task.getName() + " — " + tampilan.namaPegawai(proses.nip(task.getExecution())));
      task.setVariable(SkpPegawaiProses.KEPUTUSAN, null);
      task.setVariable(SkpPegawaiProses.CATATAN, null);
      return;
    }
    String oleh = PemilikTugas.periksa(task);
    String keputusan = BacaIsian.teks(task, SkpPegawaiProses.KEPUTUSAN);
    String catatan = BacaIsian.teks(task, SkpPegawaiProses.CATATAN);
    List<String> salah = new ArrayList<>();
    if (!SETUJUI.equals(keputusan) && !KEMBALIKAN.equals(keputusan)) {
      salah.add("keputusan harus SETUJUI atau KEMBALIKAN (diterima: '" + keputusan + "')");
    }
    if (KEMBALIKAN.equals(keputusan) && catatan == null) {
      salah.add("catatan wajib diisi bila SKP dikembalikan untuk diperbaiki");
    }
    if (catatan != null && catatan.length() > 2000) {
      salah.add("catatan terlalu panjang (maksimal 2000 karakter)");
    }
    if (!salah.isEmpty()) {
      throw new IsianTidakValidException(salah);
    }
    task.removeVariable(SkpPegawaiProses.RINGKASAN_SKP);
    // The gateway reads keputusan: the checked, trimmed value.
    task.setVariable(SkpPegawaiProses.KEPUTUSAN, keputusan);
    if (SETUJUI.equals(keputusan)) {
      Map<NilaiBerakhlak, String> ekspektasi = new EnumMap<>(NilaiBerakhlak.class);
      for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
        String e = BacaIsian.teks(task, SkpPegawaiProses.AWALAN_EKSPEKTASI + n.name());
        if (e != null && e.length() > 1000) {
          throw new IsianTidakValidException("Ekspektasi khusus " + n.label() + " terlalu panjang (maksimal 1000 karakter)");
        }
        ekspektasi.put(n, e);
      }
      String periodeTerlambat = skpService.setujui(skpId, oleh, ekspektasi);
      perbaruiOpsiBawahan(task, skpId);
      KomentarTugas.catat(task, "SKP disetujui" + (catatan == null ? "." : ". Catatan: " + catatan)
          + (periodeTerlambat.isEmpty() ? "" : " " + periodeTerlambat));
    } else {
      skpService.kembalikan(skpId, catatan);
      KomentarTugas.catat(task, "SKP dikembalikan untuk diperbaiki. Catatan: " + catatan);
    }
  }

  /**
   * Subordinates who are drafting while this SKP was not agreed yet got an empty option list;
   * now that it is agreed, their open susun-skp tasks get the fresh list.
   */
  private void perbaruiOpsiBawahan(DelegateTask task, Long skpId) {
    Skp skp = skpService.ambil(skpId);
    org.camunda.bpm.engine.TaskService tasks = task.getProcessEngineServices().getTaskService();
    for (String nipBawahan : skpService.nipBawahan(skp.getNip(), skp)) {
      Skp bawahan = skpRepository.findByNipAndTahun(nipBawahan, skp.getTahun()).orElse(null);
      if (bawahan == null) {
        continue;
      }
      for (org.camunda.bpm.engine.task.Task t : tasks.createTaskQuery().taskDefinitionKey(SkpPegawaiProses.TUGAS_SUSUN)
          .processInstanceBusinessKey(SkpPegawaiProses.businessKey(skp.getTahun(), nipBawahan)).list()) {
        tasks.setVariable(t.getId(), SkpPegawaiProses.OPSI_RHK_ATASAN,
            BacaIsian.json(skpService.opsiRhkAtasan(bawahan.getId())));
      }
    }
  }
}
