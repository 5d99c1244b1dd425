package id.go.langsakota.kinerja.penilaian;

import id.go.langsakota.kinerja.organisasi.OrganisasiExpressions;
import id.go.langsakota.kinerja.proses.Isian;
import id.go.langsakota.kinerja.proses.IsianFormulir;
import id.go.langsakota.kinerja.proses.PengikatanProses;
import id.go.langsakota.kinerja.skp.NilaiBerakhlak;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The binding of process {@code penilaian-periodik}: key, task ids, the business key
 * {@code PP-<tahun>-<nip>-<periodeKe>} and the fields each form may send. Bean
 * {@code penilaianPeriodik} answers the BPMN assignee expressions and gives listeners and
 * delegates the period's row, all from the business key (set by skp-pegawai's call activity, not
 * changeable by any task completer) and the tables.
 */
@Component("penilaianPeriodik")
public class PenilaianPeriodikProses implements PengikatanProses {

  public static final String KUNCI = "penilaian-periodik";
  public static final String TUGAS_LAPOR = "laporkan-realisasi";
  public static final String TUGAS_NILAI = "nilai-kinerja-periodik";

  public static final String REALISASI = "realisasi";
  public static final String CATATAN_MANDIRI = "catatanMandiri";
  public static final String UMPAN_BALIK = "umpanBalik";
  public static final String RATING_HASIL = "ratingHasilKerja";
  public static final String RATING_PERILAKU = "ratingPerilaku";
  public static final String ALASAN_HASIL = "alasanRatingHasilKerja";
  public static final String ALASAN_PERILAKU = "alasanRatingPerilaku";
  public static final String AWALAN_PERILAKU = "perilaku_";

  public static final Map<String, IsianFormulir> ISIAN = Map.of(
      TUGAS_LAPOR, IsianFormulir.untuk(TUGAS_LAPOR,
          Isian.json(REALISASI, "indikatorId", "realisasi", "tautanBukti", "buktiDukungId", "keterangan"),
          Isian.teks(CATATAN_MANDIRI),
          // what the embedded form fetched to show; Tasklist sends it back, the server ignores it
          Isian.json("daftarIndikator").sebagaiTampilan(), Isian.teks("labelPeriode").sebagaiTampilan(),
          Isian.json("hasilPeriode").sebagaiTampilan(),
          Isian.json(TampilanTugasPenilaianService.DOKUMEN_TUGAS).sebagaiTampilan()),
      TUGAS_NILAI, IsianFormulir.untuk(TUGAS_NILAI, isianNilai()));

  private static List<Isian> isianNilai() {
    List<Isian> daftar = new ArrayList<>(List.of(
        Isian.json(UMPAN_BALIK, "rhkId", "rhk", "isi"),
        Isian.teks(RATING_HASIL), Isian.teks(ALASAN_HASIL),
        Isian.teks(RATING_PERILAKU), Isian.teks(ALASAN_PERILAKU)));
    for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
      daftar.add(Isian.teks(AWALAN_PERILAKU + n.name()));
    }
    return daftar;
  }

  private static final Pattern POLA = Pattern.compile("PP-(\\d{4})-([^-\\s]+)-(\\d{1,2})");

  public record Kunci(int tahun, String nip, int periodeKe) {}

  public static String businessKey(int tahun, String nip, int periodeKe) {
    return "PP-" + tahun + "-" + nip + "-" + periodeKe;
  }

  public static Kunci urai(String businessKey) {
    Matcher m = businessKey == null ? null : POLA.matcher(businessKey);
    if (m == null || !m.matches()) {
      throw new IsianTidakValidException("Business key proses penilaian-periodik harus "
          + "PP-<tahun>-<nip>-<periodeKe>, bukan '" + businessKey + "'");
    }
    return new Kunci(Integer.parseInt(m.group(1)), m.group(2), Integer.parseInt(m.group(3)));
  }

  private final SkpRepository skpRepository;
  private final PenilaianPeriodikRepository penilaianRepository;
  private final OrganisasiExpressions organisasi;

  public PenilaianPeriodikProses(SkpRepository skpRepository,
      PenilaianPeriodikRepository penilaianRepository, OrganisasiExpressions organisasi) {
    this.skpRepository = skpRepository;
    this.penilaianRepository = penilaianRepository;
    this.organisasi = organisasi;
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

  /** The ASN whose period this is (assignee of laporkan-realisasi). */
  public String nip(DelegateExecution execution) {
    return kunci(execution).nip();
  }

  /** The ASN's pejabat penilai today (assignee of nilai-kinerja-periodik). */
  public String pejabatPenilai(DelegateExecution execution) {
    return organisasi.pejabatPenilai(nip(execution));
  }

  /** The ASN's SKP of the business key's year. */
  public Skp skp(DelegateExecution execution) {
    Kunci k = kunci(execution);
    return skpRepository.findByNipAndTahunSekaliPerTransaksi(k.nip(), k.tahun()).orElseThrow(() ->
        new IllegalStateException("SKP " + k.tahun() + " untuk NIP " + k.nip() + " tidak ada"));
  }

  /** The period's row (created by "Siapkan penilaian periode"). */
  public PenilaianPeriodik penilaian(DelegateExecution execution) {
    Kunci k = kunci(execution);
    return penilaianRepository.findBySkpIdAndPeriodeKeSekaliPerTransaksi(skp(execution).getId(), k.periodeKe())
        .orElseThrow(() -> new IllegalStateException("Penilaian periode " + execution.getProcessBusinessKey()
            + " belum disiapkan"));
  }

  public long penilaianId(DelegateExecution execution) {
    return penilaian(execution).getId();
  }

  /** The open rating task of this period, or null (for reminders and escalation). */
  public org.camunda.bpm.engine.task.Task tugasNilai(DelegateExecution execution) {
    return execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(TUGAS_NILAI).singleResult();
  }
}
