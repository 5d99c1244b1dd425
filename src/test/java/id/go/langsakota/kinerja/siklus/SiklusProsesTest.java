package id.go.langsakota.kinerja.siklus;

import id.go.langsakota.kinerja.web.IsianTidakValidException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.langsakota.kinerja.skp.OrganisasiUji;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** siklus-kinerja-tahunan: validated start, idempotent restart, mid-year join. */
@SpringBootTest
@ActiveProfiles("test")
class SiklusProsesTest {

  static final int TAHUN = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).getYear();

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired ApplicationContext ctx;
  @Autowired SiklusService siklusService;
  @Autowired SiklusKinerjaRepository siklusRepository;

  OrganisasiUji org;

  @BeforeEach
  void siapkan() {
    BpmnAwareTests.init(engine);
    org = new OrganisasiUji(ctx);
  }

  ProcessInstance mulaiSiklus(String kodeOpd) {
    return runtime.startProcessInstanceByKey("siklus-kinerja-tahunan", Variables.createVariables()
        .putValue("tahun", TAHUN).putValue("semuaOpd", false).putValue("kodeOpd", kodeOpd)
        .putValue("jenisPeriode", "BULANAN").putValue("batasPenetapanSkp", TAHUN + "-02-15"));
  }

  /** Runs the cycle's own jobs (not those of the skp-pegawai it starts) until none is left. */
  void jalankanSiklus(ProcessInstance pi) {
    for (int i = 0; i < 100; i++) {
      List<Job> jobs = management.createJobQuery().processInstanceId(pi.getId()).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> management.executeJob(j.getId()));
    }
  }

  long instansiSkp(String nip) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("skp-pegawai")
        .processInstanceBusinessKey("SKP-" + TAHUN + "-" + nip).count();
  }

  @Test
  void mulaiUlangTidakMenggandakanDanMenyebutJumlahYangSudahAda() {
    ProcessInstance pertama = mulaiSiklus(org.kodeOpd);
    jalankanSiklus(pertama);
    assertThat(pertama).isWaitingAt("tinjau-ringkasan-siklus").task().hasCandidateGroup("bkpsdm");
    assertThat(runtime.getVariables(pertama.getId())).containsEntry("jumlahPegawai", 3)
        .containsEntry("dimulai", 3).containsEntry("sudahAda", 0);
    assertThat(instansiSkp(org.nipStaf)).isEqualTo(1);
    assertThat(runtime.getVariable(
        runtime.createProcessInstanceQuery().processInstanceBusinessKey("SKP-" + TAHUN + "-" + org.nipStaf)
            .singleResult().getId(), "batasPenetapanSkp")).isEqualTo(TAHUN + "-02-15");

    // One more ASN joins the OPD, then BKPSDM starts the same year again.
    String nipBaru = OrganisasiUji.nip(900 + org.kodeOpd.length(), 900);
    org.tempatkan(nipBaru, org.jabatanStaf, LocalDate.of(2020, 1, 1));
    ProcessInstance kedua = mulaiSiklus(org.kodeOpd);
    jalankanSiklus(kedua);
    assertThat(runtime.getVariables(kedua.getId())).containsEntry("jumlahPegawai", 4)
        .containsEntry("dimulai", 1).containsEntry("sudahAda", 3);
    assertThat((String) runtime.getVariable(kedua.getId(), "ringkasanSiklus")).contains("3 sudah ada");
    assertThat(instansiSkp(org.nipStaf)).isEqualTo(1);
    assertThat(instansiSkp(nipBaru)).isEqualTo(1);
    SiklusKinerja s = siklusRepository.findById(((Number) runtime.getVariable(kedua.getId(), "siklusId")).longValue()).orElseThrow();
    assertThat(s.getDimulai()).isEqualTo(1);
    assertThat(s.getSudahAda()).isEqualTo(3);
  }

  @Test
  void tugasRingkasanMenyebutTahunDanOpdnya() {
    ProcessInstance pi = mulaiSiklus(org.kodeOpd);
    jalankanSiklus(pi);
    String nama = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("tinjau-ringkasan-siklus").singleResult().getName();
    // OrganisasiUji names its OPD "Dinas Uji <n>" where the code is "UJI<n>"
    String namaOpd = "Dinas Uji " + org.kodeOpd.substring(3);
    assertThat(nama).isEqualTo("Tinjau ringkasan siklus " + TAHUN + " — " + namaOpd);
    assertThat((String) runtime.getVariable(pi.getId(), "ringkasanSiklus"))
        .startsWith("Siklus kinerja tahun " + TAHUN + " untuk " + namaOpd + ": 3 ASN");
  }

  @Test
  void pilihanOpdMenyebutJumlahAsnAktifPerOpd() {
    assertThat(siklusService.daftarOpd())
        .filteredOn(o -> o.kode().equals(org.kodeOpd)).singleElement()
        .satisfies(o -> {
          assertThat(o.nama()).isEqualTo("Dinas Uji " + org.kodeOpd.substring(3));
          assertThat(o.jumlahAsn()).isEqualTo(3);
        });
  }

  @Test
  void formMulaiDiperiksaDiServer() {
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("siklus-kinerja-tahunan", Map.of(
        "tahun", "dua ribu", "semuaOpd", false, "kodeOpd", "TIDAKADA", "jenisPeriode", "MINGGUAN")))
        .isInstanceOf(IsianTidakValidException.class)
        .hasMessageContaining("Tahun harus berupa bilangan bulat")
        .hasMessageContaining("Kode OPD 'TIDAKADA' tidak dikenal")
        .hasMessageContaining("BULANAN atau TRIWULANAN")
        .satisfies(e -> assertThat(((IsianTidakValidException) e).getKesalahan()).hasSize(3)
            .anySatisfy(k -> assertThat(k).isEqualTo("Kode OPD 'TIDAKADA' tidak dikenal")));
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("siklus-kinerja-tahunan", Map.of(
        "tahun", TAHUN, "semuaOpd", false)))
        .hasMessageContaining("Pilih semua OPD atau isi daftar kode OPD");
  }

  @Test
  void asnBergabungTengahTahunMendapatSkpParsial() {
    String nip = OrganisasiUji.nip(800 + org.kodeOpd.length(), 800);
    org.tempatkan(nip, org.jabatanStaf, LocalDate.of(TAHUN, 7, 1));
    SiklusService.HasilTambah hasil = siklusService.tambahPegawai(TAHUN, nip, null, null);
    assertThat(hasil.tanggalMulai()).isEqualTo(LocalDate.of(TAHUN, 7, 1));
    assertThat(hasil.businessKey()).isEqualTo("SKP-" + TAHUN + "-" + nip);
    ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceId(hasil.processInstanceId()).singleResult();
    assertThat(pi).isWaitingAt("Task_BuatSkp").variables()
        .containsEntry("tanggalMulai", TAHUN + "-07-01").containsEntry("tanggalSelesai", TAHUN + "-12-31");

    assertThatThrownBy(() -> siklusService.tambahPegawai(TAHUN, nip, null, null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("sudah memiliki SKP");
    assertThatThrownBy(() -> siklusService.tambahPegawai(TAHUN, "12345", null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> siklusService.tambahPegawai(TAHUN, "198001012005011999", null, null))
        .isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> siklusService.tambahPegawai(TAHUN, org.nipKepala, LocalDate.of(TAHUN - 1, 5, 1), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("di dalam tahun");
  }
}
