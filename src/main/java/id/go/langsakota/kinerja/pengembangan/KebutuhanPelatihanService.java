package id.go.langsakota.kinerja.pengembangan;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.kompetensi.JenisPelatihan;
import id.go.langsakota.kinerja.kompetensi.KatalogPelatihan;
import id.go.langsakota.kinerja.kompetensi.KatalogPelatihanRepository;
import id.go.langsakota.kinerja.kompetensi.PengembanganKompetensi;
import id.go.langsakota.kinerja.kompetensi.PengembanganKompetensiService;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.Pejabat;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import id.go.langsakota.kinerja.pengaturan.KunciPengaturan;
import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import id.go.langsakota.kinerja.skp.NilaiBerakhlak;
import id.go.langsakota.kinerja.teks.TeksAman;
import id.go.langsakota.kinerja.web.IsianTidakValidException;
import id.go.langsakota.kinerja.web.KesalahanValidasiException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training needs behind process pengembangan-kompetensi: opening one (with the duplicate
 * rule), the ranked proposals, the assignment with its schedule, the certificate, the
 * verification and the overdue and reminder marks. The training itself goes through
 * {@link PengembanganKompetensiService}, so a verified one counts in the JP register.
 */
@Service
@Transactional
public class KebutuhanPelatihanService {

  static final int PANJANG_KESENJANGAN_MAKS = 500;
  static final int PANJANG_CATATAN_MAKS = 1000;
  /** A schedule further out than this is not a plan but a wish. */
  static final int BULAN_JADWAL_MAKS = 12;

  private final KebutuhanPelatihanRepository repository;
  private final UsulanPelatihanRepository usulanRepository;
  private final LangkahKebutuhanPelatihanRepository langkahRepository;
  private final KatalogPelatihanRepository katalogRepository;
  private final PengembanganKompetensiService pengembangan;
  private final PegawaiRepository pegawaiRepository;
  private final RegisterOrganisasiService register;
  private final PengaturanService pengaturan;

  public KebutuhanPelatihanService(KebutuhanPelatihanRepository repository,
      UsulanPelatihanRepository usulanRepository, LangkahKebutuhanPelatihanRepository langkahRepository,
      KatalogPelatihanRepository katalogRepository, PengembanganKompetensiService pengembangan,
      PegawaiRepository pegawaiRepository, RegisterOrganisasiService register, PengaturanService pengaturan) {
    this.repository = repository;
    this.usulanRepository = usulanRepository;
    this.langkahRepository = langkahRepository;
    this.katalogRepository = katalogRepository;
    this.pengembangan = pengembangan;
    this.pegawaiRepository = pegawaiRepository;
    this.register = register;
    this.pengaturan = pengaturan;
  }

  @Transactional(readOnly = true)
  public KebutuhanPelatihan ambil(long id) {
    return repository.findById(id).orElseThrow(
        () -> new NoSuchElementException("Kebutuhan pelatihan " + id + " tidak ditemukan"));
  }

  @Transactional(readOnly = true)
  public int jpMinimal() {
    return pengaturan.bilangan(KunciPengaturan.JP_MINIMAL_TAHUNAN);
  }

  @Transactional(readOnly = true)
  public boolean pemicuAktif(PemicuPelatihan pemicu) {
    return pengaturan.ya(pemicu.pengaturan());
  }

