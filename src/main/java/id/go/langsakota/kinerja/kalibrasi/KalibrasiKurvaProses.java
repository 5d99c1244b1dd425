package id.go.langsakota.kinerja.kalibrasi;

import id.go.langsakota.kinerja.organisasi.Pejabat;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
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
 * The binding of process {@code kalibrasi-kurva}: one round of one OPD's distribution check for a
 * year, business key {@code KK-<tahun>-<kodeOpd>-<ronde>}. Bean {@code kalibrasiKurva} answers
 * the BPMN expressions (the round, the head of the OPD, the chunks) from the business key and the
 * tables, never from a variable a caller could have written.
 */
@Component("kalibrasiKurva")
public class KalibrasiKurvaProses implements PengikatanProses {

  public static final String KUNCI = "kalibrasi-kurva";
  public static final String TUGAS_SESUAIKAN = "sesuaikan-rating-kurva";
  public static final String FORMULIR_MULAI = "kalibrasi-kurva-mulai";
  /** Message that skp-pegawai waits for after its annual predikat is stored. */
  public static final String PESAN_DISTRIBUSI_FINAL = "distribusi-opd-final";

  public static final String TAHUN = "tahun";
  public static final String KODE_OPD = "kodeOpd";
  public static final String PERUBAHAN = "perubahan";
  public static final String RINGKASAN_KURVA = "ringkasanKurva";
  public static final String OPSI_PEGAWAI = "opsiPegawai";
  /** Set by the engine (check delegate): SESUAI, TIDAK_SESUAI, BELUM_ADA_PREDIKAT_ORGANISASI. */
  public static final String HASIL_KURVA = "hasilKurva";

  public static final IsianFormulir ISIAN_MULAI = IsianFormulir.untuk(FORMULIR_MULAI,
      Isian.bilangan(TAHUN), Isian.teks(KODE_OPD));

  public static final Map<String, IsianFormulir> ISIAN = Map.of(
      TUGAS_SESUAIKAN, IsianFormulir.untuk(TUGAS_SESUAIKAN,
          // ringkasanKurva is shown in a text view (Markdown), which sends nothing back
          Isian.json(PERUBAHAN, "nip", "ratingHasilKerja", "ratingPerilaku", "alasan")));

  private static final Pattern POLA = Pattern.compile("KK-(\\d{4})-(.+)-(\\d+)");

  public record Kunci(int tahun, String kodeOpd, int ronde) {}

  public static String businessKey(int tahun, String kodeOpd, int ronde) {
    return "KK-" + tahun + "-" + kodeOpd + "-" + ronde;
  }

  public static Kunci urai(String businessKey) {
    Matcher m = businessKey == null ? null : POLA.matcher(businessKey);
    if (m == null || !m.matches()) {
      throw new IsianTidakValidException("Business key proses kalibrasi-kurva harus KK-<tahun>-<kodeOpd>-<ronde>, bukan '"
          + businessKey + "'");
    }
    return new Kunci(Integer.parseInt(m.group(1)), m.group(2), Integer.parseInt(m.group(3)));
  }

  private final KalibrasiKurvaRepository repository;
  private final RegisterOrganisasiService register;
  private final KalibrasiKurvaService service;

  public KalibrasiKurvaProses(KalibrasiKurvaRepository repository, RegisterOrganisasiService register,
      KalibrasiKurvaService service) {
    this.repository = repository;
    this.register = register;
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

  @Override
  public Optional<IsianFormulir> isianMulai() {
    return Optional.of(ISIAN_MULAI);
  }

  public Kunci kunci(DelegateExecution execution) {
    return urai(execution.getProcessBusinessKey());
  }

  /** The round of this process, by the business key. */
  public KalibrasiKurva kalibrasi(DelegateExecution execution) {
    Kunci k = kunci(execution);
    return repository.findByTahunAndKodeOpdAndRonde(k.tahun(), k.kodeOpd(), k.ronde()).orElseThrow(() ->
        new IllegalStateException("Kalibrasi " + execution.getProcessBusinessKey() + " tidak tercatat"));
  }

  public Long kalibrasiId(DelegateExecution execution) {
    return kalibrasi(execution).getId();
  }

  /** The chunks of the round's SKPs to tell (multi-instance collection of Task_TeruskanSkp). */
  public List<Integer> daftarKelompok(DelegateExecution execution) {
    return service.daftarChunk(kalibrasiId(execution));
  }

  /**
   * Assignee of the calibration task: the head of the OPD today (a Plt, or the next one up when
   * the position is vacant, as the register says); null when nobody is found (then group bkpsdm
   * claims it).
   */
  public String kepalaOpd(DelegateExecution execution) {
    return register.kepalaOpdDari(kunci(execution).kodeOpd(), LocalDate.now()).map(Pejabat::idPengguna).orElse(null);
  }

  /** The head of the OPD as a list (empty when none), for notices. */
  public List<String> kepalaOpdSebagaiDaftar(DelegateExecution execution) {
    String k = kepalaOpd(execution);
    return k == null ? List.of() : List.of(k);
  }
}
