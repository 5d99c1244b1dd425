package id.go.langsakota.kinerja.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.siklus.SiklusKinerjaRepository;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The follow-ups of a final predikat seeded on a fresh demo organisation through the real
 * processes (Kecamatan Langsa Barat, two years ago and last year): what waits for whom.
 */
@SpringBootTest(properties = "kinerja.demo.enabled=true")
@ActiveProfiles("test")
class TindakLanjutDemoSeederTest {

  @Autowired TindakLanjutDemoSeeder seeder;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired SkpRepository skpRepository;
  @Autowired SiklusKinerjaRepository siklusRepository;

  @Test
  void pelatihanPembinaanDanNominasiMenunggu() {
    LocalDate hariIni = LocalDate.now(Waktu.WIB);
    TindakLanjutDemoSeeder.Ringkasan hasil = seeder.isiJikaBelum(hariIni);
    int tahun = hariIni.getYear() - 1;
    TindakLanjutDemoSeeder.Peran peran = hasil.peran();
    System.out.printf("Tindak lanjut demo: %d ms, peran %s%n", hasil.milidetik(), peran);

    assertThat(hasil.dilewati()).isFalse();
    assertThat(hasil.tahun()).isEqualTo(tahun);
    assertThat(peran.sangatBaik()).hasSize(3).doesNotContain(peran.kepalaOpd(), peran.asnButuhPerbaikan());
    assertThat(peran.pejabatPenilai()).isNotNull().isNotEqualTo(peran.asnButuhPerbaikan());

    // Last year: 12 SKP (camat + 11 counted), all final: 4 Sangat Baik (camat + 3), 7 Baik, 1 Butuh
    // Perbaikan. Two years ago: the same people Sangat Baik, everyone else Baik; 11 SKP when that year
    // is 2024 (a PPPK of the kecamatan started later in 2024 and had no SKP), otherwise 12.
    List<Skp> lalu = skpKecamatan(tahun);
    assertThat(lalu).hasSize(12).allSatisfy(s -> assertThat(s.getTanggalPredikatFinal()).isNotNull());
    assertThat(perPredikat(tahun)).containsExactlyInAnyOrderEntriesOf(
        Map.of(Predikat.SANGAT_BAIK, 4L, Predikat.BAIK, 7L, Predikat.BUTUH_PERBAIKAN, 1L));
    List<Skp> dulu = skpKecamatan(tahun - 1);
    int jumlahDulu = tahun - 1 == 2024 ? 11 : 12;
    assertThat(dulu).hasSize(jumlahDulu).allSatisfy(s -> assertThat(s.getTanggalPredikatFinal()).isNotNull());
    assertThat(perPredikat(tahun - 1)).containsExactlyInAnyOrderEntriesOf(
        Map.of(Predikat.SANGAT_BAIK, 4L, Predikat.BAIK, (long) jumlahDulu - 4));
    assertThat(dulu).filteredOn(s -> peran.sangatBaik().contains(s.getNip()))
        .allSatisfy(s -> assertThat(s.getPredikatTahunan()).isEqualTo(Predikat.SANGAT_BAIK)).hasSize(3);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("skp-pegawai")
        .processInstanceBusinessKeyLike("SKP-" + (tahun - 1) + "-%").count()).isZero();
    // last year: the Butuh Perbaikan ASN accepted; the 11 others may still appeal
    assertThat(tasks.createTaskQuery().taskDefinitionKey("terima-hasil-penilaian")
        .processInstanceBusinessKeyLike("SKP-" + tahun + "-%").count()).isEqualTo(11);

    // Training: waits at tetapkan-pelatihan for BKPSDM; Pelatihan Manajemen Waktu is proposed first.
    Task tetapkan = tasks.createTaskQuery().processDefinitionKey("pengembangan-kompetensi")
        .taskDefinitionKey("tetapkan-pelatihan").singleResult();
    assertThat(tetapkan).isNotNull();
    assertThat(tetapkan.getAssignee()).isNull();
    assertThat(tasks.getIdentityLinksForTask(tetapkan.getId())).extracting(IdentityLink::getGroupId).contains("bkpsdm");
    assertThat(tetapkan.getName()).contains(peran.asnButuhPerbaikan());
    assertThat(tasks.getVariable(tetapkan.getId(), "opsiPelatihan").toString()).contains("Pelatihan Manajemen Waktu");

