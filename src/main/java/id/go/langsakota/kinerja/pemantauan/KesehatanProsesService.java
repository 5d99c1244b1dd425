package id.go.langsakota.kinerja.pemantauan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Health of the processes for a process owner: per process key the running instances, open
 * incidents and failed jobs, in words, with the link to Cockpit's own view. The only monitoring
 * view that reads the engine: its runtime tables, one grouped SQL each (instances, incidents, jobs),
 * and the deployed definitions for their names.
 */
@Service
public class KesehatanProsesService {

  public record BarisKesehatan(String kunciProses, String namaProses, int instansAktif, int insiden, int jobGagal,
      String contohPesan, String tautanCockpit) {}

  public record Kesehatan(List<BarisKesehatan> baris) {}

  static final String COCKPIT = "/camunda/app/cockpit/default/#/process-definition/";

  private final JdbcTemplate jdbc;
  private final RepositoryService repository;

  public KesehatanProsesService(JdbcTemplate jdbc, RepositoryService repository) {
    this.jdbc = jdbc;
    this.repository = repository;
  }

  record Insiden(String definisi, String jenis, String aktivitas, String pesan, int jumlah) {}

  public Kesehatan kesehatan() {
    Map<String, ProcessDefinition> definisi = new HashMap<>();
    Map<String, ProcessDefinition> terbaru = new TreeMap<>();
    for (ProcessDefinition d : repository.createProcessDefinitionQuery().list()) {
      definisi.put(d.getId(), d);
      terbaru.merge(d.getKey(), d, (a, b) -> a.getVersion() >= b.getVersion() ? a : b);
    }
    Map<String, Integer> instans = new HashMap<>();
    jdbc.query("SELECT PROC_DEF_ID_, COUNT(*) FROM ACT_RU_EXECUTION WHERE ID_ = PROC_INST_ID_ GROUP BY PROC_DEF_ID_",
        rs -> {
          instans.merge(kunci(definisi, rs.getString(1)), rs.getInt(2), Integer::sum);
        });
    List<Insiden> insiden = jdbc.query("SELECT PROC_DEF_ID_, INCIDENT_TYPE_, MIN(ACTIVITY_ID_), MIN(INCIDENT_MSG_), COUNT(*)"
        + " FROM ACT_RU_INCIDENT GROUP BY PROC_DEF_ID_, INCIDENT_TYPE_",
        (rs, i) -> new Insiden(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
    Map<String, Integer> job = new HashMap<>();
    jdbc.query("SELECT PROCESS_DEF_ID_, COUNT(*) FROM ACT_RU_JOB WHERE EXCEPTION_MSG_ IS NOT NULL OR RETRIES_ = 0"
        + " GROUP BY PROCESS_DEF_ID_", rs -> {
          job.merge(kunci(definisi, rs.getString(1)), rs.getInt(2), Integer::sum);
        });
    Map<String, Integer> jumlahInsiden = new HashMap<>();
    Map<String, Insiden> terbanyak = new HashMap<>();
    for (Insiden i : insiden) {
      String k = kunci(definisi, i.definisi());
      jumlahInsiden.merge(k, i.jumlah(), Integer::sum);
      terbanyak.merge(k, i, (a, b) -> a.jumlah() >= b.jumlah() ? a : b);
    }
    List<BarisKesehatan> baris = new ArrayList<>();
    for (Map.Entry<String, ProcessDefinition> e : terbaru.entrySet()) {
      String k = e.getKey();
      Insiden contoh = terbanyak.get(k);
      // Cockpit opens the definition where the incidents are (an older version may hold them)
      String idDefinisi = contoh != null && contoh.definisi() != null ? contoh.definisi() : e.getValue().getId();
      int nInsiden = jumlahInsiden.getOrDefault(k, 0);
      int nJob = job.getOrDefault(k, 0);
      baris.add(new BarisKesehatan(k, e.getValue().getName() == null ? k : e.getValue().getName(),
          instans.getOrDefault(k, 0), nInsiden, nJob, contoh == null ? (nJob > 0 ? nJob
              + " langkah otomatis gagal dan sedang dicoba ulang oleh mesin proses" : null)
              : pesan(contoh, nInsiden, namaAktivitas(contoh)),
          COCKPIT + idDefinisi + "/runtime" + (nInsiden > 0 ? "?tab=incidents-tab" : "")));
    }
    return new Kesehatan(baris);
  }

  private static String kunci(Map<String, ProcessDefinition> definisi, String id) {
    ProcessDefinition d = id == null ? null : definisi.get(id);
    return d != null ? d.getKey() : id == null ? "(tanpa proses)" : id.split(":")[0];
  }

  private String namaAktivitas(Insiden i) {
    if (i.definisi() == null || i.aktivitas() == null) {
      return null;
    }
    try {
      BpmnModelInstance model = repository.getBpmnModelInstance(i.definisi());
      FlowElement el = model.getModelElementById(i.aktivitas());
      return el == null || el.getName() == null ? null : el.getName().replaceAll("\\s+", " ").strip();
    } catch (RuntimeException e) {
      return null; // the definition was deleted meanwhile: no name, the sentence stays plain
    }
  }

  /** The common incident kinds in a process owner's words; never the engine's exception text. */
  static String pesan(Insiden contoh, int jumlah, String aktivitas) {
    String teks = contoh.pesan() == null ? "" : contoh.pesan().toLowerCase(Locale.ROOT);
    String langkah = aktivitas == null ? "" : " pada langkah \"" + aktivitas + "\"";
    String kali = jumlah + " insiden";
    if (!"failedJob".equals(contoh.jenis())) {
      return "failedExternalTask".equals(contoh.jenis())
          ? "Tugas eksternal gagal" + langkah + " (" + kali + ")"
          : "Masalah pada mesin proses" + langkah + " (" + kali + ")";
    }
    if (teks.contains("mail") || teks.contains("smtp") || teks.contains("surel")) {
      return "Pengiriman surel gagal" + langkah + " (" + kali + ")";
    }
    if (teks.contains("optimisticlocking") || teks.contains("optimistic")) {
      return "Data diubah bersamaan oleh proses lain" + langkah + "; ulangi langkahnya (" + kali + ")";
    }
    if (teks.contains("connection") || teks.contains("timeout") || teks.contains("koneksi")) {
      return "Koneksi ke basis data atau layanan lain terputus" + langkah + " (" + kali + ")";
    }
    if (teks.contains("unknown property") || teks.contains("cannot resolve identifier")) {
      return "Data yang diperlukan proses tidak ada" + langkah + " (" + kali + ")";
    }
    return "Langkah otomatis gagal setelah semua percobaan ulang" + langkah + " (" + kali + ")";
  }
}
