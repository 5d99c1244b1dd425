package id.go.langsakota.kinerja.penghargaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.organisasi.Peran;
import id.go.langsakota.kinerja.pemberitahuan.Pemberitahuan;
import id.go.langsakota.kinerja.pemberitahuan.PemberitahuanRepository;
import id.go.langsakota.kinerja.organisasi.PeranPengguna;
import id.go.langsakota.kinerja.organisasi.PeranPenggunaRepository;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import id.go.langsakota.kinerja.skp.JenisPeriode;
import id.go.langsakota.kinerja.skp.OrganisasiUji;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * seleksi-penghargaan end to end: nominations (refused: ineligible, self, another OPD's ASN, wrong
 * category, double, someone else's task; accepted: nominees and "none"), ranking with a tie, the
 * team's scores (refused: someone else's task, twice, a NIP off the shortlist), the Wali Kota sends
 * back then approves, winners recorded and the announcement's text; the no-nomination path with
 * escalation.
 */
@SpringBootTest
@ActiveProfiles("test")
class SeleksiPenghargaanProsesTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ApplicationContext ctx;
  @Autowired SkpRepository skpRepository;
  @Autowired PeranPenggunaRepository peranRepository;
  @Autowired RegisterOrganisasiService register;
  @Autowired PenghargaanService service;
  @Autowired PengumumanPenghargaan pengumuman;
  @Autowired PemberitahuanRepository pemberitahuan;

  @BeforeEach
  void siapkan() {
    BpmnAwareTests.init(engine);
    for (String id : List.of("tpk-uji-1", "tpk-uji-2")) {
      if (!peranRepository.existsByIdPenggunaAndPeran(id, Peran.TIM_PENILAI_KINERJA)) {
        peranRepository.save(new PeranPengguna(id, "Anggota TPK " + id, Peran.TIM_PENILAI_KINERJA));
      }
    }
  }

  @AfterEach
  void bersihkan() {
    engine.getIdentityService().clearAuthentication();
  }

  void predikat(String nip, int tahun, Predikat p) {
    Skp s = new Skp(nip, tahun, LocalDate.of(tahun, 1, 1), LocalDate.of(tahun, 12, 31), JenisPeriode.BULANAN);
    s.setPredikatTahunan(p);
    s.setTanggalPredikatFinal(Instant.now());
    skpRepository.save(s);
  }

  /** Sangat Baik this year, {@code lalu} the year before. */
  void rekam(String nip, int tahun, Predikat lalu) {
    predikat(nip, tahun, Predikat.SANGAT_BAIK);
    predikat(nip, tahun - 1, lalu);
  }

  void jalankanJob(ProcessInstance pi) {
    for (int i = 0; i < 50; i++) {
      List<Job> jobs = management.createJobQuery().processInstanceId(pi.getId()).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> management.executeJob(j.getId()));
    }
  }

  Task tugasOpd(ProcessInstance pi, String kodeOpd) {
    engine.getIdentityService().clearAuthentication(); // queries see every task
    return tasks.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(SeleksiPenghargaanProses.TUGAS_NOMINASI).list().stream()
        .filter(t -> kodeOpd.equals(runtime.getVariable(t.getExecutionId(), SeleksiPenghargaanProses.KODE_OPD)))
        .findFirst().orElseThrow();
  }

  void sebagai(String user, String... grup) {
    engine.getIdentityService().setAuthentication(user, List.of(grup));
  }

  Map<String, Object> nominasi(String nipM, String nipN) {
    Map<String, Object> v = new HashMap<>();
    v.put(SeleksiPenghargaanProses.NOMINASI_MANAJERIAL, nipM);
    v.put(SeleksiPenghargaanProses.ALASAN_MANAJERIAL, nipM == null ? null : "Memimpin seksi dengan capaian 120%");
    v.put(SeleksiPenghargaanProses.NOMINASI_NON_MANAJERIAL, nipN);
    v.put(SeleksiPenghargaanProses.ALASAN_NON_MANAJERIAL, nipN == null ? null : "Pelayanan publik prima");
    v.put(SeleksiPenghargaanProses.TANPA_NOMINASI, false);
    return v;
  }

  void ditolak(Task t, String user, Map<String, Object> v, String pesan) {
    sebagai(user);
    assertThatThrownBy(() -> tasks.complete(t.getId(), v)).satisfies(e -> assertThat(pesan(e)).contains(pesan));
    engine.getIdentityService().clearAuthentication();
  }

  /** The messages of the whole cause chain (a listener's IsianTidakValidException arrives wrapped), with its list. */
  static String pesan(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      sb.append(t.getMessage()).append(' ');
      if (t instanceof IsianTidakValidException i) {
        sb.append(i.getKesalahan()).append(' ');
      }
    }
    return sb.toString();
  }

  Object nilai(Object... nipNilai) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < nipNilai.length; i += 2) {
      sb.append(i == 0 ? "" : ",").append("{\"nip\":\"").append(nipNilai[i]).append("\",\"nilai\":")
          .append(nipNilai[i + 1]).append("}");
    }
    return Variables.objectValue(sb.append(']').toString()).serializationDataFormat("application/json").create();
  }

  Task tugasTim(ProcessInstance pi, String anggota) {
    engine.getIdentityService().clearAuthentication();
    return tasks.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(SeleksiPenghargaanProses.TUGAS_NILAI_TIM).taskAssignee(anggota).singleResult();
  }

  void nilaiTim(ProcessInstance pi, String anggota, Object daftar) {
    Task t = tugasTim(pi, anggota);
    sebagai(anggota, "tim-penilai-kinerja");
    tasks.complete(t.getId(), Map.of(SeleksiPenghargaanProses.NILAI, daftar));
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void nominationsRankingTeamSendBackApproveWinnersAndAnnouncement() throws Exception {
    int tahun = 2051;
    OrganisasiUji o1 = new OrganisasiUji(ctx);
    OrganisasiUji o2 = new OrganisasiUji(ctx);
    OrganisasiUji o3 = new OrganisasiUji(ctx);
    String tidakLayak = o1.tambahStaf(1, "19920202202201").get(0);
    rekam(o1.nipKepala, tahun, Predikat.SANGAT_BAIK);
    rekam(o1.nipPengawas, tahun, Predikat.BAIK);
    rekam(o1.nipStaf, tahun, Predikat.SANGAT_BAIK);
    rekam(tidakLayak, tahun, Predikat.BUTUH_PERBAIKAN);
    rekam(o2.nipStaf, tahun, Predikat.BAIK);
    rekam(o3.nipStaf, tahun, Predikat.BAIK);

    sebagai("bkpsdm-uji", "bkpsdm");
    ProcessInstance pi = runtime.startProcessInstanceByKey(SeleksiPenghargaanProses.KUNCI, Map.of("tahun", tahun));
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(SeleksiPenghargaanProses.KUNCI, Map.of("tahun", tahun)))
        .satisfies(e -> assertThat(pesan(e)).contains("sudah dibuka"));
    engine.getIdentityService().clearAuthentication();
    assertThat(pi).isStarted();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey())
        .isEqualTo("PH-" + tahun);
    jalankanJob(pi);
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(SeleksiPenghargaanProses.TUGAS_NOMINASI).count()).isEqualTo(3);

    Task t1 = tugasOpd(pi, o1.kodeOpd);
    assertThat(t1.getAssignee()).isEqualTo(o1.nipKepala);
    assertThat(t1.getDueDate()).isNotNull();
    String daftar = (String) tasks.getVariableLocal(t1.getId(), SeleksiPenghargaanProses.DAFTAR_LAYAK);
    assertThat(daftar).contains(o1.nipPengawas, o1.nipStaf).doesNotContain(tidakLayak).doesNotContain(o1.nipKepala);
    // the head picks from per-category selects (valuesKey), never types a NIP: only eligible staff, own OPD
    String opsiM = tasks.getVariableLocal(t1.getId(), SeleksiPenghargaanProses.OPSI_MANAJERIAL).toString();
    String opsiN = tasks.getVariableLocal(t1.getId(), SeleksiPenghargaanProses.OPSI_NON_MANAJERIAL).toString();
    assertThat(opsiM).contains("\"value\":\"" + o1.nipPengawas + "\"").doesNotContain(o1.nipStaf)
        .doesNotContain(o1.nipKepala).doesNotContain(tidakLayak);
    assertThat(opsiN).contains("\"value\":\"" + o1.nipStaf + "\"").doesNotContain(o1.nipPengawas)
        .doesNotContain(tidakLayak).doesNotContain(o2.nipStaf);

    ditolak(t1, o1.nipKepala, nominasi(null, tidakLayak), "tidak ada dalam daftar ASN yang memenuhi syarat");
    ditolak(t1, o1.nipKepala, nominasi(o1.nipKepala, null), "tidak dapat menominasikan diri sendiri");
    ditolak(t1, o1.nipKepala, nominasi(null, o2.nipStaf), "tidak ada dalam daftar ASN yang memenuhi syarat di OPD "
        + o1.kodeOpd);
    ditolak(t1, o1.nipKepala, nominasi(o1.nipStaf, null), "bukan Manajerial");
    ditolak(t1, o1.nipKepala, nominasi(o1.nipStaf, o1.nipStaf), "dinominasikan dua kali");
    ditolak(t1, o2.nipKepala, nominasi(o1.nipPengawas, o1.nipStaf), "TASK_WORK"); // Camunda authorization stops him before PemilikTugas
    Map<String, Object> tanpaAlasan = nominasi(null, o1.nipStaf);
    tanpaAlasan.put(SeleksiPenghargaanProses.ALASAN_NON_MANAJERIAL, " ");
    ditolak(t1, o1.nipKepala, tanpaAlasan, "alasan nominasi wajib diisi");

    sebagai(o1.nipKepala);
    tasks.complete(t1.getId(), nominasi(o1.nipPengawas, o1.nipStaf));
    // o2's head tries o1's staff (already nominated, and not his OPD's)
    Task t2 = tugasOpd(pi, o2.kodeOpd);
    ditolak(t2, o2.nipKepala, nominasi(null, o1.nipStaf), "sudah dinominasikan");
    sebagai(o2.nipKepala);
    tasks.complete(t2.getId(), nominasi(null, o2.nipStaf));
    Task t3 = tugasOpd(pi, o3.kodeOpd);
    sebagai(o3.nipKepala);
    Map<String, Object> tanpa = nominasi(null, null);
    tanpa.put(SeleksiPenghargaanProses.TANPA_NOMINASI, true);
    tasks.complete(t3.getId(), tanpa);
    engine.getIdentityService().clearAuthentication();

    assertThat(pi).isWaitingAt("Task_HitungSkor");
    jalankanJob(pi);

    // Ranking: both non-managerial nominees have only the predikat (100 × 40 / 100 = 40.00): a tie, smaller NIP first
    List<NominasiPenghargaan> n = service.nominasi(tahun);
    assertThat(n).hasSize(3);
    List<NominasiPenghargaan> non = n.stream().filter(x -> x.getKategori() == KategoriPenghargaan.NON_MANAJERIAL).toList();
    assertThat(non).allSatisfy(x -> assertThat(x.getSkor()).isEqualByComparingTo("40.00"));
    String pertama = o1.nipStaf.compareTo(o2.nipStaf) < 0 ? o1.nipStaf : o2.nipStaf;
    String kedua = pertama.equals(o1.nipStaf) ? o2.nipStaf : o1.nipStaf;
    assertThat(non).filteredOn(x -> x.getPeringkat() == 1).extracting(NominasiPenghargaan::getNip).containsExactly(pertama);
    assertThat(non).allSatisfy(x -> assertThat(x.isDaftarPendek()).isTrue());
    assertThat(non.get(0).getRincianSkor()).contains("Predikat tahunan 100 × bobot 40");

    List<String> anggota = service.anggotaTim();
    assertThat(anggota).contains("tpk-uji-1", "tpk-uji-2");
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(SeleksiPenghargaanProses.TUGAS_NILAI_TIM).count()).isEqualTo(anggota.size());
    Task tim1 = tugasTim(pi, "tpk-uji-1");
    assertThat((String) tasks.getVariableLocal(tim1.getId(), SeleksiPenghargaanProses.DAFTAR_PENDEK)).contains(pertama);
    // the NIP is chosen from the shortlist (select options, in shortlist order) and one row per nominee is prefilled
    String opsi = tasks.getVariableLocal(tim1.getId(), SeleksiPenghargaanProses.OPSI_DAFTAR_PENDEK).toString();
    assertThat(opsi).contains("\"value\":\"" + o1.nipPengawas + "\"", "\"value\":\"" + pertama + "\"",
        "\"value\":\"" + kedua + "\"", "Non-manajerial #1", "Non-manajerial #2").doesNotContain(tidakLayak);
    String isian = tasks.getVariable(tim1.getId(), SeleksiPenghargaanProses.NILAI).toString();
    assertThat(isian).contains(o1.nipPengawas, pertama, kedua).doesNotContain("\"nilai\"");
    // the prefill alone (no scores) is refused: every nominee needs a score
    sebagai("tpk-uji-1", "tim-penilai-kinerja");
    assertThatThrownBy(() -> tasks.complete(tim1.getId(), Map.of()))
        .satisfies(e -> assertThat(pesan(e)).contains("nilai untuk ASN " + pertama + " harus angka 0–100"));
    engine.getIdentityService().clearAuthentication();

    // someone else's task, a NIP twice, a NIP off the shortlist, a nominee left out
    sebagai("tpk-uji-2", "tim-penilai-kinerja");
    assertThatThrownBy(() -> tasks.complete(tim1.getId(), Map.of(SeleksiPenghargaanProses.NILAI,
        nilai(o1.nipPengawas, 50, o1.nipStaf, 50, o2.nipStaf, 50)))).satisfies(e -> assertThat(pesan(e)).contains("TASK_WORK"));
    sebagai("tpk-uji-1", "tim-penilai-kinerja");
    assertThatThrownBy(() -> tasks.complete(tim1.getId(), Map.of(SeleksiPenghargaanProses.NILAI,
        nilai(o1.nipPengawas, 50, o1.nipStaf, 50, o1.nipStaf, 60, o2.nipStaf, 50))))
        .satisfies(e -> assertThat(pesan(e)).contains("dinilai dua kali"));
    assertThatThrownBy(() -> tasks.complete(tim1.getId(), Map.of(SeleksiPenghargaanProses.NILAI,
        nilai(o1.nipPengawas, 50, o1.nipStaf, 50, tidakLayak, 50))))
        .satisfies(e -> assertThat(pesan(e)).contains("tidak ada dalam daftar pendek")
            .contains(o2.nipStaf + " dalam daftar pendek belum dinilai"));
    engine.getIdentityService().clearAuthentication();

    // round 1: o2's staff ahead (85 vs 75)
    nilaiTim(pi, "tpk-uji-1", nilai(o1.nipPengawas, 80, o1.nipStaf, 70, o2.nipStaf, 90));
    // scoring twice in the same round is refused by the service too
    assertThatThrownBy(() -> service.simpanNilaiTim(tahun, "tpk-uji-1", List.of(
        Map.of("nip", o1.nipPengawas, "nilai", 10), Map.of("nip", o1.nipStaf, "nilai", 10),
        Map.of("nip", o2.nipStaf, "nilai", 10)))).satisfies(e -> assertThat(pesan(e)).contains("Anda sudah menilai"));
    for (String a : anggota) {
      if (!a.equals("tpk-uji-1")) {
        nilaiTim(pi, a, nilai(o1.nipPengawas, 80, o1.nipStaf, 80, o2.nipStaf, 80));
      }
    }
    jalankanJob(pi);
    Task setujui = tasks.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(SeleksiPenghargaanProses.TUGAS_SETUJUI).singleResult();
    // the Wali Kota reads the breakdown in words, not the component codes
    assertThat((String) tasks.getVariableLocal(setujui.getId(), SeleksiPenghargaanProses.DAFTAR_PENDEK))
        .contains("Predikat tahunan 100 × bobot 40").doesNotContain("PREDIKAT_TAHUNAN");
    String waliKota = register.ppk().idPengguna();
    assertThat(setujui.getAssignee()).isEqualTo(waliKota);

    sebagai(waliKota, "walikota");
    assertThatThrownBy(() -> tasks.complete(setujui.getId(), Map.of(SeleksiPenghargaanProses.KEPUTUSAN, "KEMBALIKAN")))
        .satisfies(e -> assertThat(pesan(e)).contains("catatan: wajib diisi"));
    tasks.complete(setujui.getId(), Map.of(SeleksiPenghargaanProses.KEPUTUSAN, "KEMBALIKAN",
        SeleksiPenghargaanProses.CATATAN, "Mohon wawancara ulang kategori non-manajerial"));
    engine.getIdentityService().clearAuthentication();
    jalankanJob(pi);
    assertThat(pi).isWaitingAt(SeleksiPenghargaanProses.TUGAS_NILAI_TIM);
    assertThat(service.ambil(tahun).getRondeTim()).isEqualTo(2);
    assertThat((String) tasks.getVariableLocal(tugasTim(pi, "tpk-uji-1").getId(), SeleksiPenghargaanProses.DAFTAR_PENDEK))
        .contains("Mohon wawancara ulang");

    // round 2: o1's staff ahead
    for (String a : anggota) {
      nilaiTim(pi, a, nilai(o1.nipPengawas, 85, o1.nipStaf, 90, o2.nipStaf, 65));
    }
    jalankanJob(pi);
    Task setujui2 = tasks.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(SeleksiPenghargaanProses.TUGAS_SETUJUI).singleResult();
    sebagai(waliKota, "walikota");
    tasks.complete(setujui2.getId(), Map.of(SeleksiPenghargaanProses.KEPUTUSAN, "SETUJUI",
        SeleksiPenghargaanProses.NOMOR_KEPUTUSAN, "800/123/" + tahun));
    engine.getIdentityService().clearAuthentication();
    jalankanJob(pi);
    assertThat(pi).isEnded().hasPassed("Task_TetapkanPemenang", "EndEvent_PemenangDitetapkan");

    assertThat(service.pemenang(tahun)).extracting(PemenangPenghargaan::getKategori, PemenangPenghargaan::getNip)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(KategoriPenghargaan.MANAJERIAL, o1.nipPengawas),
            org.assertj.core.groups.Tuple.tuple(KategoriPenghargaan.NON_MANAJERIAL, o1.nipStaf));
    assertThat(service.pemenangPegawai(o1.nipStaf)).singleElement().satisfies(p -> {
      assertThat(p.getTahun()).isEqualTo(tahun);
      assertThat(p.getNilaiTim()).isEqualByComparingTo("90.00");
    });

    byte[] pdf = pengumuman.pdf(tahun);
    String teks = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
    assertThat(teks).contains("KEPUTUSAN WALI KOTA LANGSA").contains("800/123/" + tahun)
        .contains(o1.nipStaf).contains(o1.nipPengawas).doesNotContain(o2.nipStaf);
  }

  @Test
  void noNominationEndsTheSelectionAndLateTasksAreEscalated() {
    int tahun = 2052;
    OrganisasiUji o = new OrganisasiUji(ctx);
    rekam(o.nipStaf, tahun, Predikat.SANGAT_BAIK);
    ProcessInstance pi = runtime.startProcessInstanceByKey(SeleksiPenghargaanProses.KUNCI, Map.of("tahun", tahun));
    jalankanJob(pi);
    Task t = tugasOpd(pi, o.kodeOpd);
    assertThatThrownBy(() -> pengumuman.teks(tahun)).hasMessageContaining("belum tersedia");

    assertThat(t.getDueDate()).isNotNull();
    Job ingat = management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_PengingatNominasi").singleResult();
    assertThat(ingat.getDuedate()).isBefore(t.getDueDate());
    management.executeJob(ingat.getId());
    jalankanJob(pi);
    assertThat(pi).hasPassed("Task_IngatkanNominasi");
    assertThat(pemberitahuan.findByPenerimaOrderById(o.nipKepala))
        .anyMatch(p -> p.getJenis() == Pemberitahuan.Jenis.PENGINGAT_PENGHARGAAN);
    Job batas = management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_BatasNominasi").singleResult();
    management.executeJob(batas.getId());
    jalankanJob(pi);
    assertThat(pi).hasPassed("Task_EskalasiNominasi");
    Task dilepas = tasks.createTaskQuery().taskId(t.getId()).singleResult();
    assertThat(dilepas.getAssignee()).isNull();
    assertThat(tasks.createTaskQuery().taskId(t.getId()).taskCandidateUser(o.nipKepala).count()).isEqualTo(1);
    assertThat(tasks.createTaskQuery().taskId(t.getId()).taskCandidateGroup("bkpsdm").count()).isEqualTo(1);
    assertThat(tasks.getTaskComments(t.getId())).anyMatch(c -> c.getFullMessage().contains("dieskalasi ke BKPSDM"));

    tasks.claim(t.getId(), o.nipKepala);
    sebagai(o.nipKepala);
    Map<String, Object> tanpa = nominasi(null, null);
    tanpa.put(SeleksiPenghargaanProses.TANPA_NOMINASI, true);
    tasks.complete(t.getId(), tanpa);
    engine.getIdentityService().clearAuthentication();
    assertThat(pi).isEnded().hasPassed("EndEvent_TanpaNominasi").hasNotPassed("Task_HitungSkor");
  }
}
