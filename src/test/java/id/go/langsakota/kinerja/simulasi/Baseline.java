package id.go.langsakota.kinerja.simulasi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Bare Camunda in the same run: a process with one user task and nothing else (no listener, no
 * form, no project code), deployed into the same engine and database after the year. The same
 * users complete the same number of tasks over the same REST API ({@code submit-form}, Basic
 * credentials, the project's filters in front as for every request) with the same number of
 * workers. Only the completions are timed; the instances are started before, unmeasured.
 */
final class Baseline {

  static final String KUNCI = "baseline-satu-tugas";

  record Hasil(long tugas, double detik) {
    double perDetik() {
      return tugas / detik;
    }
  }

  private Baseline() {}

  static Hasil jalankan(ProcessEngine engine, KlienRest rest, List<String> pengguna, long jumlah, int pekerja) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(KUNCI).name("Baseline satu tugas")
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Mulai")
        .userTask("Task_Kerjakan").name("Kerjakan tugas").camundaAssignee("${nip}")
        .endEvent("EndEvent_Selesai")
        .done();
    engine.getRepositoryService().createDeployment().name(KUNCI).addModelInstance(KUNCI + ".bpmn", model).deploy();
    try (Pekerja p = new Pekerja(pekerja)) {
      List<Integer> urut = new ArrayList<>();
      for (int i = 0; i < jumlah; i++) {
        urut.add(i);
      }
      p.untukSetiap(urut, i -> {
        engine.getRuntimeService().startProcessInstanceByKey(KUNCI, Map.of("nip", pengguna.get(i % pengguna.size())));
        return true;
      });
      List<Task> tugas = engine.getTaskService().createTaskQuery().processDefinitionKey(KUNCI).orderByTaskId().asc().list();
      long mulai = System.nanoTime();
      int selesai = p.untukSetiap(tugas, t -> {
        rest.engine(t.getAssignee(), "POST", "/task/" + t.getId() + "/submit-form", Map.of("variables", Map.of()));
        return true;
      });
      return new Hasil(selesai, (System.nanoTime() - mulai) / 1e9);
    }
  }
}
