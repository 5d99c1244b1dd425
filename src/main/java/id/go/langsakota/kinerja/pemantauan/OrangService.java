package id.go.langsakota.kinerja.pemantauan;

import static id.go.langsakota.kinerja.pemantauan.Sql.FROM_ANGGOTA;
import static id.go.langsakota.kinerja.pemantauan.Sql.WHERE_ANGGOTA;
import static id.go.langsakota.kinerja.pemantauan.Sql.filterOpd;

import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.pemantauan.KurvaPemantauanService.Tahap;
import id.go.langsakota.kinerja.web.KesalahanValidasiException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names behind a number of /pengisian or /kurva: the same conditions as the counts, one page
 * at a time (ORDER BY ... LIMIT/OFFSET in the database), plus one engine query per page to keep
 * only links to process instances that still run (Cockpit shows running instances), and one by
 * business key SKP-&lt;tahun&gt;-&lt;nip&gt; for SKP rows whose table row has no instance id yet.
 */
@Service
@Transactional(readOnly = true)
public class OrangService {

  public static final int UKURAN_BAWAAN = 100;
  public static final int UKURAN_MAKS = 500;
  /** Rows of one Excel file of names. */
  public static final int BATAS_EXCEL = 10_000;
  static final String COCKPIT = "/camunda/app/cockpit/default/#/process-instance/";

  /** The counters of /pengisian that have names behind them, with their Indonesian titles. */
  static final Map<String, String> KOLOM_PENGISIAN = new LinkedHashMap<>();

  static {
    KOLOM_PENGISIAN.put("jumlahAsn", "Jumlah ASN");
    KOLOM_PENGISIAN.put("skpBelumDisusun", "SKP belum disusun");
    KOLOM_PENGISIAN.put("skpMenungguPersetujuan", "SKP menunggu persetujuan");
    KOLOM_PENGISIAN.put("skpDisepakati", "SKP disepakati");
    KOLOM_PENGISIAN.put("periodeDilaporkan", "Periode dilaporkan");
    KOLOM_PENGISIAN.put("periodeDinilai", "Periode dinilai");
    KOLOM_PENGISIAN.put("periodeTerlambat", "Periode terlambat");
    KOLOM_PENGISIAN.put("terlambatTerlamaHari", "Periode terlambat");
    KOLOM_PENGISIAN.put("penilaianTahunanSelesai", "Penilaian tahunan selesai");
  }

  public record Orang(String nip, String nama, String jabatan, String namaOpd, String keterangan,
      LocalDate sejak, Integer terlambatHari, String tautanKinerja, String tautanCockpit) {}

  public record DaftarOrang(String judul, String kolom, String tahap, int jumlah, int halaman, int ukuran,
      List<Orang> orang) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final RuntimeService runtime;

  public OrangService(NamedParameterJdbcTemplate jdbc, RuntimeService runtime) {
    this.jdbc = jdbc;
    this.runtime = runtime;
  }

  /** Checks kolom/tahap; 400 in Indonesian when unknown. */
  static String bacaKolom(String kolom) {
    if (kolom == null || kolom.isBlank()) {
      throw new KesalahanValidasiException("Kolom wajib diisi", List.of("Kolom wajib diisi: salah satu dari "
          + String.join(", ", KOLOM_PENGISIAN.keySet()) + ", jumlahDinilai, atau predikat SANGAT_BAIK … SANGAT_KURANG"));
    }
    String k = kolom.strip();
    if (KOLOM_PENGISIAN.containsKey(k) || "jumlahDinilai".equals(k) || predikat(k) != null) {
      return k;
    }
    throw new KesalahanValidasiException("Kolom '" + KurvaPemantauanService.potong(k) + "' tidak dikenal",
        List.of("Kolom harus salah satu dari " + String.join(", ", KOLOM_PENGISIAN.keySet())
            + ", jumlahDinilai, SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG"));
  }

