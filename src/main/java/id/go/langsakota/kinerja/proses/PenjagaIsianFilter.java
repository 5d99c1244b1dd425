package id.go.langsakota.kinerja.proses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.langsakota.kinerja.identitas.TanpaAutentikasi;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * "A completion accepts only its own fields", enforced in front of both Camunda REST APIs
 * ({@code /engine-rest/**} and the webapps' {@code /camunda/api/engine/engine/{engine}/**}, which
 * Tasklist and Cockpit use):
 *
 * <ul>
 *   <li>completing a task ({@code complete}, {@code submit-form}, {@code resolve}) and starting a
 *       process ({@code start}, {@code submit-form}): every variable sent must be declared for
 *       that task's form or that start form, with its type ({@link PengikatanProses}). This holds
 *       for everyone, administrators too. A task or start without declared fields takes none.
 *   <li>every other path that writes variables or changes a running instance (task, instance and
 *       execution variables, modification, restart, message and signal correlation, BPMN
 *       error/escalation from a task, external tasks): refused for everyone but administrators
 *       (group camunda-admin, who may still edit variables in Cockpit).
 * </ul>
 *
 * <p>A refusal answers 400 in the shape of {@code web.PemetaIsianTidakValid} (type
 * IsianTidakValidException, message, code, kesalahan) before the engine is reached, so nothing
 * changes. Who is calling is read from the Basic header or the webapp session; a claimed identity
 * is only used to decide whether the broader admin paths are open, and the engine's own
 * authentication (which runs too) still refuses wrong credentials.
 */
public class PenjagaIsianFilter extends OncePerRequestFilter {

  static final String GRUP_ADMIN = "camunda-admin";

  private static final Logger LOG = LoggerFactory.getLogger(PenjagaIsianFilter.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Pattern SELESAI = Pattern.compile("/task/([^/]+)/(complete|submit-form|resolve)");
  /**
   * Completions of the same task on this node run one after the other (striped by task id). Two
   * at once (a double click, a retried request) otherwise race inside the engine, and the loser
   * can fail with an engine NullPointerException (500) instead of "already completed" (409).
   */
  private static final ReentrantLock[] KUNCI_SELESAI = new ReentrantLock[256];

  static {
    for (int i = 0; i < KUNCI_SELESAI.length; i++) {
      KUNCI_SELESAI[i] = new ReentrantLock();
    }
  }
  private static final Pattern MULAI = Pattern.compile(
      "/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(start|submit-form)");
  /** Paths that write variables or alter a running instance outside a completion or a start. */
  private static final Pattern TERBATAS = Pattern.compile(
      ".*/(variables|localVariables)(/.*)?"
          + "|/process-instance/.*(modification|variables-async|suspended-async|delete-async).*"
          + "|/modification/.*|/process-definition/.*/restart.*|/process-instance/[^/]+/restart.*"
          + "|/message(/.*)?|/signal(/.*)?|/condition(/.*)?"
          + "|/execution/[^/]+/(signal|messageSubscriptions/.*)"
          + "|/task/[^/]+/(bpmnError|bpmnEscalation)"
          + "|/external-task(/.*)?|/migration/.*|/case-.*");

  private final ProcessEngine engine;
  private final String jalurRest;
  private final String jalurWebappEngine;
  private final Map<String, PengikatanProses> pengikatan = new HashMap<>();
  /** Definition id → key (see {@link #kunciDefinisi}). */
  private final Map<String, String> kunciPerDefinisi = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * @param jalurRest e.g. /engine-rest
   * @param jalurWebapp e.g. /camunda (its engine API is {@code <jalurWebapp>/api/engine/engine/<name>})
   */
  public PenjagaIsianFilter(ProcessEngine engine, List<PengikatanProses> daftar, String jalurRest,
      String jalurWebapp) {
    this.engine = engine;
    this.jalurRest = jalurRest;
    this.jalurWebappEngine = jalurWebapp + "/api/engine/engine/";
    daftar.forEach(p -> pengikatan.put(p.kunciProses(), p));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    String metode = req.getMethod();
    String jalur = jalurEngine(req);
    if (jalur == null || "GET".equals(metode) || "HEAD".equals(metode) || "OPTIONS".equals(metode)) {
      chain.doFilter(req, res);
      return;
    }
    byte[] badan = req.getInputStream().readAllBytes();
    List<String> salah;
    try {
      salah = TanpaAutentikasi.jalankan(engine.getIdentityService(), () -> periksa(req, jalur, badan));
    } catch (BadanTidakSah e) {
      salah = List.of("Badan permintaan bukan JSON yang sah");
    }
    if (!salah.isEmpty()) {
      tolak(res, salah);
      return;
    }
    Matcher selesai = SELESAI.matcher(jalur);
    if (!selesai.matches()) {
      chain.doFilter(new BadanTersimpan(req, badan), res);
      return;
    }
    ReentrantLock kunci = KUNCI_SELESAI[Math.floorMod(selesai.group(1).hashCode(), KUNCI_SELESAI.length)];
    kunci.lock();
    try {
      chain.doFilter(new BadanTersimpan(req, badan), res);
    } finally {
      kunci.unlock();
    }
  }

  private List<String> periksa(HttpServletRequest req, String jalur, byte[] badan) {
    Matcher m = SELESAI.matcher(jalur);
    if (m.matches()) {
      Task t = engine.getTaskService().createTaskQuery().taskId(m.group(1)).singleResult();
      if (t == null) {
        return List.of(); // the engine answers an unknown task itself
      }
      IsianFormulir f = isianTugas(t).orElse(IsianFormulir.untuk(t.getTaskDefinitionKey()));
      return PemeriksaIsian.periksa(f, baca(badan).path("variables"));
    }
    m = MULAI.matcher(jalur);
    if (m.matches()) {
      String kunci = m.group(1) != null ? m.group(1) : kunciDefinisi(m.group(2));
      if (kunci == null) {
        return List.of();
      }
      JsonNode isi = baca(badan);
      if (isi.has("startInstructions") && !admin(req)) {
        return List.of("startInstructions tidak diizinkan: proses dimulai dari awal lewat formulir mulai");
      }
      IsianFormulir f = Optional.ofNullable(pengikatan.get(kunci)).flatMap(PengikatanProses::isianMulai)
          .orElse(IsianFormulir.untuk(kunci + " (tanpa formulir mulai)"));
      return PemeriksaIsian.periksa(f, isi.path("variables"));
    }
    if (TERBATAS.matcher(jalur).matches() && !admin(req)) {
      return List.of("Variabel dan jalannya proses hanya dapat diubah lewat formulir tugas; "
          + "jalur " + jalur + " tidak diizinkan untuk pengguna ini");
    }
    return List.of();
  }

  private Optional<IsianFormulir> isianTugas(Task t) {
    if (t.getProcessDefinitionId() == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(kunciDefinisi(t.getProcessDefinitionId())).map(pengikatan::get)
        .map(p -> p.isianTugas().get(t.getTaskDefinitionKey()));
  }

  /**
   * The key of a deployed definition. A definition id never changes its key and is never reused,
   * so the answer is kept (one query per definition, not per submit); an unknown id is not kept.
   */
  private String kunciDefinisi(String id) {
    String ada = kunciPerDefinisi.get(id);
    if (ada != null) {
      return ada;
    }
    ProcessDefinition d = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionId(id).singleResult();
    if (d == null) {
      return null;
    }
    kunciPerDefinisi.put(id, d.getKey());
    return d.getKey();
  }

  /** The engine-relative path (/task/..., /process-definition/...), or null outside the engine APIs. */
  String jalurEngine(HttpServletRequest req) {
    String uri = req.getRequestURI().substring(req.getContextPath().length());
    String sisa;
    if (uri.startsWith(jalurRest + "/")) {
      sisa = uri.substring(jalurRest.length());
      if (sisa.startsWith("/engine/")) {
        int i = sisa.indexOf('/', "/engine/".length());
        sisa = i < 0 ? "/" : sisa.substring(i);
      }
    } else if (uri.startsWith(jalurWebappEngine)) {
      int i = uri.indexOf('/', jalurWebappEngine.length());
      sisa = i < 0 ? "/" : uri.substring(i);
    } else {
      return null;
    }
    // Jersey ignores a trailing slash and repeated slashes; so must the match.
    sisa = sisa.replaceAll("/{2,}", "/");
    return sisa.length() > 1 && sisa.endsWith("/") ? sisa.substring(0, sisa.length() - 1) : sisa;
  }

  private boolean admin(HttpServletRequest req) {
    String pengguna = pengguna(req);
    return pengguna != null && engine.getIdentityService().createGroupQuery()
        .groupMember(pengguna).groupId(GRUP_ADMIN).count() > 0;
  }

  /** The Basic user of /engine-rest, or the webapp session's user of the engine named in the path. */
  private String pengguna(HttpServletRequest req) {
    String auth = req.getHeader("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String isi = new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
        int i = isi.indexOf(':');
        return i < 0 ? null : isi.substring(0, i);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    HttpSession sesi = req.getSession(false);
    if (sesi == null) {
      return null;
    }
    Authentications a = AuthenticationUtil.getAuthsFromSession(sesi);
    var u = a == null ? null : a.getAuthenticationForProcessEngine(engine.getName());
    return u == null ? null : u.getName();
  }

  private static JsonNode baca(byte[] badan) {
    if (badan.length == 0) {
      return JSON.createObjectNode();
    }
    try {
      JsonNode n = JSON.readTree(badan);
      return n == null ? JSON.createObjectNode() : n;
    } catch (IOException e) {
      throw new BadanTidakSah();
    }
  }

  private static void tolak(HttpServletResponse res, List<String> salah) throws IOException {
    IsianTidakValidException e = new IsianTidakValidException(salah);
    LOG.warn("Ditolak 400 (isian yang dideklarasikan): {}", e.getMessage());
    Map<String, Object> isi = new LinkedHashMap<>();
    isi.put("type", IsianTidakValidException.class.getSimpleName());
    isi.put("message", e.getMessage());
    isi.put("code", e.getCode());
    isi.put("kesalahan", e.getKesalahan());
    res.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    res.setContentType("application/json;charset=UTF-8");
    res.getOutputStream().write(JSON.writeValueAsBytes(isi));
  }

  private static final class BadanTidakSah extends RuntimeException {}

  /** The request with its body read once and served again to the engine. */
  private static final class BadanTersimpan extends HttpServletRequestWrapper {
    private final byte[] badan;

    BadanTersimpan(HttpServletRequest req, byte[] badan) {
      super(req);
      this.badan = badan;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(badan);
      return new ServletInputStream() {
        @Override public boolean isFinished() { return in.available() == 0; }
        @Override public boolean isReady() { return true; }
        @Override public void setReadListener(ReadListener l) { throw new UnsupportedOperationException(); }
        @Override public int read() { return in.read(); }
        @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
