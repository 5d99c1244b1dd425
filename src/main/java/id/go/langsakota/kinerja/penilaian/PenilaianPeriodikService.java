package id.go.langsakota.kinerja.penilaian;

import id.go.langsakota.kinerja.kosakata.PenghitungCapaian;
import id.go.langsakota.kinerja.kosakata.DasarSaranRatingHasilKerja;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.config.Waktu;
import java.util.LinkedHashMap;
import static id.go.langsakota.kinerja.pengaturan.KunciPengaturan.AMBANG_DI_ATAS_EKSPEKTASI;
import static id.go.langsakota.kinerja.pengaturan.KunciPengaturan.AMBANG_SESUAI_EKSPEKTASI;
import static id.go.langsakota.kinerja.pengaturan.KunciPengaturan.HARI_KERJA_LAPOR_REALISASI;
import static id.go.langsakota.kinerja.pengaturan.KunciPengaturan.HARI_KERJA_PENILAIAN_PERIODIK;
import static id.go.langsakota.kinerja.pengaturan.KunciPengaturan.HARI_PENGINGAT;
import static id.go.langsakota.kinerja.pengaturan.KunciPengaturan.HARI_KERJA_JEDA_SUSULAN;

import id.go.langsakota.kinerja.kinerjaorganisasi.CapaianKinerjaOrganisasiService;
import id.go.langsakota.kinerja.kinerjaorganisasi.SaranRatingOrganisasi;
import id.go.langsakota.kinerja.organisasi.OrganisasiExpressions;
import id.go.langsakota.kinerja.pemberitahuan.Pemberitahuan;
import id.go.langsakota.kinerja.pemberitahuan.PemberitahuanService;
import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import id.go.langsakota.kinerja.kosakata.PenghitungCapaian.Hasil;
import id.go.langsakota.kinerja.kosakata.PenghitungCapaian.HasilIndikator;
import id.go.langsakota.kinerja.kosakata.PenghitungCapaian.Masukan;
import id.go.langsakota.kinerja.skp.ArahIndikator;
import id.go.langsakota.kinerja.skp.IndikatorKinerja;
import id.go.langsakota.kinerja.skp.IndikatorKinerjaRepository;
import id.go.langsakota.kinerja.skp.JenisRhk;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of one PenilaianPeriodik row outside the forms: created when the period ends, scored
 * after the report, reminders and late marks, the stored predikat. Deadlines are working days
 * (Mon–Fri) from pengaturan, ending at 23:59:59 Waktu.WIB of the last day.
 */
@Service
@Transactional
public class PenilaianPeriodikService {


  private final PenilaianPeriodikRepository repository;
  private final RealisasiIndikatorRepository realisasiRepository;
  private final IndikatorKinerjaRepository indikatorRepository;
  private final PemberitahuanService pemberitahuan;
  private final PengaturanService pengaturan;
  private final OrganisasiExpressions organisasi;
  private final CapaianKinerjaOrganisasiService capaianOrganisasi;

  public PenilaianPeriodikService(PenilaianPeriodikRepository repository,
      RealisasiIndikatorRepository realisasiRepository,
      IndikatorKinerjaRepository indikatorRepository,
      PemberitahuanService pemberitahuan, PengaturanService pengaturan,
      OrganisasiExpressions organisasi, CapaianKinerjaOrganisasiService capaianOrganisasi) {
    this.repository = repository;
    this.realisasiRepository = realisasiRepository;
    this.indikatorRepository = indikatorRepository;
    this.pemberitahuan = pemberitahuan;
    this.pengaturan = pengaturan;
    this.organisasi = organisasi;
    this.capaianOrganisasi = capaianOrganisasi;
  }

  /** A deadline and the reminder before it, as ISO strings for timers and due dates. */
  public record Tenggat(Instant batas, Instant pengingat) {
    public String batasIso() { return iso(batas); }
    public String pengingatIso() { return iso(pengingat); }
  }

