package id.go.langsakota.kinerja.kinerjasaya;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.Aturan;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.BagianBelumTersedia;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.BarisMatriks;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.Berkas;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.Hitungan;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.Identitas;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.Indikator;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.Perilaku;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.Periode;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.RataRata;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.RatingPerilaku;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.RealisasiRhk;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.Rhk;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.SkpInfo;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.Tahunan;
import id.go.langsakota.kinerja.keberatan.Keberatan;
import id.go.langsakota.kinerja.keberatan.KeberatanRepository;
import id.go.langsakota.kinerja.keberatan.KeberatanService;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.UmpanBalik;
import id.go.langsakota.kinerja.organisasi.Jabatan;
import id.go.langsakota.kinerja.organisasi.JabatanRepository;
import id.go.langsakota.kinerja.organisasi.JenisJabatan;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.Pejabat;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatan;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import id.go.langsakota.kinerja.pengaturan.KunciPengaturan;
import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import id.go.langsakota.kinerja.penilaian.BuktiDukung;
import id.go.langsakota.kinerja.penilaian.BuktiDukungRepository;
import id.go.langsakota.kinerja.penilaian.LabelPeriode;
import id.go.langsakota.kinerja.penilaian.PenilaianPeriodik;
import id.go.langsakota.kinerja.penilaian.PenilaianPeriodikRepository;
import id.go.langsakota.kinerja.kompetensi.PengembanganKompetensiService;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.penilaian.RatingPerilakuPeriodikRepository;
import id.go.langsakota.kinerja.penilaian.RealisasiIndikatorRepository;
import id.go.langsakota.kinerja.penilaian.UmpanBalikRepository;
import id.go.langsakota.kinerja.skp.IndikatorKinerja;
import id.go.langsakota.kinerja.skp.JenisRhk;
import id.go.langsakota.kinerja.skp.PerjanjianKinerja;
import id.go.langsakota.kinerja.skp.RencanaHasilKerja;
import id.go.langsakota.kinerja.skp.SaranRatingTahunan;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import id.go.langsakota.kinerja.identitas.TanpaAutentikasi;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only queries behind "Kinerja saya". Who may read a pegawai's performance: the pegawai
 * themself, their pejabat penilai and atasan pejabat penilai according to the register today
 * (a supervisor sees their team), and BKPSDM; nobody else. Access is checked before anything is
 * looked up, so a stranger cannot learn whether a NIP or a year exists.
 */
@Service
@Transactional(readOnly = true)
public class KinerjaSayaService {

  static final String ROLE_BKPSDM = "ROLE_BKPSDM";
  static final String PEMERINTAH = "Pemerintah Kota Langsa";

  private final SkpRepository skpRepository;
  private final PenilaianPeriodikRepository penilaianRepository;
  private final RealisasiIndikatorRepository realisasiRepository;
  private final UmpanBalikRepository umpanBalikRepository;
  private final RatingPerilakuPeriodikRepository ratingPerilakuRepository;
  private final BuktiDukungRepository buktiRepository;
  private final PegawaiRepository pegawaiRepository;
  private final JabatanRepository jabatanRepository;
  private final RegisterOrganisasiService register;
  private final PengaturanService pengaturan;
  private final DecisionService decisionService;
  private final IdentityService identityService;
  private final EntityManager em;
  private final PengembanganKompetensiService pengembangan;
  private final KeberatanRepository keberatanRepository;
  private final KeberatanService keberatanService;
  private final TindakLanjutBaca tindakLanjut;

  public KinerjaSayaService(SkpRepository skpRepository,
      PenilaianPeriodikRepository penilaianRepository,
      RealisasiIndikatorRepository realisasiRepository, UmpanBalikRepository umpanBalikRepository,
      RatingPerilakuPeriodikRepository ratingPerilakuRepository,
      BuktiDukungRepository buktiRepository, PegawaiRepository pegawaiRepository,
      JabatanRepository jabatanRepository, RegisterOrganisasiService register,
      PengaturanService pengaturan, DecisionService decisionService,
      IdentityService identityService, EntityManager em, PengembanganKompetensiService pengembangan,
      KeberatanRepository keberatanRepository, KeberatanService keberatanService,
      TindakLanjutBaca tindakLanjut) {
    this.skpRepository = skpRepository;
    this.penilaianRepository = penilaianRepository;
    this.realisasiRepository = realisasiRepository;
    this.umpanBalikRepository = umpanBalikRepository;
    this.ratingPerilakuRepository = ratingPerilakuRepository;
    this.buktiRepository = buktiRepository;
    this.pegawaiRepository = pegawaiRepository;
    this.jabatanRepository = jabatanRepository;
    this.register = register;
    this.pengaturan = pengaturan;
    this.decisionService = decisionService;
    this.identityService = identityService;
    this.em = em;
    this.pengembangan = pengembangan;
    this.keberatanRepository = keberatanRepository;
    this.keberatanService = keberatanService;
    this.tindakLanjut = tindakLanjut;
  }

