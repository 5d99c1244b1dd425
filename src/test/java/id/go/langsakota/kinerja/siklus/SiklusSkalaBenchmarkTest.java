package id.go.langsakota.kinerja.siklus;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.langsakota.kinerja.organisasi.Jabatan;
import id.go.langsakota.kinerja.organisasi.JabatanRepository;
import id.go.langsakota.kinerja.organisasi.JenisAsn;
import id.go.langsakota.kinerja.organisasi.JenisJabatan;
import id.go.langsakota.kinerja.organisasi.JenisPenugasan;
import id.go.langsakota.kinerja.organisasi.Nip;
import id.go.langsakota.kinerja.organisasi.Opd;
import id.go.langsakota.kinerja.organisasi.OpdRepository;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.Pejabat;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatan;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatanRepository;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import id.go.langsakota.kinerja.organisasi.UnitKerja;
import id.go.langsakota.kinerja.organisasi.UnitKerjaRepository;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scale of Kota Langsa (DOMAIN.md: plan for 5,000 ASN) on embedded H2:
 * <ul>
 *   <li>the cycle fan-out: siklus-kinerja-tahunan for 5,000 ASN with the real job executor, timed
 *       until all 5,000 skp-pegawai instances exist and their first async step (Buat SKP) is done,
 *       i.e. every ASN has a susun-skp task;</li>
 *   <li>the pejabat penilai resolution (RegisterOrganisasiService.pejabatPenilai, what every
 *       assignment expression calls) for each of the 5,000.</li>
 * </ul>
 * Run with {@code ./mvnw verify -Pbenchmark}; numbers in lines starting with "BENCHMARK"
 * (docs/benchmark.md).
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiklusSkalaBenchmarkTest {

  static final int OPD = 10;
  static final int PEGAWAI_PER_OPD = 500;
  static final int JUMLAH = OPD * PEGAWAI_PER_OPD;
  static final int TAHUN = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired RegisterOrganisasiService register;
  @Autowired OpdRepository opdRepository;
  @Autowired UnitKerjaRepository unitRepository;
  @Autowired JabatanRepository jabatanRepository;
  @Autowired PegawaiRepository pegawaiRepository;
  @Autowired PenugasanJabatanRepository penugasanRepository;
  @Autowired TransactionTemplate tx;

  final List<String> kodeOpd = new ArrayList<>();
  /** NIP → expected pejabat penilai NIP (null = the PPK). */
  final Map<String, String> penilaiDiharapkan = new LinkedHashMap<>();

  /**
   * 10 OPD of 500 ASN: kepala (JPT) → 4 kepala bidang → 12 kepala seksi (one position vacant,
   * so its staff walk up to the kepala bidang) → 484 pelaksana, 40 to 41 per seksi.
   */
  @BeforeAll
  void register() {
    long t0 = System.nanoTime();
    int[] urut = {0};
    for (int o = 0; o < OPD; o++) {
      String kode = "BNC" + o;
      kodeOpd.add(kode);
      tx.executeWithoutResult(s -> {
        Opd opd = opdRepository.save(new Opd(kode, "Dinas Benchmark " + kode, null));
        UnitKerja unit = unitRepository.save(new UnitKerja(kode + "-U", "Dinas Benchmark", opd, null));
        Jabatan kepala = new Jabatan(kode + "-K", "Kepala Dinas", JenisJabatan.JPT, 15, unit, null);
        kepala.setKepalaOpd(true);
        kepala = jabatanRepository.save(kepala);
        List<Jabatan> kabid = new ArrayList<>();
        List<Jabatan> kasi = new ArrayList<>();
        for (int b = 0; b < 4; b++) {
          kabid.add(jabatanRepository.save(new Jabatan(kode + "-B" + b, "Kepala Bidang " + b,
              JenisJabatan.ADMINISTRATOR, 12, unit, kepala)));
        }
        for (int k = 0; k < 12; k++) {
          kasi.add(jabatanRepository.save(new Jabatan(kode + "-S" + k, "Kepala Seksi " + k,
              JenisJabatan.PENGAWAS, 9, unit, kabid.get(k / 3))));
        }
        String nipKepala = tempatkan(urut, kepala);
        penilaiDiharapkan.put(nipKepala, null);
        List<String> nipKabid = new ArrayList<>();
        for (Jabatan j : kabid) {
          String n = tempatkan(urut, j);
          nipKabid.add(n);
          penilaiDiharapkan.put(n, nipKepala);
        }
        List<String> nipKasi = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
          if (k == 11) {
            nipKasi.add(null); // vacant
            continue;
          }
          String n = tempatkan(urut, kasi.get(k));
          nipKasi.add(n);
          penilaiDiharapkan.put(n, nipKabid.get(k / 3));
        }
        List<Jabatan> staf = new ArrayList<>();
        int jumlahStaf = PEGAWAI_PER_OPD - 1 - 4 - 11;
        for (int i = 0; i < jumlahStaf; i++) {
          staf.add(new Jabatan(kode + "-P" + i, "Pengelola " + i, JenisJabatan.PELAKSANA, 7, unit, kasi.get(i % 12)));
        }
        staf = jabatanRepository.saveAll(staf);
        List<Pegawai> pegawai = new ArrayList<>();
        for (int i = 0; i < jumlahStaf; i++) {
          pegawai.add(new Pegawai(nip(urut[0]++), "Pegawai Benchmark", JenisAsn.PNS));
        }
        pegawai = pegawaiRepository.saveAll(pegawai);
        List<PenugasanJabatan> penugasan = new ArrayList<>();
        for (int i = 0; i < jumlahStaf; i++) {
          penugasan.add(new PenugasanJabatan(pegawai.get(i), staf.get(i), JenisPenugasan.DEFINITIF, LocalDate.of(2020, 1, 1)));
          String kasiNip = nipKasi.get(i % 12);
          penilaiDiharapkan.put(pegawai.get(i).getNip(), kasiNip != null ? kasiNip : nipKabid.get((i % 12) / 3));
        }
        penugasanRepository.saveAll(penugasan);
      });
    }
    assertThat(penilaiDiharapkan).hasSize(JUMLAH);
    System.out.printf("BENCHMARK register %d ASN disiapkan: %.1f s%n", JUMLAH, (System.nanoTime() - t0) / 1e9);
  }

  private String tempatkan(int[] urut, Jabatan jabatan) {
    Pegawai p = pegawaiRepository.save(new Pegawai(nip(urut[0]++), "Pejabat Benchmark", JenisAsn.PNS));
    penugasanRepository.save(new PenugasanJabatan(p, jabatan, JenisPenugasan.DEFINITIF, LocalDate.of(2020, 1, 1)));
    return p.getNip();
  }

  /** Valid, unique NIPs: a birth date per block of 998, TMT 2010-03, sequence 001-998. */
  static String nip(int n) {
    LocalDate lahir = LocalDate.of(1981, 1, 1).plusDays(n / 998);
    String nip = lahir.toString().replace("-", "") + "201003" + "2" + String.format("%03d", 1 + n % 998);
    assertThat(Nip.periksa(nip)).isEmpty();
    return nip;
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.MINUTES)
  void fanOutLimaRibuAsn() throws Exception {
    long t0 = System.nanoTime();
    ProcessInstance siklus = runtime.startProcessInstanceByKey("siklus-kinerja-tahunan",
        Variables.createVariables().putValue("tahun", TAHUN).putValue("semuaOpd", false)
            .putValue("kodeOpd", String.join(",", kodeOpd)).putValue("jenisPeriode", "TRIWULANAN"));
    Long siklusId = ((Number) runtime.getVariable(siklus.getId(), "siklusId")).longValue();

    JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    executor.start();
    double detikInstans = -1;
    double detikSelesai = -1;
    try {
      long batas = System.nanoTime() + TimeUnit.MINUTES.toNanos(18);
      while (System.nanoTime() < batas) {
        Thread.sleep(1000);
        assertThat(management.createJobQuery().withException().count()).as("job gagal").isZero();
        if (detikInstans < 0 && runtime.createProcessInstanceQuery().processDefinitionKey("skp-pegawai")
            .variableValueEquals("siklusId", siklusId).count() == JUMLAH) {
          detikInstans = (System.nanoTime() - t0) / 1e9;
        }
        if (detikInstans >= 0 && tasks.createTaskQuery().taskDefinitionKey("susun-skp")
            .processVariableValueEquals("siklusId", siklusId).count() == JUMLAH) {
          detikSelesai = (System.nanoTime() - t0) / 1e9;
          break;
        }
      }
    } finally {
      executor.shutdown();
    }
    assertThat(detikSelesai).as("semua %d SKP sampai di susun-skp", JUMLAH).isPositive();
    assertThat(management.createJobQuery().withException().count()).as("job gagal").isZero();
    assertThat(runtime.createIncidentQuery().count()).as("insiden").isZero();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("skp-pegawai")
        .variableValueEquals("siklusId", siklusId).count()).isEqualTo(JUMLAH);
    // One job per chunk of 100 (async on the inner instances), none of which ever failed, not
    // even once and then succeeded on retry (the job log keeps those too).
    long jobKelompok = history.createHistoricJobLogQuery().processInstanceId(siklus.getId())
        .activityIdIn("Task_MulaiSkpPegawai").creationLog().count();
    assertThat(jobKelompok).as("job Mulai SKP pegawai per kelompok").isEqualTo(JUMLAH / 100);
    assertThat(history.createHistoricJobLogQuery().processInstanceId(siklus.getId()).failureLog().count())
        .as("kegagalan job siklus").isZero();
    System.out.printf("BENCHMARK fan-out %d ASN: semua instans skp-pegawai ada setelah %.1f s; "
            + "langkah async pertama (Buat SKP → susun-skp) selesai untuk semua setelah %.1f s (%.0f SKP/s); "
            + "%d job kelompok, 0 kegagalan%n",
        JUMLAH, detikInstans, detikSelesai, JUMLAH / detikSelesai, jobKelompok);
  }

  @Test
  void pejabatPenilaiLimaRibuAsn() {
    LocalDate hariIni = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    // warm-up: JIT and Hibernate caches, so the number describes steady state
    penilaiDiharapkan.keySet().stream().limit(200).forEach(n -> register.pejabatPenilai(n, hariIni));

    long t0 = System.nanoTime();
    Map<String, String> hasil = new LinkedHashMap<>();
    for (String nip : penilaiDiharapkan.keySet()) {
      Pejabat p = register.pejabatPenilai(nip, hariIni).orElseThrow();
      hasil.put(nip, p.nip());
    }
    double detik = (System.nanoTime() - t0) / 1e9;
    assertThat(hasil).containsExactlyInAnyOrderEntriesOf(penilaiDiharapkan);
    System.out.printf("BENCHMARK pejabat penilai %d ASN: %.2f s (%.2f ms per ASN)%n", JUMLAH, detik,
        detik * 1000 / JUMLAH);
  }
}
