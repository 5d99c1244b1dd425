package id.go.langsakota.kinerja.pembinaan;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.kompetensi.KatalogPelatihan;
import id.go.langsakota.kinerja.kompetensi.KatalogPelatihanRepository;
import id.go.langsakota.kinerja.pengembangan.KebutuhanPelatihan;
import id.go.langsakota.kinerja.pengembangan.PemicuPengembanganService;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.organisasi.JenisJabatan;
import id.go.langsakota.kinerja.organisasi.Pejabat;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import id.go.langsakota.kinerja.pengaturan.KunciPengaturan;
import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pembinaan kinerja on the project's tables: the start (at most once per SKP, only for a final
 * predikat Butuh Perbaikan or worse), the plan and its versions, the monthly check-ins, the
 * re-evaluation, the system's recommendation and the recorded decision. The caller passes "now"
 * (the engine's clock inside the process), so everything but the start is tested without the engine.
 */
@Service
@Transactional
public class PembinaanKinerjaService {

  /** The final annual predikat that start a pembinaan (DOMAIN §6). */
  public static final Set<Predikat> PERLU_PEMBINAAN = EnumSet.of(Predikat.BUTUH_PERBAIKAN, Predikat.KURANG,
      Predikat.SANGAT_KURANG);
  static final int TEKS_MINIMAL = 20;
  static final int TEKS_MAKSIMAL = 2000;
  /** rencana_pembinaan.jadwal_pertemuan and pembinaan_kinerja.nomor_keputusan (a longer text would be a 500). */
  static final int JADWAL_MAKSIMAL = 1000;
  static final int NOMOR_MAKSIMAL = 100;
  /** Who started it when the system did (the automatic start after the final predikat). */
  public static final String SISTEM = "sistem";

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  private final PembinaanRepository repository;
  private final RencanaPembinaanRepository rencanaRepository;
  private final PertemuanPembinaanRepository pertemuanRepository;
  private final SkpRepository skpRepository;
  private final RegisterOrganisasiService register;
  private final PengaturanService pengaturan;
  private final RuntimeService runtime;
  private final KatalogPelatihanRepository katalogRepository;
  private final PemicuPengembanganService pemicuPelatihan;

  public PembinaanKinerjaService(PembinaanRepository repository, RencanaPembinaanRepository rencanaRepository,
      PertemuanPembinaanRepository pertemuanRepository, SkpRepository skpRepository,
      RegisterOrganisasiService register, PengaturanService pengaturan, RuntimeService runtime,
      KatalogPelatihanRepository katalogRepository, PemicuPengembanganService pemicuPelatihan) {
    this.katalogRepository = katalogRepository;
    this.pemicuPelatihan = pemicuPelatihan;
    this.repository = repository;
    this.rencanaRepository = rencanaRepository;
    this.pertemuanRepository = pertemuanRepository;
    this.skpRepository = skpRepository;
    this.register = register;
    this.pengaturan = pengaturan;
    this.runtime = runtime;
  }

  static String tanggal(LocalDate d) {
    return d == null ? "-" : d.format(FORMAT);
  }

  // ------------------------------------------------------------------------------ start

  /**
   * The automatic start after the final predikat (to be called where the predikat becomes final,
   * docs/proses-pembinaan-kinerja.md): starts pembinaan-kinerja when the final annual predikat of
   * {@code skpId} is Butuh Perbaikan or worse and none exists for that SKP; otherwise nothing.
   */
  public Optional<Pembinaan> mulaiBilaPerlu(Long skpId) {
    Skp skp = skpRepository.findById(skpId).orElse(null);
    if (skp == null || skp.getTanggalPredikatFinal() == null || !PERLU_PEMBINAAN.contains(skp.getPredikatTahunan())
        || repository.existsBySkpId(skpId)) {
      return Optional.empty();
    }
    return Optional.of(mulai(skp, SISTEM, Instant.now()));
  }

  /** BKPSDM starts it by hand; refused (nothing written) when not needed or already started. */
  public Pembinaan mulaiManual(Long skpId, String oleh, Instant sekarang) {
    Skp skp = skpRepository.findById(skpId)
        .orElseThrow(() -> new IsianTidakValidException("SKP " + skpId + " tidak ditemukan"));
    if (skp.getTanggalPredikatFinal() == null || skp.getPredikatTahunan() == null) {
      throw new IsianTidakValidException("Predikat kinerja tahunan " + skp.getTahun() + " NIP " + skp.getNip()
          + " belum final; pembinaan dimulai setelah predikat final");
    }
    if (!PERLU_PEMBINAAN.contains(skp.getPredikatTahunan())) {
      throw new IsianTidakValidException("Predikat kinerja tahunan " + skp.getTahun() + " NIP " + skp.getNip()
          + " adalah " + skp.getPredikatTahunan().label()
          + "; pembinaan kinerja hanya untuk predikat Butuh Perbaikan, Kurang/Misconduct atau Sangat Kurang");
    }
    if (repository.existsBySkpId(skpId)) {
      throw new IsianTidakValidException("Pembinaan kinerja NIP " + skp.getNip() + " tahun " + skp.getTahun()
          + " sudah dimulai; pembinaan hanya dimulai sekali per SKP");
    }
    return mulai(skp, oleh, sekarang);
  }

  private Pembinaan mulai(Skp skp, String oleh, Instant sekarang) {
    LocalDate hari = sekarang.atZone(Waktu.WIB).toLocalDate();
    String penilai = register.pejabatPenilai(skp.getNip(), hari).map(Pejabat::idPengguna)
        .orElse(skp.getDinilaiOleh());
    if (penilai == null) {
      throw new IsianTidakValidException("Pejabat penilai NIP " + skp.getNip()
          + " tidak ditemukan di register; perbaiki register sebelum memulai pembinaan");
    }
    boolean jpt = register.jabatanDefinitif(skp.getNip(), hari)
        .map(p -> p.getJabatan().getJenis() == JenisJabatan.JPT).orElse(false);
    Pembinaan p = repository.saveAndFlush(new Pembinaan(skp.getId(), skp.getNip(), skp.getTahun(),
        skp.getPredikatTahunan(), penilai, jpt, pengaturan.bilangan(KunciPengaturan.BULAN_PEMBINAAN), oleh, sekarang));
    String pi = runtime.createProcessInstanceByKey(PembinaanKinerjaProses.KUNCI)
        .businessKey(PembinaanKinerjaProses.businessKey(skp.getTahun(), skp.getNip()))
        .setVariable("pembinaanId", p.getId()).setVariable("nip", skp.getNip()).setVariable("tahun", skp.getTahun())
        .execute().getId();
    p.setProcessInstanceId(pi);
    return p;
  }

  // ------------------------------------------------------------------------------ reading

  public Pembinaan ambil(Long id) {
    return repository.findById(id).orElseThrow(() -> new NoSuchElementException("Pembinaan " + id + " tidak ditemukan"));
  }

  public Pembinaan ambil(String nip, int tahun) {
    return repository.findByNipAndTahun(nip, tahun).orElseThrow(() ->
        new NoSuchElementException("Pembinaan NIP " + nip + " tahun " + tahun + " tidak ditemukan"));
  }

  public List<RencanaPembinaan> rencana(Long id) {
    return rencanaRepository.findByPembinaanIdOrderByVersiRencanaAsc(id);
  }

  public Optional<RencanaPembinaan> rencanaTerakhir(Long id) {
    List<RencanaPembinaan> r = rencana(id);
    return r.isEmpty() ? Optional.empty() : Optional.of(r.get(r.size() - 1));
  }

  public List<PertemuanPembinaan> pertemuan(Long id) {
    return pertemuanRepository.findByPembinaanIdOrderByBulanKeAsc(id);
  }

  public boolean rencanaDisetujui(Long id) {
    return rencanaTerakhir(id).map(r -> r.getStatus() == StatusRencana.DISETUJUI).orElse(false);
  }

  // ------------------------------------------------------------------------------ plan

  /** A plan without training. */
  public RencanaPembinaan susunRencana(Long id, String pengguna, String tujuan, String dukungan, String jadwal,
      Instant sekarang) {
    return susunRencana(id, pengguna, tujuan, dukungan, jadwal, null, sekarang);
  }

  /**
   * susun-rencana-pembinaan: a new version of the plan, by the pejabat penilai fixed at the start.
   * {@code pelatihan} is the optional training: the id of an active catalogue entry (as the form's
   * select sends it), empty or {@value PembinaanKinerjaProses#TANPA_PELATIHAN} for none.
   */
  public RencanaPembinaan susunRencana(Long id, String pengguna, String tujuan, String dukungan, String jadwal,
      String pelatihan, Instant sekarang) {
    Pembinaan p = ambil(id);
    if (!p.getPejabatPenilai().equals(pengguna)) {
      throw new IsianTidakValidException("Rencana pembinaan NIP " + p.getNip() + " disusun oleh pejabat penilainya ("
          + p.getPejabatPenilai() + "); pengguna " + pengguna + " tidak berhak");
    }
    List<String> kesalahan = new ArrayList<>();
    wajib(tujuan, "Tujuan pembinaan", kesalahan);
    wajib(dukungan, "Dukungan yang diberikan", kesalahan);
    wajib(jadwal, "Jadwal pertemuan", kesalahan, JADWAL_MAKSIMAL);
    Long katalogId = pelatihan(pelatihan, kesalahan);
    if (!kesalahan.isEmpty()) {
      throw new IsianTidakValidException(kesalahan);
    }
    int versi = rencanaTerakhir(id).map(r -> r.getVersiRencana() + 1).orElse(1);
    p.setStatus(StatusPembinaan.MENUNGGU_PERSETUJUAN);
    return rencanaRepository.save(new RencanaPembinaan(id, versi, tujuan.trim(), dukungan.trim(), jadwal.trim(),
        katalogId, pengguna, sekarang));
  }

  /** setujui-rencana-pembinaan: only the ASN agrees or returns (with a note) their own plan. */
  public RencanaPembinaan tanggapiRencana(Long id, String pengguna, boolean setuju, String catatan, Instant sekarang) {
    Pembinaan p = ambil(id);
    if (!p.getNip().equals(pengguna)) {
      throw new IsianTidakValidException("Rencana pembinaan NIP " + p.getNip()
          + " hanya dapat disetujui atau dikembalikan oleh ASN yang bersangkutan; pengguna " + pengguna
          + " tidak berhak");
    }
    RencanaPembinaan r = rencanaTerakhir(id).filter(x -> x.getStatus() == StatusRencana.DIAJUKAN)
        .orElseThrow(() -> new IsianTidakValidException("Tidak ada rencana pembinaan yang menunggu persetujuan"));
    String c = catatan == null ? null : catatan.trim();
    if (!setuju) {
      List<String> kesalahan = new ArrayList<>();
      wajib(c, "Catatan pengembalian (apa yang perlu diubah)", kesalahan);
      if (!kesalahan.isEmpty()) {
        throw new IsianTidakValidException(kesalahan);
      }
    }
    r.tanggapi(setuju, c == null || c.isEmpty() ? null : potong(c), pengguna, sekarang);
    p.setStatus(setuju ? StatusPembinaan.BERJALAN : StatusPembinaan.MENYUSUN_RENCANA);
    return r;
  }

  /** The chosen training: none, or an active catalogue entry (unknown or inactive → refused). */
  private Long pelatihan(String pilihan, List<String> kesalahan) {
    String v = pilihan == null ? "" : pilihan.strip();
    if (v.isEmpty() || PembinaanKinerjaProses.TANPA_PELATIHAN.equals(v)) {
      return null;
    }
    Long id = null;
    try {
      id = Long.valueOf(v);
    } catch (NumberFormatException e) {
      // reported below like an unknown id
    }
    KatalogPelatihan k = id == null ? null : katalogRepository.findById(id).orElse(null);
    if (k == null || !k.isAktif()) {
      kesalahan.add("Pelatihan '" + (v.length() > 40 ? v.substring(0, 40) + "…" : v)
          + "' tidak ada di katalog pelatihan aktif; pilih dari daftar atau 'Tanpa pelatihan'");
      return null;
    }
    return id;
  }

  /** The select options of the plan form: "no training" first, then every active entry by name. */
  @Transactional(readOnly = true)
  public List<java.util.Map<String, String>> opsiPelatihan() {
    List<java.util.Map<String, String>> hasil = new ArrayList<>();
    hasil.add(java.util.Map.of("label", "Tanpa pelatihan", "value", PembinaanKinerjaProses.TANPA_PELATIHAN));
    katalogRepository.findAllByOrderByKode().stream().filter(KatalogPelatihan::isAktif)
        .sorted(java.util.Comparator.comparing(KatalogPelatihan::getNama))
        .forEach(c -> hasil.add(java.util.Map.of("label", labelPelatihan(c), "value", String.valueOf(c.getId()))));
    return hasil;
  }

  public static String labelPelatihan(KatalogPelatihan c) {
    return c.getNama() + " (" + c.getJenis().label() + ", " + c.getJp() + " JP, " + c.getPenyelenggara() + ")";
  }

  @Transactional(readOnly = true)
  public Optional<KatalogPelatihan> katalog(Long id) {
    return id == null ? Optional.empty() : katalogRepository.findById(id);
  }

  /** The training of the agreed plan, if it includes one. */
  @Transactional(readOnly = true)
  public Optional<Long> pelatihanDisetujui(Long id) {
    return rencanaTerakhir(id).filter(r -> r.getStatus() == StatusRencana.DISETUJUI)
        .map(RencanaPembinaan::getKatalogPelatihanId);
  }

  /**
   * The agreed plan includes training: starts pengembangan-kompetensi for the same ASN (pemicu
   * PEMBINAAN), linked to this pembinaan. Runs in an async job after the approval committed; asked
   * again (a retried job) it returns the same need and starts nothing.
   */
  public Optional<KebutuhanPelatihan> mulaiPelatihan(Long id) {
    Pembinaan p = ambil(id);
    Long katalogId = pelatihanDisetujui(id).orElse(null);
    if (katalogId == null) {
      return Optional.empty();
    }
    String nama = katalog(katalogId).map(KatalogPelatihan::getNama).orElse("katalog " + katalogId);
    return pemicuPelatihan.dariPembinaan(id, p.getNip(), p.getTahun(), katalogId,
        "Rencana pembinaan kinerja " + p.getTahun() + " (predikat " + p.getPredikatAwal().label() + "): " + nama);
  }

  /** The training need this pembinaan started, if any. */
  @Transactional(readOnly = true)
  public Optional<KebutuhanPelatihan> kebutuhanPelatihan(Long id) {
    return pemicuPelatihan.kebutuhanDariPembinaan(id);
  }

  /** The agreed plan starts the period today: BULAN_PEMBINAAN months (as stored at the start). */
  public Pembinaan mulaiMasa(Long id, LocalDate hariIni) {
    Pembinaan p = ambil(id);
    if (p.getTanggalMulaiMasa() == null) {
      p.mulaiMasa(hariIni);
    }
    return p;
  }

  // ------------------------------------------------------------------------------ check-ins

  /** catat-pertemuan-pembinaan for month {@code pertemuanKe + 1}, by the pejabat penilai. */
  public PertemuanPembinaan catatPertemuan(Long id, String pengguna, LocalDate tanggal, String catatan,
      String tanggapanAsn, Instant sekarang) {
    Pembinaan p = ambil(id);
    if (!p.getPejabatPenilai().equals(pengguna)) {
      throw new IsianTidakValidException("Pertemuan pembinaan NIP " + p.getNip() + " dicatat oleh pejabat penilainya ("
          + p.getPejabatPenilai() + "); pengguna " + pengguna + " tidak berhak");
    }
    List<String> kesalahan = new ArrayList<>();
    LocalDate hari = sekarang.atZone(Waktu.WIB).toLocalDate();
    if (tanggal == null) {
      kesalahan.add("Tanggal pertemuan wajib diisi");
    } else if (tanggal.isAfter(hari) || (p.getTanggalMulaiMasa() != null && tanggal.isBefore(p.getTanggalMulaiMasa()))) {
      kesalahan.add("Tanggal pertemuan harus dalam masa pembinaan (sejak " + tanggal(p.getTanggalMulaiMasa())
          + ") dan tidak setelah hari ini");
    }
    wajib(catatan, "Catatan pertemuan", kesalahan);
    if (!kesalahan.isEmpty()) {
      throw new IsianTidakValidException(kesalahan);
    }
    int bulanKe = p.getPertemuanKe() + 1;
    p.pertemuanTercatat(bulanKe);
    String t = tanggapanAsn == null || tanggapanAsn.isBlank() ? null : potong(tanggapanAsn.trim());
    return pertemuanRepository.save(new PertemuanPembinaan(id, bulanKe, tanggal, potong(catatan.trim()), t,
        pengguna, sekarang));
  }

  /**
   * The ASN's own response to a recorded check-in (replaces what the pejabat penilai noted as the
   * response); only the ASN, only until the re-evaluation.
   */
  public PertemuanPembinaan tanggapiPertemuan(Long id, int bulanKe, String pengguna, String tanggapan) {
    Pembinaan p = ambil(id);
    if (!p.getNip().equals(pengguna)) {
      throw new IsianTidakValidException("Tanggapan pertemuan pembinaan hanya dapat diberikan oleh ASN yang dibina "
          + "(NIP " + p.getNip() + "); pengguna " + pengguna + " tidak berhak");
    }
    if (p.getDievaluasiPada() != null) {
      throw new IsianTidakValidException("Pembinaan sudah dievaluasi; tanggapan pertemuan tidak dapat diubah lagi");
    }
    PertemuanPembinaan x = pertemuan(id).stream().filter(t -> t.getBulanKe() == bulanKe).findFirst()
        .orElseThrow(() -> new NoSuchElementException("Pertemuan bulan ke-" + bulanKe + " belum dicatat"));
    List<String> kesalahan = new ArrayList<>();
    wajib(tanggapan, "Tanggapan ASN", kesalahan);
    if (!kesalahan.isEmpty()) {
      throw new IsianTidakValidException(kesalahan);
    }
    x.tanggapi(potong(tanggapan.trim()));
    return x;
  }

  /** The check-ins done cover the period: the re-evaluation follows. */
  public boolean masaSelesai(Long id) {
    Pembinaan p = ambil(id);
    return p.getPertemuanKe() >= p.getBulanPembinaan();
  }

  /** When the next monthly check-in is due: the start of the period plus (done + 1) months, 08:00 WIB. */
  public String pertemuanBerikutnya(Long id) {
    Pembinaan p = ambil(id);
    LocalDate mulai = p.getTanggalMulaiMasa();
    return Waktu.iso(mulai.plusMonths(p.getPertemuanKe() + 1L), java.time.LocalTime.of(8, 0));
  }

  // ------------------------------------------------------------------------------ re-evaluation

  /** evaluasi-pembinaan: the ratings after the period; the predikat is computed by the DMN afterwards. */
  public Pembinaan evaluasi(Long id, String pengguna, String hasil, String perilaku, String catatan, Instant sekarang) {
    Pembinaan p = ambil(id);
    if (!p.getPejabatPenilai().equals(pengguna)) {
      throw new IsianTidakValidException("Evaluasi pembinaan NIP " + p.getNip() + " dilakukan oleh pejabat penilainya ("
          + p.getPejabatPenilai() + "); pengguna " + pengguna + " tidak berhak");
    }
    List<String> kesalahan = new ArrayList<>();
    Rating rh = rating(hasil, "Rating hasil kerja", kesalahan);
    Rating rp = rating(perilaku, "Rating perilaku kerja", kesalahan);
    wajib(catatan, "Catatan evaluasi", kesalahan);
    if (!kesalahan.isEmpty()) {
      throw new IsianTidakValidException(kesalahan);
    }
    p.evaluasi(rh, rp, potong(catatan.trim()), pengguna, sekarang);
    p.setStatus(StatusPembinaan.EVALUASI);
    return p;
  }

  /** The DMN's predikat stored; improved = Baik or Sangat Baik. */
  public Pembinaan catatHasilEvaluasi(Long id, String predikat) {
    Pembinaan p = ambil(id);
    Predikat pr = Predikat.valueOf(predikat);
    p.hasilEvaluasi(pr, pr == Predikat.BAIK || pr == Predikat.SANGAT_BAIK);
    return p;
  }

  public void tutupMembaik(Long id, Instant sekarang) {
    ambil(id).selesai(StatusPembinaan.SELESAI_MEMBAIK, sekarang);
  }

  // ------------------------------------------------------------------------------ recommendation and decision

  /**
   * The system's recommendation (people decide): JPT → uji kompetensi first; still Butuh Perbaikan
   * → move to a position that fits; Kurang/Sangat Kurang → lower the position.
   */
  public static TindakLanjutPembinaan saran(boolean jpt, Predikat predikatEvaluasi) {
    if (jpt) {
      return TindakLanjutPembinaan.UJI_KOMPETENSI;
    }
    return predikatEvaluasi == Predikat.BUTUH_PERBAIKAN ? TindakLanjutPembinaan.PINDAH
        : TindakLanjutPembinaan.TURUN_JABATAN;
  }

  public Pembinaan rekomendasikan(Long id) {
    Pembinaan p = ambil(id);
    TindakLanjutPembinaan r = saran(p.isJpt(), p.getPredikatEvaluasi());
    String alasan = "Predikat setelah pembinaan " + p.getPredikatEvaluasi().label() + " (awal "
        + p.getPredikatAwal().label() + "): " + switch (r) {
          case UJI_KOMPETENSI -> "pejabat pimpinan tinggi menjalani uji kompetensi lebih dahulu sebelum diputuskan";
          case PINDAH -> "kinerja belum membaik; disarankan pindah ke jabatan yang sesuai kompetensinya";
          case TURUN_JABATAN -> "kinerja tetap di bawah ekspektasi; disarankan penurunan jabatan";
          case TETAP -> "tetap pada jabatan";
        };
    p.rekomendasikan(r, alasan);
    return p;
  }

  /**
   * putuskan-tindak-lanjut-pembinaan: BKPSDM records the PPK's decision. A JPT first gets
   * UJI_KOMPETENSI (then the task comes back for the final decision). Never the pejabat penilai
   * nor the ASN.
   */
  public Pembinaan putuskan(Long id, String pengguna, String keputusan, String alasan, String nomor,
      LocalDate tanggalKeputusan, Instant sekarang) {
    return putuskan(id, pengguna, true, keputusan, alasan, nomor, tanggalKeputusan, sekarang);
  }

  /** @param olehBkpsdm whether {@code pengguna} is a member of BKPSDM (the task listener asks Camunda) */
  public Pembinaan putuskan(Long id, String pengguna, boolean olehBkpsdm, String keputusan, String alasan,
      String nomor, LocalDate tanggalKeputusan, Instant sekarang) {
    Pembinaan p = ambil(id);
    if (pengguna == null || pengguna.equals(p.getPejabatPenilai()) || pengguna.equals(p.getNip())) {
      throw new IsianTidakValidException("Tindak lanjut pembinaan NIP " + p.getNip()
          + " tidak dapat diputuskan oleh pejabat penilai atau ASN yang bersangkutan");
    }
    // a task reassigned to someone outside BKPSDM (e.g. by an administrator) is still BKPSDM's
    if (!olehBkpsdm) {
      throw new IsianTidakValidException("Keputusan tindak lanjut pembinaan dicatat oleh BKPSDM; pengguna " + pengguna
          + " bukan anggota BKPSDM");
    }
    if (p.getStatus() != StatusPembinaan.MENUNGGU_KEPUTUSAN) {
      throw new IsianTidakValidException("Pembinaan NIP " + p.getNip() + " tidak menunggu keputusan");
    }
    List<String> kesalahan = new ArrayList<>();
    TindakLanjutPembinaan k = null;
    try {
      k = TindakLanjutPembinaan.valueOf(keputusan == null ? "" : keputusan.trim());
    } catch (IllegalArgumentException e) {
      kesalahan.add("Keputusan harus salah satu dari TETAP, PINDAH, TURUN_JABATAN, UJI_KOMPETENSI (diterima: '"
          + keputusan + "')");
    }
    boolean ujiDulu = p.isJpt() && p.getUjiKompetensiPada() == null;
    if (k != null && ujiDulu && k != TindakLanjutPembinaan.UJI_KOMPETENSI) {
      kesalahan.add("Pejabat pimpinan tinggi menjalani uji kompetensi lebih dahulu: pilih UJI_KOMPETENSI");
    }
    if (k == TindakLanjutPembinaan.UJI_KOMPETENSI && !ujiDulu) {
      kesalahan.add(p.isJpt() ? "Uji kompetensi sudah tercatat; putuskan TETAP, PINDAH atau TURUN_JABATAN"
          : "Uji kompetensi hanya untuk pejabat pimpinan tinggi; putuskan TETAP, PINDAH atau TURUN_JABATAN");
    }
    wajib(alasan, "Alasan keputusan", kesalahan);
    LocalDate hari = sekarang.atZone(Waktu.WIB).toLocalDate();
    if (k != TindakLanjutPembinaan.UJI_KOMPETENSI) {
      if (tanggalKeputusan == null) {
        kesalahan.add("Tanggal keputusan PPK wajib diisi");
      } else if (tanggalKeputusan.isAfter(hari)) {
        kesalahan.add("Tanggal keputusan PPK tidak boleh setelah hari ini");
      } else if (tanggalKeputusan.isBefore(p.getDimulaiPada().atZone(Waktu.WIB).toLocalDate())) {
        kesalahan.add("Tanggal keputusan PPK tidak boleh sebelum pembinaan dimulai ("
            + tanggal(p.getDimulaiPada().atZone(Waktu.WIB).toLocalDate()) + ")");
      }
    }
    if (nomor != null && nomor.trim().length() > NOMOR_MAKSIMAL) {
      kesalahan.add("Nomor keputusan paling banyak " + NOMOR_MAKSIMAL + " karakter");
    }
    if (!kesalahan.isEmpty()) {
      throw new IsianTidakValidException(kesalahan);
    }
    if (k == TindakLanjutPembinaan.UJI_KOMPETENSI) {
      p.ujiKompetensi(potong(alasan.trim()), pengguna, sekarang);
    } else {
      p.putuskan(k, potong(alasan.trim()), nomor == null || nomor.isBlank() ? null : nomor.trim(), tanggalKeputusan,
          pengguna, sekarang);
    }
    return p;
  }

  /** The JPT's uji kompetensi was recorded: the decision task comes back for the final decision. */
  public boolean menungguKeputusanAkhir(Long id) {
    Pembinaan p = ambil(id);
    return p.getKeputusan() == null;
  }

  public void tutupDiputuskan(Long id, Instant sekarang) {
    ambil(id).selesai(StatusPembinaan.SELESAI_DIPUTUSKAN, sekarang);
  }

  /** A task deadline passed; the first escalation is kept. */
  public void eskalasi(Long id, Instant sekarang) {
    ambil(id).eskalasi(sekarang);
  }

  // ------------------------------------------------------------------------------ helpers

  private static void wajib(String teks, String nama, List<String> kesalahan) {
    wajib(teks, nama, kesalahan, TEKS_MAKSIMAL);
  }

  private static void wajib(String teks, String nama, List<String> kesalahan, int maksimal) {
    String t = teks == null ? "" : teks.trim();
    if (t.length() < TEKS_MINIMAL) {
      kesalahan.add(nama + " wajib diisi, minimal " + TEKS_MINIMAL + " karakter");
    } else if (t.length() > maksimal) {
      kesalahan.add(nama + " paling banyak " + maksimal + " karakter");
    }
  }

  private static Rating rating(String nilai, String nama, List<String> kesalahan) {
    try {
      return Rating.dari(nilai, nama);
    } catch (IllegalArgumentException e) {
      kesalahan.add(e.getMessage());
      return null;
    }
  }

  private static String potong(String s) {
    return s.length() > TEKS_MAKSIMAL ? s.substring(0, TEKS_MAKSIMAL) : s;
  }
}
