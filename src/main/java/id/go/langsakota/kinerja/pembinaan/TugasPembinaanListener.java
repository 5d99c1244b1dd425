package id.go.langsakota.kinerja.pembinaan;

import static id.go.langsakota.kinerja.pembinaan.PembinaanKinerjaProses.*;

import id.go.langsakota.kinerja.identitas.GrupPengguna;
import id.go.langsakota.kinerja.proses.BacaIsian;
import id.go.langsakota.kinerja.proses.KomentarTugas;
import id.go.langsakota.kinerja.proses.PemilikTugas;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Every user task of pembinaan-kinerja. On create: the name gets the ASN's name and NIP, the
 * read-only texts are set. On complete: owner check, the declared fields read, one service call
 * (which checks who may do it against the pembinaan row, not against variables).
 */
@Component("tugasPembinaanListener")
public class TugasPembinaanListener implements TaskListener {

  private final PembinaanKinerjaService service;
  private final PembinaanKinerjaProses proses;
  private final TampilanPembinaanService tampilan;

  public TugasPembinaanListener(PembinaanKinerjaService service, PembinaanKinerjaProses proses,
      TampilanPembinaanService tampilan) {
    this.service = service;
    this.proses = proses;
    this.tampilan = tampilan;
  }

  @Override
  public void notify(DelegateTask task) {
    Pembinaan p = proses.pembinaan(task.getExecution());
    Long id = p.getId();
    String kunci = task.getTaskDefinitionKey();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      buat(task, p, kunci);
      return;
    }
    String pengguna = PemilikTugas.periksa(task);
    Instant sekarang = ClockUtil.getCurrentTime().toInstant();
    switch (kunci) {
      case TUGAS_SUSUN -> {
        RencanaPembinaan r = service.susunRencana(id, pengguna, BacaIsian.teks(task, TUJUAN),
            BacaIsian.teks(task, DUKUNGAN), BacaIsian.teks(task, JADWAL), BacaIsian.teks(task, PELATIHAN), sekarang);
        KomentarTugas.catat(task, "Rencana pembinaan versi " + r.getVersiRencana() + " diajukan kepada ASN.");
      }
      case TUGAS_SETUJUI -> {
        boolean setuju = BacaIsian.ya(task, SETUJU);
        service.tanggapiRencana(id, pengguna, setuju, BacaIsian.teks(task, CATATAN_ASN), sekarang);
        KomentarTugas.catat(task, setuju ? "Rencana pembinaan disetujui ASN."
            : "Rencana pembinaan dikembalikan ASN: " + BacaIsian.teks(task, CATATAN_ASN));
      }
      case TUGAS_PERTEMUAN -> {
        PertemuanPembinaan x = service.catatPertemuan(id, pengguna, BacaIsian.tanggal(task, TANGGAL_PERTEMUAN),
            BacaIsian.teks(task, CATATAN_PERTEMUAN), BacaIsian.teks(task, TANGGAPAN_ASN), sekarang);
        KomentarTugas.catat(task, "Pertemuan pembinaan bulan ke-" + x.getBulanKe() + " dicatat.");
      }
      case TUGAS_EVALUASI -> {
        Pembinaan e = service.evaluasi(id, pengguna, BacaIsian.teks(task, RATING_HASIL),
            BacaIsian.teks(task, RATING_PERILAKU), BacaIsian.teks(task, CATATAN_EVALUASI), sekarang);
        // The DMN reads the stored ratings, not what the caller typed.
        task.setVariable(RATING_HASIL, e.getRatingHasilKerjaEvaluasi().name());
        task.setVariable(RATING_PERILAKU, e.getRatingPerilakuEvaluasi().name());
        KomentarTugas.catat(task, "Evaluasi pembinaan: hasil kerja " + e.getRatingHasilKerjaEvaluasi().label()
            + ", perilaku kerja " + e.getRatingPerilakuEvaluasi().label() + ".");
      }
      case TUGAS_PUTUSKAN -> {
        boolean bkpsdm = pengguna != null && task.getProcessEngineServices().getIdentityService().createUserQuery()
            .userId(pengguna).memberOfGroup(GrupPengguna.BKPSDM.id()).count() > 0;
        Pembinaan d = service.putuskan(id, pengguna, bkpsdm, BacaIsian.teks(task, KEPUTUSAN),
            BacaIsian.teks(task, ALASAN_KEPUTUSAN), BacaIsian.teks(task, NOMOR_KEPUTUSAN),
            BacaIsian.tanggal(task, TANGGAL_KEPUTUSAN), sekarang);
        KomentarTugas.catat(task, d.getKeputusan() == null ? "Uji kompetensi dicatat; keputusan akhir menyusul."
            : "Keputusan PPK dicatat: " + d.getKeputusan().label() + ".");
      }
      default -> throw new IllegalStateException("Tugas tidak dikenal: " + kunci);
    }
  }

  private void buat(DelegateTask task, Pembinaan p, String kunci) {
    Long id = p.getId();
    String asn = tampilan.asn(p);
    switch (kunci) {
      case TUGAS_SUSUN -> {
        task.setVariable(RINGKASAN, tampilan.ringkasan(id));
        RencanaPembinaan lama = service.rencanaTerakhir(id).orElse(null);
        boolean kembali = lama != null && lama.getStatus() == StatusRencana.DIKEMBALIKAN;
        task.setVariable(CATATAN_PENGEMBALIAN, kembali ? "Dikembalikan ASN: " + lama.getCatatanAsn() : "-");
        task.setVariableLocal(OPSI_PELATIHAN, BacaIsian.json(service.opsiPelatihan()));
        task.setVariable(PELATIHAN, lama == null || lama.getKatalogPelatihanId() == null ? TANPA_PELATIHAN
            : String.valueOf(lama.getKatalogPelatihanId()));
        if (lama != null) {
          task.setVariable(TUJUAN, lama.getTujuan());
          task.setVariable(DUKUNGAN, lama.getDukungan());
          task.setVariable(JADWAL, lama.getJadwalPertemuan());
        }
        task.setName((kembali ? "Perbaiki rencana pembinaan" : task.getName()) + " — " + asn);
      }
      case TUGAS_SETUJUI -> {
        task.setVariable(RENCANA, service.rencanaTerakhir(id).map(tampilan::rencanaTeks).orElse("-"));
        task.setName(task.getName() + " — " + asn);
      }
      case TUGAS_PERTEMUAN -> {
        task.setVariable(RINGKASAN, tampilan.ringkasan(id));
        task.setName("Catat pertemuan pembinaan bulan ke-" + (p.getPertemuanKe() + 1) + " — " + asn);
      }
      case TUGAS_EVALUASI, TUGAS_PUTUSKAN -> {
        task.setVariable(RINGKASAN, tampilan.ringkasan(id));
        if (TUGAS_PUTUSKAN.equals(kunci)) {
          task.setVariable(REKOMENDASI, tampilan.rekomendasi(id));
        }
        task.setName(task.getName() + " — " + asn);
      }
      default -> throw new IllegalStateException("Tugas tidak dikenal: " + kunci);
    }
  }
}
