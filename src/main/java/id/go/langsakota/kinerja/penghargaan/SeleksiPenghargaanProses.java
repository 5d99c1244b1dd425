package id.go.langsakota.kinerja.penghargaan;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.organisasi.Pejabat;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import id.go.langsakota.kinerja.proses.Isian;
import id.go.langsakota.kinerja.proses.IsianFormulir;
import id.go.langsakota.kinerja.proses.PengikatanProses;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The binding of process {@code seleksi-penghargaan}: the awards of one year, business key
 * {@code PH-<tahun>}. Bean {@code seleksiPenghargaan} answers the BPMN expressions (OPDs to ask,
 * heads, team members, the Wali Kota, deadlines, the decision) from the business key and the
 * tables, never from a variable a caller could write.
 */
@Component("seleksiPenghargaan")
public class SeleksiPenghargaanProses implements PengikatanProses {

  public static final String KUNCI = "seleksi-penghargaan";
  public static final String FORMULIR_MULAI = "seleksi-penghargaan-mulai";
  public static final String TUGAS_NOMINASI = "nominasikan-penghargaan";
  public static final String TUGAS_NILAI_TIM = "nilai-penghargaan-tim";
  public static final String TUGAS_SETUJUI = "setujui-penghargaan";

  public static final String TAHUN = "tahun";
  public static final String NOMINASI_MANAJERIAL = "nominasiManajerial";
  public static final String ALASAN_MANAJERIAL = "alasanManajerial";
  public static final String NOMINASI_NON_MANAJERIAL = "nominasiNonManajerial";
  public static final String ALASAN_NON_MANAJERIAL = "alasanNonManajerial";
  public static final String TANPA_NOMINASI = "tanpaNominasi";
  public static final String NILAI = "nilai";
  public static final String KEPUTUSAN = "keputusan";
  public static final String CATATAN = "catatan";
  public static final String NOMOR_KEPUTUSAN = "nomorKeputusan";
  /** Texts the forms show (text views, send nothing back); set by the server on create. */
  public static final String DAFTAR_LAYAK = "daftarLayak";
  public static final String DAFTAR_PENDEK = "daftarPendek";
  /** The options of the TPK form's NIP select (valuesKey): the shortlist, set on create, never read back. */
  public static final String OPSI_DAFTAR_PENDEK = "opsiDaftarPendek";
  /** The options of the nomination form's NIP selects (valuesKey), per category; set on create, never read back. */
  public static final String OPSI_MANAJERIAL = "opsiNominasiManajerial";
  public static final String OPSI_NON_MANAJERIAL = "opsiNominasiNonManajerial";
  /** Engine-set multi-instance element variables. */
  public static final String KODE_OPD = "kodeOpd";
  public static final String ANGGOTA_TIM = "anggotaTim";

  public static final IsianFormulir ISIAN_MULAI = IsianFormulir.untuk(FORMULIR_MULAI, Isian.bilangan(TAHUN));

  public static final Map<String, IsianFormulir> ISIAN = Map.of(
      TUGAS_NOMINASI, IsianFormulir.untuk(TUGAS_NOMINASI, Isian.teks(NOMINASI_MANAJERIAL), Isian.teks(ALASAN_MANAJERIAL),
          Isian.teks(NOMINASI_NON_MANAJERIAL), Isian.teks(ALASAN_NON_MANAJERIAL), Isian.ya(TANPA_NOMINASI)),
      TUGAS_NILAI_TIM, IsianFormulir.untuk(TUGAS_NILAI_TIM, Isian.json(NILAI, "nip", "nilai", "catatan")),
      TUGAS_SETUJUI, IsianFormulir.untuk(TUGAS_SETUJUI, Isian.teks(KEPUTUSAN), Isian.teks(CATATAN),
          Isian.teks(NOMOR_KEPUTUSAN)));

  private static final Pattern POLA = Pattern.compile("PH-(\\d{4})");

  public static String businessKey(int tahun) {
    return "PH-" + tahun;
  }

  public static int urai(String businessKey) {
    Matcher m = businessKey == null ? null : POLA.matcher(businessKey);
    if (m == null || !m.matches()) {
      throw new IsianTidakValidException("Business key proses seleksi-penghargaan harus PH-<tahun>, bukan '"
          + businessKey + "'");
    }
    return Integer.parseInt(m.group(1));
  }

  private final PenghargaanService service;
  private final RegisterOrganisasiService register;

  public SeleksiPenghargaanProses(PenghargaanService service, RegisterOrganisasiService register) {
    this.service = service;
    this.register = register;
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

  public int tahun(DelegateExecution execution) {
    return urai(execution.getProcessBusinessKey());
  }

  /** OPDs with at least one eligible ASN (multi-instance collection of the nomination task). */
  public List<String> daftarOpd(DelegateExecution execution) {
    return service.opdDenganCalon(tahun(execution));
  }

  /** Head of the OPD of this nomination instance today (Plt, or next level up when vacant); null → bkpsdm claims. */
  public String kepalaOpd(VariableScope scope) {
    Object kode = scope.getVariable(KODE_OPD);
    return kode == null ? null
        : register.kepalaOpdDari(kode.toString(), LocalDate.now(Waktu.WIB)).map(Pejabat::idPengguna).orElse(null);
  }

  /** Members of the Tim Penilai Kinerja (multi-instance collection of the team task). */
  public List<String> daftarAnggotaTim(DelegateExecution execution) {
    return service.anggotaTim();
  }

  /** The Wali Kota (PPK) user: kinerja.ppk.id-pengguna. */
  public String waliKota(DelegateExecution execution) {
    return register.ppk().idPengguna();
  }

  public boolean adaNominasi(DelegateExecution execution) {
    return service.adaNominasi(tahun(execution));
  }

  public boolean disetujui(DelegateExecution execution) {
    SeleksiPenghargaan s = service.ambil(tahun(execution));
    return s.getStatus() == SeleksiPenghargaan.Status.PERSETUJUAN && s.getDiputusOleh() != null;
  }

  /** Deadline of a stage (NOMINASI, PENILAIAN_TIM, PERSETUJUAN): escalation timer. */
  public Date batas(DelegateExecution execution, String tahap) {
    return Date.from(service.batas(tahun(execution), tahap));
  }

  /** Reminder timer: HARI_PENGINGAT days before the deadline. */
  public Date pengingat(DelegateExecution execution, String tahap) {
    return Date.from(service.pengingat(tahun(execution), tahap));
  }
}
