package id.go.langsakota.kinerja.keberatan;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.organisasi.Pejabat;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import id.go.langsakota.kinerja.penilaian.BuktiDukung;
import id.go.langsakota.kinerja.penilaian.BuktiDukungRepository;
import id.go.langsakota.kinerja.pengaturan.KunciPengaturan;
import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import id.go.langsakota.kinerja.skp.Skp;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.skp.SkpService;
import id.go.langsakota.kinerja.skp.StatusSkp;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The appeal (keberatan) on the project's tables: filing with its checks, routing to the decider,
 * explanations, the decision and every step recorded. Plain Java over repositories; the caller
 * passes "now" (the engine's clock in the process), so it is tested without the engine.
 */
@Service
@Transactional
public class KeberatanService {

  /** Written reasons shorter than this say nothing a decider can examine. */
  public static final int ALASAN_MINIMAL = 30;
  static final int ALASAN_MAKSIMAL = 4000;
  static final int TEKS_MINIMAL = 10;
  static final int BUKTI_MAKSIMAL = 10;

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

  private final KeberatanRepository keberatanRepository;
  private final LangkahKeberatanRepository langkahRepository;
  private final PenjelasanKeberatanRepository penjelasanRepository;
  private final SkpRepository skpRepository;
  private final SkpService skpService;
  private final BuktiDukungRepository buktiRepository;
  private final PengaturanService pengaturan;
  private final RegisterOrganisasiService register;

  public KeberatanService(KeberatanRepository keberatanRepository,
      LangkahKeberatanRepository langkahRepository, PenjelasanKeberatanRepository penjelasanRepository,
      SkpRepository skpRepository, SkpService skpService, BuktiDukungRepository buktiRepository,
      PengaturanService pengaturan, RegisterOrganisasiService register) {
    this.keberatanRepository = keberatanRepository;
    this.langkahRepository = langkahRepository;
    this.penjelasanRepository = penjelasanRepository;
    this.skpRepository = skpRepository;
    this.skpService = skpService;
    this.buktiRepository = buktiRepository;
    this.pengaturan = pengaturan;
    this.register = register;
  }

  /** Date and time in WIB as people read it, e.g. 15-01-2026 23:59 WIB. */
  static String wib(Instant t) {
    return t == null ? "-" : t.atZone(Waktu.WIB).format(FORMAT) + " WIB";
  }

  // ------------------------------------------------------------------------------ filing

  /**
   * Files an appeal against the final annual result of {@code skpId}. Refused (nothing written)
   * unless {@code pengguna} is the ASN of that SKP, the result is final and has reached them, the
   * window has not passed, no appeal exists for that year, the reasons are long enough and every
   * evidence id is the ASN's own file in the evidence store.
   */
  public Keberatan ajukan(Long skpId, String pengguna, String alasan, String buktiTeks, Instant sekarang) {
    Skp skp = skpRepository.findById(skpId)
        .orElseThrow(() -> new IsianTidakValidException("SKP tidak ditemukan"));
    if (pengguna == null || !pengguna.equals(skp.getNip())) {
      throw new IsianTidakValidException("Keberatan hanya dapat diajukan oleh ASN pemilik hasil penilaian ("
          + "NIP " + skp.getNip() + "); pengguna " + pengguna + " tidak berhak");
    }
    if (keberatanRepository.existsByNipAndTahun(skp.getNip(), skp.getTahun())) {
      Keberatan ada = keberatanRepository.findByNipAndTahun(skp.getNip(), skp.getTahun()).orElseThrow();
      throw new IsianTidakValidException("Keberatan atas hasil penilaian tahun " + skp.getTahun()
          + " sudah diajukan pada " + wib(ada.getDiajukanPada()) + "; keberatan hanya dapat diajukan sekali");
    }
    if (skp.getPredikatTahunan() == null || skp.getTanggalHasilDiterima() == null
        || (skp.getStatus() != StatusSkp.DINILAI && skp.getStatus() != StatusSkp.DITERIMA)) {
      throw new IsianTidakValidException("Hasil penilaian kinerja tahunan " + skp.getTahun()
          + " belum final; keberatan dapat diajukan setelah hasil final Anda terima");
    }
    Instant batas = skpService.batasKeberatan(skp);
    if (sekarang.isAfter(batas)) {
      throw new IsianTidakValidException("Batas pengajuan keberatan sudah lewat (" + wib(batas)
          + "); keberatan tidak dapat diajukan lagi");
    }
    if (skp.getStatus() == StatusSkp.DITERIMA) {
      throw new IsianTidakValidException("Hasil penilaian tahun " + skp.getTahun() + " sudah Anda terima pada "
          + wib(skp.getTanggalDiterima()) + "; keberatan tidak dapat diajukan lagi");
    }
    List<String> kesalahan = new ArrayList<>();
    String a = alasan == null ? "" : alasan.trim();
    if (a.length() < ALASAN_MINIMAL) {
      kesalahan.add("Alasan keberatan wajib diisi, minimal " + ALASAN_MINIMAL
          + " karakter: jelaskan bagian penilaian mana yang Anda keberatan dan mengapa");
    } else if (a.length() > ALASAN_MAKSIMAL) {
      kesalahan.add("Alasan keberatan paling banyak " + ALASAN_MAKSIMAL + " karakter");
    }
    List<Long> bukti = bacaBukti(buktiTeks, skp.getNip(), kesalahan);
    if (!kesalahan.isEmpty()) {
      throw new IsianTidakValidException(kesalahan);
    }
    Instant batasKeputusan = akhirHari(sekarang, pengaturan.bilangan(KunciPengaturan.HARI_KEPUTUSAN_KEBERATAN));
    Keberatan k = keberatanRepository.save(new Keberatan(skp.getId(), skp.getNip(), skp.getTahun(), a,
        bukti, pengguna, sekarang, batas, batasKeputusan, skp.getDinilaiOleh(),
        skp.getRatingHasilKerjaTahunan(), skp.getRatingPerilakuTahunan(), skp.getPredikatTahunan()));
    catat(k, JenisLangkah.DIAJUKAN, pengguna, sekarang, "Keberatan atas hasil penilaian kinerja tahunan "
        + skp.getTahun() + " (hasil kerja " + skp.getRatingHasilKerjaTahunan().label() + ", perilaku kerja "
        + skp.getRatingPerilakuTahunan().label() + ", predikat " + skp.getPredikatTahunan().label()
        + ") diajukan" + (bukti.isEmpty() ? "" : " dengan bukti dukung " + bukti)
        + ". Batas keputusan: " + wib(batasKeputusan) + ".", a);
    return k;
  }

  /** Evidence ids "12, 15" (or "12;15"): each must be a file of {@code nip} in the store. */
  private List<Long> bacaBukti(String teks, String nip, List<String> kesalahan) {
    if (teks == null || teks.isBlank()) {
      return List.of();
    }
    Set<Long> ids = new LinkedHashSet<>();
    for (String bagian : teks.split("[,;\\s]+")) {
      if (bagian.isBlank()) {
        continue;
      }
      try {
        ids.add(Long.valueOf(bagian.trim()));
      } catch (NumberFormatException e) {
        kesalahan.add("Bukti dukung harus berupa nomor berkas yang sudah diunggah (misalnya 12, 15), bukan '"
            + bagian.trim() + "'");
        return List.of();
      }
    }
    if (ids.size() > BUKTI_MAKSIMAL) {
      kesalahan.add("Bukti dukung paling banyak " + BUKTI_MAKSIMAL + " berkas");
      return List.of();
    }
    for (Long id : ids) {
      Optional<BuktiDukung> b = buktiRepository.findById(id);
      if (b.isEmpty() || !nip.equals(b.get().getNipPemilik())) {
        kesalahan.add("Bukti dukung " + id + " tidak ditemukan atau bukan berkas milik Anda");
      }
    }
    return new ArrayList<>(ids);
  }

  public void catatProses(Long keberatanId, String processInstanceId) {
    Keberatan k = ambil(keberatanId);
    if (k.getProcessInstanceId() == null) {
      k.setProcessInstanceId(processInstanceId);
    }
  }

  // ------------------------------------------------------------------------------ routing

  /**
   * Who decides the appeal on {@code tanggal}: the atasan pejabat penilai from the register (the
   * PPK where there is none). Never the one whose rating is appealed nor the ASN: if the register
   * answers either of them (the rater now sits one level up, or acted as Plt), it goes one level
   * further up, up to the PPK. Empty when even that is the rater (the PPK rated): BKPSDM decides.
   */
  @Transactional(readOnly = true)
  public Optional<String> pemutus(Keberatan k, LocalDate tanggal) {
    Set<String> tidakBoleh = new LinkedHashSet<>();
    tidakBoleh.add(k.getNip());
    if (k.getDinilaiOleh() != null) {
      tidakBoleh.add(k.getDinilaiOleh());
    }
    Pejabat p = register.atasanPejabatPenilai(k.getNip(), tanggal).orElseGet(register::ppk);
    Set<Long> dilalui = new LinkedHashSet<>();
    while (tidakBoleh.contains(p.idPengguna()) && p.jabatanId() != null && dilalui.add(p.jabatanId())) {
      p = register.pejabatDiAtas(p.jabatanId(), tidakBoleh, tanggal);
    }
    return tidakBoleh.contains(p.idPengguna()) ? Optional.empty() : Optional.of(p.idPengguna());
  }

  public void teruskan(Long keberatanId, Optional<String> pemutus, Instant sekarang) {
    Keberatan k = ambil(keberatanId);
    if (langkahRepository.findByKeberatanIdOrderById(k.getId()).stream()
        .anyMatch(l -> l.getJenis() == JenisLangkah.DITERUSKAN)) {
      return; // a retried job
    }
    catat(k, JenisLangkah.DITERUSKAN, null, sekarang, pemutus
        .map(p -> "Keberatan diteruskan kepada atasan pejabat penilai (" + p + ") untuk diputuskan paling lambat "
            + wib(k.getBatasKeputusan()) + ".")
        .orElse("Tidak ada atasan selain pejabat penilai yang menilai: keberatan diputuskan oleh BKPSDM."), null);
  }

  // ------------------------------------------------------------------------------ explanations

  /**
   * The decider asks the ASN and/or the pejabat penilai for a written explanation, due after
   * HARI_PENJELASAN_KEBERATAN days (end of day WIB).
   */
  public List<PenjelasanKeberatan> mintaPenjelasan(Long keberatanId, String pengguna, boolean dariAsn,
      boolean dariPenilai, String pertanyaan, Instant sekarang) {
    Keberatan k = ambil(keberatanId);
    periksaBolehMemutus(k, pengguna);
    List<String> kesalahan = new ArrayList<>();
    if (!dariAsn && !dariPenilai) {
      kesalahan.add("Pilih pihak yang dimintai penjelasan: ASN, pejabat penilai, atau keduanya");
    }
    if (dariPenilai && k.getDinilaiOleh() == null) {
      kesalahan.add("Pejabat penilai yang menilai tidak tercatat; penjelasan hanya dapat diminta dari ASN");
    }
    String t = pertanyaan == null ? "" : pertanyaan.trim();
    if (t.length() < TEKS_MINIMAL) {
      kesalahan.add("Tuliskan hal yang perlu dijelaskan (minimal " + TEKS_MINIMAL + " karakter)");
    } else if (t.length() > 2000) {
      kesalahan.add("Permintaan penjelasan paling banyak 2000 karakter");
    }
    if (!kesalahan.isEmpty()) {
      throw new IsianTidakValidException(kesalahan);
    }
    Instant batas = akhirHari(sekarang, pengaturan.bilangan(KunciPengaturan.HARI_PENJELASAN_KEBERATAN));
    List<PenjelasanKeberatan> baru = new ArrayList<>();
    if (dariAsn) {
      baru.add(penjelasanRepository.save(new PenjelasanKeberatan(k.getId(), PihakPenjelasan.ASN, k.getNip(),
          t, pengguna, sekarang, batas)));
    }
    if (dariPenilai) {
      baru.add(penjelasanRepository.save(new PenjelasanKeberatan(k.getId(), PihakPenjelasan.PEJABAT_PENILAI,
          k.getDinilaiOleh(), t, pengguna, sekarang, batas)));
    }
    k.setStatus(StatusKeberatan.MENUNGGU_PENJELASAN);
    catat(k, JenisLangkah.PENJELASAN_DIMINTA, pengguna, sekarang, "Penjelasan tertulis diminta dari "
        + String.join(" dan ", baru.stream().map(p -> p.getPihak().label() + " (" + p.getDimintaKepada() + ")")
            .toList()) + ", paling lambat " + wib(batas) + ".", t);
    return baru;
  }

  /** The open request to {@code pihak} (the newest waiting one). */
  @Transactional(readOnly = true)
  public Optional<PenjelasanKeberatan> penjelasanTerbuka(Long keberatanId, PihakPenjelasan pihak) {
    List<PenjelasanKeberatan> semua = penjelasanRepository.findByKeberatanIdOrderById(keberatanId);
    for (int i = semua.size() - 1; i >= 0; i--) {
      PenjelasanKeberatan p = semua.get(i);
      if (p.getPihak() == pihak && p.getStatus() == StatusPenjelasan.MENUNGGU) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  public void beriPenjelasan(Long keberatanId, PihakPenjelasan pihak, String pengguna, String teks,
      Instant sekarang) {
    Keberatan k = ambil(keberatanId);
    PenjelasanKeberatan p = penjelasanTerbuka(keberatanId, pihak).orElseThrow(() ->
        new IsianTidakValidException("Tidak ada permintaan penjelasan yang menunggu jawaban Anda"));
    if (pengguna != null && !pengguna.equals(p.getDimintaKepada())) {
      throw new IsianTidakValidException("Penjelasan ini diminta dari " + p.getDimintaKepada()
          + "; pengguna " + pengguna + " tidak berhak menjawabnya");
    }
    String t = teks == null ? "" : teks.trim();
    if (t.length() < TEKS_MINIMAL || t.length() > ALASAN_MAKSIMAL) {
      throw new IsianTidakValidException("Penjelasan wajib diisi, " + TEKS_MINIMAL + " sampai "
          + ALASAN_MAKSIMAL + " karakter");
    }
    p.jawab(t, pengguna, sekarang);
    catat(k, JenisLangkah.PENJELASAN_DIBERIKAN, pengguna, sekarang, "Penjelasan diberikan oleh "
        + pihak.label() + (sekarang.isAfter(p.getBatas()) ? " (setelah batas " + wib(p.getBatas()) + ")" : "")
        + ".", t);
  }

  /** The deadline passed without an explanation: recorded; the decision goes on without it. */
  public void penjelasanTerlambat(Long keberatanId, PihakPenjelasan pihak, Instant sekarang) {
    Keberatan k = ambil(keberatanId);
    Optional<PenjelasanKeberatan> p = penjelasanTerbuka(keberatanId, pihak);
    if (p.isEmpty()) {
      return; // a retried job
    }
    p.get().terlambat();
    catat(k, JenisLangkah.PENJELASAN_TERLAMBAT, null, sekarang, pihak.label() + " (" + p.get().getDimintaKepada()
        + ") tidak memberikan penjelasan sampai " + wib(p.get().getBatas())
        + "; keberatan diputuskan tanpa penjelasan tersebut.", null);
  }

  /** After the explanations (given or late) the decider has the appeal again. */
  public void kembaliKePemutus(Long keberatanId) {
    Keberatan k = ambil(keberatanId);
    if (k.getStatus() == StatusKeberatan.MENUNGGU_PENJELASAN) {
      k.setStatus(StatusKeberatan.DIAJUKAN);
    }
  }

  // ------------------------------------------------------------------------------ deadline

  public boolean dieskalasi(Keberatan k) {
    return k.getDieskalasiPada() != null;
  }

  /** The decision deadline passed: BKPSDM may decide from now on (recorded once). */
  public boolean eskalasi(Long keberatanId, Instant sekarang) {
    Keberatan k = ambil(keberatanId);
    if (k.getDieskalasiPada() != null || k.getDiputuskanPada() != null) {
      return false;
    }
    k.setDieskalasiPada(sekarang);
    catat(k, JenisLangkah.DIESKALASI, null, sekarang, "Keberatan belum diputuskan sampai batas "
        + wib(k.getBatasKeputusan()) + "; BKPSDM dapat memutuskannya (atasan pejabat penilai tetap dapat memutus).",
        null);
    return true;
  }

  // ------------------------------------------------------------------------------ decision

  /** Neither the ASN nor the pejabat penilai whose rating is appealed may decide it. */
  public void periksaBolehMemutus(Keberatan k, String pengguna) {
    if (pengguna == null) {
      return;
    }
    if (pengguna.equals(k.getDinilaiOleh())) {
      throw new IsianTidakValidException("Pejabat penilai tidak dapat memutus keberatan atas penilaiannya "
          + "sendiri; keberatan ini diputuskan oleh atasan pejabat penilai");
    }
    if (pengguna.equals(k.getNip())) {
      throw new IsianTidakValidException("ASN tidak dapat memutus keberatannya sendiri");
    }
  }

  /**
   * The decision: each rating kept or changed, each with a reason. Final: a decided appeal
   * cannot be decided again.
   */
  public Keberatan putuskan(Long keberatanId, String pengguna, String ratingHasilKerja, String alasanHasil,
      String ratingPerilaku, String alasanPerilaku, Instant sekarang) {
    Keberatan k = ambil(keberatanId);
    periksaBolehMemutus(k, pengguna);
    if (k.getDiputuskanPada() != null) {
      throw new IsianTidakValidException("Keberatan ini sudah diputuskan pada " + wib(k.getDiputuskanPada())
          + "; keputusan bersifat final");
    }
    List<String> kesalahan = new ArrayList<>();
    Rating rh = rating(ratingHasilKerja, "Rating hasil kerja", kesalahan);
    Rating rp = rating(ratingPerilaku, "Rating perilaku kerja", kesalahan);
    String ah = alasanWajib(alasanHasil, "Alasan keputusan rating hasil kerja", kesalahan);
    String ap = alasanWajib(alasanPerilaku, "Alasan keputusan rating perilaku kerja", kesalahan);
    if (!kesalahan.isEmpty()) {
      throw new IsianTidakValidException(kesalahan);
    }
    k.putuskan(rh, ah, rp, ap, pengguna, sekarang);
    catat(k, JenisLangkah.DIPUTUSKAN, pengguna, sekarang, "Rating hasil kerja " + uraianKeputusan(
        k.getRatingHasilKerjaAwal(), rh) + "; rating perilaku kerja " + uraianKeputusan(k.getRatingPerilakuAwal(), rp)
        + ".", "Hasil kerja: " + ah + " Perilaku kerja: " + ap);
    return k;
  }

  static String uraianKeputusan(Rating awal, Rating akhir) {
    return awal == akhir ? "tetap " + akhir.label() : "diubah dari " + awal.label() + " menjadi " + akhir.label();
  }

  private static Rating rating(String nilai, String nama, List<String> kesalahan) {
    try {
      return Rating.dari(nilai, nama);
    } catch (IllegalArgumentException e) {
      kesalahan.add(e.getMessage());
      return null;
    }
  }

  private static String alasanWajib(String teks, String nama, List<String> kesalahan) {
    String t = teks == null ? "" : teks.trim();
    if (t.length() < TEKS_MINIMAL || t.length() > 2000) {
      kesalahan.add(nama + " wajib diisi, " + TEKS_MINIMAL + " sampai 2000 karakter");
    }
    return t;
  }

  /**
   * After the DMN: the final predikat of the appeal. A changed rating updates the SKP (ratings,
   * predikat, marked as changed by appeal); a kept result leaves the SKP as it is.
   */
  public void terapkanKeputusan(Long keberatanId, Predikat predikatBaru, Instant sekarang) {
    Keberatan k = ambil(keberatanId);
    if (k.getDiputuskanPada() == null) {
      throw new IllegalStateException("Keberatan " + keberatanId + " belum diputuskan");
    }
    if (k.getPredikatAkhir() != null) {
      return; // a retried job
    }
    if (!k.ratingDiubah()) {
      k.setPredikatAkhir(k.getPredikatAwal());
      return;
    }
    if (predikatBaru == null) {
      throw new IllegalStateException("Predikat baru keberatan " + keberatanId + " tidak dihitung");
    }
    k.setPredikatAkhir(predikatBaru);
    skpService.ubahKarenaKeberatan(k.getSkpId(), k.getRatingHasilKerjaAkhir(), k.getRatingPerilakuAkhir(),
        predikatBaru);
    catat(k, JenisLangkah.SKP_DIPERBARUI, null, sekarang, "SKP " + k.getTahun() + " diperbarui: predikat "
        + k.getPredikatAwal().label() + " menjadi " + predikatBaru.label() + " (ditandai: diubah karena keberatan).",
        null);
  }

  /** The decided result is final on the SKP. */
  public Keberatan umumkan(Long keberatanId) {
    Keberatan k = ambil(keberatanId);
    skpService.finalSetelahKeberatan(k.getSkpId());
    return k;
  }

  public void dibaca(Long keberatanId, String pengguna, Instant sekarang) {
    Keberatan k = ambil(keberatanId);
    if (pengguna != null && !pengguna.equals(k.getNip())) {
      throw new IsianTidakValidException("Keputusan keberatan ini hanya dibaca oleh ASN yang mengajukannya");
    }
    if (k.getDibacaPada() != null) {
      return;
    }
    k.setDibacaPada(sekarang);
    k.setStatus(StatusKeberatan.SELESAI);
    catat(k, JenisLangkah.KEPUTUSAN_DIBACA, pengguna, sekarang, "ASN menyatakan telah membaca keputusan keberatan.",
        null);
  }

  // ------------------------------------------------------------------------------ reading

  @Transactional(readOnly = true)
  public Keberatan ambil(Long id) {
    return keberatanRepository.findById(id)
        .orElseThrow(() -> new NoSuchElementException("Keberatan " + id + " tidak ditemukan"));
  }

  @Transactional(readOnly = true)
  public Keberatan ambil(String nip, int tahun) {
    return keberatanRepository.findByNipAndTahun(nip, tahun)
        .orElseThrow(() -> new NoSuchElementException("Keberatan KB-" + tahun + "-" + nip + " tidak ditemukan"));
  }

  @Transactional(readOnly = true)
  public List<LangkahKeberatan> langkah(Long keberatanId) {
    return langkahRepository.findByKeberatanIdOrderById(keberatanId);
  }

  @Transactional(readOnly = true)
  public List<PenjelasanKeberatan> penjelasan(Long keberatanId) {
    return penjelasanRepository.findByKeberatanIdOrderById(keberatanId);
  }

  private void catat(Keberatan k, JenisLangkah jenis, String oleh, Instant pada, String uraian, String alasan) {
    langkahRepository.save(new LangkahKeberatan(k.getId(), jenis, oleh, pada, uraian, alasan));
  }

  /** End of the day (23:59:59 WIB) {@code hari} days after {@code dari}. */
  static Instant akhirHari(Instant dari, int hari) {
    return dari.atZone(Waktu.WIB).toLocalDate().plusDays(hari).atTime(23, 59, 59).atZone(Waktu.WIB).toInstant();
  }
}
