package id.go.langsakota.kinerja.pemantauan;

import id.go.langsakota.kinerja.kalibrasi.AturanKurva;
import id.go.langsakota.kinerja.kalibrasi.BatasAturan;
import id.go.langsakota.kinerja.kalibrasi.PemeriksaKurva;
import id.go.langsakota.kinerja.kalibrasi.PemeriksaKurva.HasilAturan;
import id.go.langsakota.kinerja.kalibrasi.PemeriksaKurva.HasilPemeriksaan;
import id.go.langsakota.kinerja.kalibrasi.PolaKurvaService;
import id.go.langsakota.kinerja.kalibrasi.PredikatOrganisasi;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.pengaturan.KunciPengaturan;
import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import id.go.langsakota.kinerja.web.KesalahanValidasiException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kurva distribusi per OPD and for the city at one of three stages, with the same definitions as
 * the calibration report (kalibrasi.LaporanKurvaService): the calibration snapshot
 * (anggota_kalibrasi) gives the predikat before calibration and the final one of its round; the
 * SKP's predikat now is the one after appeals. Heads of OPD are not counted. An OPD with no
 * calibration round in the year shows its SKPs' current annual predikat at every stage
 * (statusKalibrasi "Belum dikalibrasi"). The pattern check is the calibration's own
 * {@link PemeriksaKurva} with the rules of {@link PolaKurvaService}. Counting is grouped in the
 * database; only the per-predikat counts reach Java.
 */
@Service
@Transactional(readOnly = true)
public class KurvaPemantauanService {

  public enum Tahap {
    SEBELUM_KALIBRASI("sebelum kalibrasi"),
    SETELAH_KALIBRASI("setelah kalibrasi"),
    SETELAH_KEBERATAN("setelah keberatan (final)");

    private final String label;

    Tahap(String label) {
      this.label = label;
    }

    public String label() { return label; }

    /** The predikat column of the stage (a = anggota_kalibrasi, s = skp). */
    String ekspresi() {
      return switch (this) {
        case SEBELUM_KALIBRASI -> "a.predikat_awal";
        case SETELAH_KALIBRASI -> "COALESCE(a.predikat_final, s.predikat_tahunan)";
        case SETELAH_KEBERATAN -> "s.predikat_tahunan";
      };
    }

    static Tahap baca(String teks) {
      if (teks == null || teks.isBlank()) {
        return SETELAH_KEBERATAN;
      }
      for (Tahap t : values()) {
        if (t.name().equals(teks.strip())) {
          return t;
        }
      }
      throw new KesalahanValidasiException("Tahap '" + potong(teks) + "' tidak dikenal",
          List.of("Tahap harus SEBELUM_KALIBRASI, SETELAH_KALIBRASI atau SETELAH_KEBERATAN"));
    }
  }

  /**
   * One rule of the pattern as the plugin draws it.
   *
   * @param predikat the employee predikat of the rule, comma-separated when it groups several
   * @param batas the rule as read, e.g. "≤ 70%" or "≥ 1 orang"
   * @param min lower limit in percent (PALING_SEDIKIT), else null
   * @param max upper limit in percent (PALING_BANYAK), else null
   */
  public record Pola(String predikat, String label, String batas, BigDecimal min, BigDecimal max, int jumlah,
      BigDecimal persen, boolean terpenuhi, String pesan) {}

  public record BarisKurva(String kodeOpd, String namaOpd, PredikatOrganisasi predikatOrganisasi,
      String statusKalibrasi, int jumlahDinilai, Map<Predikat, Integer> jumlah, Map<Predikat, BigDecimal> persen,
      List<Pola> pola, boolean melanggarPola, boolean polaDiberlakukan, String catatan) {}

  public record Kota(String kodeOpd, String namaOpd, int jumlahDinilai, Map<Predikat, Integer> jumlah,
      Map<Predikat, BigDecimal> persen) {}

  public record Kurva(int tahun, Tahap tahap, String kodeOpd, List<BarisKurva> baris, Kota kota) {}

  static final String BELUM = "Belum dikalibrasi";

  private final NamedParameterJdbcTemplate jdbc;
  private final PolaKurvaService polaKurva;
  private final PengaturanService pengaturan;

  public KurvaPemantauanService(NamedParameterJdbcTemplate jdbc, PolaKurvaService polaKurva,
      PengaturanService pengaturan) {
    this.jdbc = jdbc;
    this.polaKurva = polaKurva;
    this.pengaturan = pengaturan;
  }