  /** Who is asking, and whose performance they may open (themself, their team). */
  public record Beranda(Identitas pengguna, boolean bkpsdm, List<Integer> tahun,
      List<AnggotaTim> tim) {}

  public record AnggotaTim(String nip, String nama, String jabatan, List<Integer> tahun) {}

  /** The years with an SKP of one pegawai, newest first. */
  public record DaftarTahun(Identitas pegawai, List<Integer> tahun) {}

  public Beranda beranda(Authentication auth) {
    String id = wajibMasuk(auth);
    LocalDate hariIni = LocalDate.now(Waktu.WIB);
    Identitas saya = pegawaiRepository.findByNip(id)
        .map(p -> identitas(p, hariIni))
        .orElse(new Identitas(null, id, null, null, null, null, false));
    List<AnggotaTim> tim = register.bawahan(id, hariIni).stream()
        .filter(b -> b.nip() != null)
        .map(b -> new AnggotaTim(b.nip(), b.nama(), b.namaJabatan(), tahunSkp(b.nip())))
        .toList();
    return new Beranda(saya, bkpsdm(auth), saya.nip() == null ? List.of() : tahunSkp(id), tim);
  }

  public DaftarTahun daftarTahun(String nip, Authentication auth) {
    periksaAkses(auth, nip);
    Pegawai p = pegawaiRepository.findByNip(nip).orElseThrow(() -> tidakTerdaftar(nip));
    return new DaftarTahun(identitas(p, LocalDate.now(Waktu.WIB)), tahunSkp(nip));
  }

  /**
   * @throws AccessDeniedException when the caller may not see this pegawai
   * @throws NoSuchElementException when the NIP is unknown or has no SKP that year
   */
  public RincianKinerja rincian(String nip, int tahun, Authentication auth) {
    periksaAkses(auth, nip);
    Pegawai pegawai = pegawaiRepository.findByNip(nip).orElseThrow(() -> tidakTerdaftar(nip));
    Skp skp = skpRepository.findByNipAndTahun(nip, tahun).orElseThrow(() -> new NoSuchElementException(
        "SKP tahun " + tahun + " untuk NIP " + nip + " tidak ditemukan"));
    return susun(pegawai, skp);
  }

  /** The same check as the endpoints, for callers that already hold the data (PDF). */
  public void periksaAkses(Authentication auth, String nip) {
    String id = wajibMasuk(auth);
    if (id.equals(nip) || bkpsdm(auth)) {
      return;
    }
    if (!register.penilaiAtauAtasan(id, nip, LocalDate.now(Waktu.WIB))) {
      throw new AccessDeniedException("Anda tidak berhak melihat kinerja pegawai ini");
    }
  }

  // ---------------------------------------------------------------------------------------------

