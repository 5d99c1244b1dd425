package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.organisasi.OrganisasiExpressions;
import id.go.langsakota.kinerja.proses.Isian;
import id.go.langsakota.kinerja.proses.IsianFormulir;
import id.go.langsakota.kinerja.proses.PengikatanProses;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The binding of process {@code skp-pegawai}: its key, task ids, the business key
 * {@code SKP-<tahun>-<nip>} and the fields each form may send. Bean {@code skpPegawai} also
 * answers the BPMN expressions that steer the process ({@code ${skpPegawai.nip(execution)}},
 * {@code ${skpPegawai.pejabatPenilai(execution)}}, {@code ${skpPegawai.skpId(execution)}}):
 * they read the business key, which no task completer can change, and the SKP table, never a
 * process variable a caller could have written.
 */
@Component("skpPegawai")
public class SkpPegawaiProses implements PengikatanProses {

  public static final String KUNCI = "skp-pegawai";
  public static final String TUGAS_SUSUN = "susun-skp";
  public static final String TUGAS_SETUJUI = "setujui-skp";
  public static final String TUGAS_NILAI_TAHUNAN = "nilai-kinerja-tahunan";
  public static final String TUGAS_TERIMA = "terima-hasil-penilaian";

  /** Form variables. */
  public static final String RHK = "rhk";
  public static final String OPSI_RHK_ATASAN = "opsiRhkAtasan";
  public static final String CATATAN_PENGEMBALIAN = "catatanPengembalian";
  public static final String RINGKASAN_SKP = "ringkasanSkp";
  /** Markdown links to the task's PDF documents (a text view: never sent back). */
  public static final String TAUTAN_DOKUMEN = "tautanDokumen";
  public static final String KEPUTUSAN = "keputusan";
  public static final String CATATAN = "catatan";
  public static final String AWALAN_EKSPEKTASI = "ekspektasi_";
  public static final String RINGKASAN_PERIODIK = "ringkasanPeriodik";
  public static final String SARAN_HASIL = "saranRatingHasilKerja";
  public static final String SARAN_PERILAKU = "saranRatingPerilaku";
  public static final String DASAR_SARAN_LABEL = "dasarSaranRatingHasilKerjaLabel";
  public static final String RATING_HASIL = "ratingHasilKerja";
  public static final String RATING_PERILAKU = "ratingPerilaku";
  public static final String ALASAN = "alasan";
  public static final String PREDIKAT = "predikat";
  public static final String TANGGAPAN = "tanggapan";
  public static final String ALASAN_KEBERATAN = "alasanKeberatan";
  public static final String BUKTI_KEBERATAN = "buktiKeberatan";
  public static final String HASIL_TAHUNAN = "hasilTahunan";
  /** The two answers of terima-hasil-penilaian. */
  public static final String TERIMA = "TERIMA";
  public static final String AJUKAN_KEBERATAN = "AJUKAN_KEBERATAN";

  /** What each user task's form may send: declared once, enforced by the REST guard. */
  public static final Map<String, IsianFormulir> ISIAN = Map.of(
      TUGAS_SUSUN, IsianFormulir.untuk(TUGAS_SUSUN,
          Isian.json(RHK, "jenis", "uraian", "rhkAtasan", "indikator"),
          Isian.teks(CATATAN_PENGEMBALIAN).sebagaiTampilan()),
      TUGAS_SETUJUI, IsianFormulir.untuk(TUGAS_SETUJUI, isianSetujui()),
      TUGAS_NILAI_TAHUNAN, IsianFormulir.untuk(TUGAS_NILAI_TAHUNAN,
          Isian.teks(RATING_HASIL), Isian.teks(RATING_PERILAKU), Isian.teks(ALASAN),
          Isian.teks(RINGKASAN_PERIODIK).sebagaiTampilan(),
          Isian.teks(SARAN_HASIL).sebagaiTampilan(),
          Isian.teks(SARAN_PERILAKU).sebagaiTampilan(),
          Isian.teks(DASAR_SARAN_LABEL).sebagaiTampilan()),
      TUGAS_TERIMA, IsianFormulir.untuk(TUGAS_TERIMA,
          // hasilTahunan is shown in a text view (Markdown), which sends nothing back
          Isian.teks(TANGGAPAN), Isian.teks(ALASAN_KEBERATAN), Isian.teks(BUKTI_KEBERATAN)));