  /**
   * Opens a need. Refused (IllegalStateException, Indonesian) when the trigger is switched off,
   * when the same ASN already has an open need of that year and trigger, and for PREDIKAT when
   * one was ever opened for that year (at most once per ASN per year).
   */
  public KebutuhanPelatihan buka(String nip, int tahun, PemicuPelatihan pemicu, String kesenjangan,
      NilaiBerakhlak nilai, JenisPelatihan jenisDiminta, Integer kekuranganJp, String oleh) {
    List<String> salah = new ArrayList<>();
    String n = nip == null ? "" : nip.strip();
    Pegawai p = n.isEmpty() ? null : pegawaiRepository.findByNip(n).orElse(null);
    if (p == null) {
      salah.add(n.isEmpty() ? "NIP ASN wajib diisi" : "NIP " + n + " tidak terdaftar di register");
    } else if (!p.aktifPada(Waktu.hariIni())) {
      salah.add("Pegawai " + n + " tidak aktif");
    }
    String teks = kesenjangan == null ? "" : TeksAman.bersihkan(kesenjangan).strip().replaceAll("\\s+", " ");
    if (teks.length() < 5) {
      salah.add("Kesenjangan kompetensi wajib diisi (minimal 5 karakter): tulis kompetensi yang perlu dikembangkan");
    } else if (teks.length() > PANJANG_KESENJANGAN_MAKS) {
      salah.add("Kesenjangan kompetensi paling panjang " + PANJANG_KESENJANGAN_MAKS + " karakter");
    }
    if (tahun < 2000 || tahun > Waktu.hariIni().getYear() + 1) {
      salah.add("Tahun " + tahun + " tidak sah");
    }
    if (!salah.isEmpty()) {
      throw new KesalahanValidasiException("Kebutuhan pelatihan belum benar.", salah);
    }
    String tolak = alasanTolak(n, tahun, pemicu);
    if (tolak != null) {
      throw new IllegalStateException(tolak);
    }
    KebutuhanPelatihan k = repository.saveAndFlush(
        new KebutuhanPelatihan(n, tahun, pemicu, teks, nilai, jenisDiminta, kekuranganJp, oleh));
    langkah(k, LangkahKebutuhanPelatihan.Jenis.DIMULAI, oleh, pemicu.label() + ": " + teks);
    return k;
  }

  /**
   * Why a need cannot be opened now (switched off, a duplicate, an inactive ASN), or null. The
   * automatic triggers ask first instead of catching a refusal, which would poison their transaction.
   */
  @Transactional(readOnly = true)
  public String alasanTolak(String nip, int tahun, PemicuPelatihan pemicu) {
    Pegawai p = nip == null ? null : pegawaiRepository.findByNip(nip).orElse(null);
    if (p == null || !p.aktifPada(Waktu.hariIni())) {
      return "Pegawai " + nip + " tidak terdaftar atau tidak aktif";
    }
    if (!pemicuAktif(pemicu)) {
      return "Pengembangan kompetensi dengan pemicu '" + pemicu.label()
          + "' sedang dinonaktifkan (pengaturan " + pemicu.pengaturan().name() + ")";
    }
    if (pemicu == PemicuPelatihan.PREDIKAT && repository.existsByNipAndTahunAndPemicu(nip, tahun, pemicu)) {
      return "Pengembangan kompetensi karena predikat tahun " + tahun
          + " untuk ASN " + nip + " sudah pernah dimulai; tidak dimulai dua kali";
    }
    if (repository.existsByKunciTerbuka(KebutuhanPelatihan.kunciTerbuka(nip, tahun, pemicu))) {
      return "ASN " + nip + " sudah memiliki pengembangan kompetensi tahun " + tahun
          + " dengan pemicu '" + pemicu.label() + "' yang masih berjalan; selesaikan yang itu lebih dulu";
    }
    return null;
  }

  /**
   * Links the need to its one process instance. A second start with the business key of an
   * existing need (e.g. typed into Tasklist's start dialog) is refused: one need, one process.
   */
  public void catatProses(long id, String processInstanceId) {
    KebutuhanPelatihan k = repository.findById(id).orElseThrow(() -> new IsianTidakValidException(
        "Kebutuhan pelatihan PK-" + id + " tidak ada; business key dibuat oleh sistem, kosongkan saat memulai"));
    if (k.getProcessInstanceId() != null && !k.getProcessInstanceId().equals(processInstanceId)) {
      throw new IsianTidakValidException("Kebutuhan pelatihan PK-" + id + " sudah memiliki prosesnya sendiri; "
          + "kosongkan business key saat memulai");
    }
    k.setProcessInstanceId(processInstanceId);
  }

  // ------------------------------------------------------------------ proposals

