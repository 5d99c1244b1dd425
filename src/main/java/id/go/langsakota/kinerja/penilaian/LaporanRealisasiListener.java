package id.go.langsakota.kinerja.penilaian;

import id.go.langsakota.kinerja.web.IsianTidakValidException;

import id.go.langsakota.kinerja.skp.IndikatorKinerja;
import id.go.langsakota.kinerja.skp.IndikatorKinerjaRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import id.go.langsakota.kinerja.proses.PemilikTugas;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.FileValue;
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

  private final LaporanRealisasiService service;
  private final PenilaianPeriodikService penilaianService;
  private final PenilaianPeriodikRepository penilaianRepository;
  /** The period is found by the business key, never by the penilaianId variable. */
  private final PenilaianPeriodikProses proses;
  private final IndikatorKinerjaRepository indikatorRepository;

  public LaporanRealisasiListener(LaporanRealisasiService service,
      PenilaianPeriodikRepository penilaianRepository, IndikatorKinerjaRepository indikatorRepository,
      PenilaianPeriodikService penilaianService,
      PenilaianPeriodikProses proses) {
    this.proses = proses;
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
    // Files never travel as process variables (history would keep the bytes): a File variable
    // is refused, and the refusal rolls the whole completion back, history included.
    for (String nama : task.getVariableNames()) {
      if (task.getVariableTyped(nama, false) instanceof FileValue) {
        throw new IsianTidakValidException("Variabel '" + nama + "' berisi berkas: berkas bukti "
            + "dukung tidak dikirim sebagai variabel proses. Unggah berkas ke /api/bukti-dukung, "
            + "lalu kirim buktiDukungId-nya di daftar realisasi");
      }
    }
    service.simpan(penilaianId, task.getVariable("realisasi"), task.getVariable("catatanMandiri"), oleh);
    task.removeVariable("realisasi");
    task.removeVariable("catatanMandiri");
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
