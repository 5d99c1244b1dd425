package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.web.IsianTidakValidException;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.organisasi.Pejabat;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatan;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import id.go.langsakota.kinerja.pengaturan.KunciPengaturan;
import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** SKP lifecycle on the project's tables; called by the thin delegates and listeners. */
@Service
@Transactional
public class SkpService {

  static final Set<StatusSkp> DISEPAKATI =
      EnumSet.of(StatusSkp.DISETUJUI, StatusSkp.DINILAI, StatusSkp.DITERIMA);

  private final SkpRepository skpRepository;
  private final RencanaHasilKerjaRepository rhkRepository;
  private final PerjanjianKinerjaRepository perjanjianRepository;
  private final RegisterOrganisasiService register;
  private final PengaturanService pengaturan;
  private final JadwalPeriodeSkp jadwalPeriode;
  private final org.springframework.context.ApplicationEventPublisher events;

  public SkpService(SkpRepository skpRepository, RencanaHasilKerjaRepository rhkRepository,
      PerjanjianKinerjaRepository perjanjianRepository, RegisterOrganisasiService register,
      PengaturanService pengaturan, JadwalPeriodeSkp jadwalPeriode,
      org.springframework.context.ApplicationEventPublisher events) {
    this.jadwalPeriode = jadwalPeriode;
    this.events = events;
    this.skpRepository = skpRepository;
    this.rhkRepository = rhkRepository;
    this.perjanjianRepository = perjanjianRepository;
    this.register = register;
    this.pengaturan = pengaturan;
  }

  /** Creates the SKP of nip+tahun, or returns the existing one (a retried job must not fail). */
  public Skp buatAtauAmbil(String nip, int tahun, LocalDate mulai, LocalDate selesai,
      JenisPeriode jenis, Long siklusId, String processInstanceId) {
    PeriodeService.periode(mulai, selesai, jenis); // checks the span
    Skp skp = skpRepository.findByNipAndTahun(nip, tahun).orElseGet(() -> {
      Skp baru = new Skp(nip, tahun, mulai, selesai, jenis);
      baru.setSiklusId(siklusId);
      baru.lampirkanBerakhlak();
      return skpRepository.save(baru);
    });
    if (skp.getProcessInstanceId() == null) {
      skp.setProcessInstanceId(processInstanceId);
    }
    return skp;
  }

  /**
   * Deadline for an agreed SKP: the cycle's date, else the configured month-day of the year;
   * an ASN who starts after it gets one month from the start date.
   */
  @Transactional(readOnly = true)
  public LocalDate batasPenetapan(int tahun, LocalDate mulai, LocalDate batasSiklus) {
    LocalDate batas = batasSiklus != null ? batasSiklus
        : pengaturan.tanggalTahunan(KunciPengaturan.BATAS_PENETAPAN_SKP).atYear(tahun);
    return mulai.isBefore(batas) ? batas : mulai.plusMonths(1);
  }

  @Transactional(readOnly = true)
  public int hariPengingat() {
    return pengaturan.bilangan(KunciPengaturan.HARI_PENGINGAT);
  }

  @Transactional(readOnly = true)
  public Skp ambil(Long skpId) {
    return skpRepository.findById(skpId)
        .orElseThrow(() -> new NoSuchElementException("SKP " + skpId + " tidak ditemukan"));
  }

  /**
   * The draft the susun-skp form opens with: this SKP's RHK when it has some (a returned
   * draft), else the RHK of the ASN's previous SKP without their links (last year's supervisor
   * RHK do not apply), else one empty UTAMA row.
   */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> drafUntukForm(Long skpId) {
    Skp skp = ambil(skpId);
    if (!skp.getRencanaHasilKerja().isEmpty()) {
      return keForm(skp.getRencanaHasilKerja(), true);
    }
    Optional<Skp> lalu = skpRepository.findFirstByNipAndTahunLessThanOrderByTahunDesc(
        skp.getNip(), skp.getTahun());
    if (lalu.isPresent() && !lalu.get().getRencanaHasilKerja().isEmpty()) {
      return keForm(lalu.get().getRencanaHasilKerja(), false);
    }
    Map<String, Object> kosong = new LinkedHashMap<>();
    kosong.put("jenis", JenisRhk.UTAMA.name());
    kosong.put("uraian", "");
    kosong.put("indikator", List.of(Map.of("aspek", AspekIndikator.KUANTITAS.name(),
        "arah", ArahIndikator.LEBIH_TINGGI_LEBIH_BAIK.name())));
    return List.of(kosong);
  }

