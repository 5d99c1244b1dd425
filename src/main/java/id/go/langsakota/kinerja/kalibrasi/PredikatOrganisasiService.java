package id.go.langsakota.kinerja.kalibrasi;

import static id.go.langsakota.kinerja.pengaturan.KunciPengaturan.AMBANG_PREDIKAT_ORGANISASI_BAIK;
import static id.go.langsakota.kinerja.pengaturan.KunciPengaturan.AMBANG_PREDIKAT_ORGANISASI_BUTUH_PERBAIKAN;
import static id.go.langsakota.kinerja.pengaturan.KunciPengaturan.AMBANG_PREDIKAT_ORGANISASI_ISTIMEWA;
import static id.go.langsakota.kinerja.pengaturan.KunciPengaturan.AMBANG_PREDIKAT_ORGANISASI_KURANG;

import id.go.langsakota.kinerja.kinerjaorganisasi.CapaianKinerjaOrganisasi;
import id.go.langsakota.kinerja.kinerjaorganisasi.CapaianKinerjaOrganisasiRepository;
import id.go.langsakota.kinerja.organisasi.OpdRepository;
import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import id.go.langsakota.kinerja.web.KesalahanValidasiException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Predikat Kinerja Organisasi per OPD and year: people decide it (the PPK, recorded by
 * BKPSDM); the system only proposes one from the annual capaian kinerja organisasi. Every
 * decision adds a history row.
 */
@Service
@Transactional
public class PredikatOrganisasiService {

  static final int KETERANGAN_MAKSIMAL = 1000;

  public record Riwayat(PredikatOrganisasi predikatLama, PredikatOrganisasi predikatBaru,
      BigDecimal capaian, PredikatOrganisasi saran, String keterangan, String ditetapkanOleh,
      Instant ditetapkanPada) {}

  /**
   * @param predikat the decision, null while nobody has decided
   * @param saranPredikat the proposal from {@code capaianTahunan}; shown, never stored as decision
   */
  public record Tampilan(String kodeOpd, int tahun, PredikatOrganisasi predikat, String labelPredikat,
      String keterangan, String ditetapkanOleh, Instant ditetapkanPada, BigDecimal capaianTahunan,
      PredikatOrganisasi saranPredikat, String dasarSaran, List<Riwayat> riwayat) {}

  private final PenetapanPredikatOrganisasiRepository repository;
  private final RiwayatPredikatOrganisasiRepository riwayatRepository;
  private final CapaianKinerjaOrganisasiRepository capaianRepository;
  private final OpdRepository opdRepository;
  private final PengaturanService pengaturan;

  public PredikatOrganisasiService(PenetapanPredikatOrganisasiRepository repository,
      RiwayatPredikatOrganisasiRepository riwayatRepository,
      CapaianKinerjaOrganisasiRepository capaianRepository, OpdRepository opdRepository,
      PengaturanService pengaturan) {
    this.repository = repository;
    this.riwayatRepository = riwayatRepository;
    this.capaianRepository = capaianRepository;
    this.opdRepository = opdRepository;
    this.pengaturan = pengaturan;
  }

  /** The decided predikat, if any (for the distribution check). */
  @Transactional(readOnly = true)
  public Optional<PredikatOrganisasi> predikat(int tahun, String kodeOpd) {
    return repository.findByKodeOpdAndTahun(kodeOpd, tahun).map(PenetapanPredikatOrganisasi::getPredikat);
  }

  @Transactional(readOnly = true)
  public Tampilan lihat(int tahun, String kodeOpd) {
    periksaTahun(tahun);
    pastikanOpdAda(kodeOpd);
    Optional<PenetapanPredikatOrganisasi> p = repository.findByKodeOpdAndTahun(kodeOpd, tahun);
    BigDecimal capaian = capaianTahunan(tahun, kodeOpd);
    PredikatOrganisasi saran = saran(capaian);
    String dasar = capaian == null
        ? "Capaian kinerja organisasi tahunan belum dicatat: belum ada saran."
        : "Capaian tahunan " + AturanKurva.angka(capaian) + " %: saran " + saran.label()
            + " (ambang " + ambangDalamKata() + "). Saran ini bukan keputusan.";
    List<Riwayat> riwayat = riwayatRepository.findByKodeOpdAndTahunOrderById(kodeOpd, tahun).stream()
        .map(r -> new Riwayat(r.getPredikatLama(), r.getPredikatBaru(), r.getCapaian(), r.getSaran(),
            r.getKeterangan(), r.getDitetapkanOleh(), r.getDitetapkanPada()))
        .toList();
    return new Tampilan(kodeOpd, tahun, p.map(PenetapanPredikatOrganisasi::getPredikat).orElse(null),
        p.map(x -> x.getPredikat().label()).orElse(null),
        p.map(PenetapanPredikatOrganisasi::getKeterangan).orElse(null),
        p.map(PenetapanPredikatOrganisasi::getDitetapkanOleh).orElse(null),
        p.map(PenetapanPredikatOrganisasi::getDitetapkanPada).orElse(null),
        capaian, saran, dasar, riwayat);
  }

