package id.go.langsakota.kinerja.penilaian;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import id.go.langsakota.kinerja.teks.TeksAman;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores evidence files on disk (kinerja.berkas.direktori) with their metadata in bukti_dukung,
 * and decides who may download them: the owner ASN, their pejabat penilai and atasan pejabat
 * penilai, whoever rated a period that uses the file, and BKPSDM.
 */
@Service
public class BuktiDukungService {


  /** Allowed extensions → content type we send back (the client's content type is not trusted). */
  static final Map<String, String> JENIS = Map.of(
      "pdf", "application/pdf",
      "jpg", "image/jpeg",
      "jpeg", "image/jpeg",
      "png", "image/png",
      "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final BuktiDukungRepository repository;
  private final RealisasiIndikatorRepository realisasiRepository;
  private final PenilaianPeriodikRepository penilaianRepository;
  private final RegisterOrganisasiService register;
  private final PegawaiRepository pegawaiRepository;
  private final Path direktori;
  private final long ukuranMaksimal;

  public BuktiDukungService(BuktiDukungRepository repository,
      RealisasiIndikatorRepository realisasiRepository,
      PenilaianPeriodikRepository penilaianRepository, RegisterOrganisasiService register,
      PegawaiRepository pegawaiRepository,
      @Value("${kinerja.berkas.direktori:./data/berkas}") String direktori,
      @Value("${kinerja.berkas.ukuran-maksimal:10485760}") long ukuranMaksimal) {
    this.repository = repository;
    this.realisasiRepository = realisasiRepository;
    this.penilaianRepository = penilaianRepository;
    this.register = register;
    this.pegawaiRepository = pegawaiRepository;
    this.direktori = Path.of(direktori).toAbsolutePath().normalize();
    this.ukuranMaksimal = ukuranMaksimal;
  }

  /** Errors in Bahasa Indonesia for a file about to be stored (empty = fine). */
  public List<String> periksa(String namaBerkas, byte[] isi) {
    List<String> salah = new ArrayList<>();
    // Judged (and quoted in messages) by the name that would be stored: no path, no markup.
    String nama = TeksAman.namaBerkas(namaBerkas);
    if (nama.isEmpty()) {
      salah.add("Nama berkas bukti dukung wajib ada");
      return salah;
    }
    String ext = ekstensi(nama);
    if (!JENIS.containsKey(ext)) {
      salah.add("Berkas '" + nama + "' tidak diterima: jenis berkas yang diizinkan hanya PDF, JPG, "
          + "PNG, XLSX dan DOCX");
      return salah;
    }
    if (isi == null || isi.length == 0) {
      salah.add("Berkas '" + nama + "' kosong");
      return salah;
    }
    if (isi.length > ukuranMaksimal) {
      salah.add("Berkas '" + nama + "' terlalu besar (" + (isi.length / 1024) + " KB); ukuran "
          + "maksimal " + (ukuranMaksimal / 1024 / 1024) + " MB");
    }
    if (!isiSesuaiJenis(ext, isi)) {
      salah.add("Isi berkas '" + nama + "' tidak sesuai dengan jenisnya (." + ext + ")");
    }
    return salah;
  }

  /**
   * Checks and stores a file. In a transaction, a rollback deletes the file again so no orphan
   * stays on disk.
   *
   * @throws IllegalArgumentException with the Indonesian message when the file is not accepted
   */
  @Transactional
  public BuktiDukung simpan(String nipPemilik, String namaBerkas, byte[] isi, String oleh) {
    List<String> salah = periksa(namaBerkas, isi);
    if (!salah.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", salah));
    }
    String nama = TeksAman.namaBerkas(namaBerkas);
    String ext = ekstensi(nama);
    LocalDate hariIni = LocalDate.now(Waktu.WIB);
    String relatif = "%d/%02d/%s.%s".formatted(hariIni.getYear(), hariIni.getMonthValue(),
        UUID.randomUUID(), ext);
    Path tujuan = direktori.resolve(relatif);
    Path sementara = null;
    try {
      Files.createDirectories(tujuan.getParent());
      sementara = Files.createTempFile(tujuan.getParent(), "unggah", ".tmp");
      Files.write(sementara, isi);
      Files.move(sementara, tujuan, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      hapusDiam(sementara); // a half-written temp file must not stay behind
      throw new UncheckedIOException("Berkas bukti dukung tidak dapat disimpan", e);
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          if (status != STATUS_COMMITTED) {
            hapusDiam(tujuan);
          }
        }
      });
    }
    return repository.save(new BuktiDukung(nipPemilik, nama, JENIS.get(ext), isi.length,
        sha256(isi), relatif, oleh));
  }

  /**
   * Upload through {@code POST /api/bukti-dukung}: the uploader becomes the owner, so only an
   * active ASN of the register may upload (a login that is no NIP would own evidence nobody can
   * attach to a report, and does not fit the NIP column).
   *
   * @throws AccessDeniedException when {@code pengguna} is no active pegawai
   * @throws IllegalArgumentException with the Indonesian message when the file is not accepted
   */
  @Transactional
  public BuktiDukung unggah(String pengguna, String namaBerkas, byte[] isi) {
    boolean asnAktif = pengguna != null && pegawaiRepository.findByNip(pengguna)
        .filter(p -> p.aktifPada(LocalDate.now(Waktu.WIB))).isPresent();
    if (!asnAktif) {
      throw new AccessDeniedException(
          "Hanya ASN aktif yang terdaftar di register yang dapat mengunggah bukti dukung");
    }
    return simpan(pengguna, namaBerkas, isi, pengguna);
  }

  /** Metadata when the caller may see the file; 404/403 exceptions otherwise. */
  @Transactional(readOnly = true)
  public BuktiDukung untukDiunduh(long id, Authentication auth) {
    BuktiDukung b = repository.findById(id)
        .orElseThrow(() -> new NoSuchElementException("Bukti dukung " + id + " tidak ditemukan"));
    if (!bolehMelihat(b, auth)) {
      throw new AccessDeniedException("Anda tidak berhak mengunduh bukti dukung ini");
    }
    return b;
  }

  public Path berkas(BuktiDukung b) {
    Path p = direktori.resolve(b.getLokasi()).normalize();
    if (!p.startsWith(direktori) || !Files.isRegularFile(p)) {
      throw new NoSuchElementException("Berkas bukti dukung " + b.getId() + " tidak ada di penyimpanan");
    }
    return p;
  }

  /** Where the file of {@code b} is (or was) stored, inside the storage folder only. */
  Path lokasi(BuktiDukung b) {
    Path p = direktori.resolve(b.getLokasi()).normalize();
    if (!p.startsWith(direktori)) {
      throw new IllegalStateException("Lokasi berkas bukti dukung " + b.getId() + " di luar penyimpanan");
    }
    return p;
  }

  boolean bolehMelihat(BuktiDukung b, Authentication auth) {
    if (auth == null) {
      return false;
    }
    String pengguna = auth.getName();
    if (pengguna.equals(b.getNipPemilik())
        || auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
            .anyMatch("ROLE_BKPSDM"::equals)) {
      return true;
    }
    LocalDate hariIni = LocalDate.now(Waktu.WIB);
    if (register.pejabatPenilai(b.getNipPemilik(), hariIni)
        .filter(p -> pengguna.equals(p.idPengguna())).isPresent()
        || register.atasanPejabatPenilai(b.getNipPemilik(), hariIni)
        .filter(p -> pengguna.equals(p.idPengguna())).isPresent()) {
      return true;
    }
    // Whoever rated a period that uses this file keeps access after a reorganisation.
    return penilaianRepository.existsByBuktiDukungIdAndIdPejabatPenilai(b.getId(), pengguna);
  }

  private static void hapusDiam(Path p) {
    if (p == null) {
      return;
    }
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // an orphan file is harmless: nothing refers to it
    }
  }

  static String ekstensi(String nama) {
    int titik = nama.lastIndexOf('.');
    return titik < 0 ? "" : nama.substring(titik + 1).toLowerCase(Locale.ROOT);
  }

  // Magic numbers: a renamed .exe is not a PDF.
  static boolean isiSesuaiJenis(String ext, byte[] isi) {
    return switch (ext) {
      case "pdf" -> mulaiDengan(isi, 0x25, 0x50, 0x44, 0x46);           // %PDF
      case "png" -> mulaiDengan(isi, 0x89, 0x50, 0x4E, 0x47);           // .PNG
      case "jpg", "jpeg" -> mulaiDengan(isi, 0xFF, 0xD8, 0xFF);
      case "xlsx", "docx" -> mulaiDengan(isi, 0x50, 0x4B, 0x03, 0x04);  // ZIP (OOXML)
      default -> false;
    };
  }

  private static boolean mulaiDengan(byte[] isi, int... awal) {
    if (isi.length < awal.length) {
      return false;
    }
    for (int i = 0; i < awal.length; i++) {
      if ((isi[i] & 0xFF) != awal[i]) {
        return false;
      }
    }
    return true;
  }

  static String sha256(byte[] isi) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
