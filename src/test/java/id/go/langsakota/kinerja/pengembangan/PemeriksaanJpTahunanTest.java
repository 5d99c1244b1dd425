package id.go.langsakota.kinerja.pengembangan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.langsakota.kinerja.kompetensi.KatalogPelatihanRepository;
import id.go.langsakota.kinerja.kompetensi.LaporanJp;
import id.go.langsakota.kinerja.kompetensi.LaporanJpService;
import id.go.langsakota.kinerja.kompetensi.MasukanPengembanganKompetensi;
import id.go.langsakota.kinerja.kompetensi.PengembanganKompetensi;
import id.go.langsakota.kinerja.kompetensi.PengembanganKompetensiService;
import id.go.langsakota.kinerja.pengaturan.KunciPengaturan;
import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import id.go.langsakota.kinerja.penilaian.BuktiDukung;
import id.go.langsakota.kinerja.penilaian.BuktiDukungRepository;
import id.go.langsakota.kinerja.skp.OrganisasiUji;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The yearly JP check over 1,000 ASN of one OPD: parts of UKURAN_CHUNK_PEMERIKSAAN_JP, one job and
 * one transaction each, every ASN below the minimum started exactly once, the one who has enough
 * JP left out, and the year's check never started twice.
 */
@SpringBootTest
@ActiveProfiles("test")
class PemeriksaanJpTahunanTest {

  static final int TAHUN = 2025;
  static final int UKURAN = 200;

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired ApplicationContext ctx;
  @Autowired PemeriksaanJpTahunan pemeriksaan;
  @Autowired KebutuhanPelatihanRepository kebutuhan;
  @Autowired PengaturanService pengaturan;
  @Autowired LaporanJpService laporan;
  @Autowired PengembanganKompetensiService register;
  @Autowired KatalogPelatihanRepository katalog;
  @Autowired BuktiDukungRepository bukti;

  long instansiPengembangan() {
    return runtime.createProcessInstanceQuery().processDefinitionKey(PengembanganKompetensiProses.KUNCI).count();
  }

  @Test
  void seribuAsnDiperiksaPerBagianSetiapAsnSekali() {
    BpmnAwareTests.init(engine);
    OrganisasiUji org = new OrganisasiUji(ctx);
    List<String> staf = org.tambahStaf(1000, "19900101201501");
    // one of them has 24 verified JP in the year: not below the minimum of 20
    String cukup = staf.get(500);
    long sertifikat = bukti.save(new BuktiDukung(cukup, "sertifikat.pdf", "application/pdf", 10, "abc",
        "jp-" + System.nanoTime() + ".pdf", cukup)).getId();
    PengembanganKompetensi p = register.catat(new MasukanPengembanganKompetensi(cukup,
        katalog.findByKode("KP-001").orElseThrow().getId(), null, null, null, LocalDate.of(TAHUN, 3, 1),
        LocalDate.of(TAHUN, 3, 4), null, sertifikat, null), null, "bkpsdm-uji", true);
    register.verifikasi(p.getId(), "bkpsdm-uji");

    pengaturan.ubah(KunciPengaturan.UKURAN_CHUNK_PEMERIKSAAN_JP, String.valueOf(UKURAN), "uji");
    try {
      List<String> kurang = new ArrayList<>();
      for (LaporanJp.Opd o : laporan.laporan(TAHUN, null, null, true).opd()) {
        o.pegawai().forEach(x -> kurang.add(x.nip()));
      }
      assertThat(kurang).containsAll(staf.subList(0, 500)).doesNotContain(cukup);
      int bagian = (kurang.size() + UKURAN - 1) / UKURAN;

      ProcessInstance pi = pemeriksaan.mulai(TAHUN).orElseThrow();
      assertThat(pi.getBusinessKey()).isEqualTo("JP-" + TAHUN);
      assertThat(pemeriksaan.mulai(TAHUN)).as("sekali setahun").isEmpty();
      assertThat(pi).isWaitingAt("Task_BagiAsn");
      management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).singleResult().getId());

      List<Job> jobs = management.createJobQuery().processInstanceId(pi.getId()).activityId("Task_MulaiBagian").list();
      assertThat(jobs).as("satu job per bagian").hasSize(bagian);
      long sebelum = instansiPengembangan();
      long total = 0;
      for (Job j : jobs) {
        long awal = instansiPengembangan();
        management.executeJob(j.getId());
        long dimulai = instansiPengembangan() - awal;
        assertThat(dimulai).as("dimulai per bagian").isPositive().isLessThanOrEqualTo(UKURAN);
        total += dimulai;
      }
      assertThat(total).isEqualTo(instansiPengembangan() - sebelum).isEqualTo(kurang.size());
      assertThat(pi).isEnded().hasPassed("EndEvent_PemeriksaanJpSelesai");

      Set<String> dimulai = new HashSet<>();
      kebutuhan.findByTahunAndPemicu(TAHUN, PemicuPelatihan.JP_KURANG).forEach(k -> {
        dimulai.add(k.getNip());
        if (staf.contains(k.getNip())) {
          assertThat(k.getKekuranganJp()).isEqualTo(20);
          assertThat(k.getKesenjangan()).contains("baru 0 dari minimal 20 JP");
        }
      });
      assertThat(dimulai).containsAll(kurang).doesNotContain(cukup);
      assertThat(kebutuhan.findByTahunAndPemicu(TAHUN, PemicuPelatihan.JP_KURANG)).hasSize(kurang.size());
    } finally {
      pengaturan.ubah(KunciPengaturan.UKURAN_CHUNK_PEMERIKSAAN_JP, "100", "uji");
    }
  }
}
