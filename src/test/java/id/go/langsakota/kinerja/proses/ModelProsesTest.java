package id.go.langsakota.kinerja.proses;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in processes/ must follow the house rules; the checker itself is proven on bad models. */
class ModelProsesTest {

  static Stream<File> bpmn() {
    return berkas(".bpmn");
  }

  static Stream<File> dmn() {
    return berkas(".dmn");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bpmn")
  void bpmnFollowsHouseRules(File berkas) {
    assertThat(PemeriksaModel.periksaBpmn(berkas)).as(berkas.getName()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dmn")
  void dmnFollowsHouseRules(File berkas) {
    assertThat(PemeriksaModel.periksaDmn(berkas)).as(berkas.getName()).isEmpty();
  }

  @Test
  void processFileIsNamedAfterItsProcessKey() {
    bpmn().forEach(f -> assertThat(
        org.camunda.bpm.model.bpmn.Bpmn.readModelFromFile(f)
            .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class))
        .as(f.getName())
        .anySatisfy(p -> assertThat(f.getName()).isEqualTo(p.getId() + ".bpmn")));
  }

  @Test
  void checkerFindsEveryBrokenRuleInABadBpmn() {
    List<String> masalah = PemeriksaModel.periksaBpmn(new File("src/test/resources/model-rusak/rusak.bpmn"));
    assertThat(masalah).containsExactlyInAnyOrder(
        "Process_Rusak: historyTimeToLive tidak ada",
        "Task_TanpaForm: user task tanpa form",
        "Task_TanpaForm: user task tanpa penugasan (assignee/candidate)",
        "Task_TanpaForm: tidak bernama",
        "Task_Sinkron: service task tidak async",
        "Event_Selesai: tidak punya BPMNShape",
        "Flow_2: tidak punya BPMNEdge");
  }

  @Test
  void checkerWantsOneJobPerInstanceOnAutomatedMultiInstanceActivities() {
    List<String> masalah = PemeriksaModel.periksaBpmn(
        new File("src/test/resources/model-rusak/rusak-multi-instance.bpmn"));
    // Task_PerInstans (async on the inner instances, not on the body) passes both async rules.
    assertThat(masalah).containsExactlyInAnyOrder(
        "Task_HanyaBody: multi-instance tanpa async per instans (multiInstanceLoopCharacteristics camunda:asyncBefore)",
        "Task_PanggilSinkron: multi-instance tanpa async per instans (multiInstanceLoopCharacteristics camunda:asyncBefore)");
  }

  @Test
  void checkerFindsMissingTtlAndDiagramInABadDmn() {
    List<String> masalah = PemeriksaModel.periksaDmn(new File("src/test/resources/model-rusak/rusak.dmn"));
    assertThat(masalah).containsExactlyInAnyOrder(
        "Decision_Rusak: historyTimeToLive tidak ada",
        "Decision_Rusak: tidak punya DMNShape");
  }

  private static Stream<File> berkas(String akhiran) {
    File[] semua = new File("processes").listFiles((d, n) -> n.endsWith(akhiran));
    return semua == null ? Stream.empty() : Arrays.stream(semua).sorted();
  }
}
