package id.go.langsakota.kinerja.kalibrasi;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.identitas.TanpaAutentikasi;
import id.go.langsakota.kinerja.kalibrasi.PemeriksaKurva.HasilAturan;
import id.go.langsakota.kinerja.kalibrasi.PemeriksaKurva.HasilPemeriksaan;
import id.go.langsakota.kinerja.kalibrasi.PemeriksaKurva.JumlahPredikat;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.organisasi.Opd;
import id.go.langsakota.kinerja.organisasi.OpdRepository;
import id.go.langsakota.kinerja.pemberitahuan.Pemberitahuan.Jenis;
import id.go.langsakota.kinerja.pemberitahuan.PemberitahuanService;
import id.go.langsakota.kinerja.pengaturan.KunciPengaturan;
import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import id.go.langsakota.kinerja.proses.BacaIsian;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpPegawaiProses;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rounds of kalibrasi-kurva: who is in a round, the check of the OPD's distribution, the
 * rating changes of the calibration task (each with a reason, recorded, predikat through the DMN
 * {@code predikat-kinerja}), making the round final and telling each SKP to continue (in chunks).
 * Nobody's rating is changed by the system: only a person in the calibration task changes one.
 */
@Service
@Transactional
public class KalibrasiKurvaService {

  private static final Logger LOG = LoggerFactory.getLogger(KalibrasiKurvaService.class);

  /** SKPs told to continue per job. */
  static final int UKURAN_CHUNK = 50;
  static final int PANJANG_ALASAN = 1000;

  public enum HasilKurva { SESUAI, TIDAK_SESUAI, BELUM_ADA_PREDIKAT_ORGANISASI }

  /** One requested change of the calibration task. */
  public record Perubahan(String nip, Rating ratingHasilKerja, Rating ratingPerilaku, String alasan) {}

  private final KalibrasiKurvaRepository rondeRepository;
  private final AnggotaKalibrasiRepository anggotaRepository;
  private final PerubahanRatingKalibrasiRepository perubahanRepository;
  private final SkpOpdRepository skpOpdRepository;
  private final SkpRepository skpRepository;
  private final OpdRepository opdRepository;
  private final PredikatOrganisasiService predikatOrganisasi;
  private final PolaKurvaService pola;
  private final PengaturanService pengaturan;
  private final RuntimeService runtime;
  private final DecisionService decisionService;
  private final IdentityService identityService;
  private final PemberitahuanService pemberitahuan;

  @SuppressWarnings("java:S107")
  public KalibrasiKurvaService(KalibrasiKurvaRepository rondeRepository, AnggotaKalibrasiRepository anggotaRepository,
      PerubahanRatingKalibrasiRepository perubahanRepository, SkpOpdRepository skpOpdRepository,
      SkpRepository skpRepository, OpdRepository opdRepository, PredikatOrganisasiService predikatOrganisasi,
      PolaKurvaService pola, PengaturanService pengaturan, RuntimeService runtime,
      DecisionService decisionService, IdentityService identityService, PemberitahuanService pemberitahuan) {
    this.rondeRepository = rondeRepository;
    this.anggotaRepository = anggotaRepository;
    this.perubahanRepository = perubahanRepository;
    this.skpOpdRepository = skpOpdRepository;
    this.skpRepository = skpRepository;
    this.opdRepository = opdRepository;
    this.predikatOrganisasi = predikatOrganisasi;
    this.pola = pola;
    this.pengaturan = pengaturan;
    this.runtime = runtime;
    this.decisionService = decisionService;
    this.identityService = identityService;
    this.pemberitahuan = pemberitahuan;
  }


  // ---------------------------------------------------------------- starting a round

  /**
   * After an annual predikat is stored (skp-pegawai): starts a round for the SKP's OPD when every
   * SKP of the OPD that is not final yet is rated and no round is running.
   *
   * @return true when a round was started
   */
  public boolean periksaKelengkapan(Long skpId) {
    List<String> opd = skpOpdRepository.opdSkp(skpId);
    if (opd.isEmpty()) {
      LOG.warn("SKP {} tidak berada di OPD mana pun pada akhir periodenya: tidak masuk kurva distribusi", skpId);
      return false;
    }
    Skp skp = skpRepository.findById(skpId).orElseThrow();
    return mulaiBilaLengkap(skp.getTahun(), opd.get(0));
  }