  static String iso(Instant t) {
    return OffsetDateTime.ofInstant(t, Waktu.WIB).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** End of the n-th working day after {@code tanggal}; reminder HARI_PENGINGAT days before. */
  Tenggat tenggat(LocalDate tanggal, int hariKerja) {
    Instant batas = HariKerja.tambah(tanggal, hariKerja).atTime(LocalTime.of(23, 59, 59))
        .atZone(Waktu.WIB).toInstant();
    Instant pengingat = batas.minus(java.time.Duration.ofDays(pengaturan.bilangan(HARI_PENGINGAT)));
    return new Tenggat(batas, pengingat);
  }

  /** Creates the row for the period, or returns the existing one (a retried job, a restart). */
  public PenilaianPeriodik siapkan(Long skpId, String nip, int tahun, int periodeKe,
      LocalDate mulai, LocalDate akhir, String processInstanceId) {
    if (akhir.isBefore(mulai)) {
      throw new IllegalArgumentException("Tanggal akhir periode " + akhir
          + " sebelum tanggal mulai " + mulai);
    }
    PenilaianPeriodik p = repository.findBySkpIdAndPeriodeKe(skpId, periodeKe)
        .orElseGet(() -> repository.save(new PenilaianPeriodik(skpId, nip, tahun, periodeKe, mulai, akhir)));
    if (p.getCaraPenilaian() == CaraPenilaianPeriode.TIDAK_DINILAI) {
      throw new IllegalStateException("Periode " + LabelPeriode.dari(p) + " tercatat tidak dinilai: "
          + p.getKeteranganCaraPenilaian());
    }
    if (p.getBatasLapor() == null) {
      // A catch-up row already carries its deadline (set when the SKP was agreed). A regular
      // period is due after the last catch-up of the same SKP, so the order of periods holds.
      p.setBatasLapor(JadwalPeriodeTerlambat.batasReguler(
          tenggat(akhir, pengaturan.bilangan(HARI_KERJA_LAPOR_REALISASI)).batas(),
          batasSusulanTerakhir(skpId), pengaturan.bilangan(HARI_KERJA_JEDA_SUSULAN)));
    }
    p.setProcessInstanceId(processInstanceId);
    return p;
  }

  private Instant batasSusulanTerakhir(Long skpId) {
    return repository.findBySkpIdOrderByPeriodeKe(skpId).stream()
        .filter(x -> x.getCaraPenilaian() == CaraPenilaianPeriode.SUSULAN && x.getBatasLapor() != null)
        .map(PenilaianPeriodik::getBatasLapor).max(Instant::compareTo).orElse(null);
  }

  /** The stored reporting deadline (regular or catch-up) and its reminder HARI_PENGINGAT days before. */
  public Tenggat tenggatLapor(PenilaianPeriodik p) {
    Instant batas = p.getBatasLapor() != null ? p.getBatasLapor()
        : tenggat(p.getTanggalAkhir(), pengaturan.bilangan(HARI_KERJA_LAPOR_REALISASI)).batas();
    return new Tenggat(batas, batas.minus(java.time.Duration.ofDays(pengaturan.bilangan(HARI_PENGINGAT))));
  }

  /**
   * Scores the report: capaian per indikator from the SKP's targets, the suggested Rating Hasil
   * Kerja (for the head of an OPD from the OPD's capaian kinerja organisasi of this period when
   * BKPSDM has entered it, docs/aturan-kinerja.md §3), and the review deadline: HARI_KERJA_PENILAIAN_PERIODIK working days after the later
   * of the reporting deadline and the day the ASN actually reported (a late report does not
   * shorten the supervisor's time).
   */
  public Tenggat hitungCapaian(long penilaianId) {
    PenilaianPeriodik p = muat(penilaianId);
    Map<Long, RealisasiIndikator> realisasi = realisasiRepository.findByPenilaianIdOrderById(penilaianId)
        .stream().collect(Collectors.toMap(RealisasiIndikator::getIndikatorId, Function.identity()));
    List<IndikatorKinerja> indikator = indikatorRepository.findByRhkSkpIdOrderByRhkUrutanAscUrutanAsc(p.getSkpId());
    List<Masukan> masukan = new ArrayList<>();
    for (IndikatorKinerja i : indikator) {
      RealisasiIndikator r = realisasi.get(i.getId());
      masukan.add(new Masukan(i.getId(), i.getRhk().getJenis() == JenisRhk.UTAMA, i.getTarget(),
          r == null ? null : r.getRealisasi(), i.getArah() == ArahIndikator.LEBIH_RENDAH_LEBIH_BAIK));
    }
    Hasil hasil = new PenghitungCapaian(pengaturan.angka(AMBANG_DI_ATAS_EKSPEKTASI),
        pengaturan.angka(AMBANG_SESUAI_EKSPEKTASI)).hitung(masukan);
    for (HasilIndikator h : hasil.indikator()) {
      RealisasiIndikator r = realisasi.computeIfAbsent(h.indikatorId(),
          id -> realisasiRepository.save(new RealisasiIndikator(penilaianId, id)));
      r.setCapaian(h.capaian());
      r.setKategori(h.kategori());
    }
    // Kepala OPD: the OPD's figure on the period's last day decides; otherwise the indicators.
    SaranRatingOrganisasi.Saran saran = capaianOrganisasi.saran(p.getNip(), p.getTahun(),
        p.getPeriodeKe(), p.getTanggalAkhir(), hasil.saran(), DasarSaranRatingHasilKerja.INDIKATOR);
    p.setSaranRatingHasilKerja(saran.rating());
    p.setDasarSaranRatingHasilKerja(saran.dasar());
    p.setCapaianOrganisasi(saran.capaianOrganisasi());
    p.setStatus(StatusPenilaianPeriodik.MENUNGGU_PENILAIAN);
    LocalDate batasLapor = LocalDate.ofInstant(p.getBatasLapor(), Waktu.WIB);
    LocalDate dilaporkan = p.getDilaporkanPada() == null ? batasLapor
        : LocalDate.ofInstant(p.getDilaporkanPada(), Waktu.WIB);
    LocalDate dasar = dilaporkan.isAfter(batasLapor) ? dilaporkan : batasLapor;
    Tenggat t = tenggat(dasar, pengaturan.bilangan(HARI_KERJA_PENILAIAN_PERIODIK));
    p.setBatasPenilaian(t.batas());
    return t;
  }

  public void kirimPengingatLapor(long penilaianId) {
    PenilaianPeriodik p = muat(penilaianId);
    beritahu(p.getNip(), Pemberitahuan.Jenis.PENGINGAT_LAPOR, "Batas pelaporan realisasi periode "
        + p.getPeriodeKe() + "/" + p.getTahun() + " adalah " + tanggal(p.getBatasLapor())
        + ". Segera laporkan realisasi dan bukti dukung.", p);
  }

  /** The ASN missed the deadline: the task stays open, the period is marked late, the pejabat penilai told. */
  public void catatTerlambatLapor(long penilaianId) {
    PenilaianPeriodik p = muat(penilaianId);
    p.setTerlambatLapor(true);
    beritahu(organisasi.pejabatPenilai(p.getNip()), Pemberitahuan.Jenis.TERLAMBAT_LAPOR,
        "Pegawai " + p.getNip() + " belum melaporkan realisasi periode " + p.getPeriodeKe() + "/"
            + p.getTahun() + " sampai batas " + tanggal(p.getBatasLapor()) + ".", p);
  }

  public void kirimPengingatPenilaian(long penilaianId, String penerima) {
    PenilaianPeriodik p = muat(penilaianId);
    beritahu(penerima, Pemberitahuan.Jenis.PENGINGAT_PENILAIAN, "Batas penilaian kinerja periode "
        + p.getPeriodeKe() + "/" + p.getTahun() + " pegawai " + p.getNip() + " adalah "
        + tanggal(p.getBatasPenilaian()) + ".", p);
  }

  /**
   * The review is late: marks the period and returns the user the task goes to (the atasan
   * pejabat penilai, today, from the register). Both people are told.
   */
  public String eskalasiPenilaian(long penilaianId, String pejabatPenilaiLama) {
    PenilaianPeriodik p = muat(penilaianId);
    p.setTerlambatNilai(true);
    String atasan = organisasi.atasanPejabatPenilai(p.getNip());
    String pesan = "Penilaian kinerja periode " + p.getPeriodeKe() + "/" + p.getTahun()
        + " pegawai " + p.getNip() + " melewati batas " + tanggal(p.getBatasPenilaian())
        + "; tugas dialihkan kepada atasan pejabat penilai (" + atasan + ").";
    beritahu(atasan, Pemberitahuan.Jenis.ESKALASI_PENILAIAN, pesan, p);
    if (pejabatPenilaiLama != null && !pejabatPenilaiLama.equals(atasan)) {
      beritahu(pejabatPenilaiLama, Pemberitahuan.Jenis.ESKALASI_PENILAIAN, pesan, p);
    }
    return atasan;
  }

  public void simpanPredikat(long penilaianId, String predikat) {
    PenilaianPeriodik p = muat(penilaianId);
    if (predikat == null) {
      // Ratings are checked on submit, so the DMN always matches; this guards a bypass.
      throw new IllegalStateException("Predikat kinerja tidak dapat ditentukan dari rating "
          + p.getRatingHasilKerja() + " dan " + p.getRatingPerilaku());
    }
    p.setPredikat(Predikat.valueOf(predikat));
    p.setStatus(StatusPenilaianPeriodik.SELESAI);
    beritahu(p.getNip(), Pemberitahuan.Jenis.HASIL_PERIODIK, "Penilaian kinerja periode "
        + LabelPeriode.dari(p) + " telah selesai. Predikat kinerja: " + p.getPredikat().label() + ".", p);
  }

  /**
   * The rated periods of one SKP as the ASN reads them ({periode, predikat, ratingHasilKerja,
   * ratingPerilaku} labels), oldest first: shown in the laporkan-realisasi form.
   */
  public List<Map<String, String>> hasilPeriode(Long skpId) {
    List<Map<String, String>> hasil = new ArrayList<>();
    for (PenilaianPeriodik p : repository.findBySkpIdOrderByPeriodeKe(skpId)) {
      if (p.getStatus() != StatusPenilaianPeriodik.SELESAI || p.getPredikat() == null) {
        continue;
      }
      Map<String, String> m = new LinkedHashMap<>();
      m.put("periode", LabelPeriode.dari(p));
      m.put("predikat", p.getPredikat().label());
      m.put("ratingHasilKerja", p.getRatingHasilKerja() == null ? "" : p.getRatingHasilKerja().label());
      m.put("ratingPerilaku", p.getRatingPerilaku() == null ? "" : p.getRatingPerilaku().label());
      hasil.add(m);
    }
    return hasil;
  }

  PenilaianPeriodik muat(long penilaianId) {
    return repository.findById(penilaianId).orElseThrow(
        () -> new NoSuchElementException("Penilaian periodik " + penilaianId + " tidak ditemukan"));
  }

  private void beritahu(String penerima, Pemberitahuan.Jenis jenis, String pesan, PenilaianPeriodik p) {
    pemberitahuan.catatPenilaian(jenis, penerima, pesan, p.getId(), p.getProcessInstanceId());
  }

  private static String tanggal(Instant t) {
    return t == null ? "-" : OffsetDateTime.ofInstant(t, Waktu.WIB).format(DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm"));
  }
}