  private static List<Isian> isianSetujui() {
    // ringkasanSkp is shown in a text view (Markdown), which sends nothing back
    List<Isian> daftar = new ArrayList<>(List.of(Isian.teks(KEPUTUSAN), Isian.teks(CATATAN)));
    for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
      daftar.add(Isian.teks(AWALAN_EKSPEKTASI + n.name()));
    }
    return daftar;
  }

  private static final Pattern POLA = Pattern.compile("SKP-(\\d{4})-([^-\\s]+)");

  /** The parts of a business key. */
  public record Kunci(int tahun, String nip) {}

  public static String businessKey(int tahun, String nip) {
    return "SKP-" + tahun + "-" + nip;
  }

  public static Kunci urai(String businessKey) {
    Matcher m = businessKey == null ? null : POLA.matcher(businessKey);
    if (m == null || !m.matches()) {
      throw new IsianTidakValidException("Business key proses skp-pegawai harus SKP-<tahun>-<nip>, bukan '"
          + businessKey + "'");
    }
    return new Kunci(Integer.parseInt(m.group(1)), m.group(2));
  }

  private final SkpRepository skpRepository;
  private final OrganisasiExpressions organisasi;

  private final SkpService skpService;

  public SkpPegawaiProses(SkpRepository skpRepository, OrganisasiExpressions organisasi,
      SkpService skpService) {
    this.skpRepository = skpRepository;
    this.organisasi = organisasi;
    this.skpService = skpService;
  }

  @Override
  public String kunciProses() {
    return KUNCI;
  }

  @Override
  public Map<String, IsianFormulir> isianTugas() {
    return ISIAN;
  }

  public Kunci kunci(DelegateExecution execution) {
    return urai(execution.getProcessBusinessKey());
  }

  /** The ASN whose SKP this is (assignee of susun-skp and terima-hasil-penilaian). */
  public String nip(DelegateExecution execution) {
    return kunci(execution).nip();
  }

  public int tahun(DelegateExecution execution) {
    return kunci(execution).tahun();
  }

  /** The pejabat penilai of the ASN today, from the register (assignee of setujui-skp and nilai-kinerja-tahunan). */
  public String pejabatPenilai(DelegateExecution execution) {
    return organisasi.pejabatPenilai(nip(execution));
  }

  public String atasanPejabatPenilai(DelegateExecution execution) {
    return organisasi.atasanPejabatPenilai(nip(execution));
  }

  /** The SKP row of this process, by the business key. */
  public Skp skp(DelegateExecution execution) {
    Kunci k = kunci(execution);
    return skpRepository.findByNipAndTahunSekaliPerTransaksi(k.nip(), k.tahun()).orElseThrow(() ->
        new IllegalStateException("SKP " + businessKey(k.tahun(), k.nip()) + " belum dibuat"));
  }

  public Long skpId(DelegateExecution execution) {
    return skp(execution).getId();
  }

  /** Business key of the penilaian-periodik call for one period of this SKP. */
  public String kunciPeriode(DelegateExecution execution, Integer periodeKe) {
    Kunci k = kunci(execution);
    return "PP-" + k.tahun() + "-" + k.nip() + "-" + periodeKe;
  }

  /**
   * Due date of terima-hasil-penilaian and the time of its window timer: the final result reaches
   * the ASN now (recorded once on the SKP), the keberatan window ends HARI_PENGAJUAN_KEBERATAN
   * days later at 23:59:59 WIB.
   */
  public String batasKeberatan(DelegateExecution execution) {
    return id.go.langsakota.kinerja.config.Waktu.iso(skpService.catatHasilDiterima(skpId(execution)));
  }

  /** Business key of the appeal of this SKP: {@code KB-<tahun>-<nip>}. */
  public String kunciKeberatan(DelegateExecution execution) {
    Kunci k = kunci(execution);
    return "KB-" + k.tahun() + "-" + k.nip();
  }
}