  /** Starts the next round when the OPD is complete; nothing when a round runs or a rating is missing. */
  public boolean mulaiBilaLengkap(int tahun, String kodeOpd) {
    // Two SKPs of the OPD rated at the same moment: both jobs come here. The lock on the OPD's
    // row makes the second wait until the first has committed its round, and it then sees the
    // round running and ends cleanly (without it, it met the unique key and the job failed).
    opdRepository.kunciByKode(kodeOpd);
    if (rondeRepository.existsByTahunAndKodeOpdAndStatus(tahun, kodeOpd, KalibrasiKurva.Status.BERJALAN)) {
      return false;
    }
    List<SkpOpd> semua = skpOpd(tahun, kodeOpd);
    if (semua.stream().anyMatch(s -> !s.finalkah() && !s.dinilai())) {
      return false;
    }
    if (calon(semua).isEmpty()) {
      return false;
    }
    runtime.startProcessInstanceByKey(KalibrasiKurvaProses.KUNCI, Variables.createVariables()
        .putValue(KalibrasiKurvaProses.TAHUN, tahun).putValue(KalibrasiKurvaProses.KODE_OPD, kodeOpd));
    return true;
  }

  /**
   * Records a new round (start event of kalibrasi-kurva). {@code oleh} null: started by the system
   * because the OPD is complete; otherwise BKPSDM started it, maybe with ratings missing.
   */
  public KalibrasiKurva mulaiRonde(Object tahunMasukan, Object kodeOpdMasukan, String oleh, String processInstanceId) {
    List<String> kesalahan = new ArrayList<>();
    Integer tahun = null;
    try {
      tahun = Integer.valueOf(String.valueOf(tahunMasukan).trim());
      if (tahun < 2000 || tahun > 2100) {
        kesalahan.add("Tahun harus antara 2000 dan 2100");
      }
    } catch (NumberFormatException e) {
      kesalahan.add("Tahun wajib diisi dengan bilangan bulat, bukan '" + tahunMasukan + "'");
    }
    String kodeOpd = BacaIsian.teks(kodeOpdMasukan);
    if (kodeOpd == null) {
      kesalahan.add("Kode OPD wajib diisi");
    } else if (opdRepository.findByKode(kodeOpd).isEmpty()) {
      kesalahan.add("OPD dengan kode '" + kodeOpd + "' tidak ditemukan");
    }
    if (!kesalahan.isEmpty()) {
      throw new IsianTidakValidException(kesalahan);
    }
    int t = tahun;
    // Same lock as mulaiBilaLengkap: a BKPSDM start and the automatic one are serialised, so
    // the later one gets the "masih berjalan" refusal instead of the unique key.
    opdRepository.kunciByKode(kodeOpd);
    Optional<KalibrasiKurva> berjalan = rondeRepository.findByTahunAndKodeOpdOrderByRonde(t, kodeOpd).stream()
        .filter(k -> k.getStatus() == KalibrasiKurva.Status.BERJALAN).findFirst();
    if (berjalan.isPresent()) {
      throw new IsianTidakValidException("Kalibrasi kurva OPD " + kodeOpd + " tahun " + t + " ronde "
          + berjalan.get().getRonde() + " masih berjalan; ronde berikutnya dapat dimulai setelah ronde itu final");
    }
    List<SkpOpd> semua = skpOpd(t, kodeOpd);
    List<SkpOpd> calon = calon(semua);
    if (calon.isEmpty()) {
      throw new IsianTidakValidException("Belum ada predikat tahunan OPD " + kodeOpd + " tahun " + t
          + " yang menunggu kurva distribusi");
    }
    Instant sekarang = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    KalibrasiKurva k = new KalibrasiKurva(t, kodeOpd, rondeRepository.rondeTerakhir(t, kodeOpd) + 1,
        oleh == null ? KalibrasiKurva.CaraMulai.OTOMATIS : KalibrasiKurva.CaraMulai.BKPSDM,
        oleh == null ? "sistem" : oleh, sekarang);
    k.setBelumDinilai(semua.stream().filter(s -> !s.finalkah() && !s.dinilai()).map(SkpOpd::nip).toList());
    k.setProcessInstanceId(processInstanceId);
    k = rondeRepository.saveAndFlush(k);
    Long id = k.getId();
    anggotaRepository.saveAll(calon.stream().map(s -> new AnggotaKalibrasi(id, s)).toList());
    anggotaRepository.flush();
    return k;
  }

