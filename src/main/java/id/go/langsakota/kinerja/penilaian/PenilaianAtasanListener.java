package id.go.langsakota.kinerja.penilaian;

import id.go.langsakota.kinerja.kosakata.DasarSaranRatingHasilKerja;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.skp.IndikatorKinerja;
import id.go.langsakota.kinerja.skp.IndikatorKinerjaRepository;
import id.go.langsakota.kinerja.skp.NilaiBerakhlak;
import id.go.langsakota.kinerja.skp.RencanaHasilKerja;
import id.go.langsakota.kinerja.skp.RencanaHasilKerjaRepository;
import id.go.langsakota.kinerja.teks.TeksAman;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import id.go.langsakota.kinerja.proses.BacaIsian;
import id.go.langsakota.kinerja.proses.KomentarTugas;
import id.go.langsakota.kinerja.proses.PemilikTugas;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * nilai-kinerja-periodik. On create: task-local read-only views for the form (ringkasanRealisasi,
 * catatanMandiriPegawai) and the umpanBalik list to fill in, one row per RHK. On complete: who
 * completes it, the server-side check and the write; then only the two decided ratings stay as
 * process variables (they steer the DMN).
 */
@Component("penilaianAtasanListener")
public class PenilaianAtasanListener implements TaskListener {

  private final PenilaianAtasanService service;
  private final PenilaianPeriodikRepository penilaianRepository;
  /** The period is found by the business key, never by the penilaianId variable. */
  private final PenilaianPeriodikProses proses;
  private final IndikatorKinerjaRepository indikatorRepository;
  private final RencanaHasilKerjaRepository rhkRepository;
  private final RealisasiIndikatorRepository realisasiRepository;
  private final BuktiDukungRepository buktiRepository;
  private final PegawaiRepository pegawaiRepository;

  public PenilaianAtasanListener(PenilaianAtasanService service,
      PenilaianPeriodikRepository penilaianRepository, IndikatorKinerjaRepository indikatorRepository,
      RencanaHasilKerjaRepository rhkRepository, RealisasiIndikatorRepository realisasiRepository,
      BuktiDukungRepository buktiRepository, PegawaiRepository pegawaiRepository,
      PenilaianPeriodikProses proses) {
    this.proses = proses;
    this.service = service;
    this.penilaianRepository = penilaianRepository;
    this.indikatorRepository = indikatorRepository;
    this.rhkRepository = rhkRepository;
    this.realisasiRepository = realisasiRepository;
    this.buktiRepository = buktiRepository;
    this.pegawaiRepository = pegawaiRepository;
  }

