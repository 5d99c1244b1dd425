package id.go.langsakota.kinerja.pengembangan;

import id.go.langsakota.kinerja.kompetensi.JenisPelatihan;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.skp.NilaiBerakhlak;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a training need and starts its process instance (business key PK-&lt;id&gt;) in the
 * caller's transaction. The automatic triggers call {@link #predikatFinal} (after kalibrasi and
 * after an appeal changed the predikat) and {@link #nilaiBerakhlak}; the ASN's request and the
 * yearly JP check call {@link #mulai}.
 */
@Service
@Transactional
public class PemicuPengembanganService {

  private static final Logger LOG = LoggerFactory.getLogger(PemicuPengembanganService.class);
  public static final String SISTEM = "sistem";

  /** Periods in a year a value must be Di Bawah Ekspektasi before it starts a training need. */
  public static final int PERIODE_BERAKHLAK = 2;

  private final KebutuhanPelatihanService service;
  private final RuntimeService runtime;
  private final SkpRepository skpRepository;
  private final KebutuhanPelatihanRepository repository;

  public PemicuPengembanganService(KebutuhanPelatihanService service, RuntimeService runtime,
      SkpRepository skpRepository, KebutuhanPelatihanRepository repository) {
    this.service = service;
    this.runtime = runtime;
    this.skpRepository = skpRepository;
    this.repository = repository;
  }

  /**
   * After a periodic rating is stored: the first BerAKHLAK value (in the order of the values)
   * rated Di Bawah Ekspektasi in {@value #PERIODE_BERAKHLAK} or more periods of the year opens a
   * training need that builds that value (at most once per ASN per year).
   */
  public Optional<KebutuhanPelatihan> periodeDinilai(String nip, int tahun) {
    java.util.Map<NilaiBerakhlak, Long> jumlah = new java.util.EnumMap<>(NilaiBerakhlak.class);
    for (Object[] r : repository.nilaiDiBawahEkspektasi(nip, tahun)) {
      jumlah.put((NilaiBerakhlak) r[0], ((Number) r[1]).longValue());
    }
    for (var e : jumlah.entrySet()) {
      if (e.getValue() >= PERIODE_BERAKHLAK) {
        return nilaiBerakhlak(nip, tahun, e.getKey(), "dalam " + e.getValue() + " periode penilaian tahun " + tahun);
      }
    }
    return Optional.empty();
  }

  /** Opens the need and starts the process; the refusals of {@link KebutuhanPelatihanService#buka} apply. */
  public KebutuhanPelatihan mulai(String nip, int tahun, PemicuPelatihan pemicu, String kesenjangan,
      NilaiBerakhlak nilai, JenisPelatihan jenis, Integer kekuranganJp, String oleh) {
    KebutuhanPelatihan k = service.buka(nip, tahun, pemicu, kesenjangan, nilai, jenis, kekuranganJp, oleh);
    runtime.startProcessInstanceByKey(PengembanganKompetensiProses.KUNCI, k.businessKey());
    return k;
  }

  /**
   * The training chosen in an agreed pembinaan plan (called by process pembinaan-kinerja in an
   * async job, i.e. after the plan's approval committed): opens the need linked to the pembinaan
   * and starts its process, once. A second call returns the same need and starts nothing.
   *
   * @return the need, or empty when the trigger PEMBINAAN is switched off or the ASN is inactive
   */
  public Optional<KebutuhanPelatihan> dariPembinaan(long pembinaanId, String nip, int tahun, long katalogId,
      String kesenjangan) {
    Optional<KebutuhanPelatihan> ada = service.dariPembinaan(pembinaanId);
    if (ada.isPresent()) {
      return ada;
    }
    if (lewati(nip, tahun, PemicuPelatihan.PEMBINAAN)) {
      return Optional.empty();
    }
    Optional<KebutuhanPelatihan> k = service.bukaDariPembinaan(pembinaanId, nip, tahun, katalogId, kesenjangan);
    k.ifPresent(x -> runtime.startProcessInstanceByKey(PengembanganKompetensiProses.KUNCI, x.businessKey()));
    return k;
  }

  /** The need a pembinaan plan opened, if any. */
  @Transactional(readOnly = true)
  public Optional<KebutuhanPelatihan> kebutuhanDariPembinaan(long pembinaanId) {
    return service.dariPembinaan(pembinaanId);
  }

  /** True (and logged) when an automatic trigger must not open a need for this ASN now. */
  public boolean lewati(String nip, int tahun, PemicuPelatihan pemicu) {
    String tolak = service.alasanTolak(nip, tahun, pemicu);
    if (tolak != null) {
      LOG.info("Pengembangan kompetensi {} {} {} tidak dimulai: {}", pemicu, nip, tahun, tolak);
      return true;
    }
    // BerAKHLAK: at most once per ASN per year, like the predikat
    return pemicu == PemicuPelatihan.BERAKHLAK && service.pernahDibuka(nip, tahun, pemicu);
  }

  public static boolean perluPembinaan(Predikat p) {
    return p == Predikat.BUTUH_PERBAIKAN || p == Predikat.KURANG || p == Predikat.SANGAT_KURANG;
  }

  /**
   * A final annual predikat: Butuh Perbaikan or worse starts a training need once per ASN per
   * year, when the trigger is on. The gap follows the annual ratings: low hasil kerja → time
   * management and work priorities; low perilaku → the core values and service.
   *
   * @return the need, or empty when nothing was started (not needed, switched off, already started)
   */
  public Optional<KebutuhanPelatihan> predikatFinal(String nip, int tahun, Predikat predikat) {
    if (!perluPembinaan(predikat) || lewati(nip, tahun, PemicuPelatihan.PREDIKAT)) {
      return Optional.empty();
    }
    Skp skp = skpRepository.findByNipAndTahun(nip, tahun).orElse(null);
    StringBuilder gap = new StringBuilder("Predikat kinerja tahunan " + tahun + " " + predikat.label() + ".");
    boolean hasilRendah = skp == null || skp.getRatingHasilKerjaTahunan() == null
        || skp.getRatingHasilKerjaTahunan() == Rating.DI_BAWAH_EKSPEKTASI;
    boolean perilakuRendah = skp != null && skp.getRatingPerilakuTahunan() == Rating.DI_BAWAH_EKSPEKTASI;
    if (hasilRendah) {
      gap.append(" Hasil kerja: manajemen waktu, prioritas, produktivitas.");
    }
    if (perilakuRendah) {
      gap.append(" Perilaku kerja: core values BerAKHLAK, pelayanan publik.");
    }
    return Optional.of(mulai(nip, tahun, PemicuPelatihan.PREDIKAT, gap.toString(), null, null, null, SISTEM));
  }

  /** A BerAKHLAK value rated Di Bawah Ekspektasi (annual, or in a second period of the year). */
  public Optional<KebutuhanPelatihan> nilaiBerakhlak(String nip, int tahun, NilaiBerakhlak nilai, String sebab) {
    if (lewati(nip, tahun, PemicuPelatihan.BERAKHLAK)) {
      return Optional.empty();
    }
    return Optional.of(mulai(nip, tahun, PemicuPelatihan.BERAKHLAK, "Nilai BerAKHLAK " + nilai.label()
        + " Di Bawah Ekspektasi (" + sebab + ")", nilai, null, null, SISTEM));
  }
}