  /** Rated, not final, in no round yet. */
  private List<SkpOpd> calon(List<SkpOpd> semua) {
    List<Long> id = semua.stream().filter(s -> s.dinilai() && !s.finalkah()).map(SkpOpd::skpId).toList();
    if (id.isEmpty()) {
      return List.of();
    }
    Set<Long> sudah = anggotaRepository.findBySkpIdIn(id).stream().map(AnggotaKalibrasi::getSkpId)
        .collect(Collectors.toSet());
    return semua.stream().filter(s -> s.dinilai() && !s.finalkah() && !sudah.contains(s.skpId())).toList();
  }

  /** The SKPs of the OPD, one per NIP (an assignment history can list one twice). */
  private List<SkpOpd> skpOpd(int tahun, String kodeOpd) {
    Map<Long, SkpOpd> per = new LinkedHashMap<>();
    skpOpdRepository.findByTahunAndKodeOpd(tahun, kodeOpd).forEach(s -> per.putIfAbsent(s.skpId(), s));
    return List.copyOf(per.values());
  }

  // ---------------------------------------------------------------- the check

  public KalibrasiKurva kalibrasi(Long kalibrasiId) {
    return rondeRepository.findById(kalibrasiId).orElseThrow(() ->
        new IllegalStateException("Kalibrasi " + kalibrasiId + " tidak tercatat"));
  }

  /**
   * The distribution this round is judged by: the OPD's predikat that are already final (earlier
   * rounds) and this round's current predikat; heads of OPD not counted. Empty while the
   * organisation predikat is not decided.
   */
  @Transactional(readOnly = true)
  public Optional<HasilPemeriksaan> pemeriksaan(Long kalibrasiId) {
    KalibrasiKurva k = kalibrasi(kalibrasiId);
    Optional<PredikatOrganisasi> org = predikatOrganisasi.predikat(k.getTahun(), k.getKodeOpd());
    if (org.isEmpty()) {
      return Optional.empty();
    }
    Set<Long> anggota = anggotaRepository.findByKalibrasiIdOrderByNip(kalibrasiId).stream()
        .map(AnggotaKalibrasi::getSkpId).collect(Collectors.toSet());
    List<Predikat> dihitung = skpOpd(k.getTahun(), k.getKodeOpd()).stream()
        .filter(s -> !s.kepalaOpd() && s.dinilai() && (s.finalkah() || anggota.contains(s.skpId())))
        .map(SkpOpd::predikat).toList();
    return Optional.of(new PemeriksaKurva(pengaturan.bilangan(KunciPengaturan.KURVA_JUMLAH_MINIMAL))
        .periksa(org.get(), pola.pola(org.get()), dihitung));
  }

  public HasilKurva periksa(Long kalibrasiId) {
    Optional<HasilPemeriksaan> h = pemeriksaan(kalibrasiId);
    if (h.isEmpty()) {
      KalibrasiKurva k = kalibrasi(kalibrasiId);
      for (String nip : anggotaBkpsdm()) {
        pemberitahuan.catat(Jenis.ESKALASI_KALIBRASI, nip, "Predikat kinerja organisasi belum ditetapkan",
            "Kurva distribusi " + namaOpd(k.getKodeOpd()) + " tahun " + k.getTahun() + " belum dapat diperiksa: "
                + "predikat kinerja organisasi OPD ini belum ditetapkan. Tetapkan melalui "
                + "/api/kinerja-organisasi/" + k.getTahun() + "/" + k.getKodeOpd() + "/predikat.",
            "PREDIKAT_ORGANISASI_BELUM:" + k.getId() + ":" + Waktu.hariIni(), null, null, k.getProcessInstanceId());
      }
      return HasilKurva.BELUM_ADA_PREDIKAT_ORGANISASI;
    }
    return h.get().sesuai() ? HasilKurva.SESUAI : HasilKurva.TIDAK_SESUAI;
  }

