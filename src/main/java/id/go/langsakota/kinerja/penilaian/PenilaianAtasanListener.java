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
    for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
      task.removeVariable(PenilaianAtasanService.AWALAN_PERILAKU + n.name());
    }
    task.removeVariable("alasanRatingHasilKerja");
    task.removeVariable("alasanRatingPerilaku");
    task.removeVariable("umpanBalik");
    // Steering values for the DMN, normalised (trimmed) and at process level.
    task.getExecution().getProcessInstance().setVariable("ratingHasilKerja", k.ratingHasilKerja().name());
    task.getExecution().getProcessInstance().setVariable("ratingPerilaku", k.ratingPerilaku().name());
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
