package id.go.langsakota.kinerja.penilaian;

import id.go.langsakota.kinerja.skp.NilaiBerakhlak;
import java.util.EnumMap;
import java.util.Map;
import id.go.langsakota.kinerja.proses.BacaIsian;
import id.go.langsakota.kinerja.proses.KomentarTugas;
import id.go.langsakota.kinerja.proses.PemilikTugas;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
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
  private final TampilanTugasPenilaianService tampilan;
  private final PenilaianPeriodikRepository penilaianRepository;
  /** The period is found by the business key, never by the penilaianId variable. */
  private final PenilaianPeriodikProses proses;

  public PenilaianAtasanListener(PenilaianAtasanService service, TampilanTugasPenilaianService tampilan,
      PenilaianPeriodikRepository penilaianRepository, PenilaianPeriodikProses proses) {
    this.service = service;
    this.tampilan = tampilan;
    this.penilaianRepository = penilaianRepository;
    this.proses = proses;
  }

  @Override
  public void notify(DelegateTask task) {
    long penilaianId = proses.penilaianId(task.getExecution());
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      TampilanTugasPenilaianService.Tampilan t = tampilan.nilaiKinerjaPeriodik(penilaianId);
      task.setVariablesLocal(t.variabel());
      task.setName(t.nama(task.getName()));
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

}
