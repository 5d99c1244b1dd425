package id.go.langsakota.kinerja.pemberitahuan;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kinerja.notifikasi.*}: where links point, which channels get rows, the retry policy and
 * the digest time (WIB). Delivery by e-mail also needs {@code spring.mail.host}.
 */
@ConfigurationProperties("kinerja.notifikasi")
public record PengaturanNotifikasi(
    String urlDasar,
    List<String> saluran,
    Boolean penjadwalAktif,
    Duration jedaPoller,
    Integer percobaanMaksimal,
    Duration jedaAwal,
    Duration jedaMaksimal,
    Duration batasKlaim,
    Integer ukuranBatch,
    LocalTime jamRingkasan,
    String emailPengirim) {

  public PengaturanNotifikasi {
    urlDasar = urlDasar == null || urlDasar.isBlank() ? "http://localhost:8080"
        : urlDasar.replaceAll("/+$", "");
    saluran = saluran == null || saluran.isEmpty() ? List.of(SaluranEmail.KODE)
        : saluran.stream().map(s -> s.trim().toUpperCase()).toList();
    penjadwalAktif = penjadwalAktif == null || penjadwalAktif;
    jedaPoller = jedaPoller == null ? Duration.ofSeconds(30) : jedaPoller;
    percobaanMaksimal = percobaanMaksimal == null ? 6 : percobaanMaksimal;
    jedaAwal = jedaAwal == null ? Duration.ofMinutes(1) : jedaAwal;
    jedaMaksimal = jedaMaksimal == null ? Duration.ofHours(6) : jedaMaksimal;
    batasKlaim = batasKlaim == null ? Duration.ofMinutes(10) : batasKlaim;
    ukuranBatch = ukuranBatch == null ? 100 : ukuranBatch;
    jamRingkasan = jamRingkasan == null ? LocalTime.of(16, 0) : jamRingkasan;
    emailPengirim = emailPengirim == null || emailPengirim.isBlank()
        ? "Kinerja ASN Langsa <no-reply@langsakota.go.id>" : emailPengirim;
  }

  /** Wait before attempt n+1 after n failures: jedaAwal · 2^(n-1), at most jedaMaksimal. */
  public Duration jedaSetelah(int gagalKe) {
    Duration d = jedaAwal;
    for (int i = 1; i < gagalKe && d.compareTo(jedaMaksimal) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(jedaMaksimal) > 0 ? jedaMaksimal : d;
  }

  /** Tasklist link of a task, or Tasklist's start page when the notice has no task. */
  public String tautanTugas(String taskId) {
    String tasklist = urlDasar + "/camunda/app/tasklist/default/";
    return taskId == null ? tasklist : tasklist + "#/?task=" + taskId;
  }
}
