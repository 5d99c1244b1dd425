package id.go.langsakota.kinerja.keamanan;

import id.go.langsakota.kinerja.identitas.TanpaAutentikasi;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import id.go.langsakota.kinerja.identitas.GrupPengguna;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.query.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Camunda authorizations and Tasklist filters of the platform, created idempotently at startup
 * ({@link PenyiapanKeamananSaatMulai}). Only grants are added; nothing an administrator added in
 * Admin is removed.
 *
 * <table>
 *   <tr><th>group</th><th>grants</th></tr>
 *   <tr><td>pegawai, tim-penilai-kinerja, walikota</td><td>Application tasklist; READ on the
 *       filters "Tugas saya" and "Tugas kelompok saya". Tasks: only what Camunda grants per task
 *       to the assignee / candidates (READ + TASK_WORK, see application.yml). Starting a process
 *       from Tasklist: {@link #izinkanMemulaiProses} per process key.</td></tr>
 *   <tr><td>bkpsdm</td><td>Applications tasklist, cockpit, admin; READ on process definitions
 *       (+ READ_INSTANCE, READ_HISTORY, READ_TASK, RETRY_JOB), process instances, tasks,
 *       deployments, decision (requirements) definitions (+ READ_HISTORY), batches, the operation
 *       log, users and groups (read only: passwords are reset by camunda-admin); the three
 *       filters including "Semua tugas (pemantauan)"; may start siklus-kinerja-tahunan.</td></tr>
 *   <tr><td>camunda-admin</td><td>ALL on every resource type.</td></tr>
 * </table>
 */
@Service
public class OtorisasiCamundaService {

  public static final String FILTER_TUGAS_SAYA = "Tugas saya";
  public static final String FILTER_TUGAS_KELOMPOK = "Tugas kelompok saya";
  public static final String FILTER_SEMUA_TUGAS = "Semua tugas (pemantauan)";

  private static final Logger LOG = LoggerFactory.getLogger(OtorisasiCamundaService.class);
  private static final String PEGAWAI = GrupPengguna.PEGAWAI.id();
  private static final String BKPSDM = GrupPengguna.BKPSDM.id();
  private static final String TIM = GrupPengguna.TIM_PENILAI_KINERJA.id();
  private static final String WALIKOTA = GrupPengguna.WALIKOTA.id();
  private static final String ADMIN = GrupPengguna.CAMUNDA_ADMIN.id();
  /** Process key BKPSDM may start from Tasklist and the REST API. */
  public static final String PROSES_SIKLUS = "siklus-kinerja-tahunan";
  private static final List<String> PENGGUNA_TASKLIST = List.of(PEGAWAI, TIM, WALIKOTA, BKPSDM);

  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final IdentityService identityService;

  public OtorisasiCamundaService(
      AuthorizationService authorizationService,
      FilterService filterService,
      TaskService taskService,
      IdentityService identityService) {
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  /** Creates whatever of the platform's authorizations and filters is missing. */
  @Transactional
  public void siapkan() {
    TanpaAutentikasi.jalankan(identityService, () -> {
      for (Resources r : Resources.values()) {
        beri(ADMIN, r, ANY, Permissions.ALL);
      }

      for (String grup : PENGGUNA_TASKLIST) {
        beri(grup, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      }
      beri(BKPSDM, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      beri(BKPSDM, Resources.APPLICATION, "admin", Permissions.ACCESS);
      beri(BKPSDM, Resources.PROCESS_DEFINITION, ANY,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK,
          ProcessDefinitionPermissions.RETRY_JOB);
      beri(BKPSDM, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
      beri(BKPSDM, Resources.TASK, ANY, Permissions.READ);
      beri(BKPSDM, Resources.DEPLOYMENT, ANY, Permissions.READ);
      beri(BKPSDM, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
      beri(BKPSDM, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
      beri(BKPSDM, Resources.BATCH, ANY, Permissions.READ);
      beri(BKPSDM, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ);
      beri(BKPSDM, Resources.USER, ANY, Permissions.READ);
      beri(BKPSDM, Resources.GROUP, ANY, Permissions.READ);
      // BKPSDM starts the year (docs/aturan-kinerja.md §0: "BKPSDM starts a year for all or some OPD").
      izinkanMemulaiProses(BKPSDM, PROSES_SIKLUS);
      // BKPSDM may start an OPD's distribution check (kalibrasi-kurva) before every rating is in.
      izinkanMemulaiProses(BKPSDM, "kalibrasi-kurva");
      // pengembangan-kompetensi: BKPSDM by hand from Tasklist; an ASN asks over /api (an ASN sees no definitions)
      izinkanMemulaiProses(BKPSDM, "pengembangan-kompetensi");
      // BKPSDM opens the award selection of a year (seleksi-penghargaan).
      izinkanMemulaiProses(BKPSDM, "seleksi-penghargaan");

      Filter saya = pastikanFilter(FILTER_TUGAS_SAYA,
          taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
          properti("Tugas yang ditugaskan kepada saya", -10, "#3b82f6"));
      Filter kelompok = pastikanFilter(FILTER_TUGAS_KELOMPOK,
          taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"),
          properti("Tugas untuk kelompok saya yang belum diambil", -5, "#10b981"));
      Filter semua = pastikanFilter(FILTER_SEMUA_TUGAS,
          taskService.createTaskQuery(),
          properti("Semua tugas yang boleh saya lihat (pemantauan BKPSDM)", 10, "#6b7280"));
      for (String grup : PENGGUNA_TASKLIST) {
        beri(grup, Resources.FILTER, saya.getId(), Permissions.READ);
        beri(grup, Resources.FILTER, kelompok.getId(), Permissions.READ);
      }
      beri(BKPSDM, Resources.FILTER, semua.getId(), Permissions.READ);
      return null;
    });
  }

  /**
   * Lets a group start {@code processKey} (e.g. the ASN's appeal: grup "pegawai", key
   * "keberatan-penilaian"; BKPSDM: "siklus-kinerja-tahunan"): READ + CREATE_INSTANCE on the
   * definition, CREATE on process instances. Idempotent.
   */
  @Transactional
  public void izinkanMemulaiProses(String grup, String processKey) {
    TanpaAutentikasi.jalankan(identityService, () -> {
      beri(grup, Resources.PROCESS_DEFINITION, processKey,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
      beri(grup, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
      return null;
    });
  }

  /** Adds {@code izin} to the group's GRANT on the resource (creating it if needed). */
  @Transactional
  public void beri(String grup, Resource resource, String resourceId, Permission... izin) {
    Authorization a = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(grup)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    boolean baru = a == null;
    if (baru) {
      a = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      a.setGroupId(grup);
      a.setResource(resource);
      a.setResourceId(resourceId);
    }
    boolean berubah = baru;
    for (Permission p : izin) {
      if (!a.isPermissionGranted(p)) {
        a.addPermission(p);
        berubah = true;
      }
    }
    if (berubah) {
      authorizationService.saveAuthorization(a);
      LOG.debug("Izin {} {} '{}' untuk grup {}", List.of(izin), resource.resourceName(), resourceId, grup);
    }
  }

  private Filter pastikanFilter(String nama, Query<?, ?> query, Map<String, Object> properti) {
    Filter f = filterService.createFilterQuery().filterResourceType("Task").filterName(nama).singleResult();
    if (f != null) {
      return f;
    }
    f = filterService.newTaskFilter(nama);
    f.setQuery(query);
    f.setProperties(properti);
    filterService.saveFilter(f);
    LOG.info("Filter Tasklist '{}' dibuat", nama);
    return f;
  }

  private static Map<String, Object> properti(String deskripsi, int prioritas, String warna) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("description", deskripsi);
    // Tasklist lists filters by priority and opens the first: "Tugas saya" for everybody.
    p.put("priority", prioritas);
    p.put("color", warna);
    p.put("refresh", true);
    return p;
  }

}
