package id.go.langsakota.kinerja.serangan;

import static id.go.langsakota.kinerja.identitas.DataUjiIdentitas.KATA_SANDI_AWAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.langsakota.kinerja.identitas.DataUjiIdentitas;
import id.go.langsakota.kinerja.identitas.IdentitasService;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.serangan.KlienHttp.Jawaban;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;

/**
 * Attack: client mistakes and races against task completion, on both Camunda APIs an ASN can
 * reach: /engine-rest (HTTP Basic) and the webapps' engine API behind Tasklist
 * (/camunda/api/engine, session + CSRF). Each case must answer 4xx with an Indonesian
 * {@code message} (no engine code, no Java) and the {@code kesalahan} list, leave the task as it
 * was, and log one WARN line without a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class SeranganKesalahanKlienHttpTest {

  static final String PROSES = "uji-serangan";
  static final String ISIAN_DITOLAK = "Realisasi bulan ini wajib diisi";
  /** What no message a user reads may contain: engine codes, Java class names, English wrappers. */
  static final Pattern TEKS_MESIN = Pattern.compile(
      "ENGINE-\\d|Exception|java\\.|org\\.camunda|Cannot |task is null|TaskListener|null");

  /** Test-only completion check, as the real listeners do: refuses "tolak", parses Json "data". */
  @TestConfiguration
  static class Pemeriksa {
    @Bean("pemeriksaSerangan")
    PemeriksaSerangan pemeriksaSerangan() {
      return new PemeriksaSerangan();
    }
  }

  public static class PemeriksaSerangan {
    public void periksa(DelegateTask task) {
      if (Boolean.TRUE.equals(task.getVariable("tolak"))) {
        throw new IsianTidakValidException(List.of(ISIAN_DITOLAK));
      }
      if (task.hasVariable("data")) {
        task.getVariable("data"); // deserialises the Json value
      }
    }
  }

  enum Api { ENGINE_REST, WEBAPP }

  @LocalServerPort int port;
  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;
  @Autowired PegawaiRepository pegawaiRepository;
  @Autowired IdentitasService identitas;

  String pemilik;
  String rekan;

  @BeforeAll
  void dataUji() {
    pemilik = DataUjiIdentitas.pegawai(pegawaiRepository, "Cut Nyak Meutia").getNip();
    rekan = DataUjiIdentitas.pegawai(pegawaiRepository, "Teuku Umar").getNip();
    identitas.sinkronkan(Set.of(pemilik, rekan));
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROSES).count() == 0) {
      repositoryService.createDeployment().name("uji-serangan")
          .addClasspathResource("serangan/uji-serangan.bpmn").deploy();
    }
  }

  // ------------------------------------------------------------------------------ helpers

  KlienHttp sebagai(Api api, String pengguna) {
    return api == Api.ENGINE_REST
        ? KlienHttp.basic(port, pengguna, KATA_SANDI_AWAL)
        : KlienHttp.webapp(port, processEngine.getName(), pengguna, KATA_SANDI_AWAL);
  }

  String tugas(Api api, String id, String aksi) {
    String dasar = api == Api.ENGINE_REST ? "/engine-rest" : "/camunda/api/engine";
    return dasar + "/engine/" + processEngine.getName() + "/task/" + id + aksi;
  }

  /** A fresh task assigned to {@code pemilik}, {@code rekan} a candidate too. */
  Task tugasBaru() {
    String pi = runtimeService.startProcessInstanceByKey(PROSES,
        Map.of("pemilik", pemilik, "calon", List.of(pemilik, rekan))).getId();
    return taskService.createTaskQuery().processInstanceId(pi).singleResult();
  }

  static String variabel(String nama, Object nilai, String tipe) {
    return "{\"variables\":{\"" + nama + "\":{\"value\":" + KlienHttp.JSON.valueToTree(nilai)
        + ",\"type\":\"" + tipe + "\"}}}";
  }

  /** The refusal's shape: status, Indonesian message free of engine text, kesalahan listed. */
  static JsonNode ditolak(Jawaban j, int status) {
    assertThat(j.status()).as(j.toString()).isEqualTo(status);
    JsonNode isi = j.json();
    String pesan = isi.path("message").asText();
    assertThat(pesan).as(j.toString()).isNotBlank().doesNotContainPattern(TEKS_MESIN);
    assertThat(isi.path("kesalahan").isArray()).as(j.toString()).isTrue();
    assertThat(isi.path("kesalahan")).as(j.toString()).isNotEmpty();
    isi.path("kesalahan").forEach(k -> assertThat(k.asText()).doesNotContainPattern(TEKS_MESIN));
    return isi;
  }

  /** Runs the call and checks its log: one WARN line, no stack trace, a few hundred bytes. */
  static <T> T satuBarisLog(CapturedOutput log, Supplier<T> panggilan) {
    int awal = log.getOut().length();
    T hasil = panggilan.get();
    String baru = log.getOut().substring(awal);
    List<String> baris = baru.lines().filter(b -> !b.isBlank()).toList();
    assertThat(baris).as(baru).hasSize(1);
    assertThat(baris.get(0)).as(baru).contains("WARN").contains("Ditolak");
    assertThat(baru).as(baru).doesNotContain("\tat ").doesNotContain("ERROR");
    assertThat(baru.length()).as(baru).isLessThan(1_500);
    return hasil;
  }

  /** The task is open, still assigned to its owner, with no variable the attack sent. */
  void tidakBerubah(Task sebelum, String... variabelAsing) {
    Task t = taskService.createTaskQuery().taskId(sebelum.getId()).singleResult();
    assertThat(t).as("tugas masih terbuka").isNotNull();
    assertThat(t.getAssignee()).isEqualTo(sebelum.getAssignee());
    for (String v : variabelAsing) {
      assertThat(runtimeService.getVariable(sebelum.getProcessInstanceId(), v)).as(v).isNull();
    }
  }

  // ------------------------------------------------------------------------------ cases

  @ParameterizedTest
  @EnumSource(Api.class)
  void aRefusedFormIs400WithTheIndonesianTextOnly(Api api, CapturedOutput log) {
    Task t = tugasBaru();
    KlienHttp asn = sebagai(api, pemilik);
    Jawaban j = satuBarisLog(log, () -> asn.post(tugas(api, t.getId(), "/submit-form"),
        variabel("tolak", true, "Boolean")));
    JsonNode isi = ditolak(j, 400);
    assertThat(isi.path("message").asText()).isEqualTo("Isian belum benar: " + ISIAN_DITOLAK);
    assertThat(isi.path("kesalahan").get(0).asText()).isEqualTo(ISIAN_DITOLAK);
    tidakBerubah(t, "tolak");
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void aTextWhereALongBelongsIs400(Api api, CapturedOutput log) {
    Task t = tugasBaru();
    KlienHttp asn = sebagai(api, pemilik);
    Jawaban j = satuBarisLog(log, () -> asn.post(tugas(api, t.getId(), "/complete"),
        variabel("jumlah", "dua belas", "Long")));
    JsonNode isi = ditolak(j, 400);
    assertThat(isi.path("message").asText()).contains("dua belas").contains("Long");
    tidakBerubah(t, "jumlah");
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void invalidJsonInAJsonVariableIs400(Api api, CapturedOutput log) {
    Task t = tugasBaru();
    KlienHttp asn = sebagai(api, pemilik);
    Jawaban j = satuBarisLog(log, () -> asn.post(tugas(api, t.getId(), "/submit-form"),
        variabel("data", "{\"rhk\": [1, 2", "Json")));
    JsonNode isi = ditolak(j, 400);
    assertThat(isi.path("message").asText()).contains("JSON");
    tidakBerubah(t, "data");
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void aMalformedBodyIs400(Api api, CapturedOutput log) {
    Task t = tugasBaru();
    KlienHttp asn = sebagai(api, pemilik);
    Jawaban j = satuBarisLog(log, () -> asn.post(tugas(api, t.getId(), "/complete"),
        "{\"variables\": {\"jumlah\": "));
    ditolak(j, 400);
    tidakBerubah(t, "jumlah");
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void anUnknownTaskIs404(Api api, CapturedOutput log) {
    KlienHttp asn = sebagai(api, pemilik);
    String id = UUID.randomUUID().toString();
    Jawaban j = satuBarisLog(log, () -> asn.post(tugas(api, id, "/complete"), "{}"));
    ditolak(j, 404);
    Jawaban lihat = satuBarisLog(log, () -> asn.get(tugas(api, id, "")));
    ditolak(lihat, 404);
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void completingTwiceIs409AndTheSecondCallChangesNothing(Api api, CapturedOutput log) {
    Task t = tugasBaru();
    KlienHttp asn = sebagai(api, pemilik);
    assertThat(asn.post(tugas(api, t.getId(), "/complete"), "{}").status()).isEqualTo(204);
    Jawaban j = satuBarisLog(log, () -> asn.post(tugas(api, t.getId(), "/submit-form"),
        variabel("jumlah", 5, "Long")));
    ditolak(j, 409);
    assertThat(historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(t.getProcessInstanceId()).variableName("jumlah").count()).isZero();
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(t.getProcessInstanceId())
        .finished().count()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void ofTwoConcurrentCompletionsOneWinsAndTheOtherIs409(Api api, CapturedOutput log) throws Exception {
    Task t = tugasBaru();
    KlienHttp a = sebagai(api, pemilik);
    KlienHttp b = sebagai(api, pemilik);
    CyclicBarrier start = new CyclicBarrier(2);
    List<CompletableFuture<Jawaban>> hasil = new ArrayList<>();
    int awal = log.getOut().length();
    for (KlienHttp k : List.of(a, b)) {
      hasil.add(CompletableFuture.supplyAsync(() -> {
        try {
          start.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        return k.post(tugas(api, t.getId(), "/complete"), variabel("nilai", 1, "Long"));
      }));
    }
    List<Jawaban> jawaban = new ArrayList<>();
    for (CompletableFuture<Jawaban> f : hasil) {
      jawaban.add(f.get(60, TimeUnit.SECONDS));
    }
    assertThat(jawaban).extracting(Jawaban::status).containsExactlyInAnyOrder(204, 409);
    ditolak(jawaban.stream().filter(j -> j.status() == 409).findFirst().orElseThrow(), 409);
    String baru = log.getOut().substring(awal);
    assertThat(baru.lines().filter(l -> l.contains("WARN")).count()).as(baru).isEqualTo(1);
    assertThat(baru).as(baru).doesNotContain("\tat ").doesNotContain("ERROR");
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(t.getId()).finished().count())
        .isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void claimingATaskAssignedToSomeoneElseIs409(Api api, CapturedOutput log) {
    Task t = tugasBaru();
    KlienHttp lain = sebagai(api, rekan);
    Jawaban j = satuBarisLog(log, () -> lain.post(tugas(api, t.getId(), "/claim"),
        "{\"userId\": \"" + rekan + "\"}"));
    ditolak(j, 409);
    tidakBerubah(t);
  }

  @Test
  void onTheProjectsApiWrongTypesAndMalformedBodiesAre400(CapturedOutput log) {
    KlienHttp asn = KlienHttp.basic(port, pemilik, KATA_SANDI_AWAL);
    for (Jawaban j : List.of(
        satuBarisLog(log, () -> asn.get("/api/organisasi/pegawai/" + pemilik + "?tanggal=kemarin")),
        satuBarisLog(log, () -> asn.post("/api/organisasi/peran", "{\"idPengguna\": ")),
        satuBarisLog(log, () -> asn.post("/api/organisasi/peran",
            "{\"idPengguna\":\"" + pemilik + "\",\"peran\":\"RAJA\"}")))) {
      assertThat(j.status()).as(j.toString()).isEqualTo(400);
      JsonNode isi = j.json();
      assertThat(isi.path("pesan").asText()).as(j.toString()).isNotBlank().doesNotContainPattern(TEKS_MESIN);
      assertThat(isi.path("kesalahan")).as(j.toString()).isNotEmpty();
    }
  }

  @Test
  void realServerErrorsStillLogTheirStackTrace(CapturedOutput log) {
    // Guard against silencing too much: a failure that is not the caller's keeps ERROR + trace.
    int awal = log.getOut().length();
    Task t = tugasBaru();
    try {
      ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
          .getCommandExecutorTxRequired().execute(ctx -> {
        throw new IllegalStateException("uji kegagalan server");
      });
    } catch (IllegalStateException diharapkan) {
      // rethrown to the caller, as the engine does
    }
    String baru = log.getOut().substring(awal);
    assertThat(baru).contains("ERROR").contains("uji kegagalan server").contains("\tat ");
    tidakBerubah(t);
  }
}
