package id.go.langsakota.kinerja.penilaian;

import id.go.langsakota.kinerja.web.IsianTidakValidException;

import id.go.langsakota.kinerja.skp.IndikatorKinerja;
import id.go.langsakota.kinerja.skp.IndikatorKinerjaRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import id.go.langsakota.kinerja.proses.PemilikTugas;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * laporkan-realisasi. On create: a task-local, read-only view of the SKP's indicators for the
 * form (daftarIndikator; gone when the task ends). On complete: who completes it, then the
 * server-side check and the write; the submitted working variables are removed afterwards so
 * the process keeps only ids and steering values.
 */
@Component("laporanRealisasiListener")
public class LaporanRealisasiListener implements TaskListener {

  static final String AWALAN_BERKAS = "bukti_";

  private final LaporanRealisasiService service;
  private final PenilaianPeriodikService penilaianService;
  private final PenilaianPeriodikRepository penilaianRepository;
  /** The period is found by the business key, never by the penilaianId variable. */
  @org.springframework.beans.factory.annotation.Autowired
  private PenilaianPeriodikProses proses;
  private final IndikatorKinerjaRepository indikatorRepository;

  public LaporanRealisasiListener(LaporanRealisasiService service,
      PenilaianPeriodikRepository penilaianRepository, IndikatorKinerjaRepository indikatorRepository,
      PenilaianPeriodikService penilaianService) {
    this.service = service;
    this.penilaianService = penilaianService;
    this.penilaianRepository = penilaianRepository;
    this.indikatorRepository = indikatorRepository;
  }

  @Override
  public void notify(DelegateTask task) {
    long penilaianId = proses.penilaianId(task.getExecution());
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal("daftarIndikator", SpinValues.jsonValue(Spin.JSON(daftarIndikator(penilaianId))).create());
      penilaianRepository.findById(penilaianId).ifPresent(p -> {
        task.setName(task.getName() + " — " + LabelPeriode.dari(p));
        task.setVariableLocal("labelPeriode", LabelPeriode.dari(p));
        task.setVariableLocal("hasilPeriode", SpinValues.jsonValue(Spin.JSON(
            penilaianService.hasilPeriode(p.getSkpId()))).create());
      });
      return;
    }
    if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    String oleh = PemilikTugas.periksa(task);
    Map<Long, LaporanRealisasiService.Berkas> berkas = new HashMap<>();
    List<String> namaBerkas = new ArrayList<>();
    for (String nama : task.getVariableNames()) {
      if (!nama.startsWith(AWALAN_BERKAS)) {
        continue;
      }
      namaBerkas.add(nama);
      TypedValue v = task.getVariableTyped(nama);
      String sufiks = nama.substring(AWALAN_BERKAS.length());
      if (!sufiks.matches("\\d{1,18}")) {
        throw new IsianTidakValidException("Nama variabel berkas '" + nama
            + "' harus bukti_<indikatorId>");
      }
      if (v == null || v.getValue() == null) {
        continue; // an empty file input
      }
      if (!(v instanceof FileValue f)) {
        throw new IsianTidakValidException("Variabel " + nama + " harus bertipe File");
      }
      try (var in = f.getValue()) {
        berkas.put(Long.valueOf(sufiks), new LaporanRealisasiService.Berkas(f.getFilename(), in.readAllBytes()));
      } catch (java.io.IOException e) {
        throw new IsianTidakValidException("Berkas " + f.getFilename() + " tidak dapat dibaca");
      }
    }
    service.simpan(penilaianId, task.getVariable("realisasi"), task.getVariable("catatanMandiri"),
        berkas, oleh);
    task.removeVariable("realisasi");
    task.removeVariable("catatanMandiri");
    namaBerkas.forEach(task::removeVariable);
  }

  /** Read-only view for the form: what to report on. */
  List<Map<String, Object>> daftarIndikator(long penilaianId) {
    PenilaianPeriodik p = penilaianRepository.findById(penilaianId).orElseThrow();
    List<Map<String, Object>> hasil = new ArrayList<>();
    for (IndikatorKinerja i : indikatorRepository.findByRhkSkpIdOrderByRhkUrutanAscUrutanAsc(p.getSkpId())) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("indikatorId", i.getId());
      m.put("rhkId", i.getRhk().getId());
      m.put("rhk", i.getRhk().getUraian());
      m.put("jenisRhk", i.getRhk().getJenis().name());
      m.put("aspek", i.getAspek().name());
      m.put("indikator", i.getUraian());
      m.put("target", i.getTarget().stripTrailingZeros().toPlainString());
      m.put("satuan", i.getSatuan());
      m.put("arah", i.getArah().name());
      hasil.add(m);
    }
    return hasil;
  }
}