  private RincianKinerja susun(Pegawai pegawai, Skp skp) {
    LocalDate acuan = tanggalAcuan(skp);
    Optional<PenugasanJabatan> jabatan = register.jabatanDefinitif(pegawai.getNip(), acuan);
    boolean jpt = jabatan.map(j -> j.getJabatan().getJenis() == JenisJabatan.JPT).orElse(false);
    Optional<Pejabat> penilai = register.pejabatPenilai(pegawai.getNip(), acuan);
    Identitas idPenilai = penilai.map(p -> identitas(p, acuan)).orElse(null);
    Identitas idAtasan = penilai.isPresent()
        ? register.atasanPejabatPenilai(pegawai.getNip(), acuan).map(p -> identitas(p, acuan))
            .orElse(null)
        : null;

    List<Rhk> rhk = new ArrayList<>();
    Map<Long, String> nomorIndikator = new HashMap<>();
    Map<Long, IndikatorKinerja> indikatorById = new HashMap<>();
    for (RencanaHasilKerja r : skp.getRencanaHasilKerja()) {
      List<Indikator> ind = new ArrayList<>();
      for (IndikatorKinerja i : r.getIndikator()) {
        String nomor = r.getUrutan() + "." + i.getUrutan();
        nomorIndikator.put(i.getId(), nomor);
        indikatorById.put(i.getId(), i);
        ind.add(new Indikator(i.getId(), nomor, i.getAspek(), i.getUraian(), i.getTarget(),
            i.getSatuan(), i.getArah()));
      }
      rhk.add(new Rhk(r.getId(), r.getUrutan(), r.getJenis(), r.getUraian(), rhkAtasan(r), ind));
    }
    List<Perilaku> perilaku = skp.getPerilakuKerja().stream()
        .map(p -> new Perilaku(p.getNilai(), p.getNilai().label(), p.getEkspektasiKhusus()))
        .toList();

    Map<String, String> namaOrang = new HashMap<>();
    List<PenilaianPeriodik> daftar = penilaianRepository.findBySkpIdOrderByPeriodeKe(skp.getId());
    List<Periode> periode = daftar.stream()
        .map(p -> periode(p, skp, indikatorById, nomorIndikator, namaOrang)).toList();

    Tahunan tahunan = new Tahunan(skp.getSaranRatingHasilKerja(), skp.getDasarSaranRatingHasilKerja(),
        skp.getSaranRatingPerilaku(), skp.getRatingHasilKerjaTahunan(), skp.getRatingPerilakuTahunan(),
        skp.getAlasanRatingTahunan(), skp.getPredikatTahunan(), nama(skp.getDinilaiOleh(), namaOrang),
        skp.getTanggalDinilai(), skp.getTanggalDiterima(),
        rataRata(daftar.stream().map(PenilaianPeriodik::getRatingHasilKerja).toList()),
        rataRata(daftar.stream().map(PenilaianPeriodik::getRatingPerilaku).toList()));

    SkpInfo info = new SkpInfo(skp.getId(), skp.getTahun(), skp.getTanggalMulai(),
        skp.getTanggalSelesai(), skp.getJenisPeriode(), skp.getStatus(), skp.getTanggalDisetujui());
    return new RincianKinerja(PEMERINTAH, identitas(pegawai, acuan), idPenilai, idAtasan, jpt, info,
        rhk, perilaku, periode, tahunan, aturan(), belumTersedia(),
        pelatihan(pegawai.getNip(), skp.getTahun()), keberatan(pegawai.getNip(), skp.getTahun(), namaOrang),
        tindakLanjut.kebutuhanPelatihan(pegawai.getNip(), skp.getTahun()),
        tindakLanjut.pembinaan(pegawai.getNip(), skp.getTahun(), id -> nama(id, namaOrang)),
        tindakLanjut.penghargaan(pegawai.getNip(), skp.getTahun()));
  }

