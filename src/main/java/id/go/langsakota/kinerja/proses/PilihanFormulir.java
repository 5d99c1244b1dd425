package id.go.langsakota.kinerja.proses;

import java.util.Map;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The choices a task's form offers (a select's {@code valuesKey} variable), read when the form
 * opens instead of frozen when the task was created. Camunda Forms in Tasklist 7.24 (form-js)
 * take a select's options only from the variables Tasklist loads with the form
 * ({@code GET task/{id}/form-variables}); they cannot call an API. So {@link PenyegarPilihanFilter}
 * recomputes these variables from the tables on that very request, before the engine answers it.
 * One bean per task that has such choices; the task's own complete listener checks the submitted
 * value against the same, current, list.
 */
public interface PilihanFormulir {

  /** Process definition key. */
  String kunciProses();

  /** Task definition key. */
  String kunciTugas();

  /** The choice variables by name, computed now, for the process instance with this business key. */
  Map<String, TypedValue> baca(String businessKey);
}
