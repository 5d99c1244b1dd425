package id.go.langsakota.kinerja.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.langsakota.kinerja.penilaian.PenilaianPeriodik;
import id.go.langsakota.kinerja.penilaian.PenilaianPeriodikRepository;
import id.go.langsakota.kinerja.penilaian.StatusPenilaianPeriodik;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.skp.SkpService;
import id.go.langsakota.kinerja.skp.StatusSkp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo year seeded on a fresh demo organisation. A context of its own (demo organisation on):
 * the seeder needs the real demo register, which the shared test context does not have.
 */
@SpringBootTest(properties = "kinerja.demo.enabled=true")
@ActiveProfiles("test")
class SiklusDemoSeederTest {

  // Mid-June: January to May have ended, so four periods are rated and May waits.
  static final LocalDate HARI_INI = LocalDate.of(LocalDate.now().getYear(), 6, 15);
  static final String ASN = "199605142020122002";
  static final String PENILAI = "198408212009031003";
  static final String ATASAN = "197602032002122001";

  /** The national matrix of DOMAIN.md §3: [hasil kerja][perilaku] → predikat. */
  static final Map<String, Map<String, String>> MATRIKS = Map.of(
      "DI_ATAS_EKSPEKTASI", Map.of("DI_BAWAH_EKSPEKTASI", "KURANG", "SESUAI_EKSPEKTASI", "BAIK",
          "DI_ATAS_EKSPEKTASI", "SANGAT_BAIK"),
      "SESUAI_EKSPEKTASI", Map.of("DI_BAWAH_EKSPEKTASI", "KURANG", "SESUAI_EKSPEKTASI", "BAIK",
          "DI_ATAS_EKSPEKTASI", "BAIK"),
      "DI_BAWAH_EKSPEKTASI", Map.of("DI_BAWAH_EKSPEKTASI", "SANGAT_KURANG",
          "SESUAI_EKSPEKTASI", "BUTUH_PERBAIKAN", "DI_ATAS_EKSPEKTASI", "BUTUH_PERBAIKAN"));

  @Autowired SiklusDemoSeeder seeder;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired SkpRepository skpRepository;
  @Autowired SkpService skpService;
  @Autowired PenilaianPeriodikRepository penilaianRepository;

  @Test
  void tahunBerjalanDinkesSekaliSaja() {
    SiklusDemoSeeder.Hasil hasil = seeder.isiJikaBelum(HARI_INI);
    int tahun = HARI_INI.getYear();

    assertThat(hasil.dilewati()).isFalse();
    // The demo ASN drafts her SKP in Tasklist; its link options are her supervisor's agreed RHK.
    List<Task> susun = tasks.createTaskQuery().taskAssignee(ASN).taskDefinitionKey("susun-skp").list();
    assertThat(susun).hasSize(1);
    Skp skpAsn = skpRepository.findByNipAndTahun(ASN, tahun).orElseThrow();
    assertThat(skpAsn.getStatus()).isEqualTo(StatusSkp.DRAF);
    assertThat(skpService.opsiRhkAtasan(skpAsn.getId())).isNotEmpty()
        .allSatisfy(o -> assertThat(o.get("value")).startsWith("RHK:"));
    // The chain above her is agreed.
    for (String nip : List.of(PENILAI, ATASAN)) {
      assertThat(skpRepository.findByNipAndTahun(nip, tahun).orElseThrow().getStatus())
          .as("SKP " + nip).isEqualTo(StatusSkp.DISETUJUI);
    }
    // The supervisor has no SKP to approve yet, but his staff's May reports to rate.
    assertThat(tasks.createTaskQuery().taskAssignee(PENILAI).taskDefinitionKey("setujui-skp").count()).isZero();
    List<Task> nilai = tasks.createTaskQuery().taskAssignee(PENILAI).taskDefinitionKey("nilai-kinerja-periodik").list();
    assertThat(nilai).isNotEmpty();
    // His own May report waits for the demo atasan.
    assertThat(tasks.createTaskQuery().taskAssignee(ATASAN).taskDefinitionKey("nilai-kinerja-periodik").count()).isEqualTo(1);
    // The rest of DINKES waits at susun-skp, like the demo ASN.
    assertThat(tasks.createTaskQuery().taskDefinitionKey("susun-skp").count()).isGreaterThan(20);

    assertThat(hasil.skpDisetujui()).isEqualTo(5); // kepala dinas, atasan, penilai, his two other staff
    List<PenilaianPeriodik> periode = penilaianRepository.findAll().stream().filter(p -> p.getTahun() == tahun).toList();
    List<PenilaianPeriodik> selesai = periode.stream().filter(p -> p.getStatus() == StatusPenilaianPeriodik.SELESAI).toList();
    assertThat(selesai).hasSize(hasil.periodeSelesai()).hasSize(hasil.skpDisetujui() * 4);
    assertThat(selesai).extracting(PenilaianPeriodik::getPeriodeKe).containsOnly(1, 2, 3, 4);
    for (PenilaianPeriodik p : selesai) {
      assertThat(p.getPredikat()).as("predikat periode " + p.getPeriodeKe() + " " + p.getNip()).isNotNull();
      assertThat(p.getPredikat().name()).isEqualTo(
          MATRIKS.get(p.getRatingHasilKerja().name()).get(p.getRatingPerilaku().name()));
    }
    // The data vary: more than one predikat among the rated periods.
    assertThat(selesai.stream().map(PenilaianPeriodik::getPredikat).distinct().count()).isGreaterThan(1);
    assertThat(periode).filteredOn(p -> p.getStatus() != StatusPenilaianPeriodik.SELESAI)
        .hasSize(hasil.periodeMenunggu()).extracting(PenilaianPeriodik::getPeriodeKe).containsOnly(5);
    // Nothing left for the job executor but timers of the future or of the waiting tasks.
    assertThat(management.createJobQuery().messages().count()).isZero();

    long tugas = tasks.createTaskQuery().count();
    long skp = skpRepository.count();
    SiklusDemoSeeder.Hasil lagi = seeder.isiJikaBelum(HARI_INI);
    assertThat(lagi.dilewati()).isTrue();
    assertThat(tasks.createTaskQuery().count()).isEqualTo(tugas);
    // (KalibrasiDemoSeederTest shares this context and seeds last year: count, don't compare years)
    assertThat(skpRepository.count()).isEqualTo(skp);
  }
}