  private Periode periode(PenilaianPeriodik p, Skp skp, Map<Long, IndikatorKinerja> indikatorById,
      Map<Long, String> nomorIndikator, Map<String, String> namaOrang) {
    List<id.go.langsakota.kinerja.penilaian.RealisasiIndikator> realisasi =
        realisasiRepository.findByPenilaianIdOrderById(p.getId());
    Map<Long, BuktiDukung> bukti = buktiRepository.findAllById(realisasi.stream()
            .map(id.go.langsakota.kinerja.penilaian.RealisasiIndikator::getBuktiDukungId)
            .filter(java.util.Objects::nonNull).toList())
        .stream().collect(Collectors.toMap(BuktiDukung::getId, Function.identity()));
    Map<Long, List<id.go.langsakota.kinerja.penilaian.UmpanBalik>> umpanBalik =
        umpanBalikRepository.findByPenilaianIdOrderById(p.getId()).stream()
            .collect(Collectors.groupingBy(id.go.langsakota.kinerja.penilaian.UmpanBalik::getRhkId,
                LinkedHashMap::new, Collectors.toList()));
    Map<Long, id.go.langsakota.kinerja.penilaian.RealisasiIndikator> perIndikator = new HashMap<>();
    realisasi.forEach(r -> perIndikator.put(r.getIndikatorId(), r));

    List<RealisasiRhk> perRhk = new ArrayList<>();
    int diAtas = 0;
    int sesuai = 0;
    int diBawah = 0;
    boolean utamaDiBawah = false;
    for (RencanaHasilKerja r : skp.getRencanaHasilKerja()) {
      List<RincianKinerja.RealisasiIndikator> baris = new ArrayList<>();
      for (IndikatorKinerja i : r.getIndikator()) {
        var ri = perIndikator.get(i.getId());
        if (ri == null) {
          baris.add(new RincianKinerja.RealisasiIndikator(i.getId(), nomorIndikator.get(i.getId()),
              i.getAspek(), i.getUraian(), i.getTarget(), i.getSatuan(), i.getArah(), null, null,
              null, null, null, null));
          continue;
        }
        BuktiDukung b = ri.getBuktiDukungId() == null ? null : bukti.get(ri.getBuktiDukungId());
        baris.add(new RincianKinerja.RealisasiIndikator(i.getId(), nomorIndikator.get(i.getId()),
            i.getAspek(), i.getUraian(), i.getTarget(), i.getSatuan(), i.getArah(), ri.getRealisasi(),
            ri.getCapaian(), ri.getKategori(), ri.getKeterangan(), ri.getTautanBukti(),
            b == null ? null : new Berkas(b.getId(), b.getNamaBerkas(), "/api/bukti-dukung/" + b.getId())));
        if (ri.getKategori() == Rating.DI_ATAS_EKSPEKTASI) {
          diAtas++;
        } else if (ri.getKategori() == Rating.SESUAI_EKSPEKTASI) {
          sesuai++;
        } else if (ri.getKategori() == Rating.DI_BAWAH_EKSPEKTASI) {
          diBawah++;
          utamaDiBawah |= r.getJenis() == JenisRhk.UTAMA;
        }
      }
      List<UmpanBalik> ub = umpanBalik.getOrDefault(r.getId(), List.of()).stream()
          .map(u -> new UmpanBalik(u.getIsi(), nama(u.getDitulisOleh(), namaOrang), u.getDitulisPada()))
          .toList();
      perRhk.add(new RealisasiRhk(r.getId(), r.getUrutan(), r.getJenis(), r.getUraian(), baris, ub));
    }
    int dinilai = diAtas + sesuai + diBawah;
    Hitungan hitungan = dinilai == 0 ? null
        : new Hitungan(dinilai, diAtas, sesuai, diBawah, utamaDiBawah, p.getSaranRatingHasilKerja());
    List<RatingPerilaku> perilaku = ratingPerilakuRepository.findByPenilaianIdOrderById(p.getId()).stream()
        .map(r -> new RatingPerilaku(r.getNilai(), r.getNilai().label(), r.getRating()))
        .toList();
    // A catch-up or not-assessed period says so in its label ("Januari 2026 (susulan)").
    return new Periode(p.getPeriodeKe(), LabelPeriode.lengkap(p),
        p.getTanggalMulai(), p.getTanggalAkhir(), p.getStatus(), p.getDilaporkanPada(),
        p.isTerlambatLapor(), p.getCatatanMandiri(), perRhk, hitungan, perilaku,
        p.getDasarSaranRatingHasilKerja(), p.getCapaianOrganisasi(), p.getSaranRatingHasilKerja(),
        p.getRatingHasilKerja(), p.getAlasanRatingHasilKerja(), p.getSaranRatingPerilaku(),
        p.getRatingPerilaku(), p.getAlasanRatingPerilaku(), p.getPredikat(),
        nama(p.getIdPejabatPenilai(), namaOrang), p.getDinilaiPada(), p.getCaraPenilaian(),
        p.getKeteranganCaraPenilaian());
  }

  /** Mean of the decided periodic ratings as scores 1/2/3, and what it rounds to (DOMAIN §3). */
  static RataRata rataRata(List<Rating> periodik) {
    List<Integer> skor = periodik.stream().filter(java.util.Objects::nonNull).map(Rating::skor).toList();
    if (skor.isEmpty()) {
      return new RataRata(List.of(), null, null, null);
    }
    BigDecimal jumlah = BigDecimal.valueOf(skor.stream().mapToInt(Integer::intValue).sum());
    BigDecimal n = BigDecimal.valueOf(skor.size());
    int bulat = jumlah.divide(n, 0, RoundingMode.HALF_UP).intValueExact();
    return new RataRata(skor, jumlah.divide(n, 2, RoundingMode.HALF_UP), bulat,
        SaranRatingTahunan.saran(periodik));
  }

