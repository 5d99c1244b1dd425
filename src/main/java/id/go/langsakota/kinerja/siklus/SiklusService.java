package id.go.langsakota.kinerja.siklus;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.organisasi.Nip;
import id.go.langsakota.kinerja.organisasi.OpdRepository;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import id.go.langsakota.kinerja.pengaturan.KunciPengaturan;
import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import id.go.langsakota.kinerja.skp.JenisPeriode;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.skp.SkpService;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual cycle: checks what BKPSDM submitted, snapshots the ASN into chunks, starts one
 * skp-pegawai per ASN chunk by chunk (skipping those that already have one) and adds single
 * ASN joining mid-year. Bean name {@code siklusService} is used in BPMN expressions.
 */
@Service("siklusService")
@Transactional
public class SiklusService {

  public static final String PROSES_SKP = "skp-pegawai";

  private final SiklusKinerjaRepository siklusRepository;
  private final SiklusPegawaiRepository siklusPegawaiRepository;
  private final SkpRepository skpRepository;
  private final OpdRepository opdRepository;
  private final PegawaiRepository pegawaiRepository;
  private final RegisterOrganisasiService register;
  private final PengaturanService pengaturan;
  private final RuntimeService runtimeService;
  private final int ukuranChunk;

  public SiklusService(SiklusKinerjaRepository siklusRepository,
      SiklusPegawaiRepository siklusPegawaiRepository, SkpRepository skpRepository,
      OpdRepository opdRepository, PegawaiRepository pegawaiRepository,
      RegisterOrganisasiService register, PengaturanService pengaturan,
      RuntimeService runtimeService,
      @Value("${kinerja.siklus.ukuran-chunk:100}") int ukuranChunk) {
    this.siklusRepository = siklusRepository;
    this.siklusPegawaiRepository = siklusPegawaiRepository;
    this.skpRepository = skpRepository;
    this.opdRepository = opdRepository;
    this.pegawaiRepository = pegawaiRepository;
    this.register = register;
    this.pengaturan = pengaturan;
    this.runtimeService = runtimeService;
    this.ukuranChunk = ukuranChunk;
  }

  public record PermintaanSiklus(int tahun, boolean semuaOpd, List<String> kodeOpd,
      JenisPeriode jenisPeriode, LocalDate batasPenetapanSkp) {}

  /**
   * Checks the start form (tahun, semuaOpd, kodeOpd, jenisPeriode, batasPenetapanSkp) and
   * returns the normalised request.
   * @throws IsianTidakValidException listing every problem in Bahasa Indonesia (REST: 400 with kesalahan)
   */
  @Transactional(readOnly = true)
  public PermintaanSiklus periksa(Object tahunMasuk, Object semuaOpdMasuk, Object kodeOpdMasuk,
      Object jenisPeriodeMasuk, Object batasMasuk) {
    List<String> salah = new ArrayList<>();
    Integer tahun = null;
    try {
      tahun = tahunMasuk instanceof Number n ? Integer.valueOf(n.intValue())
          : Integer.valueOf(String.valueOf(tahunMasuk).trim());
      int sekarang = LocalDate.now(Waktu.WIB).getYear();
      if (tahun < 2020 || tahun > sekarang + 1) {
        salah.add("Tahun harus antara 2020 dan " + (sekarang + 1));
      }
    } catch (NumberFormatException e) {
      salah.add("Tahun harus berupa bilangan bulat, bukan '" + tahunMasuk + "'");
    }
    boolean semua = Boolean.TRUE.equals(semuaOpdMasuk) || "true".equals(String.valueOf(semuaOpdMasuk));
    Set<String> kode = new LinkedHashSet<>();
    if (kodeOpdMasuk instanceof List<?> l) {
      l.forEach(k -> kode.add(String.valueOf(k).trim()));
    } else if (kodeOpdMasuk != null) {
      for (String k : String.valueOf(kodeOpdMasuk).split("[,;\\s]+")) {
        if (!k.isBlank()) {
          kode.add(k.trim());
        }
      }
    }
    if (!semua && kode.isEmpty()) {
      salah.add("Pilih semua OPD atau isi daftar kode OPD");
    }
    if (!semua) {
      for (String k : kode) {
        var opd = opdRepository.findByKode(k);
        if (opd.isEmpty()) {
          salah.add("Kode OPD '" + k + "' tidak dikenal");
        } else if (!opd.get().isAktif()) {
          salah.add("OPD '" + k + "' (" + opd.get().getNama() + ") tidak aktif");
        }
      }
    }
    JenisPeriode jenis = null;
    String jp = jenisPeriodeMasuk == null || String.valueOf(jenisPeriodeMasuk).isBlank()
        ? pengaturan.nilai(KunciPengaturan.JENIS_PERIODE) : String.valueOf(jenisPeriodeMasuk).trim();
    try {
      jenis = JenisPeriode.valueOf(jp);
    } catch (IllegalArgumentException e) {
      salah.add("Jenis periode harus BULANAN atau TRIWULANAN (diterima: '" + jp + "')");
    }
    LocalDate batas = null;
    if (batasMasuk != null && !String.valueOf(batasMasuk).isBlank()) {
      try {
        String s = String.valueOf(batasMasuk).trim();
        batas = LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        if (tahun != null && batas.getYear() != tahun) {
          salah.add("Batas penetapan SKP harus di dalam tahun " + tahun);
        }
      } catch (java.time.format.DateTimeParseException e) {
        salah.add("Batas penetapan SKP harus tanggal yyyy-MM-dd, bukan '" + batasMasuk + "'");
      }
    } else if (tahun != null) {
      batas = pengaturan.tanggalTahunan(KunciPengaturan.BATAS_PENETAPAN_SKP).atYear(tahun);
    }
    if (!salah.isEmpty()) {
      throw new IsianTidakValidException(salah);
    }
    return new PermintaanSiklus(tahun, semua, List.copyOf(kode), jenis, batas);
  }