  /** Records the decision (first or changed) and one history row; refuses bad input with 400. */
  public Tampilan tetapkan(int tahun, String kodeOpd, String predikat, String keterangan, String oleh) {
    List<String> salah = new ArrayList<>();
    if (tahun < 2000 || tahun > 2100) {
      salah.add("Tahun harus antara 2000 dan 2100");
    }
    PredikatOrganisasi baru = PredikatOrganisasi.dari(predikat);
    if (predikat == null || predikat.isBlank()) {
      salah.add("Predikat wajib diisi: salah satu dari " + daftarNilai());
    } else if (baru == null) {
      salah.add("Predikat '" + predikat.strip() + "' tidak dikenal: pilih salah satu dari " + daftarNilai());
    }
    String ket = keterangan == null || keterangan.isBlank() ? null : keterangan.strip();
    if (ket != null && ket.length() > KETERANGAN_MAKSIMAL) {
      salah.add("Keterangan terlalu panjang (maksimal " + KETERANGAN_MAKSIMAL + " karakter)");
    }
    if (!salah.isEmpty()) {
      throw new KesalahanValidasiException("Predikat kinerja organisasi tidak sah: "
          + String.join("; ", salah), salah);
    }
    pastikanOpdAda(kodeOpd);
    PenetapanPredikatOrganisasi p = repository.findByKodeOpdAndTahun(kodeOpd, tahun)
        .orElseGet(() -> new PenetapanPredikatOrganisasi(kodeOpd, tahun));
    PredikatOrganisasi lama = p.getPredikat();
    Instant kini = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    p.tetapkan(baru, ket, oleh, kini);
    repository.save(p);
    BigDecimal capaian = capaianTahunan(tahun, kodeOpd);
    riwayatRepository.save(new RiwayatPredikatOrganisasi(kodeOpd, tahun, lama, baru, capaian,
        saran(capaian), ket, oleh, kini));
    return lihat(tahun, kodeOpd);
  }

  private BigDecimal capaianTahunan(int tahun, String kodeOpd) {
    return capaianRepository.findByKodeOpdAndTahunAndPeriodeKe(kodeOpd, tahun, CapaianKinerjaOrganisasi.TAHUNAN)
        .map(CapaianKinerjaOrganisasi::getCapaian).orElse(null);
  }

  private PredikatOrganisasi saran(BigDecimal capaian) {
    return SaranPredikatOrganisasi.saran(capaian, pengaturan.angka(AMBANG_PREDIKAT_ORGANISASI_ISTIMEWA),
        pengaturan.angka(AMBANG_PREDIKAT_ORGANISASI_BAIK),
        pengaturan.angka(AMBANG_PREDIKAT_ORGANISASI_BUTUH_PERBAIKAN),
        pengaturan.angka(AMBANG_PREDIKAT_ORGANISASI_KURANG));
  }

  private String ambangDalamKata() {
    return "Istimewa ≥ " + AturanKurva.angka(pengaturan.angka(AMBANG_PREDIKAT_ORGANISASI_ISTIMEWA))
        + ", Baik ≥ " + AturanKurva.angka(pengaturan.angka(AMBANG_PREDIKAT_ORGANISASI_BAIK))
        + ", Butuh Perbaikan ≥ " + AturanKurva.angka(pengaturan.angka(AMBANG_PREDIKAT_ORGANISASI_BUTUH_PERBAIKAN))
        + ", Kurang ≥ " + AturanKurva.angka(pengaturan.angka(AMBANG_PREDIKAT_ORGANISASI_KURANG))
        + ", selebihnya Sangat Kurang";
  }

  private static String daftarNilai() {
    return Arrays.stream(PredikatOrganisasi.values()).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static void periksaTahun(int tahun) {
    if (tahun < 2000 || tahun > 2100) {
      throw new KesalahanValidasiException("Tahun harus antara 2000 dan 2100",
          List.of("Tahun harus antara 2000 dan 2100"));
    }
  }

  void pastikanOpdAda(String kodeOpd) {
    if (kodeOpd == null || opdRepository.findByKode(kodeOpd).isEmpty()) {
      throw new NoSuchElementException("OPD dengan kode '" + kodeOpd + "' tidak ditemukan");
    }
  }
}