  private Aturan aturan() {
    List<BarisMatriks> matriks = new ArrayList<>();
    for (Rating hasil : List.of(Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI,
        Rating.DI_BAWAH_EKSPEKTASI)) {
      matriks.add(new BarisMatriks(hasil, predikat(hasil, Rating.DI_BAWAH_EKSPEKTASI),
          predikat(hasil, Rating.SESUAI_EKSPEKTASI), predikat(hasil, Rating.DI_ATAS_EKSPEKTASI)));
    }
    return new Aturan(pengaturan.angka(KunciPengaturan.AMBANG_DI_ATAS_EKSPEKTASI),
        pengaturan.angka(KunciPengaturan.AMBANG_SESUAI_EKSPEKTASI), matriks);
  }

  // The matrix as the deployed DMN predikat-kinerja decides it, so the guide shows the rule in force.
  private Predikat predikat(Rating hasilKerja, Rating perilaku) {
    // system read: the caller's own Camunda permissions (if any are set) do not apply to it
    Object hasil = TanpaAutentikasi.jalankan(identityService, () -> decisionService
        .evaluateDecisionTableByKey("predikat-kinerja", Variables.createVariables()
            .putValue("ratingHasilKerja", hasilKerja.name())
            .putValue("ratingPerilaku", perilaku.name()))
        .getSingleResult().getEntry("predikat"));
    return Predikat.valueOf(String.valueOf(hasil));
  }

  private RincianKinerja.Pelatihan pelatihan(String nip, int tahun) {
    int jp = pengembangan.jpTerverifikasi(nip, tahun);
    int minimal = pengembangan.jpMinimal();
    List<RincianKinerja.ItemPelatihan> daftar = pengembangan.daftar(nip, tahun).stream()
        .map(p -> new RincianKinerja.ItemPelatihan(p.getId(), p.getNamaPelatihan(), p.getJenis().label(),
            p.getPenyelenggara(), p.getTanggalMulai(), p.getTanggalSelesai(), p.getJp(),
            p.getStatus().name(), p.getStatus().label(), p.getCatatanPengembalian(),
            p.getSertifikatBuktiId() == null ? null : new Berkas(p.getSertifikatBuktiId(), "Sertifikat",
                "/api/bukti-dukung/" + p.getSertifikatBuktiId())))
        .toList();
    return new RincianKinerja.Pelatihan(jp, minimal, Math.max(0, minimal - jp), daftar);
  }

  /** Every section is built (the appeal was the last one); kept for sections still to come. */
  static List<BagianBelumTersedia> belumTersedia() {
    return List.of();
  }

  /** The pegawai's appeal against this year's final result (one per year at most), step by step. */
  private List<RincianKinerja.KeberatanTahunan> keberatan(String nip, int tahun, Map<String, String> namaOrang) {
    return keberatanRepository.findByNipAndTahun(nip, tahun).map(k -> keberatan(k, namaOrang))
        .map(List::of).orElse(List.of());
  }

  private RincianKinerja.KeberatanTahunan keberatan(Keberatan k, Map<String, String> namaOrang) {
    List<RincianKinerja.PenjelasanKeberatan> penjelasan = keberatanService.penjelasan(k.getId()).stream()
        .map(p -> new RincianKinerja.PenjelasanKeberatan(p.getPihak().label(), nama(p.getDimintaKepada(), namaOrang),
            p.getPertanyaan(), nama(p.getDimintaOleh(), namaOrang), p.getDimintaPada(), p.getBatas(),
            p.getStatus().name(), p.getPenjelasan(), p.getDijawabPada()))
        .toList();
    RincianKinerja.KeputusanKeberatan keputusan = k.getDiputuskanPada() == null ? null
        : new RincianKinerja.KeputusanKeberatan(k.getRatingHasilKerjaAwal(), k.getRatingHasilKerjaAkhir(),
            k.getRatingHasilKerjaAkhir() != k.getRatingHasilKerjaAwal(), k.getAlasanHasilKerja(),
            k.getRatingPerilakuAwal(), k.getRatingPerilakuAkhir(),
            k.getRatingPerilakuAkhir() != k.getRatingPerilakuAwal(), k.getAlasanPerilaku(), k.getPredikatAwal(),
            k.getPredikatAkhir(), nama(k.getDiputuskanOleh(), namaOrang), k.getDiputuskanPada());
    List<RincianKinerja.LangkahKeberatan> langkah = keberatanService.langkah(k.getId()).stream()
        .map(l -> new RincianKinerja.LangkahKeberatan(l.getJenis().name(), l.getJenis().label(),
            l.getOleh() == null ? "Sistem" : nama(l.getOleh(), namaOrang), l.getPada(), l.getUraian(), l.getAlasan()))
        .toList();
    List<Berkas> bukti = k.daftarBuktiDukung().stream()
        .map(b -> new Berkas(b, "Berkas " + b, "/api/bukti-dukung/" + b)).toList();
    return new RincianKinerja.KeberatanTahunan(k.getId(), k.getStatus().name(), k.getStatus().label(), k.hasil(),
        k.getDiajukanPada(), k.getBatasPengajuan(), k.getBatasKeputusan(), k.getDieskalasiPada(), k.getAlasan(),
        bukti, nama(k.getDinilaiOleh(), namaOrang), penjelasan, keputusan, k.getDibacaPada(), langkah);
  }

