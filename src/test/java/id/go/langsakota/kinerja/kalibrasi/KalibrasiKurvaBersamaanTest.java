package id.go.langsakota.kinerja.kalibrasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.skp.JenisPeriode;
import id.go.langsakota.kinerja.skp.OrganisasiUji;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.skp.StatusSkp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * docs/performance.md, Findings 3: the last two SKPs of an OPD rated at the same moment. The race
 * is made deterministic: the first "Periksa kelengkapan OPD" has started the round but not yet
 * committed when the second job runs. The second must wait, see the round running and succeed;
 * exactly one kalibrasi-kurva, no failed job, no incident.
 */
@SpringBootTest
@ActiveProfiles("test")
class KalibrasiKurvaBersamaanTest {

  static final int TAHUN = 2025;

  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired ApplicationContext ctx;
  @Autowired SkpRepository skpRepository;
  @Autowired KalibrasiKurvaService service;
  @Autowired KalibrasiKurvaRepository rondeRepository;
  @Autowired PlatformTransactionManager transaksi;

  ProcessInstance dinilai(String nip) {
    Skp s = new Skp(nip, TAHUN, LocalDate.of(TAHUN, 1, 1), LocalDate.of(TAHUN, 12, 31), JenisPeriode.BULANAN);
    s.setStatus(StatusSkp.DINILAI);
    s.setRatingHasilKerjaTahunan(Rating.SESUAI_EKSPEKTASI);
    s.setRatingPerilakuTahunan(Rating.SESUAI_EKSPEKTASI);
    s.setSaranRatingHasilKerja(Rating.SESUAI_EKSPEKTASI);
    s.setSaranRatingPerilaku(Rating.SESUAI_EKSPEKTASI);
    s.setPredikatTahunan(Predikat.BAIK);
    s = skpRepository.save(s);
    return runtime.createProcessInstanceByKey("skp-pegawai").businessKey("SKP-" + TAHUN + "-" + nip)
        .startBeforeActivity("Task_PeriksaKelengkapanOpd").setVariable("skpId", s.getId()).execute();
  }

  @Test
  void duaPemeriksaanBersamaanMemulaiSatuKalibrasiTanpaJobGagal() throws Exception {
    OrganisasiUji org = new OrganisasiUji(ctx);
    List<String> nip = new ArrayList<>(List.of(org.nipKepala, org.nipPengawas, org.nipStaf));
    List<ProcessInstance> skp = nip.stream().map(this::dinilai).toList();
    Job kedua = management.createJobQuery().processInstanceId(skp.get(1).getId())
        .activityId("Task_PeriksaKelengkapanOpd").singleResult();

    CountDownLatch rondePertamaDimulai = new CountDownLatch(1);
    CountDownLatch lepaskanPertama = new CountDownLatch(1);
    ExecutorService pelaksana = Executors.newFixedThreadPool(2);
    try {
      // first: the check of the first SKP starts the round and holds its transaction open
      Future<Boolean> pertama = pelaksana.submit(() -> new TransactionTemplate(transaksi).execute(st -> {
        boolean dimulai = service.periksaKelengkapan(skpRepository.findByNipAndTahun(nip.get(0), TAHUN)
            .orElseThrow().getId());
        rondePertamaDimulai.countDown();
        try {
          lepaskanPertama.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return dimulai;
      }));
      assertThat(rondePertamaDimulai.await(30, TimeUnit.SECONDS)).isTrue();
      // second: the job of another SKP of the same OPD, while the first has not committed
      Thread[] utasKedua = new Thread[1];
      Future<Throwable> keduaSelesai = pelaksana.submit(() -> {
        utasKedua[0] = Thread.currentThread();
        try {
          management.executeJob(kedua.getId());
          return null;
        } catch (Throwable t) {
          return t;
        }
      });
      // Deterministic: wait until the second job is inside the completeness check, then give it
      // time to pass it (unfixed: it finds no committed round and goes on to start a second one;
      // fixed: it waits at the OPD's lock). Only then may the first commit.
      long batas = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!keduaSelesai.isDone() && !diDalamPemeriksaan(utasKedua[0]) && System.nanoTime() < batas) {
        Thread.sleep(10);
      }
      assertThat(keduaSelesai.isDone() || diDalamPemeriksaan(utasKedua[0])).as("job kedua sampai pemeriksaan").isTrue();
      Thread.sleep(700);
      lepaskanPertama.countDown();
      assertThat(pertama.get(30, TimeUnit.SECONDS)).as("pemeriksaan pertama memulai ronde").isTrue();
      assertThat(keduaSelesai.get(30, TimeUnit.SECONDS)).as("job kedua berhasil, tanpa exception").isNull();
    } finally {
      lepaskanPertama.countDown();
      pelaksana.shutdownNow();
    }

    assertThat(rondeRepository.findByTahunAndKodeOpdOrderByRonde(TAHUN, org.kodeOpd))
        .extracting(KalibrasiKurva::getRonde).containsExactly(1);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KalibrasiKurvaProses.KUNCI)
        .processInstanceBusinessKeyLike("KK-" + TAHUN + "-" + org.kodeOpd + "-%").count()).isEqualTo(1);
    assertThat(management.createJobQuery().jobId(kedua.getId()).count()).as("job kedua selesai").isZero();
    // only this OPD's instances: the Spring context (and its database) is shared with other tests
    List<String> proses = new ArrayList<>(skp.stream().map(ProcessInstance::getId).toList());
    proses.addAll(runtime.createProcessInstanceQuery().processDefinitionKey(KalibrasiKurvaProses.KUNCI)
        .processInstanceBusinessKeyLike("KK-" + TAHUN + "-" + org.kodeOpd + "-%").list().stream()
        .map(ProcessInstance::getId).toList());
    for (String id : proses) {
      assertThat(management.createJobQuery().processInstanceId(id).withException().count()).as("job gagal").isZero();
      assertThat(runtime.createIncidentQuery().processInstanceId(id).count()).as("insiden").isZero();
    }
    assertThat(runtime.createExecutionQuery().processInstanceId(skp.get(1).getId())
        .messageEventSubscriptionName(KalibrasiKurvaProses.PESAN_DISTRIBUSI_FINAL).count())
        .as("SKP kedua menunggu Distribusi OPD final").isEqualTo(1);
  }

  static boolean diDalamPemeriksaan(Thread t) {
    if (t == null) {
      return false;
    }
    for (StackTraceElement e : t.getStackTrace()) {
      if (e.getClassName().startsWith(KalibrasiKurvaService.class.getName()) && e.getMethodName().equals("mulaiBilaLengkap")) {
        return true;
      }
    }
    return false;
  }
}
