package id.go.langsakota.kinerja.proses;

import id.go.langsakota.kinerja.identitas.TanpaAutentikasi;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Choices read when the form opens: on {@code GET .../task/{id}/form-variables} (what Tasklist
 * calls when it opens a task's Camunda Form or embedded form, on /engine-rest and on the webapps'
 * engine API), the task's {@link PilihanFormulir} variables are recomputed from the tables and
 * written to the task's process instance when they differ, then the request goes on unchanged:
 * the engine answers it with the fresh list and its own authorization check. A list that did not
 * change is not written (no extra history, no conflicting update with a concurrent completion).
 * A failure here never fails the request; the form then shows the last stored list and the
 * completion still checks against the current one.
 */
public class PenyegarPilihanFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(PenyegarPilihanFilter.class);
  private static final Pattern VARIABEL_FORMULIR = Pattern.compile("/task/([^/;]+)/form-variables/?$");

  private final ProcessEngine engine;
  private final Map<String, PilihanFormulir> pilihan = new HashMap<>();

  public PenyegarPilihanFilter(ProcessEngine engine, List<PilihanFormulir> daftar) {
    this.engine = engine;
    daftar.forEach(p -> pilihan.put(p.kunciProses() + "/" + p.kunciTugas(), p));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    if ("GET".equals(req.getMethod()) && !pilihan.isEmpty()) {
      Matcher m = VARIABEL_FORMULIR.matcher(req.getRequestURI());
      if (m.find()) {
        String taskId = m.group(1);
        try {
          TanpaAutentikasi.jalankan(engine.getIdentityService(), () -> segarkan(taskId));
        } catch (ProcessEngineException | IllegalArgumentException e) {
          LOG.debug("Pilihan formulir tugas {} tidak diperbarui: {}", taskId, e.getMessage());
        }
      }
    }
    chain.doFilter(req, res);
  }

  /** Recomputes the task's choices; the names of the variables written (for tests and logs). */
  public List<String> segarkan(String taskId) {
    Task t = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    if (t == null || t.getProcessDefinitionId() == null) {
      return List.of();
    }
    String kunciProses = engine.getRepositoryService().getProcessDefinition(t.getProcessDefinitionId()).getKey();
    PilihanFormulir p = pilihan.get(kunciProses + "/" + t.getTaskDefinitionKey());
    if (p == null) {
      return List.of();
    }
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(t.getProcessInstanceId()).singleResult();
    if (pi == null) {
      return List.of();
    }
    List<String> ditulis = new java.util.ArrayList<>();
    for (Map.Entry<String, TypedValue> e : p.baca(pi.getBusinessKey()).entrySet()) {
      TypedValue lama = engine.getTaskService().getVariableTyped(taskId, e.getKey(), false);
      if (lama == null || !Objects.equals(teks(lama), teks(e.getValue()))) {
        engine.getTaskService().setVariable(taskId, e.getKey(), e.getValue());
        ditulis.add(e.getKey());
      }
    }
    if (!ditulis.isEmpty()) {
      LOG.debug("Pilihan formulir tugas {} diperbarui: {}", taskId, ditulis);
    }
    return ditulis;
  }

  private static String teks(TypedValue v) {
    if (v == null) {
      return null;
    }
    if (v instanceof org.camunda.bpm.engine.variable.value.SerializableValue s && !s.isDeserialized()) {
      return s.getValueSerialized();
    }
    return String.valueOf(v.getValue());
  }
}