  private String rhkAtasan(RencanaHasilKerja r) {
    if (r.getRhkAtasan() != null) {
      return r.getRhkAtasan().getUraian();
    }
    PerjanjianKinerja pk = r.getPerjanjianKinerja();
    if (pk != null) {
      return "Perjanjian kinerja: " + pk.getSasaran()
          + (pk.getIndikator() == null || pk.getIndikator().isBlank() ? "" : " (" + pk.getIndikator() + ")");
    }
    return null;
  }

  private Identitas identitas(Pegawai p, LocalDate tanggal) {
    Optional<PenugasanJabatan> j = register.jabatanDefinitif(p.getNip(), tanggal);
    return new Identitas(p.getNip(), p.getNamaLengkap(), p.getPangkatGolongan(),
        j.map(x -> x.getJabatan().getNama()).orElse(null),
        j.map(x -> x.getJabatan().getUnitKerja().getNama()).orElse(null),
        j.map(x -> x.getJabatan().getOpd().getNama()).orElse(null), false);
  }

  private Identitas identitas(Pejabat p, LocalDate tanggal) {
    if (p.nip() == null) {
      return new Identitas(null, p.nama(), null, p.namaJabatan(), null, PEMERINTAH, false);
    }
    Optional<Jabatan> j = Optional.ofNullable(p.jabatanId()).flatMap(jabatanRepository::findById);
    String pangkat = pegawaiRepository.findByNip(p.nip()).map(Pegawai::getPangkatGolongan).orElse(null);
    return new Identitas(p.nip(), p.nama(), pangkat,
        (p.plt() ? "Plt. " : "") + p.namaJabatan(),
        j.map(x -> x.getUnitKerja().getNama()).orElse(null),
        j.map(x -> x.getOpd().getNama()).orElse(null), p.plt());
  }

  private String nama(String idPengguna, Map<String, String> cache) {
    if (idPengguna == null) {
      return null;
    }
    return cache.computeIfAbsent(idPengguna, id -> pegawaiRepository.findByNip(id)
        .map(Pegawai::getNamaLengkap)
        .orElseGet(() -> id.equals(register.ppk().idPengguna()) ? register.ppk().nama() : id));
  }

  // The register as it stood during the SKP: its last day when over, today while it runs.
  private static LocalDate tanggalAcuan(Skp skp) {
    LocalDate hariIni = LocalDate.now(Waktu.WIB);
    LocalDate t = skp.getTanggalSelesai() != null && skp.getTanggalSelesai().isBefore(hariIni)
        ? skp.getTanggalSelesai() : hariIni;
    return skp.getTanggalMulai() != null && t.isBefore(skp.getTanggalMulai()) ? skp.getTanggalMulai() : t;
  }

  private List<Integer> tahunSkp(String nip) {
    return em.createQuery("select s.tahun from Skp s where s.nip = :nip order by s.tahun desc",
        Integer.class).setParameter("nip", nip).getResultList();
  }

  private static String wajibMasuk(Authentication auth) {
    if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
      throw new AccessDeniedException("Silakan masuk terlebih dahulu");
    }
    return auth.getName();
  }

  private static boolean bkpsdm(Authentication auth) {
    return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(ROLE_BKPSDM::equals);
  }

  private static NoSuchElementException tidakTerdaftar(String nip) {
    return new NoSuchElementException("NIP " + nip + " tidak terdaftar");
  }
}
