package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * setujui-skp. On create: ringkasanSkp (text the form shows). On complete: keputusan SETUJUI or
 * KEMBALIKAN (catatan required when returning); optional ekspektasi_<NILAI_BERAKHLAK> texts.
 */
@Component("setujuiSkpListener")
public class SetujuiSkpListener implements TaskListener {

  public static final String SETUJUI = "SETUJUI";
  public static final String KEMBALIKAN = "KEMBALIKAN";

  private final SkpService skpService;
  private final PegawaiRepository pegawaiRepository;

  public SetujuiSkpListener(SkpService skpService, PegawaiRepository pegawaiRepository) {
    this.skpService = skpService;
    this.pegawaiRepository = pegawaiRepository;
  }

  @Override
  public void notify(DelegateTask task) {
    Long skpId = Variabel.id(task, "skpId");
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariable("ringkasanSkp", skpService.ringkasan(skpId));
      // Whose SKP, in the name: a supervisor approves one per staff member.
      String nip = Variabel.teks(task, "nip");
      if (nip != null) {
        task.setName(task.getName() + " — "
            + pegawaiRepository.findByNip(nip).map(Pegawai::getNamaLengkap).orElse(nip));
      }
      task.setVariable("keputusan", null);
      task.setVariable("catatan", null);
      return;
    }
    PenjagaTugas.pastikanPemilik(task);
    String keputusan = Variabel.teks(task, "keputusan");
    String catatan = Variabel.teks(task, "catatan");
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
      throw new ValidasiException(salah);
    }
    task.removeVariable("ringkasanSkp");
    if (SETUJUI.equals(keputusan)) {
      Map<NilaiBerakhlak, String> ekspektasi = new EnumMap<>(NilaiBerakhlak.class);
      for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
        String e = Variabel.teks(task, "ekspektasi_" + n.name());
        if (e != null && e.length() > 1000) {
          throw new ValidasiException("Ekspektasi khusus " + n.label() + " terlalu panjang (maksimal 1000 karakter)");
        }
        ekspektasi.put(n, e);
      }
      skpService.setujui(skpId, PenjagaTugas.pengguna(task), ekspektasi);
      perbaruiOpsiBawahan(task, skpId);
    } else {
      skpService.kembalikan(skpId, catatan);
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
      for (org.camunda.bpm.engine.task.Task t : tasks.createTaskQuery().taskDefinitionKey("susun-skp")
          .processInstanceBusinessKey("SKP-" + skp.getTahun() + "-" + nipBawahan).list()) {
        Object id = tasks.getVariable(t.getId(), "skpId");
        if (id instanceof Number n) {
          tasks.setVariable(t.getId(), "opsiRhkAtasan", JsonVariabel.json(skpService.opsiRhkAtasan(n.longValue())));
        }
      }
    }
  }
}