  @Override
  public void notify(DelegateTask task) {
    long penilaianId = proses.penilaianId(task.getExecution());
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      siapkanTampilan(task, penilaianId);
      return;
    }
    if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    String oleh = PemilikTugas.periksa(task);
    Map<NilaiBerakhlak, Object> perilaku = new EnumMap<>(NilaiBerakhlak.class);
    for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
      perilaku.put(n, task.getVariable(PenilaianAtasanService.AWALAN_PERILAKU + n.name()));
    }
    PenilaianAtasanService.Keputusan k = service.simpan(penilaianId, new PenilaianAtasanService.Isian(
        task.getVariable("ratingHasilKerja"), task.getVariable("ratingPerilaku"),
        task.getVariable("alasanRatingHasilKerja"), task.getVariable("alasanRatingPerilaku"),
        perilaku, task.getVariable("umpanBalik")), oleh);
    String alasanHasil = BacaIsian.teks(task, "alasanRatingHasilKerja");
    String alasanPerilaku = BacaIsian.teks(task, "alasanRatingPerilaku");
    for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
      task.removeVariable(PenilaianAtasanService.AWALAN_PERILAKU + n.name());
    }
    task.removeVariable("alasanRatingHasilKerja");
    task.removeVariable("alasanRatingPerilaku");
    task.removeVariable("umpanBalik");
    // Steering values for the DMN, normalised (trimmed) and at process level.
    task.getExecution().getProcessInstance().setVariable("ratingHasilKerja", k.ratingHasilKerja().name());
    task.getExecution().getProcessInstance().setVariable("ratingPerilaku", k.ratingPerilaku().name());
    KomentarTugas.catat(task, komentar(penilaianRepository.findById(penilaianId).orElseThrow(), k,
        alasanHasil, alasanPerilaku));
  }

  /** The decision in one short line for the task's history (Riwayat). */
  static String komentar(PenilaianPeriodik p, PenilaianAtasanService.Keputusan k, String alasanHasil,
      String alasanPerilaku) {
    StringBuilder s = new StringBuilder("Dinilai (").append(LabelPeriode.dari(p)).append("): hasil kerja ")
        .append(k.ratingHasilKerja().label());
    if (p.getSaranRatingHasilKerja() != null && p.getSaranRatingHasilKerja() != k.ratingHasilKerja()) {
      s.append(" (saran sistem ").append(p.getSaranRatingHasilKerja().label()).append(')');
    }
    s.append(", perilaku kerja ").append(k.ratingPerilaku().label()).append('.');
    if (alasanHasil != null) {
      s.append(" Alasan hasil kerja: ").append(alasanHasil).append('.');
    }
    if (alasanPerilaku != null) {
      s.append(" Alasan perilaku kerja: ").append(alasanPerilaku).append('.');
    }
    return s.append(" Umpan balik diberikan untuk setiap RHK.").toString();
  }

  /** Read-only line under the suggestion: which rule produced it (kepala OPD: the OPD's figure). */
  static String labelDasar(PenilaianPeriodik p) {
    DasarSaranRatingHasilKerja d = p.getDasarSaranRatingHasilKerja();
    if (d == null) {
      return "";
    }
    if (d == DasarSaranRatingHasilKerja.CAPAIAN_ORGANISASI && p.getCapaianOrganisasi() != null) {
      return d.label() + " periode " + p.getPeriodeKe() + "/" + p.getTahun() + ": "
          + p.getCapaianOrganisasi().toPlainString() + " % (pegawai adalah kepala OPD)";
    }
    return d.label();
  }

  /**
   * The decision view of the form: Markdown, each RHK once and numbered, its indicators numbered
   * under it with target, realisasi, capaian and kategori on one line and the evidence as links
   * (a text view wraps to any width; a table of seven columns did not fit 1,024 px). Typed text
   * is escaped; links only through {@link TeksAman#tautanMarkdown}.
   */
  String ringkasanPerRhk(Long skpId, Map<Long, RealisasiIndikator> realisasi) {
    StringBuilder s = new StringBuilder();
    Map<Long, List<IndikatorKinerja>> perRhk = indikatorRepository.findByRhkSkpIdOrderByRhkUrutanAscUrutanAsc(skpId)
        .stream().collect(Collectors.groupingBy(i -> i.getRhk().getId(), LinkedHashMap::new, Collectors.toList()));
    for (RencanaHasilKerja rhk : rhkRepository.findBySkpIdOrderByUrutan(skpId)) {
      s.append("**RHK ").append(rhk.getUrutan()).append(" (")
          .append(rhk.getJenis().name().equals("UTAMA") ? "utama" : "tambahan").append("):** ")
          .append(TeksAman.markdown(rhk.getUraian())).append("\n\n");
      int n = 0;
      for (IndikatorKinerja i : perRhk.getOrDefault(rhk.getId(), List.of())) {
        n++;
        RealisasiIndikator r = realisasi.get(i.getId());
        s.append("- **").append(rhk.getUrutan()).append('.').append(n).append("** ")
            .append(TeksAman.markdown(i.getUraian())).append("  \n  Target ")
            .append(i.getTarget().stripTrailingZeros().toPlainString()).append(' ')
            .append(TeksAman.markdown(i.getSatuan())).append(" · Realisasi ")
            .append(r == null || r.getRealisasi() == null ? "-" : r.getRealisasi().stripTrailingZeros().toPlainString())
            .append(" · **Capaian ")
            .append(r == null || r.getCapaian() == null ? "-" : r.getCapaian().toPlainString() + " %")
            .append(" (").append(r == null || r.getKategori() == null ? "-" : r.getKategori().label()).append(")**");
        List<String> bukti = new ArrayList<>();
        if (r != null && r.getTautanBukti() != null && !r.getTautanBukti().isBlank()) {
          bukti.add(TeksAman.tautanMarkdown("tautan bukti", r.getTautanBukti()));
        }
        if (r != null && r.getBuktiDukungId() != null) {
          String nama = buktiRepository.findById(r.getBuktiDukungId()).map(BuktiDukung::getNamaBerkas).orElse("berkas");
          bukti.add(TeksAman.tautanMarkdown("berkas " + nama, "/api/bukti-dukung/" + r.getBuktiDukungId()));
        }
        s.append("  \n  Bukti dukung: ").append(bukti.isEmpty() ? "tidak ada" : String.join(" · ", bukti));
        if (r != null && r.getKeterangan() != null && !r.getKeterangan().isBlank()) {
          s.append("  \n  Keterangan: ").append(TeksAman.markdown(r.getKeterangan()));
        }
        s.append('\n');
      }
      s.append('\n');
    }
    return s.toString();
  }

  private void siapkanTampilan(DelegateTask task, long penilaianId) {
    PenilaianPeriodik p = penilaianRepository.findById(penilaianId).orElseThrow();
    Map<Long, RealisasiIndikator> realisasi = realisasiRepository.findByPenilaianIdOrderById(penilaianId)
        .stream().collect(Collectors.toMap(RealisasiIndikator::getIndikatorId, Function.identity()));
    List<Map<String, Object>> ringkasan = new ArrayList<>();
    StringBuilder berkasBukti = new StringBuilder();
    for (IndikatorKinerja i : indikatorRepository.findByRhkSkpIdOrderByRhkUrutanAscUrutanAsc(p.getSkpId())) {
      RealisasiIndikator r = realisasi.get(i.getId());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rhk", i.getRhk().getUraian());
      m.put("indikator", i.getUraian());
      m.put("target", i.getTarget().stripTrailingZeros().toPlainString() + " " + i.getSatuan());
      m.put("arah", i.getArah().name());
      m.put("realisasi", r == null || r.getRealisasi() == null ? "-"
          : r.getRealisasi().stripTrailingZeros().toPlainString());
      m.put("capaian", r == null || r.getCapaian() == null ? "-" : r.getCapaian().toPlainString() + " %");
      m.put("kategori", r == null || r.getKategori() == null ? "-" : r.getKategori().label());
      m.put("tautanBukti", r == null || r.getTautanBukti() == null ? "" : r.getTautanBukti());
      m.put("berkasBukti", r == null || r.getBuktiDukungId() == null ? ""
          : "/api/bukti-dukung/" + r.getBuktiDukungId() + " ("
              + buktiRepository.findById(r.getBuktiDukungId()).map(BuktiDukung::getNamaBerkas).orElse("?") + ")");
      // One column for the evidence, so the table fits the form (a link and/or a stored file).
      String berkas = String.valueOf(m.get("berkasBukti"));
      String tautan = String.valueOf(m.get("tautanBukti"));
      m.put("bukti", tautan.isEmpty() ? (berkas.isEmpty() ? "-" : "berkas " + berkas)
          : (berkas.isEmpty() ? tautan : tautan + "; berkas " + berkas));
      ringkasan.add(m);
      if (r != null && r.getBuktiDukungId() != null) {
        // Markdown links for the form (the table cannot link): the file downloads from /api.
        String nama = buktiRepository.findById(r.getBuktiDukungId()).map(BuktiDukung::getNamaBerkas).orElse("berkas");
        berkasBukti.append("- ").append(TeksAman.tautanMarkdown(nama, "/api/bukti-dukung/" + r.getBuktiDukungId()))
            .append(" — ").append(TeksAman.markdown(i.getUraian())).append('\n');
      }
    }
    task.setVariableLocal("ringkasanRealisasiTeks", ringkasanPerRhk(p.getSkpId(), realisasi));
    List<Map<String, Object>> umpanBalik = new ArrayList<>();
    for (RencanaHasilKerja rhk : rhkRepository.findBySkpIdOrderByUrutan(p.getSkpId())) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rhkId", rhk.getId());
      m.put("rhk", rhk.getUraian());
      m.put("isi", "");
      umpanBalik.add(m);
    }
    task.setVariableLocal("daftarBerkasBukti", berkasBukti.toString());
    task.setVariableLocal("ringkasanRealisasi", SpinValues.jsonValue(Spin.JSON(ringkasan)).create());
    task.setVariableLocal("umpanBalik", SpinValues.jsonValue(Spin.JSON(umpanBalik)).create());
    // Shown inside a Markdown text view: escaped, so it reads as typed and cannot link or run.
    task.setVariableLocal("catatanMandiriPegawai", TeksAman.markdown(p.getCatatanMandiri()));
    task.setVariableLocal("saranRatingHasilKerjaLabel", p.getSaranRatingHasilKerja() == null ? ""
        : p.getSaranRatingHasilKerja().label());
    task.setVariableLocal("dasarSaranRatingHasilKerjaLabel", labelDasar(p));
    // Whose period, in the name: a supervisor's list shows one such task per staff member.
    String nama = pegawaiRepository.findByNip(p.getNip()).map(Pegawai::getNamaLengkap).orElse(p.getNip());
    task.setName(task.getName() + " — " + nama + " — " + LabelPeriode.dari(p));
    task.setVariableLocal("labelPeriode", LabelPeriode.dari(p));
  }
}
