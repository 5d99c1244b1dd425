package id.go.langsakota.kinerja.kompetensi;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.pengaturan.KunciPengaturan;
import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import id.go.langsakota.kinerja.penilaian.BuktiDukung;
import id.go.langsakota.kinerja.penilaian.BuktiDukungRepository;
import id.go.langsakota.kinerja.teks.TeksAman;
import id.go.langsakota.kinerja.web.KesalahanValidasiException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The riwayat pengembangan kompetensi: assign a training, the ASN reports it done with the
 * certificate, BKPSDM verifies or returns it, and the verified JP per ASN per year. Plain Java
 * over repositories, callable from /api and from a process binding alike (every method takes the
 * acting user id; role checks are the caller's, the own-record rules are here).
 */
@Service
@Transactional(readOnly = true)
public class PengembanganKompetensiService {

  static final int PANJANG_CATATAN_MAKS = 1000;
  static final int PANJANG_ALASAN_MAKS = 500;

  private final PengembanganKompetensiRepository repository;
  private final KatalogPelatihanRepository katalogRepository;
  private final PegawaiRepository pegawaiRepository;
  private final BuktiDukungRepository buktiRepository;
  private final PengaturanService pengaturan;

  public PengembanganKompetensiService(PengembanganKompetensiRepository repository,
      KatalogPelatihanRepository katalogRepository, PegawaiRepository pegawaiRepository,
      BuktiDukungRepository buktiRepository, PengaturanService pengaturan) {
    this.repository = repository;
    this.katalogRepository = katalogRepository;
    this.pegawaiRepository = pegawaiRepository;
    this.buktiRepository = buktiRepository;
    this.pengaturan = pengaturan;
  }

  /** The yearly entitlement in JP (setting JP_MINIMAL_TAHUNAN, default 20). */
  public int jpMinimal() {
    return pengaturan.bilangan(KunciPengaturan.JP_MINIMAL_TAHUNAN);
  }

  public PengembanganKompetensi cari(long id) {
    return repository.findById(id).orElseThrow(
        () -> new NoSuchElementException("Riwayat pengembangan kompetensi " + id + " tidak ditemukan"));
  }

  /** Records of one ASN whose tanggal selesai is in {@code tahun}, oldest first. */
  public List<PengembanganKompetensi> daftar(String nip, int tahun) {
    return repository.findByNipAndTanggalSelesaiBetweenOrderByTanggalSelesaiAscIdAsc(nip,
        LocalDate.of(tahun, 1, 1), LocalDate.of(tahun, 12, 31));
  }

  /** Verified JP of one ASN in a year (by tanggal selesai). */
  public int jpTerverifikasi(String nip, int tahun) {
    return (int) repository.jumlahJpTerverifikasi(nip, LocalDate.of(tahun, 1, 1), LocalDate.of(tahun, 12, 31));
  }

  /** Verified JP of every ASN with at least one verified training in the year, in one query. */
  public Map<String, Integer> jpTerverifikasiPerNip(int tahun) {
    Map<String, Integer> hasil = new HashMap<>();
    for (Object[] r : repository.jpTerverifikasiPerNip(LocalDate.of(tahun, 1, 1), LocalDate.of(tahun, 12, 31))) {
      hasil.put((String) r[0], ((Number) r[1]).intValue());
    }
    return hasil;
  }

  /**
   * Assigns a catalogue training (what a process binding calls): status DITUGASKAN.
   *
   * @throws KesalahanValidasiException when the pegawai, the entry or the dates are not valid
   */
  @Transactional
  public PengembanganKompetensi tugaskan(String nip, long katalogId, LocalDate mulai,
      LocalDate selesai, String alasan, String kunciProses, String oleh) {
    return catat(new MasukanPengembanganKompetensi(nip, katalogId, null, null, null, mulai, selesai,
        null, null, alasan), kunciProses, oleh, true);
  }

  /**
   * Records a training. BKPSDM ({@code olehBkpsdm}) records for anyone: without a certificate it
   * is assigned (DITUGASKAN), with one it is done and waits for verification. An ASN records only
   * their own outside training, and only with the certificate (SELESAI, waiting for BKPSDM).
   */
  @Transactional
  public PengembanganKompetensi catat(MasukanPengembanganKompetensi m, String kunciProses, String oleh,
      boolean olehBkpsdm) {
    String nip = m.nip() == null ? "" : m.nip().strip();
    if (!olehBkpsdm && !nip.equals(oleh)) {
      throw new AccessDeniedException("Anda hanya dapat mencatat pelatihan Anda sendiri");
    }
    List<String> salah = new ArrayList<>();
    Pegawai pegawai = nip.isEmpty() ? null : pegawaiRepository.findByNip(nip).orElse(null);
    if (pegawai == null) {
      salah.add(nip.isEmpty() ? "NIP wajib diisi" : "NIP " + nip + " tidak terdaftar di register");
    } else if (!pegawai.aktifPada(LocalDate.now(Waktu.WIB))) {
      salah.add("Pegawai " + nip + " tidak aktif");
    }
    String nama;
    JenisPelatihan jenis;
    String penyelenggara;
    Integer jp;
    Long katalogId = m.katalogId();
    if (katalogId != null) {
      KatalogPelatihan k = katalogRepository.findById(katalogId).orElse(null);
      if (k == null) {
        salah.add("Entri katalog pelatihan " + katalogId + " tidak ditemukan");
        nama = null;
        jenis = null;
        penyelenggara = null;
        jp = null;
      } else {
        if (!k.isAktif()) {
          salah.add("Pelatihan '" + k.getNama() + "' sudah tidak aktif di katalog");
        }
        nama = k.getNama();
        jenis = k.getJenis();
        penyelenggara = k.getPenyelenggara();
        jp = k.getJp();
        if (m.jp() != null && m.jp() != k.getJp()) {
          salah.add("JP pelatihan dari katalog adalah " + k.getJp() + "; kosongkan JP atau catat sebagai pelatihan di luar katalog");
        }
      }
    } else {
      nama = PemeriksaKatalogPelatihan.teks(m.namaPelatihan()).replaceAll("\\s+", " ");
      if (nama.isEmpty()) {
        salah.add("Nama pelatihan wajib diisi bila tidak memilih entri katalog");
      } else if (nama.length() > 200) {
        salah.add("Nama pelatihan paling panjang 200 karakter");
      }
      jenis = PemeriksaKatalogPelatihan.pilihan(m.jenis(), "Jenis pelatihan", JenisPelatihan.class, true, salah);
      penyelenggara = PemeriksaKatalogPelatihan.teks(m.penyelenggara()).replaceAll("\\s+", " ");
      if (penyelenggara.isEmpty()) {
        salah.add("Penyelenggara wajib diisi bila tidak memilih entri katalog");
      } else if (penyelenggara.length() > 200) {
        salah.add("Penyelenggara paling panjang 200 karakter");
      }
      jp = m.jp();
      if (jp == null) {
        salah.add("JP wajib diisi bila tidak memilih entri katalog");
      } else if (jp < 1 || jp > PemeriksaKatalogPelatihan.JP_MAKS) {
        salah.add("JP harus antara 1 dan " + PemeriksaKatalogPelatihan.JP_MAKS + ", bukan " + jp);
      }
    }
    periksaTanggal(m.tanggalMulai(), m.tanggalSelesai(), salah);
    String alasan = PemeriksaKatalogPelatihan.teks(m.alasan());
    if (alasan.length() > PANJANG_ALASAN_MAKS) {
      salah.add("Alasan paling panjang " + PANJANG_ALASAN_MAKS + " karakter");
    }
    if (!olehBkpsdm && m.sertifikatBuktiId() == null) {
      salah.add("Unggah sertifikat lebih dulu (POST /api/bukti-dukung) dan kirim sertifikatBuktiId");
    }
    if (m.sertifikatBuktiId() != null && m.tanggalSelesai() != null
        && m.tanggalSelesai().isAfter(LocalDate.now(Waktu.WIB))) {
      salah.add("Pelatihan yang belum selesai (tanggal selesai " + m.tanggalSelesai()
          + ") belum dapat dilampiri sertifikat");
    }
    if (m.sertifikatBuktiId() != null && pegawai != null) {
      periksaSertifikat(m.sertifikatBuktiId(), nip, salah);
    }
    if (!salah.isEmpty()) {
      throw new KesalahanValidasiException("Riwayat pengembangan kompetensi belum benar.", salah);
    }
    PengembanganKompetensi p = new PengembanganKompetensi(nip, katalogId, nama, jenis, penyelenggara,
        m.tanggalMulai(), m.tanggalSelesai(), jp, alasan.isEmpty() ? null : alasan, kunciProses, oleh);
    if (m.sertifikatBuktiId() != null) {
      p.laporkanSelesai(m.sertifikatBuktiId());
    }
    return repository.save(p);
  }

  /**
   * The ASN reports the training done with the certificate they uploaded (DITUGASKAN or
   * DIKEMBALIKAN → SELESAI). Only the ASN the training belongs to.
   */
  @Transactional
  public PengembanganKompetensi laporkanSelesai(long id, Long buktiId, String oleh) {
    PengembanganKompetensi p = cari(id);
    if (!p.getNip().equals(oleh)) {
      throw new AccessDeniedException("Hanya pegawai yang bersangkutan yang dapat mengunggah sertifikat pelatihannya");
    }
    List<String> salah = new ArrayList<>();
    if (buktiId == null) {
      salah.add("sertifikatBuktiId wajib diisi (unggah sertifikat lebih dulu lewat POST /api/bukti-dukung)");
    } else if (!buktiId.equals(p.getSertifikatBuktiId())) {
      periksaSertifikat(buktiId, p.getNip(), salah);
    }
    if (!salah.isEmpty()) {
      throw new KesalahanValidasiException("Sertifikat belum benar.", salah);
    }
    p.laporkanSelesai(buktiId);
    return p;
  }

  /** BKPSDM accepts the certificate (SELESAI → TERVERIFIKASI); nobody verifies their own. */
  @Transactional
  public PengembanganKompetensi verifikasi(long id, String oleh) {
    PengembanganKompetensi p = cari(id);
    bukanMilikSendiri(p, oleh);
    p.verifikasi(oleh);
    return p;
  }

  /** BKPSDM returns it with a note (SELESAI → DIKEMBALIKAN); nobody judges their own. */
  @Transactional
  public PengembanganKompetensi kembalikan(long id, String catatan, String oleh) {
    PengembanganKompetensi p = cari(id);
    bukanMilikSendiri(p, oleh);
    String c = catatan == null ? "" : TeksAman.bersihkan(catatan).strip();
    if (c.isEmpty()) {
      throw new KesalahanValidasiException("Catatan belum benar.",
          List.of("Catatan pengembalian wajib diisi: tulis apa yang harus diperbaiki"));
    }
    if (c.length() > PANJANG_CATATAN_MAKS) {
      throw new KesalahanValidasiException("Catatan belum benar.",
          List.of("Catatan pengembalian paling panjang " + PANJANG_CATATAN_MAKS + " karakter"));
    }
    p.kembalikan(c, oleh);
    return p;
  }

  private static void bukanMilikSendiri(PengembanganKompetensi p, String oleh) {
    if (p.getNip().equals(oleh)) {
      throw new AccessDeniedException("Anda tidak dapat memverifikasi pelatihan Anda sendiri");
    }
  }

  private void periksaSertifikat(long buktiId, String nip, List<String> salah) {
    BuktiDukung b = buktiRepository.findById(buktiId).orElse(null);
    if (b == null || !nip.equals(b.getNipPemilik())) {
      // the same words for "not there" and "someone else's": no probing of other people's files
      salah.add("Sertifikat " + buktiId + " tidak ditemukan di antara berkas yang diunggah pegawai " + nip);
    } else if (repository.existsBySertifikatBuktiId(buktiId)) {
      salah.add("Sertifikat " + buktiId + " sudah dilampirkan pada pelatihan lain");
    }
  }

  private static void periksaTanggal(LocalDate mulai, LocalDate selesai, List<String> salah) {
    if (mulai == null) {
      salah.add("Tanggal mulai wajib diisi");
    }
    if (selesai == null) {
      salah.add("Tanggal selesai wajib diisi");
    }
    if (mulai != null && selesai != null) {
      if (selesai.isBefore(mulai)) {
        salah.add("Tanggal selesai tidak boleh sebelum tanggal mulai");
      }
      if (mulai.getYear() < 2000 || selesai.getYear() > LocalDate.now(Waktu.WIB).getYear() + 1) {
        salah.add("Tanggal pelatihan harus antara tahun 2000 dan tahun depan");
      }
      if (selesai.isAfter(mulai.plusYears(2))) {
        salah.add("Satu pelatihan paling lama 2 tahun; catat tahap-tahapnya sebagai pelatihan terpisah");
      }
    }
  }
}
