package id.go.langsakota.kinerja.simulasi;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.langsakota.kinerja.config.Waktu;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * The follow-ups of the final predikat, played like the rest: pengembangan-kompetensi (started
 * by a BerAKHLAK rating below expectations, during the year), pembinaan-kinerja (started by a
 * final predikat Butuh Perbaikan or lower: a plan, six monthly meetings whose timers become due
 * as the engine clock moves a month at a time, the evaluation, BKPSDM's record of the PPK's
 * decision), and one seleksi-penghargaan opened by BKPSDM for the year.
 */
final class TindakLanjut {

  static final Set<String> PENGEMBANGAN = Set.of("tetapkan-pelatihan", "laporkan-pelatihan", "verifikasi-pelatihan");
  static final Set<String> PEMBINAAN = Set.of("susun-rencana-pembinaan", "setujui-rencana-pembinaan",
      "catat-pertemuan-pembinaan", "evaluasi-pembinaan", "putuskan-tindak-lanjut-pembinaan");
  static final Set<String> PENGHARGAAN = Set.of("nominasikan-penghargaan", "nilai-penghargaan-tim", "setujui-penghargaan");

  private static final Set<String> UJI_KOMPETENSI_DICATAT = ConcurrentHashMap.newKeySet();

  private TindakLanjut() {}

  static void jalankan(Simulasi s, Pekerja pekerja) {
    // Real time again (the year is over): the training dates are checked against today.
    Jam.reset();
    s.pompa.jalankanSemua();
    s.selesaikan(pekerja, PENGEMBANGAN);
    // One award selection for the year, opened by BKPSDM.
    s.rest.engine(s.stafBkpsdm, "POST", "/process-definition/key/seleksi-penghargaan/submit-form",
        Map.of("variables", Map.of("tahun", Map.of("value", s.konfigurasi().tahun(), "type", "Integer"))));
    s.selesaikan(pekerja, PENGHARGAAN);
    // Pembinaan: the plan now, then month by month the meeting timers fire.
    ZonedDateTime jam = ZonedDateTime.now(Waktu.WIB);
    for (int bulan = 0; bulan <= 8; bulan++) {
      Jam.setel(java.util.Date.from(jam.plusMonths(bulan).plusDays(1).toInstant()));
      s.selesaikan(pekerja, PEMBINAAN);
    }
    Jam.reset();
    s.pompa.jalankanSemua();
  }

  static Map<String, Object> isian(Simulasi s, Task t) {
    String kunci = t.getTaskDefinitionKey();
    if (t.getAssignee() == null) {
      // group task (bkpsdm): the officer takes it first, as in Tasklist ("Klaim")
      s.rest.engine(s.stafBkpsdm, "POST", "/task/" + t.getId() + "/claim", Map.of("userId", s.stafBkpsdm));
    }
    String pelaku = t.getAssignee() == null ? s.stafBkpsdm : t.getAssignee();
    LocalDate hariIni = ClockUtil.getCurrentTime().toInstant().atZone(Waktu.WIB).toLocalDate();
    Map<String, Object> v = new HashMap<>();
    switch (kunci) {
      case "tetapkan-pelatihan" -> {
        JsonNode opsi = s.rest.variabel(pelaku, t.getId(), "opsiPelatihan");
        if (opsi == null || opsi.isEmpty()) {
          s.catat("tetapkan-pelatihan tanpa pilihan katalog: " + t.getId());
          return null;
        }
        LocalDate mulai = LocalDate.now(Waktu.WIB);
        v.put("katalogId", Simulasi.teks(opsi.get(0).get("value").asText()));
        v.put("tanggalMulai", Simulasi.teks(mulai.toString()));
        v.put("tanggalSelesai", Simulasi.teks(mulai.plusDays(3).toString()));
        v.put("konfirmasi", Map.of("value", true, "type", "Boolean"));
      }
      case "laporkan-pelatihan" -> {
        JsonNode bukti = s.rest.unggah(pelaku, "sertifikat-" + pelaku + ".pdf", sertifikatPdf(pelaku));
        v.put("sertifikatBuktiId", Map.of("value", bukti.get("id").asLong(), "type", "Long"));
        v.put("konfirmasi", Map.of("value", true, "type", "Boolean"));
      }
      case "verifikasi-pelatihan" -> {
        v.put("tindakan", Simulasi.teks("VERIFIKASI"));
        v.put("konfirmasi", Map.of("value", true, "type", "Boolean"));
      }
      case "susun-rencana-pembinaan" -> {
        v.put("tujuanPembinaan", Simulasi.teks("Capaian RHK utama kembali sesuai target dalam enam bulan"));
        v.put("dukunganPembinaan", Simulasi.teks("Bimbingan langsung pejabat penilai dan coaching bulanan"));
        v.put("jadwalPertemuan", Simulasi.teks("Pertemuan setiap awal bulan di ruang kepala bidang"));
      }
      case "setujui-rencana-pembinaan" -> v.put("setujuRencana", Map.of("value", true, "type", "Boolean"));
      case "catat-pertemuan-pembinaan" -> {
        v.put("tanggalPertemuan", Simulasi.teks(hariIni.toString()));
        v.put("catatanPertemuan", Simulasi.teks("Realisasi bulan ini dibahas; target bulan depan disepakati"));
        v.put("tanggapanAsn", Simulasi.teks("Saya memahami target dan akan melaporkannya tepat waktu"));
      }
      case "evaluasi-pembinaan" -> {
        // most improve to Baik; one in four stays below expectations (a decision follows)
        boolean membaik = s.undian(s.bisnisKeyNip(t), "evaluasi") >= 25;
        v.put("ratingHasilKerja", Simulasi.teks(membaik ? Simulasi.SESUAI : Simulasi.BAWAH));
        v.put("ratingPerilaku", Simulasi.teks(Simulasi.SESUAI));
        v.put("catatanEvaluasi", Simulasi.teks(membaik ? "Capaian enam bulan terakhir kembali sesuai target"
            : "Capaian RHK utama masih di bawah target setelah pembinaan"));
      }
      case "putuskan-tindak-lanjut-pembinaan" -> {
        String nip = s.bisnisKeyNip(t);
        KotaSintetis.Asn a = s.asn(nip);
        if (a != null && a.kepala() && UJI_KOMPETENSI_DICATAT.add(nip)) {
          v.put("keputusanTindakLanjut", Simulasi.teks("UJI_KOMPETENSI"));
        } else {
          v.put("keputusanTindakLanjut", Simulasi.teks("PINDAH"));
          v.put("tanggalKeputusan", Simulasi.teks(hariIni.toString()));
          v.put("nomorKeputusan", Simulasi.teks("800/" + Math.abs(nip.hashCode() % 1000) + "/SIM"));
        }
        v.put("alasanKeputusan", Simulasi.teks("Keputusan PPK atas hasil evaluasi pembinaan kinerja"));
      }
      default -> {
        s.catat("tugas tanpa penangan: " + kunci);
        return null;
      }
    }
    return v;
  }

  /** A tiny but real PDF (the store checks the content type from the bytes). */
  static byte[] sertifikatPdf(String nip) {
    String isi = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        + "% sertifikat " + nip + "\ntrailer<</Root 1 0 R>>\n%%EOF\n";
    return isi.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }
}
