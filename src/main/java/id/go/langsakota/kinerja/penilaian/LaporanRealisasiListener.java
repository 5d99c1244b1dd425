package id.go.langsakota.kinerja.penilaian;

import id.go.langsakota.kinerja.web.IsianTidakValidException;

import id.go.langsakota.kinerja.proses.KomentarTugas;
import id.go.langsakota.kinerja.proses.PemilikTugas;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.FileValue;
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
  private final TampilanTugasPenilaianService tampilan;
  /** The period is found by the business key, never by the penilaianId variable. */
  private final PenilaianPeriodikProses proses;

  public LaporanRealisasiListener(LaporanRealisasiService service, TampilanTugasPenilaianService tampilan,
      PenilaianPeriodikProses proses) {
    this.service = service;
    this.tampilan = tampilan;
    this.proses = proses;
  }

  @Override
  public void notify(DelegateTask task) {
    long penilaianId = proses.penilaianId(task.getExecution());
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      tampilan.laporkanRealisasi(penilaianId).ifPresent(t -> {
        task.setVariablesLocal(t.variabel());
        task.setName(t.nama(task.getName()));
        if (t.susulan()) {
          // Riwayat tells the ASN why this period comes late and by when it is due.
          KomentarTugas.catat(task, t.keteranganSusulan());
        }
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

}