  /**
   * Before a calibration task: counts the round, fixes the deadline on the first one.
   *
   * @return the deadline and the reminder moment, ISO-8601 with +07:00
   */
  public String[] siapkanPutaran(Long kalibrasiId) {
    KalibrasiKurva k = kalibrasi(kalibrasiId);
    k.putaranBerikutnya();
    if (k.getBatasKalibrasi() == null) {
      LocalDate batas = Waktu.hariIni().plusDays(pengaturan.bilangan(KunciPengaturan.HARI_KALIBRASI_KURVA));
      k.setBatasKalibrasi(OffsetDateTime.parse(Waktu.akhirHari(batas)).toInstant());
    }
    LocalDate hariBatas = k.getBatasKalibrasi().atZone(Waktu.WIB).toLocalDate();
    LocalDate hariPengingat = hariBatas.minusDays(pengaturan.bilangan(KunciPengaturan.HARI_PENGINGAT));
    return new String[] {Waktu.iso(k.getBatasKalibrasi()), Waktu.iso(hariPengingat, LocalTime.of(8, 0))};
  }

  // ---------------------------------------------------------------- the calibration task

  /** The options of the form's NIP select: the round's ASN except the head of the OPD. */
  @Transactional(readOnly = true)
  public List<Map<String, String>> opsiPegawai(Long kalibrasiId) {
    Map<String, String> nama = namaPerNip(kalibrasi(kalibrasiId));
    return anggotaRepository.findByKalibrasiIdOrderByNip(kalibrasiId).stream().filter(a -> !a.isKepalaOpd())
        .map(a -> Map.of("label", nama.getOrDefault(a.getNip(), a.getNip()) + " (" + a.getNip() + ")",
            "value", a.getNip()))
        .toList();
  }

  /** Reads the form's list of changes; every problem is collected (400 with the list). */
  public static List<Perubahan> bacaPerubahan(Object nilai) {
    List<Map<String, Object>> daftar;
    try {
      daftar = BacaIsian.daftar(BacaIsian.keJava(nilai), "perubahan");
    } catch (IllegalArgumentException e) {
      throw new IsianTidakValidException(e.getMessage());
    }
    List<String> kesalahan = new ArrayList<>();
    List<Perubahan> hasil = new ArrayList<>();
    int baris = 0;
    for (Map<String, Object> m : daftar) {
      baris++;
      String nip = BacaIsian.teks(m.get("nip"));
      String awal = "Perubahan " + baris + (nip == null ? "" : " (NIP " + nip + ")") + ": ";
      if (nip == null) {
        kesalahan.add(awal + "pilih ASN yang ratingnya diubah");
      }
      Rating hasilKerja = null;
      Rating perilaku = null;
      try {
        hasilKerja = Rating.dari(BacaIsian.teks(m.get("ratingHasilKerja")), "rating hasil kerja");
      } catch (IllegalArgumentException e) {
        kesalahan.add(awal + e.getMessage());
      }
      try {
        perilaku = Rating.dari(BacaIsian.teks(m.get("ratingPerilaku")), "rating perilaku kerja");
      } catch (IllegalArgumentException e) {
        kesalahan.add(awal + e.getMessage());
      }
      String alasan = BacaIsian.teks(m.get("alasan"));
      if (alasan == null) {
        kesalahan.add(awal + "alasan perubahan wajib diisi");
      } else if (alasan.length() > PANJANG_ALASAN) {
        kesalahan.add(awal + "alasan paling banyak " + PANJANG_ALASAN + " karakter");
      }
      hasil.add(new Perubahan(nip, hasilKerja, perilaku, alasan));
    }
    if (!kesalahan.isEmpty()) {
      throw new IsianTidakValidException(kesalahan);
    }
    return hasil;
  }

