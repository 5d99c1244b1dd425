package id.go.langsakota.kinerja.kinerjaorganisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.langsakota.kinerja.organisasi.Jabatan;
import id.go.langsakota.kinerja.organisasi.JabatanRepository;
import id.go.langsakota.kinerja.organisasi.JenisAsn;
import id.go.langsakota.kinerja.organisasi.JenisJabatan;
import id.go.langsakota.kinerja.organisasi.JenisPenugasan;
import id.go.langsakota.kinerja.organisasi.Opd;
import id.go.langsakota.kinerja.organisasi.OpdRepository;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatan;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatanRepository;
import id.go.langsakota.kinerja.organisasi.UnitKerja;
import id.go.langsakota.kinerja.organisasi.UnitKerjaRepository;
import id.go.langsakota.kinerja.kosakata.DasarSaranRatingHasilKerja;
import id.go.langsakota.kinerja.penilaian.PenilaianPeriodik;
import id.go.langsakota.kinerja.penilaian.PenilaianPeriodikRepository;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.skp.ArahIndikator;
import id.go.langsakota.kinerja.skp.AspekIndikator;
import id.go.langsakota.kinerja.skp.IndikatorKinerja;
import id.go.langsakota.kinerja.skp.JenisPeriode;
import id.go.langsakota.kinerja.skp.JenisRhk;
import id.go.langsakota.kinerja.skp.NilaiBerakhlak;
import id.go.langsakota.kinerja.skp.RencanaHasilKerja;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * penilaian-periodik for the head of an OPD: the suggested Rating Hasil Kerja follows the OPD's
 * capaian kinerja organisasi of the period, and falls back to the indicators without it.
 */
