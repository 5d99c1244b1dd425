package id.go.langsakota.kinerja.kalibrasi;

import id.go.langsakota.kinerja.proses.KomentarTugas;
import id.go.langsakota.kinerja.proses.BacaIsian;
import id.go.langsakota.kinerja.proses.PemilikTugas;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * sesuaikan-rating-kurva (head of the OPD or BKPSDM). On create: the view (distribution beside
 * the pattern, broken rules, each ASN) and the NIP options. On complete: owner; the changes are
 * read, checked and applied by the service (all or nothing), and recorded in the task's history.
 */
@Component("sesuaikanRatingKurvaListener")
public class SesuaikanRatingKurvaListener implements TaskListener {

  private final KalibrasiKurvaService service;
  private final KalibrasiKurvaProses proses;

  public SesuaikanRatingKurvaListener(KalibrasiKurvaService service, KalibrasiKurvaProses proses) {
    this.service = service;
    this.proses = proses;
  }

  @Override
  public void notify(DelegateTask task) {
    Long id = proses.kalibrasiId(task.getExecution());
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      KalibrasiKurva k = service.kalibrasi(id);
      task.setName("Sesuaikan rating dengan kurva — " + service.namaOpd(k.getKodeOpd()) + " " + k.getTahun());
      task.setVariable(KalibrasiKurvaProses.RINGKASAN_KURVA, service.ringkasan(id));
      // JSON, as every option list of a form: a serialized Java list reaches form-js as nothing ("Tidak ada hasil")
      task.setVariable(KalibrasiKurvaProses.OPSI_PEGAWAI, BacaIsian.json(service.opsiPegawai(id)));
      return;
    }
    String oleh = PemilikTugas.periksa(task);
    List<String> catatan = service.terapkan(id, oleh,
        KalibrasiKurvaService.bacaPerubahan(task.getVariable(KalibrasiKurvaProses.PERUBAHAN)));
    KomentarTugas.catat(task, catatan.isEmpty() ? "Dikirim tanpa perubahan rating (sebaran sudah sesuai pola)."
        : "Rating diubah dalam kalibrasi: " + String.join(" | ", catatan));
  }
}