  /**
   * Applies the calibration task's changes: each to an ASN of this round (not its head), each
   * with a reason and a real change; the predikat is recomputed through the DMN; each change is
   * recorded. All or nothing.
   *
   * @return one sentence per change (for the task's history)
   */
  public List<String> terapkan(Long kalibrasiId, String oleh, List<Perubahan> perubahan) {
    KalibrasiKurva k = kalibrasi(kalibrasiId);
    if (k.getStatus() != KalibrasiKurva.Status.BERJALAN) {
      throw new IsianTidakValidException("Kalibrasi ini sudah final; rating tidak dapat diubah lagi");
    }
    Map<String, AnggotaKalibrasi> anggota = anggotaRepository.findByKalibrasiIdOrderByNip(kalibrasiId).stream()
        .collect(Collectors.toMap(AnggotaKalibrasi::getNip, Function.identity(), (a, b) -> a));
    Map<Long, Skp> skp = skpRepository.findAllById(anggota.values().stream().map(AnggotaKalibrasi::getSkpId).toList())
        .stream().collect(Collectors.toMap(Skp::getId, Function.identity()));
    List<String> kesalahan = new ArrayList<>();
    Set<String> dilihat = new HashSet<>();
    for (Perubahan p : perubahan) {
      AnggotaKalibrasi a = anggota.get(p.nip());
      if (!dilihat.add(p.nip())) {
        kesalahan.add("NIP " + p.nip() + " diubah lebih dari sekali dalam satu pengiriman");
      } else if (a == null) {
        kesalahan.add("NIP " + p.nip() + " bukan ASN dalam kalibrasi ini (OPD " + k.getKodeOpd() + ", tahun "
            + k.getTahun() + ", ronde " + k.getRonde() + ")");
      } else if (a.isKepalaOpd()) {
        kesalahan.add("NIP " + p.nip() + " adalah kepala OPD: ratingnya diberikan Sekretaris Daerah / Wali Kota "
            + "dan tidak diubah dalam kalibrasi OPD");
      } else {
        Skp s = skp.get(a.getSkpId());
        if (s.getRatingHasilKerjaTahunan() == p.ratingHasilKerja() && s.getRatingPerilakuTahunan() == p.ratingPerilaku()) {
          kesalahan.add("NIP " + p.nip() + ": rating baru sama dengan rating sekarang; hapus baris ini atau ubah ratingnya");
        }
      }
    }
    if (!kesalahan.isEmpty()) {
      throw new IsianTidakValidException(kesalahan);
    }
    if (perubahan.isEmpty()) {
      boolean sesuai = pemeriksaan(kalibrasiId).map(HasilPemeriksaan::sesuai).orElse(false);
      if (!sesuai) {
        throw new IsianTidakValidException("Sebaran masih di luar pola: ubah rating paling sedikit satu ASN, "
            + "masing-masing dengan alasan");
      }
      return List.of();
    }
    Instant sekarang = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    List<String> catatan = new ArrayList<>();
    Map<String, String> nama = namaPerNip(k);
    for (Perubahan p : perubahan) {
      Skp s = skp.get(anggota.get(p.nip()).getSkpId());
      Predikat baru = predikat(p.ratingHasilKerja(), p.ratingPerilaku());
      perubahanRepository.save(new PerubahanRatingKalibrasi(k.getId(), k.getPutaran(), s.getId(), p.nip(),
          s.getRatingHasilKerjaTahunan(), p.ratingHasilKerja(), s.getRatingPerilakuTahunan(), p.ratingPerilaku(),
          s.getPredikatTahunan(), baru, p.alasan(), oleh, sekarang));
      catatan.add(nama.getOrDefault(p.nip(), p.nip()) + " (NIP " + p.nip() + "): hasil kerja "
          + s.getRatingHasilKerjaTahunan().label() + " → " + p.ratingHasilKerja().label() + ", perilaku "
          + s.getRatingPerilakuTahunan().label() + " → " + p.ratingPerilaku().label() + ", predikat "
          + s.getPredikatTahunan().label() + " → " + baru.label() + ". Alasan: " + p.alasan());
      s.setRatingHasilKerjaTahunan(p.ratingHasilKerja());
      s.setRatingPerilakuTahunan(p.ratingPerilaku());
      s.setPredikatTahunan(baru);
    }
    skpRepository.flush();
    return catatan;
  }