    // Pembinaan: waits at susun-rencana-pembinaan for her pejabat penilai.
    Task susun = tasks.createTaskQuery().processInstanceBusinessKey("PB-" + tahun + "-" + peran.asnButuhPerbaikan())
        .taskDefinitionKey("susun-rencana-pembinaan").singleResult();
    assertThat(susun).isNotNull();
    assertThat(susun.getAssignee()).isEqualTo(peran.pejabatPenilai());

    // Award of last year: one nomination task, for the camat, listing the three eligible staff.
    List<Task> nominasi = tasks.createTaskQuery().processInstanceBusinessKey("PH-" + tahun)
        .taskDefinitionKey("nominasikan-penghargaan").list();
    assertThat(nominasi).singleElement().satisfies(t -> assertThat(t.getAssignee()).isEqualTo(peran.kepalaOpd()));
    String layak = tasks.getVariable(nominasi.get(0).getId(), "daftarLayak").toString();
    peran.sangatBaik().forEach(n -> assertThat(layak).contains(n));
    assertThat(layak).doesNotContain(peran.asnButuhPerbaikan());

    // Nothing left for the job executor: no async step, no timer already due; the clock is real.
    assertThat(management.createJobQuery().messages().count()).isZero();
    assertThat(management.createJobQuery().timers().duedateLowerThan(new Date()).count()).isZero();
    assertThat(Math.abs(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().getTime()
        - System.currentTimeMillis())).isLessThan(60_000);

    // The logins printed at start: the four people of the walk, the eligible staff, the two other TPK members.
    List<String[]> login = seeder.loginTindakLanjut(hariIni);
    assertThat(login).extracting(b -> b[1]).containsSubsequence(peran.asnButuhPerbaikan(), peran.pejabatPenilai(),
        peran.kepalaOpd()).containsAll(peran.sangatBaik()).doesNotContain(DemoLogin.TIM_PENILAI.idPengguna());
    assertThat(login).hasSize(3 + 3 + 2).allSatisfy(b -> assertThat(b[3]).isEqualTo("demo"));
    assertThat(login.get(2)[0]).isEqualTo("Tindak lanjut: kepala OPD (nominasi) — Camat Langsa Barat");
    assertThat(login.get(0)[0]).endsWith(", Kecamatan Langsa Barat");
    assertThat(login).filteredOn(b -> b[0].startsWith("Tim Penilai Kinerja (anggota)")).extracting(b -> b[0])
        .containsExactlyInAnyOrder("Tim Penilai Kinerja (anggota) — Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
            "Tim Penilai Kinerja (anggota) — Inspektur");

    long tugas = tasks.createTaskQuery().count();
    assertThat(seeder.isiJikaBelum(hariIni).dilewati()).isTrue();
    assertThat(tasks.createTaskQuery().count()).isEqualTo(tugas);
  }

  private Map<Predikat, Long> perPredikat(int tahun) {
    return skpKecamatan(tahun).stream().filter(s -> s.getPredikatTahunan() != null)
        .collect(Collectors.groupingBy(Skp::getPredikatTahunan, Collectors.counting()));
  }

  /** The SKPs of Kecamatan Langsa Barat's cycle of the year (other demo seeds share the database). */
  private List<Skp> skpKecamatan(int tahun) {
    List<Long> siklus = siklusRepository.findAll().stream()
        .filter(k -> k.getTahun() == tahun && k.daftarKodeOpd().contains(TindakLanjutDemoSeeder.KODE_OPD))
        .map(k -> k.getId()).toList();
    return skpRepository.findAll().stream().filter(s -> siklus.contains(s.getSiklusId())).toList();
  }
}
