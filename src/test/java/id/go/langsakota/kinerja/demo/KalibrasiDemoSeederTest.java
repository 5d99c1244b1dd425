package id.go.langsakota.kinerja.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.kalibrasi.KalibrasiKurvaProses;
import id.go.langsakota.kinerja.kalibrasi.LaporanKurvaService;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.skp.StatusSkp;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Last year of Kecamatan Langsa Lama seeded on a fresh demo organisation through the real
 * processes: every SKP rated, the OPD's Predikat Kinerja Organisasi recorded, the distribution
 * outside the Baik pattern, and kalibrasi-kurva waiting at sesuaikan-rating-kurva for the camat.
 * Same context as {@link SiklusDemoSeederTest} (demo organisation on).
 */
@SpringBootTest(properties = "kinerja.demo.enabled=true")
@ActiveProfiles("test")
class KalibrasiDemoSeederTest {

  @Autowired KalibrasiDemoSeeder seeder;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired SkpRepository skpRepository;
  @Autowired LaporanKurvaService laporan;

  @Test
  void tahunLaluKecamatanMenungguKalibrasiKepalaOpd() {
    LocalDate hariIni = LocalDate.now(Waktu.WIB);
    KalibrasiDemoSeeder.Ringkasan hasil = seeder.isiJikaBelum(hariIni);
    int tahun = hariIni.getYear() - 1;

    assertThat(hasil.dilewati()).isFalse();
    assertThat(hasil.tahun()).isEqualTo(tahun);
    assertThat(hasil.skpDinilai()).isEqualTo(12); // camat + 11 counted

    ProcessInstance kk = runtime.createProcessInstanceQuery().processDefinitionKey("kalibrasi-kurva")
        .processInstanceBusinessKey(KalibrasiKurvaProses.businessKey(tahun, KalibrasiDemoSeeder.KODE_OPD, 1))
        .singleResult();
    assertThat(kk).isNotNull();
    Task kalibrasi = tasks.createTaskQuery().processInstanceId(kk.getId())
        .taskDefinitionKey(KalibrasiKurvaProses.TUGAS_SESUAIKAN).singleResult();
    assertThat(kalibrasi).as("tugas kalibrasi").isNotNull();
    assertThat(kalibrasi.getAssignee()).isEqualTo(hasil.kepalaOpd());
    assertThat(tasks.getIdentityLinksForTask(kalibrasi.getId())).extracting(IdentityLink::getGroupId)
        .contains("bkpsdm");
    assertThat(kalibrasi.getDueDate()).isAfter(new Date()); // deadline ahead: no escalation at start

    // The report BKPSDM reads: Baik organisation, 8 Baik of 11 where 7 is the most allowed.
    LaporanKurvaService.BarisOpd opd = laporan.laporan(tahun).opd().stream()
        .filter(o -> o.kodeOpd().equals(KalibrasiDemoSeeder.KODE_OPD)).findFirst().orElseThrow();
    assertThat(opd.predikatOrganisasi().name()).isEqualTo("BAIK");
    assertThat(opd.sebelumKalibrasi().jumlahPegawai()).isEqualTo(11);
    assertThat(opd.sebelumKalibrasi().sesuai()).isFalse();
    assertThat(opd.sebelumKalibrasi().jumlah()).containsEntry(Predikat.BAIK, 8)
        .containsEntry(Predikat.SANGAT_BAIK, 2).containsEntry(Predikat.BUTUH_PERBAIKAN, 1);
    assertThat(opd.sebelumKalibrasi().pelanggaran()).singleElement().asString()
        .contains("Baik 8 dari 11").contains("kelebihan 1 orang");

    // Every SKP of that year waits for the OPD's distribution; the period work was done in that year.
    List<Skp> skp = skpRepository.findAll().stream().filter(s -> s.getTahun() == tahun).toList();
    assertThat(skp).hasSize(12).allSatisfy(s -> {
      assertThat(s.getStatus()).isEqualTo(StatusSkp.DINILAI);
      assertThat(s.getPredikatTahunan()).isNotNull();
      assertThat(s.getTanggalDisetujui().atZone(Waktu.WIB).getYear()).isEqualTo(tahun);
    });
    Map<Predikat, Long> perPredikat = skp.stream()
        .collect(Collectors.groupingBy(Skp::getPredikatTahunan, Collectors.counting()));
    assertThat(perPredikat).containsEntry(Predikat.SANGAT_BAIK, 3L); // with the camat, not counted
    String asn = seeder.asnKeberatan(LocalDate.of(tahun, 12, 31)).orElseThrow();
    assertThat(skpRepository.findByNipAndTahun(asn, tahun).orElseThrow().getPredikatTahunan())
        .isEqualTo(Predikat.BAIK);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("skp-pegawai")
        .processInstanceBusinessKeyLike("SKP-" + tahun + "-%").activityIdIn("Event_DistribusiOpdFinal").count())
        .isEqualTo(12);

    // Nothing left for the job executor: no async step, no timer already due.
    assertThat(management.createJobQuery().messages().count()).isZero();
    assertThat(management.createJobQuery().timers().duedateLowerThan(new Date()).count()).isZero();
    assertThat(tasks.createTaskQuery().taskDefinitionKey("tinjau-ringkasan-siklus").count()).isZero();

    long tugas = tasks.createTaskQuery().count();
    assertThat(seeder.isiJikaBelum(hariIni).dilewati()).isTrue();
    assertThat(tasks.createTaskQuery().count()).isEqualTo(tugas);
    System.out.printf("Kalibrasi demo: %d ms%n", hasil.milidetik());
  }
}