  /** The matrix as the deployed DMN predikat-kinerja decides it. */
  Predikat predikat(Rating hasilKerja, Rating perilaku) {
    Object hasil = TanpaAutentikasi.jalankan(identityService, () -> decisionService
        .evaluateDecisionTableByKey("predikat-kinerja", Variables.createVariables()
            .putValue("ratingHasilKerja", hasilKerja.name()).putValue("ratingPerilaku", perilaku.name()))
        .getSingleResult().getEntry("predikat"));
    return Predikat.valueOf(String.valueOf(hasil));
  }

  // ---------------------------------------------------------------- final

  /** Every predikat of the round becomes final in one step. @return the number of chunks to tell */
  public int tetapkanFinal(Long kalibrasiId) {
    KalibrasiKurva k = kalibrasi(kalibrasiId);
    if (k.getStatus() == KalibrasiKurva.Status.FINAL) {
      return jumlahChunk(kalibrasiId);
    }
    Instant sekarang = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    List<AnggotaKalibrasi> anggota = anggotaRepository.findByKalibrasiIdOrderByNip(kalibrasiId);
    Map<Long, Skp> skp = skpRepository.findAllById(anggota.stream().map(AnggotaKalibrasi::getSkpId).toList())
        .stream().collect(Collectors.toMap(Skp::getId, Function.identity()));
    for (AnggotaKalibrasi a : anggota) {
      Skp s = skp.get(a.getSkpId());
      s.setTanggalPredikatFinal(sekarang);
      a.setPredikatFinal(s.getPredikatTahunan());
    }
    k.tetapkanFinal(predikatOrganisasi.predikat(k.getTahun(), k.getKodeOpd()).orElse(null), sekarang);
    return jumlahChunk(kalibrasiId);
  }

  @Transactional(readOnly = true)
  public int jumlahChunk(Long kalibrasiId) {
    int n = anggotaRepository.findByKalibrasiIdOrderByNip(kalibrasiId).size();
    return (n + UKURAN_CHUNK - 1) / UKURAN_CHUNK;
  }

  @Transactional(readOnly = true)
  public List<Integer> daftarChunk(Long kalibrasiId) {
    return IntStream.range(0, jumlahChunk(kalibrasiId)).boxed().toList();
  }

  /**
   * Tells one chunk of the round's SKPs that their predikat is final (message
   * {@code distribusi-opd-final}). An SKP whose process is still on its way to the wait makes the
   * job fail and retry; one without a running skp-pegawai is skipped.
   */
  public void teruskanChunk(Long kalibrasiId, int chunkKe) {
    KalibrasiKurva k = kalibrasi(kalibrasiId);
    List<AnggotaKalibrasi> anggota = anggotaRepository.findByKalibrasiIdOrderByNip(kalibrasiId);
    int dari = chunkKe * UKURAN_CHUNK;
    List<AnggotaKalibrasi> bagian = anggota.subList(Math.min(dari, anggota.size()),
        Math.min(dari + UKURAN_CHUNK, anggota.size()));
    for (AnggotaKalibrasi a : bagian) {
      String bk = SkpPegawaiProses.businessKey(k.getTahun(), a.getNip());
      boolean diteruskan = !runtime.createMessageCorrelation(KalibrasiKurvaProses.PESAN_DISTRIBUSI_FINAL)
          .processInstanceBusinessKey(bk).correlateAllWithResult().isEmpty();
      if (!diteruskan) {
        boolean berjalan = runtime.createProcessInstanceQuery().processDefinitionKey(SkpPegawaiProses.KUNCI)
            .processInstanceBusinessKey(bk).active().count() > 0;
        if (berjalan) {
          throw new IllegalStateException("SKP " + bk + " belum menunggu distribusi OPD final; dicoba lagi");
        }
        LOG.info("SKP {} tanpa proses skp-pegawai yang berjalan: predikat final dicatat tanpa meneruskan proses", bk);
      }
      Predikat akhir = a.getPredikatFinal();
      String pesan = "Predikat kinerja tahunan " + k.getTahun() + " Anda telah final setelah pemeriksaan kurva "
          + "distribusi OPD: " + (akhir == null ? "-" : akhir.label()) + "."
          + (akhir != null && akhir != a.getPredikatAwal()
              ? " Predikat ini diubah dalam kalibrasi dari " + a.getPredikatAwal().label()
                  + "; alasannya dapat dilihat pada hasil penilaian Anda."
              : "");
      pemberitahuan.catat(Jenis.PREDIKAT_FINAL, a.getNip(), null, pesan, Jenis.PREDIKAT_FINAL + ":" + a.getSkpId(),
          null, null, null);
    }
  }