  static int bacaBilangan(String teks, String nama, int bawaan, int min, int maks) {
    if (teks == null || teks.isBlank()) {
      return bawaan;
    }
    try {
      int n = Integer.parseInt(teks.strip());
      if (n >= min && n <= maks) {
        return n;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new KesalahanValidasiException(nama + " tidak sah",
        List.of(nama + " harus bilangan bulat " + min + " sampai " + maks));
  }

  private static Predikat predikat(String k) {
    for (Predikat p : Predikat.values()) {
      if (p.name().equals(k)) {
        return p;
      }
    }
    return null;
  }

  /**
   * @param halaman 1-based page
   * @param tahap only for a kurva kolom (predikat or jumlahDinilai); ignored otherwise
   */
  public DaftarOrang orang(FilterPemantauan f, String kolom, Tahap tahap, int halaman, int ukuran) {
    boolean kurva = !KOLOM_PENGISIAN.containsKey(kolom);
    MapSqlParameterSource par = PemantauanService.parameter(f);
    String sql;
    String urutan;
    if (kurva) {
      Predikat p = predikat(kolom);
      par.addValue("predikat", p == null ? null : p.name());
      String syarat = p == null ? "" : " AND " + tahap.ekspresi() + " = :predikat";
      String syaratTanpa = p == null ? "" : " AND s.predikat_tahunan = :predikat";
      sql = "SELECT pg.nip, pg.nama, pg.gelar_depan, pg.gelar_belakang, j.nama AS jabatan, k.kode_opd AS kode_opd,"
          + " 'KALIBRASI' AS status, NULL AS periode_ke, s.tanggal_predikat_final AS sejak, s.process_instance_id AS instans,"
          + " " + tahap.ekspresi() + " AS predikat, s.diubah_keberatan AS diubah"
          + KurvaPemantauanService.dariKalibrasi(tahap, f).replace(" WHERE ",
              " JOIN pegawai pg ON pg.nip = s.nip LEFT JOIN penugasan_jabatan p ON p.pegawai_id = pg.id"
                  + " AND p.jenis = 'DEFINITIF' AND p.tmt_mulai <= s.tanggal_selesai"
                  + " AND (p.tmt_selesai IS NULL OR p.tmt_selesai >= s.tanggal_selesai)"
                  + " LEFT JOIN jabatan j ON j.id = p.jabatan_id WHERE ")
          + syarat
          + " UNION ALL SELECT pg.nip, pg.nama, pg.gelar_depan, pg.gelar_belakang, j.nama, o.kode,"
          + " 'BELUM' , NULL, s.tanggal_predikat_final, s.process_instance_id, s.predikat_tahunan, s.diubah_keberatan"
          + KurvaPemantauanService.tanpaKalibrasi(f) + syaratTanpa;
      urutan = " ORDER BY x.kode_opd, x.nama, x.nip";
    } else if (kolom.startsWith("periode") || kolom.equals("terlambatTerlamaHari")) {
      String syarat = switch (kolom) {
        case "periodeDilaporkan" -> "pp.dilaporkan_pada IS NOT NULL";
        case "periodeDinilai" -> "pp.status = 'SELESAI'";
        default -> PemantauanService.TERLAMBAT;
      };
      String sejak = switch (kolom) {
        case "periodeDilaporkan" -> "pp.dilaporkan_pada";
        case "periodeDinilai" -> "pp.dinilai_pada";
        default -> PemantauanService.BATAS_TERLAMBAT;
      };
      sql = "SELECT pg.nip, pg.nama, pg.gelar_depan, pg.gelar_belakang, j.nama AS jabatan, o.kode AS kode_opd,"
          + " pp.status AS status, pp.periode_ke AS periode_ke, " + sejak + " AS sejak,"
          + " pp.process_instance_id AS instans, pp.predikat AS predikat, FALSE AS diubah"
          + " FROM " + FROM_ANGGOTA + " JOIN penilaian_periodik pp ON pp.nip = pg.nip AND pp.tahun = :tahun"
          + (f.periode() == null ? "" : " AND pp.periode_ke = :periode")
          + " WHERE " + WHERE_ANGGOTA + filterOpd(f, "o.kode") + " AND " + syarat;
      urutan = kolom.equals("periodeDilaporkan") || kolom.equals("periodeDinilai")
          ? " ORDER BY x.kode_opd, x.nama, x.nip, x.periode_ke"
          : " ORDER BY x.sejak, x.kode_opd, x.nama, x.nip, x.periode_ke";
    } else {
      String syarat = switch (kolom) {
        case "skpBelumDisusun" -> " AND (s.id IS NULL OR s.status IN ('DRAF','DIKEMBALIKAN'))";
        case "skpMenungguPersetujuan" -> " AND s.status = 'DIAJUKAN'";
        case "skpDisepakati" -> " AND s.status IN ('DISETUJUI','DINILAI','DITERIMA')";
        case "penilaianTahunanSelesai" -> " AND s.status IN ('DINILAI','DITERIMA')";
        default -> "";
      };
      String sejak = switch (kolom) {
        case "skpMenungguPersetujuan" -> "s.tanggal_diajukan";
        case "skpDisepakati" -> "s.tanggal_disetujui";
        case "penilaianTahunanSelesai" -> "s.tanggal_dinilai";
        default -> "NULL";
      };
      sql = "SELECT pg.nip, pg.nama, pg.gelar_depan, pg.gelar_belakang, j.nama AS jabatan, o.kode AS kode_opd,"
          + " s.status AS status, NULL AS periode_ke, " + sejak + " AS sejak, s.process_instance_id AS instans,"
          + " s.predikat_tahunan AS predikat, FALSE AS diubah"
          + " FROM " + FROM_ANGGOTA + " LEFT JOIN skp s ON s.nip = pg.nip AND s.tahun = :tahun"
          + " WHERE " + WHERE_ANGGOTA + filterOpd(f, "o.kode") + syarat;
      urutan = " ORDER BY x.kode_opd, x.nama, x.nip";
    }
    Integer jumlah = jdbc.queryForObject("SELECT COUNT(*) FROM (" + sql + ") x", par, Integer.class);
    par.addValue("batas", ukuran).addValue("lewati", (halaman - 1) * ukuran);
    Map<String, String> namaOpd = new HashMap<>();
    jdbc.query("SELECT kode, nama FROM opd", rs -> {
      namaOpd.put(rs.getString(1), rs.getString(2));
    });
    LocalDate hariIni = Sql.kini().toLocalDate();
    List<Baris> baris = jdbc.query("SELECT * FROM (" + sql + ") x" + urutan + " LIMIT :batas OFFSET :lewati", par,
        (rs, i) -> new Baris(rs.getString(1), Sql.namaLengkap(rs.getString(3), rs.getString(2), rs.getString(4)),
            rs.getString(5), rs.getString(6), rs.getString(7), (Integer) rs.getObject(8, Integer.class),
            Sql.waktu(rs, 9), rs.getString(10), rs.getString(11), rs.getBoolean(12)));
    Map<String, String> berjalan = instansBerjalan(f.tahun(), baris, kolom);
    List<Orang> orang = new ArrayList<>();
    for (Baris b : baris) {
      boolean terlambat = kolom.equals("periodeTerlambat") || kolom.equals("terlambatTerlamaHari");
      Integer hari = terlambat && b.sejak() != null ? PemantauanService.hariTerlambat(b.sejak(), hariIni) : null;
      String instans = b.instans() != null ? berjalan.get(b.instans()) : berjalan.get(kunciBisnis(f.tahun(), b.nip()));
      orang.add(new Orang(b.nip(), b.nama(), b.jabatan(), namaOpd.getOrDefault(b.kodeOpd(), b.kodeOpd()),
          keterangan(kolom, b, tahap), b.sejak() == null ? null : b.sejak().toLocalDate(), hari,
          "/kinerja-saya/?nip=" + b.nip() + "&tahun=" + f.tahun(), instans == null ? null : COCKPIT + instans));
    }
    if (kolom.equals("jumlahAsn")) {
      // sejak = in the OPD since (TMT of the jabatan): read for this page only
      Map<String, LocalDate> tmt = tmt(f, orang.stream().map(Orang::nip).toList());
      orang.replaceAll(o -> new Orang(o.nip(), o.nama(), o.jabatan(), o.namaOpd(), o.keterangan(), tmt.get(o.nip()),
          null, o.tautanKinerja(), o.tautanCockpit()));
    }
    return new DaftarOrang(judul(f, kolom, kurva ? tahap : null), kolom, kurva ? tahap.name() : null,
        jumlah == null ? 0 : jumlah, halaman, ukuran, orang);
  }

  record Baris(String nip, String nama, String jabatan, String kodeOpd, String status, Integer periodeKe,
      LocalDateTime sejak, String instans, String predikat, boolean diubahKeberatan) {}

  static String kunciBisnis(int tahun, String nip) {
    return "SKP-" + tahun + "-" + nip;
  }

  /**
   * Running instance per stored instance id (id → id) and per SKP business key (key → id), two
   * engine queries for the page whatever its size.
   */
  private Map<String, String> instansBerjalan(int tahun, List<Baris> baris, String kolom) {
    Map<String, String> hasil = new HashMap<>();
    Set<String> id = new HashSet<>();
    Set<String> kunci = new HashSet<>();
    boolean skp = KOLOM_PENGISIAN.containsKey(kolom) && !kolom.startsWith("periode") && !kolom.equals("terlambatTerlamaHari");
    for (Baris b : baris) {
      if (b.instans() != null) {
        id.add(b.instans());
      } else if (skp) {
        kunci.add(kunciBisnis(tahun, b.nip()));
      }
    }
    if (!id.isEmpty()) {
      for (ProcessInstance p : runtime.createProcessInstanceQuery().processInstanceIds(id).list()) {
        hasil.put(p.getId(), p.getId());
      }
    }
    if (!kunci.isEmpty()) {
      // the engine's query API has no "business key in": one SQL on the runtime table instead
      jdbc.query("SELECT ID_, BUSINESS_KEY_ FROM ACT_RU_EXECUTION WHERE ID_ = PROC_INST_ID_"
          + " AND BUSINESS_KEY_ IN (:kunci)", new MapSqlParameterSource("kunci", kunci), rs -> {
            hasil.put(rs.getString(2), rs.getString(1));
          });
    }
    return hasil;
  }

  private Map<String, LocalDate> tmt(FilterPemantauan f, List<String> nip) {
    Map<String, LocalDate> hasil = new HashMap<>();
    if (nip.isEmpty()) {
      return hasil;
    }
    MapSqlParameterSource par = PemantauanService.parameter(f).addValue("nip", nip);
    jdbc.query("SELECT pg.nip, p.tmt_mulai FROM " + FROM_ANGGOTA + " WHERE " + WHERE_ANGGOTA + " AND pg.nip IN (:nip)",
        par, rs -> {
          hasil.put(rs.getString(1), Sql.tanggalSaja(rs, 2));
        });
    return hasil;
  }

  private static String keterangan(String kolom, Baris b, Tahap tahap) {
    if (!KOLOM_PENGISIAN.containsKey(kolom)) {
      String p = b.predikat() == null ? "" : Predikat.valueOf(b.predikat()).label();
      String dasar = "Predikat " + p + " " + tahap.label();
      if ("BELUM".equals(b.status())) {
        return dasar + " (OPD belum dikalibrasi)";
      }
      return b.diubahKeberatan() && tahap == Tahap.SETELAH_KEBERATAN ? dasar + " (diubah karena keberatan)" : dasar;
    }
    if (b.periodeKe() != null) {
      String periode = "Periode " + b.periodeKe() + ": ";
      return periode + switch (b.status() == null ? "" : b.status()) {
        case "MENUNGGU_REALISASI" -> "realisasi belum dilaporkan";
        case "MENUNGGU_PENILAIAN" -> "menunggu penilaian pejabat penilai";
        case "SELESAI" -> "dinilai" + (b.predikat() == null ? "" : ", predikat " + Predikat.valueOf(b.predikat()).label());
        case "TIDAK_DINILAI" -> "tidak dinilai";
        default -> b.status();
      };
    }
    if (b.status() == null) {
      return "SKP belum dibuat";
    }
    return switch (b.status()) {
      case "DRAF" -> "SKP masih draf";
      case "DIKEMBALIKAN" -> "SKP dikembalikan untuk diperbaiki";
      case "DIAJUKAN" -> "Menunggu persetujuan pejabat penilai";
      case "DISETUJUI" -> "SKP disepakati";
      case "DINILAI", "DITERIMA" -> "Dinilai" + (b.predikat() == null ? "" : ", predikat "
          + Predikat.valueOf(b.predikat()).label()) + ("DITERIMA".equals(b.status()) ? " (hasil diterima)" : "");
      default -> b.status();
    };
  }

  static String judul(FilterPemantauan f, String kolom, Tahap tahap) {
    String isi = tahap == null ? "Pengisian — " + KOLOM_PENGISIAN.get(kolom)
        : "Kurva — " + ("jumlahDinilai".equals(kolom) ? "Semua yang dinilai" : Predikat.valueOf(kolom).label())
            + " " + tahap.label();
    return isi + " — Tahun " + f.tahun() + (f.periode() == null || tahap != null ? "" : " — Periode " + f.periode())
        + " — " + f.wilayah();
  }
}
