package id.go.langsakota.kinerja.pengembangan;

import id.go.langsakota.kinerja.identitas.GrupPengguna;
import id.go.langsakota.kinerja.proses.Isian;
import id.go.langsakota.kinerja.proses.IsianFormulir;
import id.go.langsakota.kinerja.proses.PengikatanProses;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The binding of process {@code pengembangan-kompetensi} (bean {@code pengembanganKompetensi}):
 * key, task ids, business key {@code PK-<kebutuhanId>}, the declared fields per task and of the
 * start form, and the expressions that steer the process. Everything steering (the ASN, who
 * assigns, the deadline, verified or not) is read from the kebutuhan_pelatihan row by the
 * business key, never from a variable a caller could write.
 */
@Component("pengembanganKompetensi")
public class PengembanganKompetensiProses implements PengikatanProses {

  public static final String KUNCI = "pengembangan-kompetensi";
  public static final String FORMULIR_MULAI = "pengembangan-kompetensi-mulai";
  public static final String TUGAS_TETAPKAN = "tetapkan-pelatihan";
  public static final String TUGAS_LAPORKAN = "laporkan-pelatihan";
  public static final String TUGAS_VERIFIKASI = "verifikasi-pelatihan";

  /** Start form. */
  public static final String NIP = "nipAsn";
  public static final String KESENJANGAN = "kesenjangan";
  public static final String NILAI_BERAKHLAK = "nilaiBerakhlak";
  public static final String JENIS_DIMINTA = "jenisDiminta";
  /** tetapkan-pelatihan. */
  public static final String KATALOG_ID = "katalogId";
  public static final String TANGGAL_MULAI = "tanggalMulai";
  public static final String TANGGAL_SELESAI = "tanggalSelesai";
  public static final String CATATAN_PENETAPAN = "catatanPenetapan";
  /** laporkan-pelatihan. */
  public static final String SERTIFIKAT = "sertifikatBuktiId";
  /** verifikasi-pelatihan. */
  public static final String TINDAKAN = "tindakan";
  public static final String CATATAN_VERIFIKASI = "catatanVerifikasi";
  /** The confirmation checkbox of every task form (must be true). */
  public static final String KONFIRMASI = "konfirmasi";
  /** Shown by the forms (text views and select options), never read back. */
  public static final String RINGKASAN = "ringkasanPelatihan";
  public static final String OPSI_PELATIHAN = "opsiPelatihan";

  public static final IsianFormulir ISIAN_MULAI = IsianFormulir.untuk(FORMULIR_MULAI,
      Isian.teks(NIP), Isian.teks(KESENJANGAN), Isian.teks(NILAI_BERAKHLAK), Isian.teks(JENIS_DIMINTA));

  public static final Map<String, IsianFormulir> ISIAN = Map.of(
      TUGAS_TETAPKAN, IsianFormulir.untuk(TUGAS_TETAPKAN, Isian.teks(KATALOG_ID), Isian.tanggal(TANGGAL_MULAI),
          Isian.tanggal(TANGGAL_SELESAI), Isian.teks(CATATAN_PENETAPAN), Isian.ya(KONFIRMASI)),
      TUGAS_LAPORKAN, IsianFormulir.untuk(TUGAS_LAPORKAN, Isian.bilangan(SERTIFIKAT), Isian.ya(KONFIRMASI),
          // the embedded form fetches the summary to show it; the forms SDK sends it back unchanged
          Isian.teks(RINGKASAN).sebagaiTampilan()),
      TUGAS_VERIFIKASI, IsianFormulir.untuk(TUGAS_VERIFIKASI, Isian.teks(TINDAKAN), Isian.teks(CATATAN_VERIFIKASI),
          Isian.ya(KONFIRMASI)));

  /** Every completion confirms (the form's checkbox); the REST caller sends konfirmasi=true. */
  public static void periksaKonfirmasi(org.camunda.bpm.engine.delegate.DelegateTask task) {
    if (!id.go.langsakota.kinerja.proses.BacaIsian.ya(task, KONFIRMASI)) {
      throw new IsianTidakValidException("Centang konfirmasi (konfirmasi = true) sebelum menyelesaikan tugas ini");
    }
    // the variable lands on the process scope: removed, or the next task would inherit the tick
    task.getExecution().removeVariable(KONFIRMASI);
  }

  private static final Pattern POLA = Pattern.compile("PK-(\\d{1,18})");

  public static String businessKey(Long kebutuhanId) {
    return "PK-" + kebutuhanId;
  }

  public static long urai(String businessKey) {
    Matcher m = businessKey == null ? null : POLA.matcher(businessKey);
    if (m == null || !m.matches()) {
      throw new IsianTidakValidException("Business key proses pengembangan-kompetensi harus PK-<id>, bukan '"
          + businessKey + "'");
    }
    return Long.parseLong(m.group(1));
  }

  private final KebutuhanPelatihanService service;

  public PengembanganKompetensiProses(KebutuhanPelatihanService service) {
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

  public long kebutuhanId(DelegateExecution execution) {
    return urai(execution.getProcessBusinessKey());
  }

  public KebutuhanPelatihan kebutuhan(DelegateExecution execution) {
    return service.ambil(kebutuhanId(execution));
  }

  /** The ASN (assignee of laporkan-pelatihan). */
  public String nip(DelegateExecution execution) {
    return kebutuhan(execution).getNip();
  }

  /** Assignee of tetapkan-pelatihan: the pejabat penilai for coaching/mentoring, else nobody (BKPSDM group). */
  public String penetap(DelegateExecution execution) {
    return kebutuhan(execution).getPenetapNip();
  }

  public List<String> grupPenetap(DelegateExecution execution) {
    return kebutuhan(execution).getPenetapNip() == null ? List.of(GrupPengguna.BKPSDM.id()) : List.of();
  }

  public String batasLapor(DelegateExecution execution) {
    return service.batasLaporIso(kebutuhanId(execution));
  }

  public String waktuPengingat(DelegateExecution execution) {
    return service.waktuPengingatIso(kebutuhanId(execution));
  }

  public boolean terverifikasi(DelegateExecution execution) {
    return kebutuhan(execution).getStatus() == StatusKebutuhanPelatihan.SELESAI;
  }
}