  // ---------------------------------------------------------------- deadline

  public void pengingat(Long kalibrasiId, List<String> penerima) {
    KalibrasiKurva k = kalibrasi(kalibrasiId);
    for (String nip : penerima) {
      pemberitahuan.catat(Jenis.PENGINGAT_KALIBRASI, nip, null, "Kalibrasi kurva distribusi " + namaOpd(k.getKodeOpd())
          + " tahun " + k.getTahun() + " menunggu Anda. Batas kalibrasi: "
          + k.getBatasKalibrasi().atZone(Waktu.WIB).toLocalDate() + ".",
          Jenis.PENGINGAT_KALIBRASI + ":" + k.getId() + ":" + k.getPutaran(), null, null, k.getProcessInstanceId());
    }
  }

  /** Past the deadline: every BKPSDM user and the head are told; BKPSDM can take the task over. */
  public void eskalasi(Long kalibrasiId, List<String> kepala) {
    KalibrasiKurva k = kalibrasi(kalibrasiId);
    String pesan = "Batas kalibrasi kurva distribusi " + namaOpd(k.getKodeOpd()) + " tahun " + k.getTahun()
        + " (ronde " + k.getRonde() + ") terlewati; sebaran predikat masih di luar pola. BKPSDM dapat "
        + "mengambil alih tugas kalibrasi di Tasklist.";
    List<String> penerima = new ArrayList<>(anggotaBkpsdm());
    penerima.addAll(kepala);
    for (String nip : penerima) {
      pemberitahuan.catat(Jenis.ESKALASI_KALIBRASI, nip, null, pesan,
          Jenis.ESKALASI_KALIBRASI + ":" + k.getId() + ":" + k.getPutaran(), null, null, k.getProcessInstanceId());
    }
  }

  private List<String> anggotaBkpsdm() {
    return TanpaAutentikasi.jalankan(identityService, () -> identityService.createUserQuery().memberOfGroup("bkpsdm")
        .list().stream().map(User::getId).toList());
  }

  // ---------------------------------------------------------------- views

  String namaOpd(String kode) {
    return opdRepository.findByKode(kode).map(Opd::getNama).orElse(kode);
  }

  Map<String, String> namaPerNip(KalibrasiKurva k) {
    Map<String, String> nama = new LinkedHashMap<>();
    skpOpd(k.getTahun(), k.getKodeOpd()).forEach(s -> nama.putIfAbsent(s.nip(), s.nama()));
    return nama;
  }

