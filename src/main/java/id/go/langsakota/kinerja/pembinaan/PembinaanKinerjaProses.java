package id.go.langsakota.kinerja.pembinaan;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.identitas.GrupPengguna;
import id.go.langsakota.kinerja.pengaturan.KunciPengaturan;
import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import id.go.langsakota.kinerja.proses.Isian;
import id.go.langsakota.kinerja.proses.IsianFormulir;
import id.go.langsakota.kinerja.proses.PengikatanProses;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The binding of process {@code pembinaan-kinerja}: key, task ids, the business key
 * {@code PB-<tahun>-<nip>}, the declared fields per task, and the expressions that steer the
 * process (bean {@code pembinaanKinerja}). Whose pembinaan it is comes from the business key, who
 * rates (the pejabat penilai fixed from the register at the start), the period and the outcome
 * from the pembinaan tables; never from a variable a caller could write.
 */
@Component("pembinaanKinerja")
public class PembinaanKinerjaProses implements PengikatanProses {

  public static final String KUNCI = "pembinaan-kinerja";
  public static final String TUGAS_SUSUN = "susun-rencana-pembinaan";
  public static final String TUGAS_SETUJUI = "setujui-rencana-pembinaan";
  public static final String TUGAS_PERTEMUAN = "catat-pertemuan-pembinaan";
  public static final String TUGAS_EVALUASI = "evaluasi-pembinaan";
  public static final String TUGAS_PUTUSKAN = "putuskan-tindak-lanjut-pembinaan";
  public static final List<String> SEMUA_TUGAS = List.of(TUGAS_SUSUN, TUGAS_SETUJUI, TUGAS_PERTEMUAN, TUGAS_EVALUASI,
      TUGAS_PUTUSKAN);

  /** Form variables. */
  public static final String TUJUAN = "tujuanPembinaan";
  public static final String DUKUNGAN = "dukunganPembinaan";
  public static final String JADWAL = "jadwalPertemuan";
  /** Optional training of the plan: an active catalogue id, or {@link #TANPA_PELATIHAN}. */
  public static final String PELATIHAN = "pelatihanPembinaan";
  public static final String TANPA_PELATIHAN = "TANPA";
  public static final String SETUJU = "setujuRencana";
  public static final String CATATAN_ASN = "catatanAsn";
  public static final String TANGGAL_PERTEMUAN = "tanggalPertemuan";
  public static final String CATATAN_PERTEMUAN = "catatanPertemuan";
  public static final String TANGGAPAN_ASN = "tanggapanAsn";
  public static final String RATING_HASIL = "ratingHasilKerja";
  public static final String RATING_PERILAKU = "ratingPerilaku";
  public static final String CATATAN_EVALUASI = "catatanEvaluasi";
  public static final String KEPUTUSAN = "keputusanTindakLanjut";
  public static final String ALASAN_KEPUTUSAN = "alasanKeputusan";
  public static final String NOMOR_KEPUTUSAN = "nomorKeputusan";
  public static final String TANGGAL_KEPUTUSAN = "tanggalKeputusan";
  /** Texts the forms show in text views (set on create; Tasklist sends them nowhere). */
  public static final String RINGKASAN = "ringkasanPembinaan";
  public static final String CATATAN_PENGEMBALIAN = "catatanPengembalian";
  public static final String RENCANA = "rencanaPembinaan";
  public static final String REKOMENDASI = "rekomendasiTindakLanjut";
  /** The select options of {@link #PELATIHAN} (valuesKey), set on create. */
  public static final String OPSI_PELATIHAN = "opsiPelatihanPembinaan";

  public static final Map<String, IsianFormulir> ISIAN = Map.of(
      TUGAS_SUSUN, IsianFormulir.untuk(TUGAS_SUSUN, Isian.teks(TUJUAN), Isian.teks(DUKUNGAN),
          Isian.teks(JADWAL), Isian.teks(PELATIHAN)),
      TUGAS_SETUJUI, IsianFormulir.untuk(TUGAS_SETUJUI, Isian.ya(SETUJU),
          Isian.teks(CATATAN_ASN)),
      TUGAS_PERTEMUAN, IsianFormulir.untuk(TUGAS_PERTEMUAN, Isian.tanggal(TANGGAL_PERTEMUAN), Isian.teks(CATATAN_PERTEMUAN), Isian.teks(TANGGAPAN_ASN)),
      TUGAS_EVALUASI, IsianFormulir.untuk(TUGAS_EVALUASI, Isian.teks(RATING_HASIL), Isian.teks(RATING_PERILAKU), Isian.teks(CATATAN_EVALUASI)),
      TUGAS_PUTUSKAN, IsianFormulir.untuk(TUGAS_PUTUSKAN, Isian.teks(KEPUTUSAN), Isian.teks(ALASAN_KEPUTUSAN),
          Isian.teks(NOMOR_KEPUTUSAN), Isian.tanggal(TANGGAL_KEPUTUSAN)));