  /** Counted SKPs of calibrated OPDs at a stage: anggota a, round k, SKP s. */
  static String dariKalibrasi(Tahap tahap, FilterPemantauan f) {
    return " FROM anggota_kalibrasi a JOIN kalibrasi_kurva k ON k.id = a.kalibrasi_id JOIN skp s ON s.id = a.skp_id"
        + " WHERE k.tahun = :tahun AND a.kepala_opd = FALSE AND " + tahap.ekspresi() + " IS NOT NULL"
        + Sql.filterOpd(f, "k.kode_opd");
  }

  /**
   * Counted SKPs of OPDs without a round: the calibration's membership rule (definitive jabatan
   * in the OPD on the SKP's last day), heads left out.
   */
  static String tanpaKalibrasi(FilterPemantauan f) {
    return " FROM skp s JOIN pegawai pg ON pg.nip = s.nip JOIN penugasan_jabatan p ON p.pegawai_id = pg.id"
        + " JOIN jabatan j ON j.id = p.jabatan_id JOIN unit_kerja u ON u.id = j.unit_kerja_id"
        + " JOIN opd o ON o.id = u.opd_id"
        + " WHERE s.tahun = :tahun AND s.predikat_tahunan IS NOT NULL AND p.jenis = 'DEFINITIF'"
        + " AND p.tmt_mulai <= s.tanggal_selesai AND (p.tmt_selesai IS NULL OR p.tmt_selesai >= s.tanggal_selesai)"
        + " AND j.kepala_opd = FALSE"
        + " AND NOT EXISTS (SELECT 1 FROM kalibrasi_kurva kk WHERE kk.tahun = :tahun AND kk.kode_opd = o.kode)"
        + Sql.filterOpd(f, "o.kode");
  }