  /** The calibration task's view (Markdown): distribution beside the pattern, what breaks, each ASN. */
  @Transactional(readOnly = true)
  public String ringkasan(Long kalibrasiId) {
    KalibrasiKurva k = kalibrasi(kalibrasiId);
    StringBuilder s = new StringBuilder();
    s.append("**OPD:** ").append(md(namaOpd(k.getKodeOpd()))).append(" (").append(k.getKodeOpd()).append(")  \n")
        .append("**Tahun:** ").append(k.getTahun()).append(" · **Ronde:** ").append(k.getRonde())
        .append(" · **Putaran kalibrasi:** ").append(k.getPutaran()).append("  \n");
    if (k.getBatasKalibrasi() != null) {
      s.append("**Batas kalibrasi:** ").append(k.getBatasKalibrasi().atZone(Waktu.WIB)
          .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm"))).append(" WIB  \n");
    }
    Optional<HasilPemeriksaan> hp = pemeriksaan(kalibrasiId);
    if (hp.isEmpty()) {
      s.append("\nPredikat kinerja organisasi belum ditetapkan: kurva belum dapat diperiksa.\n");
      return s.toString();
    }
    HasilPemeriksaan h = hp.get();
    s.append("**Predikat kinerja organisasi:** ").append(h.predikatOrganisasi().label()).append("\n\n");
    s.append("### Sebaran saat ini (").append(h.jumlahPegawai()).append(" ASN dihitung)\n\n")
        .append("| Predikat | Jumlah | % |\n|---|---:|---:|\n");
    for (JumlahPredikat j : h.sebaran()) {
      s.append("| ").append(j.label()).append(" | ").append(j.jumlah()).append(" | ")
          .append(AturanKurva.angka(j.persen())).append(" % |\n");
    }
    s.append("\n### Pola predikat organisasi ").append(h.predikatOrganisasi().label()).append("\n\n");
    for (HasilAturan a : h.aturan()) {
      s.append("- ").append(a.terpenuhi() ? "✔ " : "✘ ").append(a.pesan()).append('\n');
    }
    s.append('\n').append(h.catatan()).append('\n');
    if (!h.pelanggaran().isEmpty()) {
      s.append("\n### Yang perlu diubah\n\n");
      for (HasilAturan a : h.aturan()) {
        if (!a.terpenuhi()) {
          s.append("- ").append(a.batas() == BatasAturan.PALING_BANYAK
              ? "Kurangi " + a.selisih() + " ASN dari kelompok ini: " + a.aturan()
              : "Tambah " + a.selisih() + " ASN ke kelompok ini: " + a.aturan()).append('\n');
        }
      }
      s.append("\nUbah rating hasil kerja dan/atau perilaku kerja ASN di bawah, masing-masing dengan alasan. "
          + "Predikat dihitung ulang dengan matriks predikat kinerja; sebaran diperiksa lagi setelah Anda mengirim.\n");
    }
    List<AnggotaKalibrasi> anggota = anggotaRepository.findByKalibrasiIdOrderByNip(kalibrasiId);
    Map<Long, Skp> skp = skpRepository.findAllById(anggota.stream().map(AnggotaKalibrasi::getSkpId).toList())
        .stream().collect(Collectors.toMap(Skp::getId, Function.identity()));
    Map<String, String> nama = namaPerNip(k);
    // A list, not a six-column table: Tasklist's form pane is ~470 px wide at 1,024 px and a wide
    // table there is cut off or scrolls sideways.
    s.append("\n### ASN dalam ronde ini\n\n");
    int no = 0;
    List<String> kepala = new ArrayList<>();
    for (AnggotaKalibrasi a : anggota) {
      Skp x = skp.get(a.getSkpId());
      String orang = md(nama.getOrDefault(a.getNip(), a.getNip())) + " (" + a.getNip() + ")";
      if (a.isKepalaOpd()) {
        kepala.add(orang + ": " + x.getPredikatTahunan().label());
        continue;
      }
      s.append(++no).append(". ").append(orang).append(": hasil kerja ")
          .append(x.getRatingHasilKerjaTahunan().label()).append(", perilaku kerja ")
          .append(x.getRatingPerilakuTahunan().label()).append(" → **").append(x.getPredikatTahunan().label())
          .append(x.getPredikatTahunan() != a.getPredikatAwal() ? " (semula " + a.getPredikatAwal().label() + ")" : "")
          .append("** · saran sistem ").append(label(x.getSaranRatingHasilKerja())).append(" / ")
          .append(label(x.getSaranRatingPerilaku())).append('\n');
    }
    if (!kepala.isEmpty()) {
      s.append("\nKepala OPD (dinilai Sekretaris Daerah / Wali Kota; tidak dihitung dan tidak diubah di sini): ")
          .append(String.join("; ", kepala)).append('\n');
    }
    long sudahFinal = skpOpd(k.getTahun(), k.getKodeOpd()).stream().filter(x -> x.finalkah() && !x.kepalaOpd()).count();
    if (sudahFinal > 0) {
      s.append("\n").append(sudahFinal).append(" ASN sudah final pada ronde sebelumnya: dihitung dalam sebaran, "
          + "tidak dapat diubah.\n");
    }
    if (k.getJumlahBelumDinilai() > 0) {
      s.append("\nBelum dinilai saat ronde ini dimulai (menunggu ronde berikutnya): ")
          .append(k.getBelumDinilai()).append('\n');
    }
    return s.toString();
  }

  private static String label(Rating r) {
    return r == null ? "-" : r.label();
  }

  private static String md(String teks) {
    return teks == null ? "" : teks.replace("|", "/").replace("\n", " ");
  }
}
