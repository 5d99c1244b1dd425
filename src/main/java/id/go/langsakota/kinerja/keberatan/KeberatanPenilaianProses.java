package id.go.langsakota.kinerja.keberatan;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.identitas.GrupPengguna;
import id.go.langsakota.kinerja.proses.Isian;
import id.go.langsakota.kinerja.proses.IsianFormulir;
import id.go.langsakota.kinerja.proses.PengikatanProses;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The binding of process {@code keberatan-penilaian}: key, task ids, the business key
 * {@code KB-<tahun>-<nip>}, the declared fields per task, and the expressions that steer the
 * process (bean {@code keberatanPenilaian}). Everything steering is read from the business key and
 * the keberatan tables, never from a variable a caller could write; the decider is looked up in
 * the register when each task is created.
 */
@Component("keberatanPenilaian")
public class KeberatanPenilaianProses implements PengikatanProses {

  public static final String KUNCI = "keberatan-penilaian";
  public static final String TUGAS_PUTUSKAN = "putuskan-keberatan";
  public static final String TUGAS_PENJELASAN_ASN = "beri-penjelasan-asn";
  public static final String TUGAS_PENJELASAN_PENILAI = "beri-penjelasan-penilai";
  public static final String TUGAS_BACA = "baca-keputusan-keberatan";

  /** Form variables. */
  public static final String TINDAKAN = "tindakan";
  public static final String MINTA_PENJELASAN = "MINTA_PENJELASAN";
  public static final String PUTUSKAN = "PUTUSKAN";
  public static final String MINTA_ASN = "mintaPenjelasanAsn";
  public static final String MINTA_PENILAI = "mintaPenjelasanPenilai";
  public static final String PERTANYAAN = "pertanyaanPenjelasan";
  public static final String RATING_HASIL = "ratingHasilKerja";
  public static final String ALASAN_HASIL = "alasanHasilKerja";
  public static final String RATING_PERILAKU = "ratingPerilaku";
  public static final String ALASAN_PERILAKU = "alasanPerilaku";
  public static final String PENJELASAN_ASN = "penjelasanAsn";
  public static final String PENJELASAN_PENILAI = "penjelasanPenilai";
  public static final String DIBACA = "dibaca";
  /** Texts the forms show (text views, sent nothing back). */
  public static final String RINGKASAN = "ringkasanKeberatan";
  public static final String PERMINTAAN = "permintaanPenjelasan";
  public static final String KEPUTUSAN = "keputusanKeberatan";

  public static final Map<String, IsianFormulir> ISIAN = Map.of(
      TUGAS_PUTUSKAN, IsianFormulir.untuk(TUGAS_PUTUSKAN,
          Isian.teks(TINDAKAN), Isian.ya(MINTA_ASN), Isian.ya(MINTA_PENILAI), Isian.teks(PERTANYAAN),
          Isian.teks(RATING_HASIL), Isian.teks(ALASAN_HASIL), Isian.teks(RATING_PERILAKU),
          Isian.teks(ALASAN_PERILAKU)),
      TUGAS_PENJELASAN_ASN, IsianFormulir.untuk(TUGAS_PENJELASAN_ASN, Isian.teks(PENJELASAN_ASN)),
      TUGAS_PENJELASAN_PENILAI, IsianFormulir.untuk(TUGAS_PENJELASAN_PENILAI, Isian.teks(PENJELASAN_PENILAI)),
      TUGAS_BACA, IsianFormulir.untuk(TUGAS_BACA, Isian.ya(DIBACA)));

  private static final Pattern POLA = Pattern.compile("KB-(\\d{4})-([^-\\s]+)");

  public record Kunci(int tahun, String nip) {}

  public static String businessKey(int tahun, String nip) {
    return "KB-" + tahun + "-" + nip;
  }

  public static Kunci urai(String businessKey) {
    Matcher m = businessKey == null ? null : POLA.matcher(businessKey);
    if (m == null || !m.matches()) {
      throw new IsianTidakValidException("Business key proses keberatan-penilaian harus KB-<tahun>-<nip>, bukan '"
          + businessKey + "'");
    }
    return new Kunci(Integer.parseInt(m.group(1)), m.group(2));
  }

  private final KeberatanService service;

  public KeberatanPenilaianProses(KeberatanService service) {
    this.service = service;
  }

  @Override
  public String kunciProses() {
    return KUNCI;
  }

  @Override
  public Map<String, IsianFormulir> isianTugas() {
    return ISIAN;
  }

  public Keberatan keberatan(DelegateExecution execution) {
    Kunci k = urai(execution.getProcessBusinessKey());
    return service.ambil(k.nip(), k.tahun());
  }

  public Long keberatanId(DelegateExecution execution) {
    return keberatan(execution).getId();
  }

  /** The ASN who filed (assignee of beri-penjelasan-asn and baca-keputusan-keberatan). */
  public String nip(DelegateExecution execution) {
    return urai(execution.getProcessBusinessKey()).nip();
  }

  private Optional<String> pemutusHariIni(Keberatan k) {
    return service.pemutus(k, LocalDate.now(Waktu.WIB));
  }

  /**
   * Assignee of putuskan-keberatan: the decider from the register today; nobody (candidates
   * instead) once the deadline passed or when only BKPSDM can decide.
   */
  public String pemutus(DelegateExecution execution) {
    Keberatan k = keberatan(execution);
    return service.dieskalasi(k) ? null : pemutusHariIni(k).orElse(null);
  }

  /** Candidate users of putuskan-keberatan: after escalation the decider stays a candidate. */
  public List<String> kandidatPemutus(DelegateExecution execution) {
    Keberatan k = keberatan(execution);
    return service.dieskalasi(k) ? pemutusHariIni(k).map(List::of).orElse(List.of()) : List.of();
  }

  /** Candidate groups of putuskan-keberatan: bkpsdm after escalation, or when nobody else may decide. */
  public List<String> grupPemutus(DelegateExecution execution) {
    Keberatan k = keberatan(execution);
    return service.dieskalasi(k) || pemutusHariIni(k).isEmpty() ? List.of(GrupPengguna.BKPSDM.id()) : List.of();
  }

  /** Due date of putuskan-keberatan and the time of the escalation timer. */
  public String batasKeputusan(DelegateExecution execution) {
    return Waktu.iso(keberatan(execution).getBatasKeputusan());
  }

  /** True when the decider asked {@code pihak} (ASN or PEJABAT_PENILAI) and the answer is still open. */
  public boolean mintaPenjelasan(DelegateExecution execution, String pihak) {
    return service.penjelasanTerbuka(keberatanId(execution), PihakPenjelasan.valueOf(pihak)).isPresent();
  }

  private PenjelasanKeberatan permintaan(DelegateExecution execution, String pihak) {
    return service.penjelasanTerbuka(keberatanId(execution), PihakPenjelasan.valueOf(pihak)).orElseThrow(() ->
        new IllegalStateException("Tidak ada permintaan penjelasan " + pihak + " yang terbuka"));
  }

  /** Assignee of a beri-penjelasan task: whom the request names (the ASN, or the pejabat penilai who rated). */
  public String penjelas(DelegateExecution execution, String pihak) {
    return permintaan(execution, pihak).getDimintaKepada();
  }

  public String batasPenjelasan(DelegateExecution execution, String pihak) {
    return Waktu.iso(permintaan(execution, pihak).getBatas());
  }

  /** Whether the decision changed a rating (then the predikat is recomputed through the DMN). */
  public boolean ratingDiubah(DelegateExecution execution) {
    return keberatan(execution).ratingDiubah();
  }
}