  /**
   * Ranks the active catalogue for the need and stores the proposals (once: a retried job keeps
   * them). The assigner follows the best proposal: coaching or mentoring is given by the pejabat
   * penilai from the register today (BKPSDM when there is none); everything else by BKPSDM.
   */
  public List<UsulanPelatihan> usulkan(long id) {
    KebutuhanPelatihan k = ambil(id);
    if (usulanRepository.existsByKebutuhanId(id)) {
      return usulanRepository.findByKebutuhanIdOrderByPeringkat(id);
    }
    List<PemeringkatPelatihan.Kandidat> kandidat = katalogRepository.findAllByOrderByKode().stream()
        .filter(KatalogPelatihan::isAktif).map(KebutuhanPelatihanService::kandidat).toList();
    List<PemeringkatPelatihan.Usulan> hasil = PemeringkatPelatihan.peringkat(new PemeringkatPelatihan.Kebutuhan(
        k.getKesenjangan(), k.getNilaiBerakhlak(), k.getJenisDiminta(), k.getKekuranganJp()), kandidat);
    hasil = pilihanRencanaDulu(hasil, kandidat, k.getKatalogDimintaId());
    List<UsulanPelatihan> simpan = new ArrayList<>();
    for (PemeringkatPelatihan.Usulan u : hasil) {
      simpan.add(new UsulanPelatihan(id, u.kandidat().id(), u.peringkat(), u.skor(), potong(u.alasan(), 500)));
    }
    simpan = usulanRepository.saveAll(simpan);
    if (!hasil.isEmpty() && bimbinganAtasan(hasil.get(0).kandidat().jenis())) {
      k.setPenetapNip(register.pejabatPenilai(k.getNip(), Waktu.hariIni()).map(Pejabat::idPengguna).orElse(null));
    }
    langkah(k, LangkahKebutuhanPelatihan.Jenis.DIUSULKAN, null, hasil.isEmpty() ? "Katalog kosong"
        : "Usulan teratas: " + hasil.get(0).kandidat().nama() + " (" + hasil.get(0).alasan() + ")");
    return simpan;
  }

  /**
   * The entry a pembinaan plan chose (agreed by the ASN) comes first, the ranking's proposals after
   * it; an entry that is no longer active is ignored and the ranking stands.
   */
  static List<PemeringkatPelatihan.Usulan> pilihanRencanaDulu(List<PemeringkatPelatihan.Usulan> hasil,
      List<PemeringkatPelatihan.Kandidat> kandidat, Long katalogDiminta) {
    if (katalogDiminta == null) {
      return hasil;
    }
    PemeringkatPelatihan.Kandidat pilihan = kandidat.stream().filter(c -> c.id().equals(katalogDiminta))
        .findFirst().orElse(null);
    if (pilihan == null) {
      return hasil;
    }
    int skorTertinggi = hasil.stream().mapToInt(PemeringkatPelatihan.Usulan::skor).max().orElse(0);
    List<PemeringkatPelatihan.Usulan> urut = new ArrayList<>();
    urut.add(new PemeringkatPelatihan.Usulan(pilihan, 1, skorTertinggi + 1,
        "dipilih dalam rencana pembinaan yang disetujui ASN"));
    for (PemeringkatPelatihan.Usulan u : hasil) {
      if (!u.kandidat().id().equals(katalogDiminta)) {
        urut.add(new PemeringkatPelatihan.Usulan(u.kandidat(), urut.size() + 1, u.skor(), u.alasan()));
      }
    }
    return urut;
  }

  /**
   * The training of an agreed pembinaan plan: one need per pembinaan (the existing one when asked
   * again: a retried job or a second request starts nothing twice; the unique index on
   * pembinaan_id backs it). Empty when the trigger is switched off or the ASN is no longer active.
   */
  public java.util.Optional<KebutuhanPelatihan> bukaDariPembinaan(long pembinaanId, String nip, int tahun,
      long katalogId, String kesenjangan) {
    java.util.Optional<KebutuhanPelatihan> ada = repository.findByPembinaanId(pembinaanId);
    if (ada.isPresent()) {
      return ada;
    }
    if (alasanTolak(nip, tahun, PemicuPelatihan.PEMBINAAN) != null) {
      return java.util.Optional.empty();
    }
    KebutuhanPelatihan k = buka(nip, tahun, PemicuPelatihan.PEMBINAAN, kesenjangan, null, null, null,
        PemicuPengembanganService.SISTEM);
    k.dariPembinaan(pembinaanId, katalogId);
    repository.saveAndFlush(k);
    return java.util.Optional.of(k);
  }

  @Transactional(readOnly = true)
  public java.util.Optional<KebutuhanPelatihan> dariPembinaan(long pembinaanId) {
    return repository.findByPembinaanId(pembinaanId);
  }

  static boolean bimbinganAtasan(JenisPelatihan j) {
    return j == JenisPelatihan.COACHING || j == JenisPelatihan.MENTORING;
  }