  private static final Pattern POLA = Pattern.compile("PB-(\\d{4})-([^-\\s]+)");

  public record Kunci(int tahun, String nip) {}

  public static String businessKey(int tahun, String nip) {
    return "PB-" + tahun + "-" + nip;
  }

  public static Kunci urai(String businessKey) {
    Matcher m = businessKey == null ? null : POLA.matcher(businessKey);
    if (m == null || !m.matches()) {
      throw new IsianTidakValidException("Business key proses pembinaan-kinerja harus PB-<tahun>-<nip>, bukan '"
          + businessKey + "'");
    }
    return new Kunci(Integer.parseInt(m.group(1)), m.group(2));
  }

  private final PembinaanKinerjaService service;
  private final PengaturanService pengaturan;

  public PembinaanKinerjaProses(PembinaanKinerjaService service, PengaturanService pengaturan) {
    this.service = service;
    this.pengaturan = pengaturan;
  }

  @Override
  public String kunciProses() {
    return KUNCI;
  }

  @Override
  public Map<String, IsianFormulir> isianTugas() {
    return ISIAN;
  }

  public Pembinaan pembinaan(DelegateExecution execution) {
    Kunci k = urai(execution.getProcessBusinessKey());
    return service.ambil(k.nip(), k.tahun());
  }

  public Long pembinaanId(DelegateExecution execution) {
    return pembinaan(execution).getId();
  }

  /** The ASN (assignee of setujui-rencana-pembinaan). */
  public String nip(DelegateExecution execution) {
    return urai(execution.getProcessBusinessKey()).nip();
  }

  /** The pejabat penilai fixed at the start (assignee of the plan, check-ins and re-evaluation). */
  public String penilai(DelegateExecution execution) {
    return pembinaan(execution).getPejabatPenilai();
  }

  /** Candidate group of putuskan-tindak-lanjut-pembinaan. */
  public List<String> grupBkpsdm(DelegateExecution execution) {
    return List.of(GrupPengguna.BKPSDM.id());
  }

  static LocalDate hariIni() {
    return ClockUtil.getCurrentTime().toInstant().atZone(Waktu.WIB).toLocalDate();
  }

  private LocalDate hariBatas(String tugas) {
    KunciPengaturan k = TUGAS_PUTUSKAN.equals(tugas) ? KunciPengaturan.HARI_KEPUTUSAN_PEMBINAAN
        : KunciPengaturan.HARI_TUGAS_PEMBINAAN;
    return hariIni().plusDays(pengaturan.bilangan(k));
  }

  /** Due date of a task and the time of its escalation timer: end of day N days after it is created. */
  public String batas(DelegateExecution execution, String tugas) {
    return Waktu.akhirHari(hariBatas(tugas));
  }

  /** The reminder: HARI_PENGINGAT days before the deadline (at least tomorrow). */
  public String pengingat(DelegateExecution execution, String tugas) {
    LocalDate d = hariBatas(tugas).minusDays(pengaturan.bilangan(KunciPengaturan.HARI_PENGINGAT));
    LocalDate besok = hariIni().plusDays(1);
    return Waktu.iso(d.isBefore(besok) ? besok : d, java.time.LocalTime.of(8, 0));
  }

  /** The agreed plan includes a training (gateway "Rencana memuat pelatihan?"). */
  public boolean pelatihanDirencanakan(DelegateExecution execution) {
    return service.pelatihanDisetujui(pembinaanId(execution)).isPresent();
  }

  public boolean rencanaDisetujui(DelegateExecution execution) {
    return service.rencanaDisetujui(pembinaanId(execution));
  }

  /** The time the next monthly check-in task is created. */
  public String pertemuanBerikutnya(DelegateExecution execution) {
    return service.pertemuanBerikutnya(pembinaanId(execution));
  }

  public boolean masaSelesai(DelegateExecution execution) {
    return service.masaSelesai(pembinaanId(execution));
  }

  public boolean membaik(DelegateExecution execution) {
    return Boolean.TRUE.equals(pembinaan(execution).getMembaik());
  }

  /** A JPT's uji kompetensi was recorded: the decision task comes back. */
  public boolean menungguKeputusanAkhir(DelegateExecution execution) {
    return service.menungguKeputusanAkhir(pembinaanId(execution));
  }
}
