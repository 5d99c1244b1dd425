package id.go.langsakota.kinerja.pengembangan;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.kompetensi.LaporanJp;
import id.go.langsakota.kinerja.kompetensi.LaporanJpService;
import id.go.langsakota.kinerja.pengaturan.KunciPengaturan;
import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly JP check (bean {@code pemeriksaanJp}, process {@code pemeriksaan-jp-tahunan},
 * business key {@code JP-<tahun>}): once a year, on or after TANGGAL_PEMERIKSAAN_JP, every ASN
 * below JP_MINIMAL_TAHUNAN gets a pengembangan-kompetensi (trigger JP_KURANG). A daily Spring job
 * starts the year's check once; BKPSDM may start it early over /api. The first step cuts the
 * sorted NIPs into parts of UKURAN_CHUNK_PEMERIKSAAN_JP and keeps only each part's first NIP; each
 * part is its own job (multi-instance, async per instance) that re-reads the JP and starts the
 * processes of its NIP range: never one huge transaction, and a retried part starts nobody twice.
 */
@Component("pemeriksaanJp")
public class PemeriksaanJpTahunan {

  private static final Logger LOG = LoggerFactory.getLogger(PemeriksaanJpTahunan.class);
  public static final String KUNCI = "pemeriksaan-jp-tahunan";
  public static final String AWAL_BAGIAN = "awalBagian";
  private static final Pattern POLA = Pattern.compile("JP-(\\d{4})");

  private final LaporanJpService laporan;
  private final PemicuPengembanganService pemicu;
  private final KebutuhanPelatihanService service;
  private final PengaturanService pengaturan;
  private final RuntimeService runtime;
  private final HistoryService history;

  public PemeriksaanJpTahunan(LaporanJpService laporan, PemicuPengembanganService pemicu,
      KebutuhanPelatihanService service, PengaturanService pengaturan, RuntimeService runtime, HistoryService history) {
    this.laporan = laporan;
    this.pemicu = pemicu;
    this.service = service;
    this.pengaturan = pengaturan;
    this.runtime = runtime;
    this.history = history;
  }

  public static String businessKey(int tahun) {
    return "JP-" + tahun;
  }

  static int tahun(DelegateExecution execution) {
    Matcher m = POLA.matcher(String.valueOf(execution.getProcessBusinessKey()));
    if (!m.matches()) {
      throw new IsianTidakValidException("Business key pemeriksaan-jp-tahunan harus JP-<tahun>");
    }
    return Integer.parseInt(m.group(1));
  }

  /** Every day at 01:00 WIB: starts this year's check once the configured day has come. */
  @Scheduled(cron = "${kinerja.pengembangan.cron-pemeriksaan-jp:0 0 1 * * *}", zone = "Asia/Jakarta")
  public void harian() {
    LocalDate hariIni = Waktu.hariIni();
    if (!hariIni.isBefore(pengaturan.tanggalTahunan(KunciPengaturan.TANGGAL_PEMERIKSAAN_JP).atYear(hariIni.getYear()))) {
      mulai(hariIni.getYear()).ifPresent(pi -> LOG.info("Pemeriksaan JP tahunan {} dimulai", hariIni.getYear()));
    }
  }

  /** Starts the check of {@code tahun} unless it ran already or the trigger is off; empty then. */
  @Transactional
  public Optional<ProcessInstance> mulai(int tahun) {
    if (!service.pemicuAktif(PemicuPelatihan.JP_KURANG)
        || history.createHistoricProcessInstanceQuery().processDefinitionKey(KUNCI)
            .processInstanceBusinessKey(businessKey(tahun)).count() > 0) {
      return Optional.empty();
    }
    return Optional.of(runtime.startProcessInstanceByKey(KUNCI, businessKey(tahun)));
  }

  private List<LaporanJp.Pegawai> kurang(int tahun) {
    List<LaporanJp.Pegawai> hasil = new ArrayList<>();
    laporan.laporan(tahun, null, null, true).opd().forEach(o -> hasil.addAll(o.pegawai()));
    hasil.sort(java.util.Comparator.comparing(LaporanJp.Pegawai::nip));
    return hasil;
  }

  /** First step: the first NIP of each part, kept as one text variable (NIPs have no comma). */
  public String bagi(DelegateExecution execution) {
    int ukuran = pengaturan.bilangan(KunciPengaturan.UKURAN_CHUNK_PEMERIKSAAN_JP);
    List<LaporanJp.Pegawai> semua = kurang(tahun(execution));
    List<String> awal = new ArrayList<>();
    for (int i = 0; i < semua.size(); i += ukuran) {
      awal.add(semua.get(i).nip());
    }
    LOG.info("Pemeriksaan JP {}: {} ASN di bawah JP minimal, {} bagian", tahun(execution), semua.size(), awal.size());
    return String.join(",", awal);
  }

  /** The multi-instance collection: the parts' first NIPs. */
  public List<String> daftarAwal(DelegateExecution execution) {
    String v = (String) execution.getVariable(AWAL_BAGIAN);
    return v == null || v.isEmpty() ? List.of() : List.of(v.split(","));
  }

  /**
   * One part: the ASN still below the minimum whose NIP is in [awal, next part's awal) get a
   * training need, unless one is open or the ASN is not active. @return how many were started
   */
  public int mulaiBagian(DelegateExecution execution, String awal) {
    int tahun = tahun(execution);
    List<String> semuaAwal = daftarAwal(execution);
    int ke = semuaAwal.indexOf(awal);
    String sampai = ke + 1 < semuaAwal.size() ? semuaAwal.get(ke + 1) : null;
    int minimal = service.jpMinimal();
    int dimulai = 0;
    for (LaporanJp.Pegawai p : kurang(tahun)) {
      if (p.nip().compareTo(awal) < 0 || sampai != null && p.nip().compareTo(sampai) >= 0) {
        continue;
      }
      if (pemicu.lewati(p.nip(), tahun, PemicuPelatihan.JP_KURANG)) {
        continue;
      }
      pemicu.mulai(p.nip(), tahun, PemicuPelatihan.JP_KURANG, "JP terverifikasi tahun " + tahun + " baru "
          + p.jpTerverifikasi() + " dari minimal " + minimal + " JP", null, null, p.kekurangan(), PemicuPengembanganService.SISTEM);
      dimulai++;
    }
    return dimulai;
  }
}
