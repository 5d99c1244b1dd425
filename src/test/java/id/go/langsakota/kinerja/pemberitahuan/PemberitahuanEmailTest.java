package id.go.langsakota.kinerja.pemberitahuan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import id.go.langsakota.kinerja.organisasi.JenisAsn;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real SMTP server (GreenMail on a free local port): what a process writes is
 * delivered once, after the commit, retried while the server is down, gathered into a digest.
 */
@SpringBootTest(properties = {
    "kinerja.notifikasi.penjadwal-aktif=false",
    "kinerja.notifikasi.url-dasar=https://kinerja.langsakota.go.id/",
    "spring.mail.properties.mail.smtp.connectiontimeout=2000",
    "spring.mail.properties.mail.smtp.timeout=2000"})
@ActiveProfiles("test")
@AutoConfigureMockMvc
class PemberitahuanEmailTest {

  static final int PORT = portBebas();
  static GreenMail smtp = mulaiSmtp();

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry r) {
    r.add("spring.mail.host", () -> "127.0.0.1");
    r.add("spring.mail.port", () -> PORT);
  }

  @TestConfiguration
  static class DelegateUji {
    static final AtomicInteger PANGGILAN = new AtomicInteger();

    /** Writes a notice, then fails on its first run: the job is retried. */
    @Bean
    JavaDelegate catatLaluGagalUji(PemberitahuanService pemberitahuan) {
      return e -> {
        pemberitahuan.catat(Pemberitahuan.Jenis.PENGINGAT_LAPOR, (String) e.getVariable("penerima"),
            null, "Pengingat uji", "UJI:" + e.getProcessInstanceId(), null, null, e.getProcessInstanceId());
        if (PANGGILAN.incrementAndGet() == 1) {
          throw new IllegalStateException("gagal sekali");
        }
      };
    }
  }

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired org.camunda.bpm.engine.IdentityService identity;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired PegawaiRepository pegawaiRepo;
  @Autowired PemberitahuanRepository outbox;
  @Autowired PengirimPemberitahuan pengirim;
  @Autowired PlatformTransactionManager transaksi;
  @Autowired JdbcTemplate jdbc;
  @Autowired MockMvc mvc;

  String nip;
  String email;

  static int portBebas() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static GreenMail mulaiSmtp() {
    GreenMail g = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    g.start();
    return g;
  }

  @AfterAll
  static void hentikan() {
    smtp.stop();
  }

  @BeforeEach
  void siapkan() throws Exception {
    if (!smtp.isRunning()) {
      smtp = mulaiSmtp();
    }
    smtp.purgeEmailFromAllMailboxes();
    // rows of earlier tests are out of the way
    jdbc.update("UPDATE pemberitahuan SET status = 'DILEWATI' WHERE status IN ('BARU', 'DIKIRIM')");
    nip = pegawai("asn", true);
    email = nip + "@langsakota.go.id";
    if (repository.createProcessDefinitionQuery().processDefinitionKey("uji-pemberitahuan").count() == 0) {
      repository.createDeployment().name("uji-pemberitahuan")
          .addModelInstance("uji-pemberitahuan.bpmn", Bpmn.createExecutableProcess("uji-pemberitahuan")
              .camundaHistoryTimeToLive(1).startEvent()
              .userTask("tugas-uji").name("Periksa <dokumen> & lampiran").camundaAssignee("${penerima}")
              .endEvent().done())
          .addModelInstance("uji-pemberitahuan-ulang.bpmn", Bpmn.createExecutableProcess("uji-pemberitahuan-ulang")
              .camundaHistoryTimeToLive(1).startEvent()
              .serviceTask("catat").camundaAsyncBefore().camundaDelegateExpression("${catatLaluGagalUji}")
              .endEvent().done())
          .deploy();
    }
  }

  private String pegawai(String nama, boolean denganEmail) {
    String n = "1990" + (1_000_000_000_000L + ThreadLocalRandom.current().nextLong(8_999_999_999_999L));
    Pegawai p = new Pegawai(n, "Uji " + nama, JenisAsn.PNS);
    if (denganEmail) {
      p.setEmail(n + "@langsakota.go.id");
    }
    pegawaiRepo.save(p);
    return n;
  }

  private ProcessInstance tugasUntuk(String penerima) {
    return runtime.startProcessInstanceByKey("uji-pemberitahuan", java.util.Map.of("penerima", penerima));
  }

  private List<Pemberitahuan> baris(String penerima) {
    return outbox.findByPenerimaOrderById(penerima);
  }

  private MimeMessage[] suratUntuk(String alamat) {
    return smtp.getReceivedMessagesForDomain(alamat);
  }

  @Test
  void tugasBaruMenjadiSatuEmailBerbahasaIndonesiaDenganTautanTugas() throws Exception {
    ProcessInstance pi = tugasUntuk(nip);
    Task t = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();

    // written with the task, not yet sent: delivery is the worker's job after the commit
    assertThat(baris(nip)).extracting(Pemberitahuan::getJenis, Pemberitahuan::getStatus, Pemberitahuan::getTaskId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Pemberitahuan.Jenis.TUGAS_BARU, StatusPemberitahuan.BARU, t.getId()));
    assertThat(suratUntuk(email)).isEmpty();

    pengirim.kirimTertunda(Instant.now());

    MimeMessage[] surat = suratUntuk(email);
    assertThat(surat).hasSize(1);
    assertThat(surat[0].getSubject()).isEqualTo("[Kinerja ASN Langsa] Tugas baru: Periksa <dokumen> & lampiran");
    assertThat(surat[0].getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(email);
    String isi = GreenMailUtil.getBody(surat[0]);
    assertThat(isi).contains("https://kinerja.langsakota.go.id/camunda/app/tasklist/default/#/?task=" + t.getId())
        .contains("Yth. Uji asn")
        .contains("Periksa &lt;dokumen&gt; &amp; lampiran");
    assertThat(baris(nip)).extracting(Pemberitahuan::getStatus).containsExactly(StatusPemberitahuan.TERKIRIM);

    // the same assignment again (a retried step) and another poll (a restart): nothing more
    tasks.setAssignee(t.getId(), nip);
    pengirim.kirimTertunda(Instant.now().plusSeconds(60));
    assertThat(baris(nip)).hasSize(1);
    assertThat(suratUntuk(email)).hasSize(1);
  }

  @Test
  void penggunaYangMengklaimSendiriTidakDiberitahuYangDitugaskanOrangLainDiberitahu() {
    String lain = pegawai("pengklaim", true);
    String ditugaskan = pegawai("ditugaskan", true);
    Task t = tasks.createTaskQuery().processInstanceId(tugasUntuk(nip).getId()).singleResult();
    tasks.setAssignee(t.getId(), null);

    identity.setAuthentication(lain, List.of("camunda-admin"));
    try {
      tasks.claim(t.getId(), lain);
    } finally {
      identity.clearAuthentication();
    }
    assertThat(baris(lain)).isEmpty();

    tasks.setAssignee(t.getId(), ditugaskan);
    assertThat(baris(ditugaskan)).extracting(Pemberitahuan::getJenis, Pemberitahuan::getTaskId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Pemberitahuan.Jenis.TUGAS_BARU, t.getId()));
  }

  @Test
  void jobYangDiulangTidakMenggandakanPemberitahuan() {
    DelegateUji.PANGGILAN.set(0);
    ProcessInstance pi = runtime.startProcessInstanceByKey("uji-pemberitahuan-ulang",
        java.util.Map.of("penerima", nip));
    Job job = management.createJobQuery().processInstanceId(pi.getId()).singleResult();

    assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("gagal sekali");
    // the failed run's row rolled back with it
    assertThat(baris(nip)).isEmpty();
    management.executeJob(job.getId());
    assertThat(DelegateUji.PANGGILAN.get()).isEqualTo(2);
    assertThat(baris(nip)).hasSize(1);

    pengirim.kirimTertunda(Instant.now());
    pengirim.kirimTertunda(Instant.now().plusSeconds(120));
    assertThat(suratUntuk(email)).hasSize(1);
  }

  @Test
  void transaksiProsesYangDibatalkanTidakMeninggalkanBaris() {
    AtomicLong dalamTransaksi = new AtomicLong();
    new TransactionTemplate(transaksi).executeWithoutResult(s -> {
      tugasUntuk(nip);
      dalamTransaksi.set(baris(nip).size());
      s.setRollbackOnly();
    });
    assertThat(dalamTransaksi.get()).isEqualTo(1);
    assertThat(baris(nip)).isEmpty();
    assertThat(tasks.createTaskQuery().taskAssignee(nip).count()).isZero();
  }

  @Test
  void duaPengirimBersamaanMengirimSekali() throws Exception {
    for (int i = 0; i < 5; i++) {
      tugasUntuk(nip);
    }
    ExecutorService dua = Executors.newFixedThreadPool(2);
    CountDownLatch mulai = new CountDownLatch(1);
    List<Future<PengirimPemberitahuan.Hasil>> hasil = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      hasil.add(dua.submit(() -> {
        mulai.await();
        return pengirim.kirimTertunda(Instant.now());
      }));
    }
    mulai.countDown();
    int terkirim = 0;
    for (Future<PengirimPemberitahuan.Hasil> h : hasil) {
      terkirim += h.get().terkirim();
    }
    dua.shutdown();
    assertThat(terkirim).isEqualTo(5);
    assertThat(suratUntuk(email)).hasSize(5);
  }

  @Test
  void klaimPengirimYangMatiDiambilLagiSetelahBatasKlaim() {
    tugasUntuk(nip);
    Long id = baris(nip).get(0).getId();
    Instant sekarang = Instant.now();
    // a node claimed it and died before marking it
    jdbc.update("UPDATE pemberitahuan SET status = 'DIKIRIM', diklaim_pada = ? WHERE id = ?",
        java.sql.Timestamp.from(sekarang), id);

    pengirim.kirimTertunda(sekarang.plus(Duration.ofMinutes(5)));
    assertThat(suratUntuk(email)).isEmpty();

    pengirim.kirimTertunda(sekarang.plus(Duration.ofMinutes(11)));
    assertThat(suratUntuk(email)).hasSize(1);
    assertThat(outbox.findById(id).orElseThrow().getStatus()).isEqualTo(StatusPemberitahuan.TERKIRIM);
  }

  @Test
  void smtpMatiDicobaLagiDenganJedaLaluTerkirim() {
    tugasUntuk(nip);
    smtp.stop();
    Instant t0 = Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    PengirimPemberitahuan.Hasil h = pengirim.kirimTertunda(t0);
    assertThat(h.gagal()).isEqualTo(1);
    Pemberitahuan p = baris(nip).get(0);
    assertThat(p.getStatus()).isEqualTo(StatusPemberitahuan.BARU);
    assertThat(p.getPercobaan()).isEqualTo(1);
    assertThat(p.getBerikutnyaPada()).isEqualTo(t0.plus(Duration.ofMinutes(1)));
    assertThat(p.getAlasan()).startsWith("Pengiriman EMAIL gagal");

    smtp = mulaiSmtp();
    // not due yet: the backoff holds it back
    assertThat(pengirim.kirimTertunda(t0.plusSeconds(30)).terkirim()).isZero();
    assertThat(pengirim.kirimTertunda(t0.plusSeconds(61)).terkirim()).isEqualTo(1);
    assertThat(suratUntuk(email)).hasSize(1);
    assertThat(baris(nip).get(0).getStatus()).isEqualTo(StatusPemberitahuan.TERKIRIM);
  }

  @Test
  void setelahPercobaanMaksimalGagalDanTerlihatOlehBkpsdm() throws Exception {
    tugasUntuk(nip);
    smtp.stop();
    Instant t = Instant.now();
    for (int i = 0; i < 6; i++) {
      pengirim.kirimTertunda(t);
      t = t.plus(Duration.ofHours(7));
    }
    Pemberitahuan p = baris(nip).get(0);
    assertThat(p.getStatus()).isEqualTo(StatusPemberitahuan.GAGAL);
    assertThat(p.getPercobaan()).isEqualTo(6);
    assertThat(pengirim.kirimTertunda(t).gagal()).isZero();

    mvc.perform(get("/api/pemberitahuan/bermasalah").with(user("bkpsdm1").roles("BKPSDM")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.id == " + p.getId() + ")].status").value("GAGAL"));
    mvc.perform(get("/api/pemberitahuan/bermasalah").with(user(nip).roles("PEGAWAI")))
        .andExpect(status().isForbidden());
  }

  @Test
  void pegawaiTanpaEmailDilewatiDenganAlasan() {
    String tanpa = pegawai("tanpa email", false);
    tugasUntuk(tanpa);

    PengirimPemberitahuan.Hasil h = pengirim.kirimTertunda(Instant.now());

    assertThat(h.dilewati()).isEqualTo(1);
    assertThat(baris(tanpa)).extracting(Pemberitahuan::getStatus, Pemberitahuan::getAlasan)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(StatusPemberitahuan.DILEWATI,
            "Pegawai " + tanpa + " tidak mempunyai alamat email di register"));
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void tugasYangSudahSelesaiTidakDiberitahukan() {
    ProcessInstance pi = tugasUntuk(nip);
    tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId());

    pengirim.kirimTertunda(Instant.now());

    assertThat(baris(nip).get(0).getStatus()).isEqualTo(StatusPemberitahuan.DILEWATI);
    assertThat(baris(nip).get(0).getAlasan()).isEqualTo("Tugas sudah selesai sebelum pemberitahuan dikirim");
    assertThat(suratUntuk(email)).isEmpty();
  }

  @Test
  void ringkasanHarianMengumpulkanBeberapaPemberitahuanDalamSatuEmail() throws Exception {
    mvc.perform(put("/api/pemberitahuan/preferensi").with(user(nip))
            .contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"RINGKASAN_HARIAN\"}"))
        .andExpect(status().isOk());
    mvc.perform(get("/api/pemberitahuan/preferensi").with(user(nip)))
        .andExpect(jsonPath("$.mode").value("RINGKASAN_HARIAN"));
    for (int i = 0; i < 3; i++) {
      tugasUntuk(nip);
    }

    // before the day's digest time nothing goes out
    assertThat(pengirim.kirimTertunda(Instant.now()).terkirim()).isZero();
    assertThat(suratUntuk(email)).isEmpty();

    // the next day after 16:00 WIB: one message with all three
    Instant besokSore = Instant.now().plus(Duration.ofDays(1));
    besokSore = besokSore.atZone(id.go.langsakota.kinerja.config.Waktu.WIB).toLocalDate()
        .atTime(16, 1).atZone(id.go.langsakota.kinerja.config.Waktu.WIB).toInstant();
    assertThat(pengirim.kirimTertunda(besokSore).terkirim()).isEqualTo(3);
    MimeMessage[] surat = suratUntuk(email);
    assertThat(surat).hasSize(1);
    assertThat(surat[0].getSubject()).startsWith("[Kinerja ASN Langsa] Ringkasan pemberitahuan ").endsWith("(3)");
    String isi = GreenMailUtil.getBody(surat[0]);
    for (Pemberitahuan p : baris(nip)) {
      assertThat(isi).contains("#/?task=" + p.getTaskId());
    }
    assertThat(pengirim.kirimTertunda(besokSore.plusSeconds(60)).terkirim()).isZero();
    assertThat(suratUntuk(email)).hasSize(1);
  }

  @Test
  void preferensiHanyaMenerimaModeYangDikenal() throws Exception {
    mvc.perform(get("/api/pemberitahuan/preferensi").with(user(nip)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.mode").value("SEGERA"));
    mvc.perform(put("/api/pemberitahuan/preferensi").with(user(nip))
            .contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"MINGGUAN\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.pesan").value("Mode pemberitahuan harus SEGERA atau RINGKASAN_HARIAN"));
  }
}