  private static List<Map<String, Object>> keForm(List<RencanaHasilKerja> daftar, boolean denganTautan) {
    List<Map<String, Object>> hasil = new ArrayList<>();
    for (RencanaHasilKerja r : daftar) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("jenis", r.getJenis().name());
      m.put("uraian", r.getUraian());
      if (denganTautan && r.getRhkAtasan() != null) {
        m.put("rhkAtasan", "RHK:" + r.getRhkAtasan().getId());
      } else if (denganTautan && r.getPerjanjianKinerja() != null) {
        m.put("rhkAtasan", "PK:" + r.getPerjanjianKinerja().getId());
      }
      List<Map<String, Object>> ind = new ArrayList<>();
      for (IndikatorKinerja i : r.getIndikator()) {
        Map<String, Object> mi = new LinkedHashMap<>();
        mi.put("aspek", i.getAspek().name());
        mi.put("uraian", i.getUraian());
        mi.put("target", i.getTarget().stripTrailingZeros());
        mi.put("satuan", i.getSatuan());
        mi.put("arah", i.getArah().name());
        ind.add(mi);
      }
      m.put("indikator", ind);
      hasil.add(m);
    }
    return hasil;
  }

  /**
   * What a UTAMA RHK may link to, as select options {label, value}: the RHK of the pejabat
   * penilai's agreed SKP of the same year ("RHK:<id>"); for the head of an OPD, or when the
   * pejabat penilai is the PPK (who has no SKP), the OPD's perjanjian kinerja ("PK:<id>").
   * Empty while the supervisor's own SKP is not agreed yet (cascading goes top-down).
   */
  @Transactional(readOnly = true)
  public List<Map<String, String>> opsiRhkAtasan(Long skpId) {
    Skp skp = ambil(skpId);
    LocalDate tanggal = tanggalAcuan(skp);
    Optional<PenugasanJabatan> jabatan = register.jabatanDefinitif(skp.getNip(), tanggal);
    Pejabat penilai = register.pejabatPenilai(skp.getNip(), tanggal).orElseGet(register::ppk);
    List<Map<String, String>> opsi = new ArrayList<>();
    boolean kepalaOpd = jabatan.map(p -> p.getJabatan().isKepalaOpd()).orElse(false);
    if (kepalaOpd || penilai.nip() == null) {
      jabatan.ifPresent(p -> perjanjianRepository
          .findByKodeOpdAndTahunOrderById(p.getJabatan().getOpd().getKode(), skp.getTahun())
          .forEach(pk -> opsi.add(Map.of("label", "Perjanjian kinerja: " + pk.getSasaran(),
              "value", "PK:" + pk.getId()))));
      return opsi;
    }
    skpRepository.findByNipAndTahun(penilai.nip(), skp.getTahun())
        .filter(s -> DISEPAKATI.contains(s.getStatus()))
        .ifPresent(s -> s.getRencanaHasilKerja().forEach(r -> opsi.add(Map.of(
            "label", r.getJenis().name() + " " + r.getUrutan() + ": " + r.getUraian(),
            "value", "RHK:" + r.getId()))));
    return opsi;
  }

  /** NIPs whose pejabat penilai is {@code nip} (on the SKP's reference date). */
  @Transactional(readOnly = true)
  public List<String> nipBawahan(String nip, Skp skp) {
    return register.bawahan(nip, tanggalAcuan(skp)).stream().map(Pejabat::nip).toList();
  }

  /** Replaces the draft's RHK with the checked form rows and submits it (DIAJUKAN). */
  public void simpanDanAjukan(Long skpId, List<RhkMasukan> daftar) {
    Skp skp = ambil(skpId);
    if (skp.getStatus() != StatusSkp.DRAF && skp.getStatus() != StatusSkp.DIKEMBALIKAN) {
      throw new IsianTidakValidException("SKP berstatus " + skp.getStatus() + " tidak dapat diubah lagi");
    }
    skp.getRencanaHasilKerja().clear();
    skpRepository.flush();
    for (RhkMasukan r : daftar) {
      RencanaHasilKerja rhk = skp.tambahRhk(r.jenis(), r.uraian());
      if (r.rhkAtasan() != null && r.rhkAtasan().startsWith("RHK:")) {
        rhk.setRhkAtasan(rhkRepository.getReferenceById(Long.valueOf(r.rhkAtasan().substring(4))));
      } else if (r.rhkAtasan() != null && r.rhkAtasan().startsWith("PK:")) {
        rhk.setPerjanjianKinerja(
            perjanjianRepository.getReferenceById(Long.valueOf(r.rhkAtasan().substring(3))));
      }
      for (RhkMasukan.IndikatorMasukan i : r.indikator()) {
        rhk.tambahIndikator(i.aspek(), i.uraian(), i.target(), i.satuan(), i.arah());
      }
    }
    skp.setStatus(StatusSkp.DIAJUKAN);
    skp.setTanggalDiajukan(Instant.now());
  }

  /**
   * The pejabat penilai agrees (menetapkan) the SKP, optionally with ekspektasi khusus; the periods
   * that had already ended are scheduled by the late-start policy in the same transaction.
   *
   * @return a sentence on those periods for the task comment, empty when none had ended
   */
  public String setujui(Long skpId, String oleh, Map<NilaiBerakhlak, String> ekspektasiKhusus) {
    Skp skp = diajukan(skpId);
    skp.setStatus(StatusSkp.DISETUJUI);
    skp.setIdPejabatPenilai(oleh);
    // The engine's clock (the system clock unless a test sets it): the late-start policy compares
    // this time with the periods' ends.
    skp.setTanggalDisetujui(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant());
    skp.lampirkanBerakhlak();
    for (PerilakuKerja p : skp.getPerilakuKerja()) {
      String e = ekspektasiKhusus.get(p.getNilai());
      p.setEkspektasiKhusus(e == null || e.isBlank() ? null : e.trim());
    }
    return jadwalPeriode.tetapkan(skp.getId());
  }

  public void kembalikan(Long skpId, String catatan) {
    Skp skp = diajukan(skpId);
    skp.setStatus(StatusSkp.DIKEMBALIKAN);
    skp.setCatatanPengembalian(catatan);
    skp.setJumlahPengembalian(skp.getJumlahPengembalian() + 1);
  }

  private Skp diajukan(Long skpId) {
    Skp skp = ambil(skpId);
    if (skp.getStatus() != StatusSkp.DIAJUKAN) {
      throw new IsianTidakValidException("SKP berstatus " + skp.getStatus() + ", bukan DIAJUKAN");
    }
    return skp;
  }

  /** Plain-text view of the SKP for the approval form. */
  @Transactional(readOnly = true)
  public String ringkasan(Long skpId) {
    Skp skp = ambil(skpId);
    StringBuilder s = new StringBuilder();
    s.append("SKP ").append(skp.getTahun()).append(" NIP ").append(skp.getNip())
        .append(" (").append(skp.getTanggalMulai()).append(" s.d. ").append(skp.getTanggalSelesai())
        .append(")\n");
    for (RencanaHasilKerja r : skp.getRencanaHasilKerja()) {
      s.append(r.getUrutan()).append(". [").append(r.getJenis()).append("] ").append(r.getUraian());
      if (r.getRhkAtasan() != null) {
        s.append(" — mengintervensi: ").append(r.getRhkAtasan().getUraian());
      } else if (r.getPerjanjianKinerja() != null) {
        s.append(" — perjanjian kinerja: ").append(r.getPerjanjianKinerja().getSasaran());
      }
      s.append('\n');
      for (IndikatorKinerja i : r.getIndikator()) {
        s.append("   - ").append(i.getAspek()).append(": ").append(i.getUraian()).append(", target ")
            .append(i.getTarget().stripTrailingZeros().toPlainString()).append(' ').append(i.getSatuan())
            .append(i.getArah() == ArahIndikator.LEBIH_RENDAH_LEBIH_BAIK ? " (makin rendah makin baik)" : "")
            .append('\n');
      }
    }
    s.append("Perilaku kerja: ").append(skp.getPerilakuKerja().stream()
        .map(p -> p.getNilai().label()).collect(Collectors.joining(", ")));
    return s.toString();
  }

  public void simpanRatingTahunan(Long skpId, Rating hasilKerja, Rating perilaku, String alasan,
      String oleh) {
    Skp skp = ambil(skpId);
    if (!DISEPAKATI.contains(skp.getStatus())) {
      throw new IsianTidakValidException("SKP belum disetujui, belum dapat dinilai");
    }
    skp.setRatingHasilKerjaTahunan(hasilKerja);
    skp.setRatingPerilakuTahunan(perilaku);
    skp.setAlasanRatingTahunan(alasan);
    skp.setDinilaiOleh(oleh);
    skp.setTanggalDinilai(Instant.now());
  }

  public void simpanPredikatTahunan(Long skpId, Predikat predikat) {
    Skp skp = ambil(skpId);
    skp.setPredikatTahunan(predikat);
    skp.setStatus(StatusSkp.DINILAI);
  }

  public void simpanSaranTahunan(Long skpId, Rating hasilKerja,
      id.go.langsakota.kinerja.kosakata.DasarSaranRatingHasilKerja dasarHasilKerja, Rating perilaku) {
    Skp skp = ambil(skpId);
    skp.setSaranRatingHasilKerja(hasilKerja);
    skp.setDasarSaranRatingHasilKerja(dasarHasilKerja);
    skp.setSaranRatingPerilaku(perilaku);
  }

  /** The ASN acknowledges the annual result; the keberatan window starts at this instant. */
  public Instant terima(Long skpId) {
    Skp skp = ambil(skpId);
    if (skp.getStatus() != StatusSkp.DINILAI) {
      throw new IsianTidakValidException("Hasil penilaian tahunan belum ada untuk diterima");
    }
    Instant sekarang = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    skp.setTanggalDiterima(sekarang);
    skp.setStatus(StatusSkp.DITERIMA);
    events.publishEvent(HasilTahunanFinal.dari(skp));
    return sekarang;
  }

  /**
   * The final annual result reaches the ASN (terima-hasil-penilaian is created): records the
   * moment once (a repeated call, e.g. for the task's due date and its timer, keeps the first)
   * and answers the end of the keberatan window: the end of the day (WIB), HARI_PENGAJUAN_KEBERATAN
   * days after that moment.
   */
  public Instant catatHasilDiterima(Long skpId) {
    Skp skp = ambil(skpId);
    if (skp.getTanggalHasilDiterima() == null) {
      skp.setTanggalHasilDiterima(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
    return batasKeberatan(skp);
  }

  /** End of the keberatan window of an SKP whose result has reached the ASN, else null. */
  @Transactional(readOnly = true)
  public Instant batasKeberatan(Skp skp) {
    if (skp.getTanggalHasilDiterima() == null) {
      return null;
    }
    LocalDate hari = skp.getTanggalHasilDiterima().atZone(Waktu.WIB).toLocalDate()
        .plusDays(hariPengajuanKeberatan());
    return hari.atTime(23, 59, 59).atZone(Waktu.WIB).toInstant();
  }

  /**
   * The keberatan window passed without an answer: the result counts as accepted at the moment
   * the window closed (idempotent for a retried job).
   */
  public void terimaKarenaBatasLewat(Long skpId) {
    Skp skp = ambil(skpId);
    if (skp.getStatus() == StatusSkp.DITERIMA) {
      return;
    }
    skp.setTanggalDiterima(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    skp.setStatus(StatusSkp.DITERIMA);
    events.publishEvent(HasilTahunanFinal.dari(skp));
  }

  /**
   * An appeal decision changed the ratings: the SKP carries the new ratings and predikat (the
   * final ones for every follow-up) and is marked as changed by appeal.
   */
  public void ubahKarenaKeberatan(Long skpId, Rating hasilKerja, Rating perilaku, Predikat predikat) {
    Skp skp = ambil(skpId);
    skp.setRatingHasilKerjaTahunan(hasilKerja);
    skp.setRatingPerilakuTahunan(perilaku);
    skp.setPredikatTahunan(predikat);
    skp.setDiubahKeberatan(true);
  }

  /** The appeal is decided: the (possibly changed) result is final and counts as received. */
  public void finalSetelahKeberatan(Long skpId) {
    Skp skp = ambil(skpId);
    if (skp.getTanggalDiterima() == null) {
      skp.setTanggalDiterima(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
    boolean sudahFinal = skp.getStatus() == StatusSkp.DITERIMA;
    skp.setStatus(StatusSkp.DITERIMA);
    if (!sudahFinal) {
      events.publishEvent(HasilTahunanFinal.dari(skp));
    }
  }

  @Transactional(readOnly = true)
  public int hariPengajuanKeberatan() {
    return pengaturan.bilangan(KunciPengaturan.HARI_PENGAJUAN_KEBERATAN);
  }

  /** Today, kept inside the SKP's span (assignments are looked up on this date). */
  static LocalDate tanggalAcuan(Skp skp) {
    LocalDate hariIni = LocalDate.now(Waktu.WIB);
    if (hariIni.isBefore(skp.getTanggalMulai())) {
      return skp.getTanggalMulai();
    }
    return hariIni.isAfter(skp.getTanggalSelesai()) ? skp.getTanggalSelesai() : hariIni;
  }
}