  /** An OPD the start form offers, with the active ASN a cycle would start for today. */
  public record OpdSiklus(String kode, String nama, String singkatan, long jumlahAsn) {}

  /** The active OPD of the register, by name, each with its count of active ASN (start form). */
  @Transactional(readOnly = true)
  public List<OpdSiklus> daftarOpd() {
    Map<String, Long> jumlah = new java.util.HashMap<>();
    for (Object[] baris : siklusPegawaiRepository.jumlahAsnAktifPerOpd(LocalDate.now(Waktu.WIB))) {
      jumlah.put((String) baris[0], ((Number) baris[1]).longValue());
    }
    return opdRepository.findAll().stream().filter(o -> o.isAktif())
        .sorted(java.util.Comparator.comparing(o -> o.getNama()))
        .map(o -> new OpdSiklus(o.getKode(), o.getNama(), o.getSingkatan(),
            jumlah.getOrDefault(o.getKode(), 0L)))
        .toList();
  }

  /**
   * What a cycle covers, in words for task names and summaries: "semua OPD", the OPD names (up
   * to three) or "5 OPD (DINKES, DISDIK, ...)".
   */
  @Transactional(readOnly = true)
  public String labelOpd(Long siklusId) {
    SiklusKinerja s = siklusRepository.findById(siklusId).orElseThrow();
    if (s.isSemuaOpd()) {
      return "semua OPD";
    }
    List<String> kode = s.daftarKodeOpd();
    if (kode.size() > 3) {
      return kode.size() + " OPD (" + String.join(", ", kode) + ")";
    }
    return String.join(", ", kode.stream()
        .map(k -> opdRepository.findByKode(k).map(o -> o.getNama()).orElse(k)).toList());
  }

  public SiklusKinerja catat(PermintaanSiklus p, String oleh, String processInstanceId) {
    SiklusKinerja s = new SiklusKinerja(p.tahun(), p.semuaOpd(), p.kodeOpd(), p.jenisPeriode(),
        p.batasPenetapanSkp(), oleh);
    s.setProcessInstanceId(processInstanceId);
    return siklusRepository.save(s);
  }

  /** Snapshots the cycle's ASN into chunks; returns the number of chunks. */
  public int siapkanDaftar(Long siklusId) {
    SiklusKinerja s = siklusRepository.findById(siklusId).orElseThrow();
    if (siklusPegawaiRepository.countBySiklusId(siklusId) > 0) {
      return jumlahChunk(s.getJumlahPegawai()); // retried job: snapshot already taken
    }
    LocalDate tanggal = tanggalAcuan(s.getTahun());
    List<String> nip = s.isSemuaOpd() ? siklusPegawaiRepository.nipAktif()
        : siklusPegawaiRepository.nipAktifDiOpd(s.daftarKodeOpd(), tanggal);
    List<SiklusPegawai> baris = new ArrayList<>();
    for (int i = 0; i < nip.size(); i++) {
      baris.add(new SiklusPegawai(siklusId, nip.get(i), i / ukuranChunk));
    }
    siklusPegawaiRepository.saveAll(baris);
    s.setJumlahPegawai(nip.size());
    return jumlahChunk(nip.size());
  }

  /** MI collection of the chunk task: 0..n-1. */
  @Transactional(readOnly = true)
  public List<Integer> daftarChunk(Long siklusId) {
    SiklusKinerja s = siklusRepository.findById(siklusId).orElseThrow();
    return IntStream.range(0, jumlahChunk(s.getJumlahPegawai())).boxed().toList();
  }

  private int jumlahChunk(int jumlahPegawai) {
    return (jumlahPegawai + ukuranChunk - 1) / ukuranChunk;
  }

  /** One chunk in one transaction: starts skp-pegawai for each NIP that has none this year. */
  public void mulaiChunk(Long siklusId, int chunkKe) {
    SiklusKinerja s = siklusRepository.findById(siklusId).orElseThrow();
    for (SiklusPegawai sp : siklusPegawaiRepository.findBySiklusIdAndChunkKeOrderByNip(siklusId, chunkKe)) {
      if (sp.getHasil() != null) {
        continue;
      }
      boolean ada = sudahAda(sp.getNip(), s.getTahun());
      if (!ada) {
        mulaiSkp(sp.getNip(), s.getTahun(), LocalDate.of(s.getTahun(), 1, 1), s.getJenisPeriode(),
            s.getBatasPenetapanSkp(), siklusId);
      }
      sp.setHasil(ada ? SiklusPegawai.SUDAH_ADA : SiklusPegawai.DIMULAI);
    }
  }