  static PemeringkatPelatihan.Kandidat kandidat(KatalogPelatihan c) {
    return new PemeringkatPelatihan.Kandidat(c.getId(), c.getKode(), c.getNama(), c.getJenis(), c.getKompetensi(),
        c.getNilaiBerakhlak(), c.getJp(), c.getBiaya());
  }

  /**
   * The entries the assigner may choose, as select options (value = katalog id): the proposals
   * first (rank and reason in the label), then for BKPSDM every other active entry; a pejabat
   * penilai assigns coaching or mentoring only.
   */
  @Transactional(readOnly = true)
  public List<Map<String, String>> opsi(long id) {
    KebutuhanPelatihan k = ambil(id);
    boolean penilai = k.getPenetapNip() != null;
    Map<Long, KatalogPelatihan> katalog = new LinkedHashMap<>();
    katalogRepository.findAllByOrderByKode().stream().filter(KatalogPelatihan::isAktif)
        .filter(c -> !penilai || bimbinganAtasan(c.getJenis())).forEach(c -> katalog.put(c.getId(), c));
    List<Map<String, String>> hasil = new ArrayList<>();
    for (UsulanPelatihan u : usulanRepository.findByKebutuhanIdOrderByPeringkat(id)) {
      KatalogPelatihan c = katalog.remove(u.getKatalogId());
      if (c != null) {
        hasil.add(Map.of("label", "Usulan " + u.getPeringkat() + ": " + label(c) + " — " + u.getAlasan(),
            "value", String.valueOf(c.getId())));
      }
    }
    katalog.values().stream().sorted(java.util.Comparator.comparing(KatalogPelatihan::getNama))
        .forEach(c -> hasil.add(Map.of("label", label(c), "value", String.valueOf(c.getId()))));
    return hasil;
  }

  static String label(KatalogPelatihan c) {
    return c.getNama() + " (" + c.getJenis().label() + ", " + c.getJp() + " JP, " + c.getPenyelenggara() + ")";
  }

  @Transactional(readOnly = true)
  public List<UsulanPelatihan> usulan(long id) {
    return usulanRepository.findByKebutuhanIdOrderByPeringkat(id);
  }

  // ------------------------------------------------------------------ the steps

  /**
   * tetapkan-pelatihan: one entry of {@link #opsi} and a schedule that starts today or later, ends
   * on or after the start and within {@value #BULAN_JADWAL_MAKS} months. Nobody assigns their own.
   */
  public KebutuhanPelatihan tetapkan(long id, String katalogId, LocalDate mulai, LocalDate selesai,
      String catatan, String oleh) {
    KebutuhanPelatihan k = ambil(id);
    if (k.getNip().equals(oleh)) {
      throw new IsianTidakValidException("Anda tidak dapat menetapkan pelatihan untuk diri Anda sendiri");
    }
    List<String> salah = new ArrayList<>();
    Long katalog = null;
    try {
      katalog = katalogId == null || katalogId.isBlank() ? null : Long.valueOf(katalogId.strip());
    } catch (NumberFormatException e) {
      salah.add("Pilihan pelatihan '" + katalogId + "' tidak sah");
    }
    if (katalog == null && salah.isEmpty()) {
      salah.add("Pilih satu pelatihan dari katalog");
    }
    String pilihan = String.valueOf(katalog);
    if (katalog != null && opsi(id).stream().noneMatch(o -> pilihan.equals(o.get("value")))) {
      salah.add(k.getPenetapNip() != null
          ? "Pejabat penilai hanya dapat menetapkan coaching atau mentoring yang aktif di katalog"
          : "Pelatihan " + katalog + " tidak ada di antara pilihan (entri katalog aktif)");
    }
    LocalDate hariIni = Waktu.hariIni();
    if (mulai == null) {
      salah.add("Tanggal mulai wajib diisi");
    } else if (mulai.isBefore(hariIni)) {
      salah.add("Tanggal mulai tidak boleh sebelum hari ini (" + hariIni + ")");
    }
    if (selesai == null) {
      salah.add("Tanggal selesai wajib diisi");
    } else if (mulai != null && selesai.isBefore(mulai)) {
      salah.add("Tanggal selesai tidak boleh sebelum tanggal mulai");
    } else if (selesai.isAfter(hariIni.plusMonths(BULAN_JADWAL_MAKS))) {
      salah.add("Jadwal paling jauh " + BULAN_JADWAL_MAKS + " bulan dari hari ini");
    }
    String c = catatan == null ? null : TeksAman.bersihkan(catatan).strip();
    if (c != null && c.length() > PANJANG_CATATAN_MAKS) {
      salah.add("Catatan paling panjang " + PANJANG_CATATAN_MAKS + " karakter");
    }
    if (!salah.isEmpty()) {
      throw new IsianTidakValidException(salah);
    }
    PengembanganKompetensi p;
    try {
      p = pengembangan.tugaskan(k.getNip(), katalog, mulai, selesai,
          potong(k.getPemicu().label() + ": " + k.getKesenjangan(), 500), k.businessKey(), oleh);
    } catch (KesalahanValidasiException e) {
      throw new IsianTidakValidException(e.getKesalahan());
    }
    LocalDate batas = selesai.plusDays(pengaturan.bilangan(KunciPengaturan.HARI_LAPOR_PELATIHAN));
    k.tetapkan(katalog, mulai, selesai, batas, oleh, c == null || c.isEmpty() ? null : c, p.getId(), Instant.now());
    langkah(k, LangkahKebutuhanPelatihan.Jenis.DITETAPKAN, oleh, p.getNamaPelatihan() + ", " + mulai + " s.d. "
        + selesai + "; batas unggah sertifikat " + batas);
    return k;
  }

