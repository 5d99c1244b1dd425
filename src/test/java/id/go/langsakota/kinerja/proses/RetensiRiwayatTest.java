package id.go.langsakota.kinerja.proses;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;

/**
 * The history time to live of every process and decision is a decision about records, written down
 * with its reason in docs/performance.md ("Retensi riwayat"): a change of a BPMN/DMN that is not
 * also made in that table (or the other way round) fails here, so a change is deliberate.
 */
class RetensiRiwayatTest {

  private static final Pattern BARIS = Pattern.compile(
      "^\\|\\s*`([a-z][a-z0-9-]*)`\\s*\\|\\s*(BPMN|DMN)\\s*\\|\\s*(P\\d+D)\\s*\\|");

  @Test
  void everyDefinitionHasTheTimeToLiveOfTheDocumentedTable() throws IOException {
    Map<String, String> dokumen = tabelDokumen();
    Map<String, String> model = new TreeMap<>();
    model.putAll(ttlProses());
    model.putAll(ttlKeputusan());

    assertThat(model).as("processes/*.bpmn, *.dmn").isNotEmpty();
    assertThat(dokumen).as("tabel 'Retensi riwayat' di docs/performance.md")
        .containsExactlyInAnyOrderEntriesOf(model);
  }

  /**
   * Camunda removes the history of a called process and of a decision evaluated in a process
   * together with the root instance (removal time of the root), so a child whose own time to live
   * were longer than its caller's would promise a retention the engine does not keep.
   */
  @Test
  void calledProcessesAndDecisionsAreKeptNoLongerThanTheirCaller() {
    Map<String, String> ttl = new TreeMap<>();
    ttl.putAll(ttlProses());
    ttl.putAll(ttlKeputusan());
    List<String> salah = new ArrayList<>();
    int panggilan = 0;
    for (File f : berkas(".bpmn")) {
      BpmnModelInstance m = Bpmn.readModelFromFile(f);
      for (Process p : m.getModelElementsByType(Process.class)) {
        int pemanggil = hari(p.getCamundaHistoryTimeToLiveString());
        for (CallActivity c : m.getModelElementsByType(CallActivity.class)) {
          panggilan++;
          cekAnak(p.getId(), pemanggil, c.getCalledElement(), ttl, salah);
        }
        for (BusinessRuleTask b : m.getModelElementsByType(BusinessRuleTask.class)) {
          panggilan++;
          cekAnak(p.getId(), pemanggil, b.getCamundaDecisionRef(), ttl, salah);
        }
      }
    }
    // skp-pegawai calls penilaian-periodik and keberatan-penilaian; four processes evaluate the DMN.
    assertThat(panggilan).isGreaterThanOrEqualTo(6);
    assertThat(salah).isEmpty();
  }

  /**
   * With removal time strategy {@code start} the TTL counts from the start of the root instance,
   * so the SKP year's TTL must cover its longest normal run (the year plus the appeal, assumed
   * two years) on top of the ten years kept after it ends; and the engine must really use
   * {@code start} (strategy {@code end} rewrites the whole year's history when the SKP ends,
   * inside the user's request: docs/performance.md, Findings 2).
   */
  @Test
  void removalTimeCountsFromTheStartAndTheSkpYearKeepsTenYearsAfterItsEnd() throws IOException {
    String konfigurasi = Files.readString(Path.of("src/main/resources/application.yml"));
    assertThat(konfigurasi).contains("history-removal-time-strategy: start")
        .contains("history-cleanup-strategy: removalTimeBased")
        .doesNotContain("history-removal-time-strategy: end");
    assertThat(hari(ttlProses().get("skp-pegawai"))).isEqualTo(3650 + 730);
  }

  @Test
  void daysAreReadFromIsoPeriodsAndPlainNumbers() {
    assertThat(hari("P3650D")).isEqualTo(3650);
    assertThat(hari("730")).isEqualTo(730);
  }

  private static void cekAnak(String pemanggil, int ttlPemanggil, String anak, Map<String, String> ttl,
      List<String> salah) {
    String ttlAnak = ttl.get(anak);
    if (ttlAnak == null) {
      salah.add(pemanggil + " memanggil " + anak + " yang tidak ada di processes/");
    } else if (hari(ttlAnak) > ttlPemanggil) {
      salah.add(anak + " (" + ttlAnak + ") lebih lama dari pemanggilnya " + pemanggil
          + " (" + ttlPemanggil + " hari)");
    }
  }

  static Map<String, String> tabelDokumen() throws IOException {
    List<String> baris = Files.readAllLines(Path.of("docs/performance.md"));
    Map<String, String> hasil = new TreeMap<>();
    boolean diBagian = false;
    for (String b : baris) {
      if (b.startsWith("## ")) {
        diBagian = b.trim().equals("## Retensi riwayat");
        continue;
      }
      Matcher m = BARIS.matcher(b);
      if (diBagian && m.find()) {
        hasil.put(m.group(1), m.group(3));
      }
    }
    return hasil;
  }

  private static Map<String, String> ttlProses() {
    Map<String, String> hasil = new TreeMap<>();
    for (File f : berkas(".bpmn")) {
      for (Process p : Bpmn.readModelFromFile(f).getModelElementsByType(Process.class)) {
        if (p.isExecutable()) {
          hasil.put(p.getId(), p.getCamundaHistoryTimeToLiveString());
        }
      }
    }
    return hasil;
  }

  private static Map<String, String> ttlKeputusan() {
    Map<String, String> hasil = new TreeMap<>();
    for (File f : berkas(".dmn")) {
      for (Decision d : Dmn.readModelFromFile(f).getModelElementsByType(Decision.class)) {
        hasil.put(d.getId(), d.getCamundaHistoryTimeToLiveString());
      }
    }
    return hasil;
  }

  static int hari(String ttl) {
    return ttl.matches("\\d+") ? Integer.parseInt(ttl) : Period.parse(ttl).getDays();
  }

  private static List<File> berkas(String akhiran) {
    File[] semua = new File("processes").listFiles((d, n) -> n.endsWith(akhiran));
    return semua == null ? List.of() : Arrays.stream(semua).sorted().toList();
  }
}
