package id.go.langsakota.kinerja.kinerjaorganisasi;

import static id.go.langsakota.kinerja.pengaturan.KunciPengaturan.AMBANG_DI_ATAS_EKSPEKTASI;
import static id.go.langsakota.kinerja.pengaturan.KunciPengaturan.AMBANG_SESUAI_EKSPEKTASI;

import id.go.langsakota.kinerja.organisasi.Jabatan;
import id.go.langsakota.kinerja.organisasi.OpdRepository;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatan;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import id.go.langsakota.kinerja.kosakata.DasarSaranRatingHasilKerja;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.web.KesalahanValidasiException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * BKPSDM's record of capaian kinerja organisasi per OPD, and the suggestion it gives the head of
 * that OPD (docs/aturan-kinerja.md §3). Heads of units (kabid, kasi) are not covered: there is no unit-level
 * figure, so their suggestion stays indicator-based.
 */
@Service
@Transactional
public class CapaianKinerjaOrganisasiService {

  /** Above this a figure is a typo, not a result (the indicator capaian is capped at 200 %). */
  static final BigDecimal CAPAIAN_MAKSIMAL = new BigDecimal("1000");
  static final int PERIODE_MAKSIMAL = 12;
  static final int KETERANGAN_MAKSIMAL = 1000;

  private final CapaianKinerjaOrganisasiRepository repository;
  private final OpdRepository opdRepository;
  private final RegisterOrganisasiService register;
  private final PengaturanService pengaturan;

  public CapaianKinerjaOrganisasiService(CapaianKinerjaOrganisasiRepository repository,
      OpdRepository opdRepository, RegisterOrganisasiService register, PengaturanService pengaturan) {
    this.repository = repository;
    this.opdRepository = opdRepository;
    this.register = register;
    this.pengaturan = pengaturan;
  }

  /** The row and whether this call created it (201) or updated an existing one (200). */
  public record Hasil(CapaianKinerjaOrganisasi capaian, boolean baru) {}

  /**
   * Creates or replaces the figure for (OPD, year, period); periodeKe 0 = annual. Idempotent: the
   * same key always lands on the same row.
   */
  public Hasil simpan(String kodeOpd, int tahun, int periodeKe, BigDecimal capaian,
      String keterangan, String oleh) {
    List<String> salah = new ArrayList<>();
    if (tahun < 2000 || tahun > 2100) {
      salah.add("Tahun harus antara 2000 dan 2100");
    }
    if (periodeKe < 0 || periodeKe > PERIODE_MAKSIMAL) {
      salah.add("Periode harus antara 0 (tahunan) dan " + PERIODE_MAKSIMAL);
    }
    if (capaian == null) {
      salah.add("Capaian wajib diisi (persen, mis. 104.5)");
    } else if (capaian.signum() < 0) {
      salah.add("Capaian tidak boleh negatif");
    } else if (capaian.compareTo(CAPAIAN_MAKSIMAL) > 0) {
      salah.add("Capaian " + capaian.toPlainString() + " % tidak masuk akal (maksimal "
          + CAPAIAN_MAKSIMAL.toPlainString() + " %)");
    } else if (capaian.stripTrailingZeros().scale() > 2) {
      salah.add("Capaian paling banyak 2 angka desimal");
    }
    String ket = keterangan == null || keterangan.isBlank() ? null : keterangan.strip();
    if (ket != null && ket.length() > KETERANGAN_MAKSIMAL) {
      salah.add("Keterangan terlalu panjang (maksimal " + KETERANGAN_MAKSIMAL + " karakter)");
    }
    if (!salah.isEmpty()) {
      throw new KesalahanValidasiException("Capaian kinerja organisasi tidak sah: "
          + String.join("; ", salah), salah);
    }
    pastikanOpdAda(kodeOpd);
    Optional<CapaianKinerjaOrganisasi> ada = repository.findByKodeOpdAndTahunAndPeriodeKe(kodeOpd, tahun, periodeKe);
    CapaianKinerjaOrganisasi c = ada.orElseGet(() -> new CapaianKinerjaOrganisasi(kodeOpd, tahun, periodeKe));
    c.catat(capaian.setScale(2), ket, oleh, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    return new Hasil(repository.save(c), ada.isEmpty());
  }

  @Transactional(readOnly = true)
  public List<CapaianKinerjaOrganisasi> daftar(String kodeOpd, int tahun) {
    pastikanOpdAda(kodeOpd);
    return repository.findByKodeOpdAndTahunOrderByPeriodeKe(kodeOpd, tahun);
  }

  /**
   * The OPD's capaian for (tahun, periodeKe) when {@code nip} holds the kepala OPD jabatan
   * definitively on {@code tanggal} (a Plt is rated on their own definitive jabatan); empty when
   * the pegawai is not the head or BKPSDM has not entered the figure.
   */
  @Transactional(readOnly = true)
  public Optional<CapaianKinerjaOrganisasi> capaianKepalaOpd(String nip, int tahun, int periodeKe,
      LocalDate tanggal) {
    return register.jabatanDefinitif(nip, tanggal)
        .map(PenugasanJabatan::getJabatan)
        .filter(Jabatan::isKepalaOpd)
        .flatMap(j -> repository.findByKodeOpdAndTahunAndPeriodeKe(j.getOpd().getKode(), tahun, periodeKe));
  }

  /**
   * The suggestion for {@code nip}: from the OPD's capaian when they head it and the figure
   * exists, otherwise {@code cadangan} (the suggestion from their own data) unchanged.
   */
  @Transactional(readOnly = true)
  public SaranRatingOrganisasi.Saran saran(String nip, int tahun, int periodeKe, LocalDate tanggal,
      Rating cadangan, DasarSaranRatingHasilKerja dasarCadangan) {
    BigDecimal capaian = capaianKepalaOpd(nip, tahun, periodeKe, tanggal)
        .map(CapaianKinerjaOrganisasi::getCapaian).orElse(null);
    return SaranRatingOrganisasi.pilih(capaian, cadangan, dasarCadangan,
        pengaturan.angka(AMBANG_DI_ATAS_EKSPEKTASI), pengaturan.angka(AMBANG_SESUAI_EKSPEKTASI));
  }

  private void pastikanOpdAda(String kodeOpd) {
    if (kodeOpd == null || opdRepository.findByKode(kodeOpd).isEmpty()) {
      throw new NoSuchElementException("OPD dengan kode '" + kodeOpd + "' tidak ditemukan");
    }
  }
}