  /** Counts the outcome onto the SiklusKinerja row; returns dimulai, sudahAda, jumlahPegawai. */
  public Map<String, Object> rekap(Long siklusId) {
    int dimulai = (int) siklusPegawaiRepository.countBySiklusIdAndHasil(siklusId, SiklusPegawai.DIMULAI);
    int sudahAda = (int) siklusPegawaiRepository.countBySiklusIdAndHasil(siklusId, SiklusPegawai.SUDAH_ADA);
    SiklusKinerja s = siklusRepository.findById(siklusId).orElseThrow();
    siklusRepository.tambahHasil(siklusId, dimulai - s.getDimulai(), sudahAda - s.getSudahAda(), 0);
    return Map.of("jumlahPegawai", s.getJumlahPegawai(), "dimulai", dimulai, "sudahAda", sudahAda);
  }

  public record HasilTambah(String nip, int tahun, String businessKey, String processInstanceId,
      LocalDate tanggalMulai) {}

  /**
   * Adds one ASN who joins mid-year: a partial-year SKP from {@code tanggalMulai} (default: the
   * TMT of the jabatan held, else today) to 31 December.
   * @throws IllegalArgumentException bad input, NoSuchElementException unknown NIP,
   *     IllegalStateException when the ASN already has an SKP for the year
   */
  public HasilTambah tambahPegawai(int tahun, String nip, LocalDate tanggalMulai, String jenisPeriode) {
    List<String> salahNip = Nip.periksa(nip);
    if (!salahNip.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", salahNip));
    }
    Pegawai pegawai = pegawaiRepository.findByNip(nip)
        .orElseThrow(() -> new NoSuchElementException("Pegawai dengan NIP " + nip + " tidak terdaftar"));
    if (!pegawai.isAktif()) {
      throw new IllegalArgumentException("Pegawai " + nip + " tidak aktif (" + pegawai.getStatus() + ")");
    }
    LocalDate mulai = tanggalMulai != null ? tanggalMulai
        : register.jabatanDefinitif(nip, tanggalAcuan(tahun))
            .map(p -> p.getTmtMulai().getYear() == tahun ? p.getTmtMulai() : LocalDate.of(tahun, 1, 1))
            .orElse(tanggalAcuan(tahun));
    if (mulai.getYear() != tahun) {
      throw new IllegalArgumentException("Tanggal mulai (TMT) harus di dalam tahun " + tahun);
    }
    JenisPeriode jenis;
    String jp = jenisPeriode == null || jenisPeriode.isBlank()
        ? pengaturan.nilai(KunciPengaturan.JENIS_PERIODE) : jenisPeriode.trim();
    try {
      jenis = JenisPeriode.valueOf(jp);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Jenis periode harus BULANAN atau TRIWULANAN");
    }
    if (sudahAda(nip, tahun)) {
      throw new IllegalStateException("Pegawai " + nip + " sudah memiliki SKP tahun " + tahun);
    }
    ProcessInstance pi = mulaiSkp(nip, tahun, mulai, jenis, null, null);
    return new HasilTambah(nip, tahun, pi.getBusinessKey(), pi.getId(), mulai);
  }

  public static String businessKey(int tahun, String nip) {
    return "SKP-" + tahun + "-" + nip;
  }

  private boolean sudahAda(String nip, int tahun) {
    return skpRepository.existsByNipAndTahun(nip, tahun)
        || runtimeService.createProcessInstanceQuery().processDefinitionKey(PROSES_SKP)
            .processInstanceBusinessKey(businessKey(tahun, nip)).count() > 0;
  }

  private ProcessInstance mulaiSkp(String nip, int tahun, LocalDate mulai, JenisPeriode jenis,
      LocalDate batas, Long siklusId) {
    VariableMap v = Variables.createVariables()
        .putValue("nip", nip)
        .putValue("tahun", tahun)
        .putValue("tanggalMulai", mulai.toString())
        .putValue("tanggalSelesai", LocalDate.of(tahun, 12, 31).toString())
        .putValue("jenisPeriode", jenis.name());
    if (batas != null) {
      v.putValue("batasPenetapanSkp", batas.toString());
    }
    if (siklusId != null) {
      v.putValue("siklusId", siklusId);
    }
    return runtimeService.startProcessInstanceByKey(PROSES_SKP, businessKey(tahun, nip), v);
  }

  private static LocalDate tanggalAcuan(int tahun) {
    LocalDate hariIni = LocalDate.now(Waktu.WIB);
    return hariIni.getYear() == tahun ? hariIni
        : hariIni.getYear() < tahun ? LocalDate.of(tahun, 1, 1) : LocalDate.of(tahun, 12, 31);
  }
}