  public Kurva kurva(FilterPemantauan f, Tahap tahap) {
    MapSqlParameterSource par = PemantauanService.parameter(f);
    Map<String, Map<Predikat, Integer>> hitung = new HashMap<>();
    jdbc.query("SELECT k.kode_opd, " + tahap.ekspresi() + ", COUNT(*)" + dariKalibrasi(tahap, f)
        + " GROUP BY k.kode_opd, " + tahap.ekspresi(), par, rs -> {
          hitung.computeIfAbsent(rs.getString(1), x -> kosong()).merge(Predikat.valueOf(rs.getString(2)), rs.getInt(3), Integer::sum);
        });
    jdbc.query("SELECT o.kode, s.predikat_tahunan, COUNT(*)" + tanpaKalibrasi(f) + " GROUP BY o.kode, s.predikat_tahunan",
        par, rs -> {
          hitung.computeIfAbsent(rs.getString(1), x -> kosong()).merge(Predikat.valueOf(rs.getString(2)), rs.getInt(3), Integer::sum);
        });
    // the last round's status and the organisation predikat as the calibration report takes it
    Map<String, String> status = new HashMap<>();
    Map<String, PredikatOrganisasi> org = new HashMap<>();
    Map<String, PredikatOrganisasi> pertama = new HashMap<>();
    jdbc.query("SELECT kode_opd, status, predikat_organisasi FROM kalibrasi_kurva WHERE tahun = :tahun"
        + Sql.filterOpd(f, "kode_opd") + " ORDER BY kode_opd, ronde", par, rs -> {
          status.put(rs.getString(1), "FINAL".equals(rs.getString(2)) ? "Kalibrasi final" : "Kalibrasi berjalan");
          PredikatOrganisasi p = PredikatOrganisasi.dari(rs.getString(3));
          org.put(rs.getString(1), p);
          if (p != null) {
            pertama.putIfAbsent(rs.getString(1), p);
          }
        });
    Map<String, PredikatOrganisasi> ditetapkan = new HashMap<>();
    jdbc.query("SELECT kode_opd, predikat FROM predikat_kinerja_organisasi WHERE tahun = :tahun"
        + Sql.filterOpd(f, "kode_opd"), par, rs -> {
          ditetapkan.put(rs.getString(1), PredikatOrganisasi.dari(rs.getString(2)));
        });
    PemeriksaKurva pemeriksa = new PemeriksaKurva(pengaturan.bilangan(KunciPengaturan.KURVA_JUMLAH_MINIMAL));
    Map<PredikatOrganisasi, List<AturanKurva>> pola = new EnumMap<>(PredikatOrganisasi.class);
    List<BarisKurva> baris = new ArrayList<>();
    Map<Predikat, Integer> kota = kosong();
    for (Map.Entry<String, String> opd : daftarOpd(f).entrySet()) {
      String kode = opd.getKey();
      Map<Predikat, Integer> jumlah = hitung.getOrDefault(kode, kosong());
      jumlah.forEach((p, n) -> kota.merge(p, n, Integer::sum));
      PredikatOrganisasi po = org.get(kode) != null ? org.get(kode)
          : pertama.getOrDefault(kode, ditetapkan.get(kode));
      int n = jumlah.values().stream().mapToInt(Integer::intValue).sum();
      List<Pola> aturan = List.of();
      boolean melanggar = false;
      boolean diberlakukan = false;
      String catatan = "Predikat kinerja organisasi belum ditetapkan: pola belum dapat diperiksa.";
      if (po != null) {
        List<AturanKurva> rules = pola.computeIfAbsent(po, polaKurva::pola);
        HasilPemeriksaan h = pemeriksa.periksa(po, rules, daftar(jumlah));
        aturan = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
          aturan.add(pola(rules.get(i), h.aturan().get(i)));
        }
        melanggar = !h.sesuai();
        diberlakukan = h.diberlakukan();
        catatan = h.catatan();
      }
      baris.add(new BarisKurva(kode, opd.getValue(), po, status.getOrDefault(kode, BELUM), n, jumlah,
          persen(jumlah, n), aturan, melanggar, diberlakukan, catatan));
    }
    int n = kota.values().stream().mapToInt(Integer::intValue).sum();
    return new Kurva(f.tahun(), tahap, f.kodeOpd(), baris,
        new Kota(f.kodeOpd(), f.wilayah(), n, kota, persen(kota, n)));
  }

  /** Active OPD (and any OPD of the filter), code → name, by name. */
  private Map<String, String> daftarOpd(FilterPemantauan f) {
    Map<String, String> hasil = new LinkedHashMap<>();
    jdbc.query("SELECT kode, nama FROM opd WHERE " + (f.kodeOpd() == null ? "aktif = TRUE" : "kode = :kodeOpd")
        + " ORDER BY nama, kode", PemantauanService.parameter(f), rs -> {
          hasil.put(rs.getString(1), rs.getString(2));
        });
    return hasil;
  }

  static Map<Predikat, Integer> kosong() {
    Map<Predikat, Integer> m = new EnumMap<>(Predikat.class);
    for (Predikat p : Predikat.values()) {
      m.put(p, 0);
    }
    return m;
  }

  /** The counts as the list PemeriksaKurva reads (at most the OPD's size, a few thousand enums). */
  private static List<Predikat> daftar(Map<Predikat, Integer> jumlah) {
    List<Predikat> l = new ArrayList<>();
    jumlah.forEach((p, n) -> l.addAll(Collections.nCopies(n, p)));
    return l;
  }

  /** Percent with one decimal, half up, as PemeriksaKurva computes it; 0.0 for nobody. */
  static Map<Predikat, BigDecimal> persen(Map<Predikat, Integer> jumlah, int n) {
    Map<Predikat, BigDecimal> m = new EnumMap<>(Predikat.class);
    jumlah.forEach((p, j) -> m.put(p, persen(j, n)));
    return m;
  }

  static BigDecimal persen(int jumlah, int n) {
    if (n == 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return BigDecimal.valueOf(jumlah).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(n), 1,
        RoundingMode.HALF_UP);
  }

  private static Pola pola(AturanKurva a, HasilAturan h) {
    String kelompok = a.kelompok().stream().map(Enum::name).collect(Collectors.joining(","));
    BigDecimal persen = a.persen().stripTrailingZeros();
    if (persen.scale() < 0) {
      persen = persen.setScale(0);
    }
    String angka = persen.toPlainString().replace('.', ',');
    String batas;
    if (a.batas() == BatasAturan.PALING_BANYAK) {
      batas = "≤ " + angka + "%";
    } else if (a.persen().signum() == 0) {
      batas = "≥ " + a.minimalOrang() + " orang";
    } else {
      batas = "≥ " + angka + "%" + (a.minimalOrang() > 0 ? " dan ≥ " + a.minimalOrang() + " orang" : "");
    }
    return new Pola(kelompok, a.labelKelompok(), batas,
        a.batas() == BatasAturan.PALING_SEDIKIT ? persen : null,
        a.batas() == BatasAturan.PALING_BANYAK ? persen : null,
        h.jumlah(), h.persen(), h.terpenuhi(), h.pesan());
  }

  static String potong(String teks) {
    return teks.length() > 30 ? teks.substring(0, 30) + "…" : teks;
  }
}
