package id.go.langsakota.kinerja.proses;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The house rules for every BPMN and DMN file (PRODUCT.md): complete diagram interchange,
 * historyTimeToLive, names, async service tasks, a form and an assignment on every user task.
 * Returns the problems found so a test can show all of them at once.
 */
final class PemeriksaModel {

  private static final String DMNDI = "https://www.omg.org/spec/DMN/20191111/DMNDI/";

  private PemeriksaModel() {}

  static List<String> periksaBpmn(File berkas) {
    List<String> masalah = new ArrayList<>();
    BpmnModelInstance model = Bpmn.readModelFromFile(berkas);

    Set<String> berbentuk = new HashSet<>();
    for (BpmnShape s : model.getModelElementsByType(BpmnShape.class)) {
      if (s.getBpmnElement() != null) {
        berbentuk.add(s.getBpmnElement().getId());
      }
    }
    Set<String> bergaris = new HashSet<>();
    for (BpmnEdge e : model.getModelElementsByType(BpmnEdge.class)) {
      if (e.getBpmnElement() != null) {
        bergaris.add(e.getBpmnElement().getId());
      }
    }

    Collection<Process> proses = model.getModelElementsByType(Process.class);
    if (proses.isEmpty()) {
      masalah.add("tidak ada proses");
    }
    for (Process p : proses) {
      if (p.isExecutable() && p.getCamundaHistoryTimeToLiveString() == null) {
        masalah.add(p.getId() + ": historyTimeToLive tidak ada");
      }
      if (kosong(p.getName())) {
        masalah.add(p.getId() + ": proses tanpa nama");
      }
    }

    for (FlowNode n : model.getModelElementsByType(FlowNode.class)) {
      if (!berbentuk.contains(n.getId())) {
        masalah.add(n.getId() + ": tidak punya BPMNShape");
      }
      boolean wajibNama = n instanceof Task || n instanceof Gateway || n instanceof Event
          || n instanceof CallActivity || n instanceof SubProcess;
      if (wajibNama && kosong(n.getName())) {
        masalah.add(n.getId() + ": tidak bernama");
      }
      if (n instanceof ServiceTask || n instanceof BusinessRuleTask || n instanceof SendTask
          || n instanceof ScriptTask) {
        Activity a = (Activity) n;
        if (!a.isCamundaAsyncBefore() && !a.isCamundaAsyncAfter() && !asyncPerInstans(a)) {
          masalah.add(n.getId() + ": service task tidak async");
        }
      }
      // Async only on the multi-instance body puts every instance in one job and one
      // transaction: one failure rolls back all. Each instance must be its own job.
      if ((n instanceof ServiceTask || n instanceof BusinessRuleTask || n instanceof SendTask
          || n instanceof ScriptTask || n instanceof CallActivity)
          && ((Activity) n).getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics
          && !asyncPerInstans((Activity) n)) {
        masalah.add(n.getId() + ": multi-instance tanpa async per instans (multiInstanceLoopCharacteristics camunda:asyncBefore)");
      }
      if (n instanceof UserTask u) {
        if (kosong(u.getCamundaFormKey()) && kosong(u.getCamundaFormRef())) {
          masalah.add(n.getId() + ": user task tanpa form");
        }
        if (kosong(u.getCamundaAssignee()) && kosong(u.getCamundaCandidateGroups())
            && kosong(u.getCamundaCandidateUsers())) {
          masalah.add(n.getId() + ": user task tanpa penugasan (assignee/candidate)");
        }
      }
    }
    for (StartEvent s : model.getModelElementsByType(StartEvent.class)) {
      boolean prosesUtama = s.getParentElement() instanceof Process;
      boolean dimulaiManusia = s.getEventDefinitions().isEmpty();
      if (prosesUtama && dimulaiManusia && s.getCamundaInitiator() != null
          && kosong(s.getCamundaFormKey()) && kosong(s.getCamundaFormRef())) {
        masalah.add(s.getId() + ": start event yang dimulai pengguna tanpa form");
      }
    }
    for (SequenceFlow f : model.getModelElementsByType(SequenceFlow.class)) {
      if (!bergaris.contains(f.getId())) {
        masalah.add(f.getId() + ": tidak punya BPMNEdge");
      }
    }
    return masalah;
  }

  static List<String> periksaDmn(File berkas) {
    List<String> masalah = new ArrayList<>();
    DmnModelInstance model = Dmn.readModelFromFile(berkas);
    Collection<Decision> keputusan = model.getModelElementsByType(Decision.class);
    if (keputusan.isEmpty()) {
      masalah.add("tidak ada keputusan");
    }
    Set<String> berbentuk = bentukDmn(berkas);
    for (Decision d : keputusan) {
      if (d.getCamundaHistoryTimeToLiveString() == null) {
        masalah.add(d.getId() + ": historyTimeToLive tidak ada");
      }
      if (kosong(d.getName())) {
        masalah.add(d.getId() + ": keputusan tanpa nama");
      }
      if (!berbentuk.contains(d.getId())) {
        masalah.add(d.getId() + ": tidak punya DMNShape");
      }
    }
    return masalah;
  }

  // The DMN Model API has no DMNDI types, so the diagram is read with plain DOM.
  private static Set<String> bentukDmn(File berkas) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      Document doc = f.newDocumentBuilder().parse(berkas);
      NodeList shapes = doc.getElementsByTagNameNS(DMNDI, "DMNShape");
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < shapes.getLength(); i++) {
        ids.add(((Element) shapes.item(i)).getAttribute("dmnElementRef"));
      }
      return ids;
    } catch (Exception e) {
      throw new IllegalStateException("Tidak dapat membaca " + berkas, e);
    }
  }

  private static boolean asyncPerInstans(Activity a) {
    return a.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics mi
        && (mi.isCamundaAsyncBefore() || mi.isCamundaAsyncAfter());
  }

  private static boolean kosong(String s) {
    return s == null || s.isBlank();
  }
}