@SpringBootTest
@ActiveProfiles("test")
class SaranKepalaOpdProsesTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired OpdRepository opdRepo;
  @Autowired UnitKerjaRepository unitRepo;
  @Autowired JabatanRepository jabatanRepo;
  @Autowired PegawaiRepository pegawaiRepo;
  @Autowired PenugasanJabatanRepository penugasanRepo;
  @Autowired SkpRepository skpRepo;
  @Autowired PenilaianPeriodikRepository penilaianRepo;
  @Autowired CapaianKinerjaOrganisasiService capaianService;

  String kodeOpd;
  String nipKadis;
  Skp skp;
  Long indikator; // UTAMA, higher is better, target 10

  @BeforeEach
  void siapkan() {
    BpmnAwareTests.init(engine);
    int k = ThreadLocalRandom.current().nextInt(100000, 999999);
    kodeOpd = "KP" + k;
    Opd opd = opdRepo.save(new Opd(kodeOpd, "Dinas Uji Kepala " + k, "DUK"));
    UnitKerja unit = unitRepo.save(new UnitKerja("UK" + k, "Sekretariat", opd, null));
    Jabatan kadis = new Jabatan("JKK" + k, "Kepala Dinas", JenisJabatan.JPT, 14, unit, null);
    kadis.setKepalaOpd(true);
    jabatanRepo.save(kadis);
    nipKadis = String.format("196806062000031%03d", k % 1000);
    Pegawai p = pegawaiRepo.save(new Pegawai(nipKadis, "Kepala " + k, JenisAsn.PNS));
    penugasanRepo.save(new PenugasanJabatan(p, kadis, JenisPenugasan.DEFINITIF, LocalDate.of(2020, 1, 1)));

    skp = new Skp(nipKadis, 2025, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), JenisPeriode.BULANAN);
    RencanaHasilKerja rhk = skp.tambahRhk(JenisRhk.UTAMA, "Meningkatnya kualitas layanan dinas");
    IndikatorKinerja i = rhk.tambahIndikator(AspekIndikator.KUANTITAS, "Layanan terselesaikan",
        new BigDecimal("10"), "layanan", ArahIndikator.LEBIH_TINGGI_LEBIH_BAIK);
    skp.lampirkanBerakhlak();
    skp = skpRepo.save(skp);
    indikator = i.getId();
  }

  /** Starts the period, reports 12 of 10 (120 %: the indicators alone suggest DI_ATAS), scores it. */
  private ProcessInstance sampaiPenilaian(int bulan) {
    LocalDate mulai = LocalDate.of(2025, bulan, 1);
    ProcessInstance pi = runtime.startProcessInstanceByKey("penilaian-periodik",
        "PP-2025-" + nipKadis + "-" + bulan, Variables.createVariables()
            .putValue("nip", nipKadis).putValue("tahun", 2025).putValue("skpId", skp.getId())
            .putValue("periodeKe", bulan)
            .putValue("tanggalMulaiPeriode", mulai.toString())
            .putValue("tanggalAkhirPeriode", mulai.withDayOfMonth(mulai.lengthOfMonth()).toString()));
    jalankan(pi, "Task_SiapkanPenilaian");
    assertThat(pi).isWaitingAt("laporkan-realisasi");
    Map<String, Object> laporan = new HashMap<>();
    laporan.put("realisasi", Variables.objectValue(List.of(Map.of("indikatorId", indikator, "realisasi", 12,
        "tautanBukti", "https://drive.langsakota.go.id/layanan"))).serializationDataFormat("application/json").create());
    forms.submitTaskForm(tugas(pi).getId(), laporan);
    jalankan(pi, "Task_HitungCapaian");
    assertThat(pi).isWaitingAt("nilai-kinerja-periodik");
    return pi;
  }

  private void jalankan(ProcessInstance pi, String activityId) {
    management.executeJob(management.createJobQuery().processInstanceId(pi.getId())
        .activityId(activityId).singleResult().getId());
  }

  private Task tugas(ProcessInstance pi) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  private PenilaianPeriodik periode(ProcessInstance pi) {
    return penilaianRepo.findById(((Number) runtime.getVariable(pi.getId(), "penilaianId")).longValue()).orElseThrow();
  }

  @Test
  void saranKepalaOpdMengikutiCapaianOrganisasiPeriodeItu() {
    // BKPSDM: the OPD reached 95 % in March 2025 -> below the 100 % threshold
    capaianService.simpan(kodeOpd, 2025, 3, new BigDecimal("95"), "LKjIP Maret", "bkpsdm-uji");
    ProcessInstance pi = sampaiPenilaian(3);

    assertThat(runtime.getVariable(pi.getId(), "saranRatingHasilKerja")).isEqualTo("DI_BAWAH_EKSPEKTASI");
    assertThat(runtime.getVariable(pi.getId(), "dasarSaranRatingHasilKerja")).isEqualTo("CAPAIAN_ORGANISASI");
    PenilaianPeriodik p = periode(pi);
    assertThat(p.getSaranRatingHasilKerja()).isEqualTo(Rating.DI_BAWAH_EKSPEKTASI);
    assertThat(p.getDasarSaranRatingHasilKerja()).isEqualTo(DasarSaranRatingHasilKerja.CAPAIAN_ORGANISASI);
    assertThat(p.getCapaianOrganisasi()).isEqualByComparingTo("95");
    Task t = tugas(pi);
    // the head of an OPD is rated by the PPK; the form shows the basis read-only
    assertThat(t.getAssignee()).isEqualTo("walikota");
    assertThat((String) tasks.getVariableLocal(t.getId(), "dasarSaranRatingHasilKerjaLabel"))
        .contains("Capaian kinerja organisasi").contains("95.00 %");

    // following the organisational suggestion needs no reason (the server compares with it)
    Map<String, Object> v = new HashMap<>();
    for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
      v.put("perilaku_" + n.name(), "SESUAI_EKSPEKTASI");
    }
    v.put("umpanBalik", Variables.objectValue(skp.getRencanaHasilKerja().stream()
        .map(r -> Map.of("rhkId", r.getId(), "isi", "Tingkatkan capaian dinas")).toList())
        .serializationDataFormat("application/json").create());
    v.put("ratingHasilKerja", "DI_BAWAH_EKSPEKTASI");
    v.put("ratingPerilaku", "SESUAI_EKSPEKTASI");
    forms.submitTaskForm(t.getId(), v);
    jalankan(pi, "Task_TentukanPredikat");
    jalankan(pi, "Task_SimpanPredikat");
    assertThat(pi).isEnded();
    // DOMAIN.md matrix: DI_BAWAH x SESUAI = BUTUH_PERBAIKAN
    assertThat(penilaianRepo.findById(p.getId()).orElseThrow().getPredikat()).isEqualTo(Predikat.BUTUH_PERBAIKAN);
  }

  @Test
  void tanpaCapaianOrganisasiSaranKembaliKeIndikator() {
    // a figure for another period must not be used for this one
    capaianService.simpan(kodeOpd, 2025, 5, new BigDecimal("80"), null, "bkpsdm-uji");
    ProcessInstance pi = sampaiPenilaian(4);
    assertThat(runtime.getVariable(pi.getId(), "saranRatingHasilKerja")).isEqualTo("DI_ATAS_EKSPEKTASI");
    assertThat(runtime.getVariable(pi.getId(), "dasarSaranRatingHasilKerja")).isEqualTo("INDIKATOR");
    assertThat(periode(pi).getCapaianOrganisasi()).isNull();
    assertThat((String) tasks.getVariableLocal(tugas(pi).getId(), "dasarSaranRatingHasilKerjaLabel"))
        .isEqualTo("Capaian indikator SKP");
  }
}