  /** laporkan-pelatihan: the ASN's own certificate (checked by the register: owner, not used twice). */
  public KebutuhanPelatihan laporkan(long id, Long buktiId, String oleh) {
    KebutuhanPelatihan k = ambil(id);
    if (oleh != null && !k.getNip().equals(oleh)) {
      throw new IsianTidakValidException("Hanya ASN yang bersangkutan yang mengunggah sertifikat pelatihannya");
    }
    if (Waktu.hariIni().isBefore(k.getTanggalMulai())) {
      throw new IsianTidakValidException("Pelatihan baru dimulai " + k.getTanggalMulai()
          + "; sertifikat diunggah setelah pelatihan diikuti");
    }
    try {
      pengembangan.laporkanSelesai(k.getPengembanganId(), buktiId, k.getNip());
    } catch (KesalahanValidasiException e) {
      throw new IsianTidakValidException(e.getKesalahan());
    } catch (IllegalStateException e) {
      throw new IsianTidakValidException(e.getMessage());
    }
    k.dilaporkan();
    langkah(k, LangkahKebutuhanPelatihan.Jenis.DILAPORKAN, k.getNip(), "Sertifikat " + buktiId
        + (k.getTerlambatPada() != null ? " (diunggah setelah batas " + k.getBatasLapor() + ")" : ""));
    return k;
  }

  /** verifikasi-pelatihan: VERIFIKASI credits the JP; KEMBALIKAN needs a note. Never one's own. */
  public KebutuhanPelatihan verifikasi(long id, String tindakan, String catatan, String oleh) {
    KebutuhanPelatihan k = ambil(id);
    if (k.getNip().equals(oleh)) {
      throw new IsianTidakValidException("Anda tidak dapat memverifikasi sertifikat pelatihan Anda sendiri");
    }
    try {
      if ("VERIFIKASI".equals(tindakan)) {
        PengembanganKompetensi p = pengembangan.verifikasi(k.getPengembanganId(), oleh);
        k.selesai(p.getJp(), Instant.now());
        langkah(k, LangkahKebutuhanPelatihan.Jenis.DIVERIFIKASI, oleh, p.getJp() + " JP dihitung untuk tahun "
            + p.getTanggalSelesai().getYear() + (blank(catatan) ? "" : ". " + TeksAman.bersihkan(catatan).strip()));
      } else if ("KEMBALIKAN".equals(tindakan)) {
        pengembangan.kembalikan(k.getPengembanganId(), catatan, oleh);
        k.dikembalikan();
        langkah(k, LangkahKebutuhanPelatihan.Jenis.DIKEMBALIKAN, oleh, TeksAman.bersihkan(catatan).strip());
      } else {
        throw new IsianTidakValidException("Tindakan harus VERIFIKASI atau KEMBALIKAN (diterima: '" + tindakan + "')");
      }
    } catch (KesalahanValidasiException e) {
      throw new IsianTidakValidException(e.getKesalahan());
    } catch (AccessDeniedException | IllegalStateException e) {
      throw new IsianTidakValidException(e.getMessage());
    }
    return k;
  }

