package id.go.langsakota.kinerja.pemantauan;

import id.go.langsakota.kinerja.kalibrasi.KalibrasiKurvaProses;
import id.go.langsakota.kinerja.keberatan.KeberatanPenilaianProses;
import id.go.langsakota.kinerja.organisasi.OpdRepository;
import id.go.langsakota.kinerja.organisasi.PenugasanInfo;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatan;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import id.go.langsakota.kinerja.pembinaan.PembinaanKinerjaProses;
import id.go.langsakota.kinerja.pengembangan.KebutuhanPelatihan;
import id.go.langsakota.kinerja.pengembangan.KebutuhanPelatihanRepository;
import id.go.langsakota.kinerja.pengembangan.PengembanganKompetensiProses;
import id.go.langsakota.kinerja.penilaian.PenilaianPeriodikProses;
import id.go.langsakota.kinerja.skp.SkpPegawaiProses;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes an instance readable in Cockpit: when a process about one ASN leaves its start event, it writes the
 * String variable {@value #VAR_PEGAWAI} = "Nama — NIP — OPD" (for {@code kalibrasi-kurva}:
 * {@value #VAR_OPD} = the OPD's name), taken from the register through the business key.
 *
 * <p>Display only: nothing reads these variables to steer a process (rule 1 of
 * docs/arsitektur.md), they may be stale after a transfer, and a lookup that fails never stops the
 * start (the NIP alone is written then). Attached to the processes by {@link PemasangNamaInstans}
 * without touching the BPMN files; shown in Cockpit's instance lists by
 * cockpit/scripts/kinerja/nama-instans.js (docs/cockpit.md).
 */
@Component("namaInstansProses")
public class NamaInstansProses implements ExecutionListener {

  public static final String VAR_PEGAWAI = "pegawai";
  public static final String VAR_OPD = "opd";

  /** Processes about one ASN whose business key carries the NIP, and the ones labelled at all. */
  static final Set<String> PROSES_NIP = Set.of(SkpPegawaiProses.KUNCI, PenilaianPeriodikProses.KUNCI,
      KeberatanPenilaianProses.KUNCI, PembinaanKinerjaProses.KUNCI);
  static final Set<String> PROSES = Set.of(SkpPegawaiProses.KUNCI, PenilaianPeriodikProses.KUNCI,
      KeberatanPenilaianProses.KUNCI, PembinaanKinerjaProses.KUNCI, PengembanganKompetensiProses.KUNCI,
      KalibrasiKurvaProses.KUNCI);

  private static final Logger LOG = LoggerFactory.getLogger(NamaInstansProses.class);

  private final RegisterOrganisasiService register;
  private final OpdRepository opdRepository;
  private final KebutuhanPelatihanRepository kebutuhanRepository;

  public NamaInstansProses(RegisterOrganisasiService register, OpdRepository opdRepository,
      KebutuhanPelatihanRepository kebutuhanRepository) {
    this.register = register;
    this.opdRepository = opdRepository;
    this.kebutuhanRepository = kebutuhanRepository;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String kunciProses = kunciProses(execution.getProcessDefinitionId());
    String businessKey = execution.getProcessBusinessKey();
    try {
      if (KalibrasiKurvaProses.KUNCI.equals(kunciProses)) {
        String kodeOpd = KalibrasiKurvaProses.urai(businessKey).kodeOpd();
        execution.setVariable(VAR_OPD, opdRepository.findByKode(kodeOpd)
            .map(o -> o.getNama() + " — " + kodeOpd).orElse(kodeOpd));
        return;
      }
      String nip = nip(kunciProses, businessKey);
      if (nip != null) {
        execution.setVariable(VAR_PEGAWAI, label(nip));
      }
    } catch (RuntimeException e) {
      // a display label must never stop a process; the business key still names the instance
      LOG.warn("Nama instans {} ({}) tidak dapat disusun: {}", businessKey, kunciProses, e.getMessage());
    }
  }

  /** "Nama — NIP — OPD" as the register reads today; the NIP alone when the register lacks it. */
  public String label(String nip) {
    LocalDate hari = LocalDate.now();
    Optional<PenugasanJabatan> jabatan = register.jabatanDefinitif(nip, hari);
    if (jabatan.isPresent()) {
      return gabung(jabatan.get().getPegawai().getNamaLengkap(), nip,
          jabatan.get().getJabatan().getOpd().getNama());
    }
    return register.profilPegawai(nip, hari).map(p -> {
      List<PenugasanInfo> riwayat = p.riwayatJabatan();
      String opd = riwayat.isEmpty() ? null : riwayat.get(riwayat.size() - 1).namaOpd();
      return gabung(p.namaLengkap() != null ? p.namaLengkap() : p.nama(), nip, opd);
    }).orElse(nip);
  }

  static String gabung(String nama, String nip, String opd) {
    StringBuilder s = new StringBuilder(nama == null || nama.isBlank() ? "" : nama + " — ").append(nip);
    if (opd != null && !opd.isBlank()) {
      s.append(" — ").append(opd);
    }
    return s.toString();
  }

  String nip(String kunciProses, String businessKey) {
    if (SkpPegawaiProses.KUNCI.equals(kunciProses)) {
      return SkpPegawaiProses.urai(businessKey).nip();
    }
    if (PenilaianPeriodikProses.KUNCI.equals(kunciProses)) {
      return PenilaianPeriodikProses.urai(businessKey).nip();
    }
    if (KeberatanPenilaianProses.KUNCI.equals(kunciProses)) {
      return KeberatanPenilaianProses.urai(businessKey).nip();
    }
    if (PembinaanKinerjaProses.KUNCI.equals(kunciProses)) {
      return PembinaanKinerjaProses.urai(businessKey).nip();
    }
    if (PengembanganKompetensiProses.KUNCI.equals(kunciProses)) {
      return kebutuhanRepository.findById(PengembanganKompetensiProses.urai(businessKey))
          .map(KebutuhanPelatihan::getNip).orElse(null);
    }
    return null;
  }

  /** "skp-pegawai:3:abc" → "skp-pegawai" (the definition id starts with the key). */
  static String kunciProses(String processDefinitionId) {
    if (processDefinitionId == null) {
      return null;
    }
    int titikDua = processDefinitionId.indexOf(':');
    return titikDua < 0 ? processDefinitionId : processDefinitionId.substring(0, titikDua);
  }
}