  /** @return true the first time (a reminder is sent once per need) */
  public boolean tandaiPengingat(long id) {
    KebutuhanPelatihan k = ambil(id);
    if (k.getPengingatPada() != null || !menungguAsn(k)) {
      return false;
    }
    k.setPengingatPada(Instant.now());
    langkah(k, LangkahKebutuhanPelatihan.Jenis.PENGINGAT, null, "Pengingat unggah sertifikat, batas " + k.getBatasLapor());
    return true;
  }

  /** @return true the first time the deadline passed with the ASN's step still open */
  public boolean tandaiTerlambat(long id) {
    KebutuhanPelatihan k = ambil(id);
    if (k.getTerlambatPada() != null || !menungguAsn(k)) {
      return false;
    }
    k.setTerlambatPada(Instant.now());
    langkah(k, LangkahKebutuhanPelatihan.Jenis.TERLAMBAT, null, "Batas unggah sertifikat " + k.getBatasLapor() + " lewat");
    return true;
  }

  private static boolean menungguAsn(KebutuhanPelatihan k) {
    return k.getStatus() == StatusKebutuhanPelatihan.DITETAPKAN || k.getStatus() == StatusKebutuhanPelatihan.DIKEMBALIKAN;
  }

  /** The ASN's deadline as the engine wants it: the last second of batas_lapor in WIB. */
  @Transactional(readOnly = true)
  public String batasLaporIso(long id) {
    return Waktu.akhirHari(ambil(id).getBatasLapor());
  }

  /** The reminder: HARI_PENGINGAT days before the deadline, 08:00 WIB (a past time fires at once). */
  @Transactional(readOnly = true)
  public String waktuPengingatIso(long id) {
    LocalDate hari = ambil(id).getBatasLapor().minusDays(pengaturan.bilangan(KunciPengaturan.HARI_PENGINGAT));
    return Waktu.iso(hari, LocalTime.of(8, 0));
  }

  @Transactional(readOnly = true)
  public Long sertifikatBuktiId(KebutuhanPelatihan k) {
    return k.getPengembanganId() == null ? null : pengembangan.cari(k.getPengembanganId()).getSertifikatBuktiId();
  }

  @Transactional(readOnly = true)
  public List<KebutuhanPelatihan> daftarPegawai(String nip) {
    return repository.findByNipOrderByIdDesc(nip);
  }

  /** Open needs whose certificate deadline passed (the overdue report), oldest deadline first. */
  @Transactional(readOnly = true)
  public List<KebutuhanPelatihan> terlambat() {
    return repository.findByTerlambatPadaNotNullAndStatusNotOrderByBatasLaporAscIdAsc(StatusKebutuhanPelatihan.SELESAI);
  }

  @Transactional(readOnly = true)
  public List<LangkahKebutuhanPelatihan> riwayat(long id) {
    return langkahRepository.findByKebutuhanIdOrderById(id);
  }

  @Transactional(readOnly = true)
  public String namaPegawai(String nip) {
    return pegawaiRepository.findByNip(nip).map(Pegawai::getNamaLengkap).orElse(nip);
  }

  @Transactional(readOnly = true)
  public String namaPelatihan(Long katalogId) {
    return katalogId == null ? "-" : katalogRepository.findById(katalogId).map(KatalogPelatihan::getNama).orElse("-");
  }

  /** True when a need of this trigger was ever opened for the ASN in the year. */
  @Transactional(readOnly = true)
  public boolean pernahDibuka(String nip, int tahun, PemicuPelatihan pemicu) {
    return repository.existsByNipAndTahunAndPemicu(nip, tahun, pemicu);
  }

  private void langkah(KebutuhanPelatihan k, LangkahKebutuhanPelatihan.Jenis jenis, String oleh, String catatan) {
    langkahRepository.save(new LangkahKebutuhanPelatihan(k.getId(), jenis, oleh, Instant.now(), potong(catatan, 1000)));
  }

  static String wib(Instant t) {
    return t == null ? "-" : java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").format(t.atZone(Waktu.WIB)) + " WIB";
  }

  static String potong(String s, int maks) {
    return s == null || s.length() <= maks ? s : s.substring(0, maks - 1) + "…";
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
