package id.go.langsakota.kinerja.impor;

import static id.go.langsakota.kinerja.impor.KolomRegister.*;

import id.go.langsakota.kinerja.organisasi.Jabatan;
import id.go.langsakota.kinerja.organisasi.JenisAsn;
import id.go.langsakota.kinerja.organisasi.JenisJabatan;
import id.go.langsakota.kinerja.organisasi.JenisPenugasan;
import id.go.langsakota.kinerja.organisasi.Nip;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatan;
import id.go.langsakota.kinerja.organisasi.StatusPegawai;
import id.go.langsakota.kinerja.organisasi.UnitKerja;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a whole register file against itself and against the stored register, and works out
 * what importing it would do. Nothing here writes; a file with any problem gets every problem
 * reported (row, column, reason in Bahasa Indonesia) so BKPSDM can fix them in one go.
 */
final class PemeriksaRegister {

  static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("dd-MM-uuuu");
  private static final DateTimeFormatter HARI_BULAN_TAHUN =
      DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter TAHUN_BULAN_HARI =
      DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);
  private static final int KEDALAMAN_MAKS = 1_000;

  private final IsiBerkas isi;
  private final KeadaanRegister db;
  private final List<Kesalahan> kesalahan = new ArrayList<>();
  private final List<Kesalahan> peringatan = new ArrayList<>();

  private PemeriksaRegister(IsiBerkas isi, KeadaanRegister db) {
    this.isi = isi;
    this.db = db;
  }

  static Rencana periksa(IsiBerkas isi, KeadaanRegister db) {
    return new PemeriksaRegister(isi, db).jalankan();
  }

  private Rencana jalankan() {
    if (!isi.kesalahan().isEmpty()) {
      return rencana(List.of(), Map.of(), Map.of(), Map.of(), Map.of(), List.of(), Map.of(), 0,
          isi.kesalahan());
    }
    if (isi.baris().isEmpty()) {
      salah(null, (String) null, "Berkas hanya berisi baris judul, tanpa baris data");
    }
    List<BarisRegister> baris = isi.baris().stream().map(this::uraikan).toList();
    Map<String, BarisRegister> opd = periksaOpd(baris);
    Map<String, BarisRegister> unit = periksaUnit(baris);
    Map<String, BarisRegister> jabatan = periksaJabatan(baris);
    Map<String, PegawaiBerkas> pegawai = periksaPegawai(baris);
    List<BarisRegister> baru = new ArrayList<>();
    Map<PenugasanJabatan, LocalDate> ditutup = new IdentityHashMap<>();
    int tetap = periksaPenugasan(baris, pegawai, baru, ditutup);
    return rencana(baris, opd, unit, jabatan, pegawai, baru, ditutup, tetap, kesalahan);
  }

  private Rencana rencana(List<BarisRegister> baris, Map<String, BarisRegister> opd,
      Map<String, BarisRegister> unit, Map<String, BarisRegister> jabatan,
      Map<String, PegawaiBerkas> pegawai, List<BarisRegister> baru,
      Map<PenugasanJabatan, LocalDate> ditutup, int tetap, List<Kesalahan> salah) {
    return new Rencana(baris, isi.kolomAda(), opd, unit, jabatan, pegawai, baru, ditutup, tetap,
        urutkan(salah), urutkan(peringatan));
  }

  // --- one row --------------------------------------------------------------------------------

  private BarisRegister uraikan(IsiBerkas.Baris b) {
    b.galat().forEach((kolom, alasan) -> salah(b.nomor(), kolom, alasan));
    String nip = nip(b);
    boolean berpemangku = !b.ambil(NIP).isEmpty() || b.galat().containsKey(NIP);
    StatusPegawai status = isi.kolomAda().contains(STATUS)
        ? pilihan(b, STATUS, StatusPegawai.class, StatusPegawai.AKTIF) : null;
    if (!berpemangku) {
      for (KolomRegister k : List.of(NAMA, JENIS_ASN)) {
        if (!b.ambil(k).isEmpty() && !b.galat().containsKey(k)) {
          salah(b.nomor(), NIP.nama(), "nip kosong padahal kolom " + k.nama() + " diisi; isi NIP "
              + "pemangku, atau kosongkan kolom pegawai bila jabatan ini lowong");
          break;
        }
      }
    }
    boolean tmtWajib = berpemangku && (status == null || status == StatusPegawai.AKTIF);
    return new BarisRegister(
        b.nomor(),
        teks(b, KODE_OPD, true),
        teks(b, NAMA_OPD, true),
        teks(b, KODE_UNIT, true),
        teks(b, NAMA_UNIT, true),
        teks(b, KODE_UNIT_INDUK, false),
        teks(b, KODE_JABATAN, true),
        teks(b, NAMA_JABATAN, true),
        pilihan(b, JENIS_JABATAN, JenisJabatan.class, null),
        teks(b, JENJANG, false),
        kelas(b),
        teks(b, KODE_JABATAN_ATASAN, false),
        yaTidak(b, KEPALA_OPD),
        nip,
        berpemangku ? teks(b, NAMA, true) : null,
        berpemangku ? teks(b, GELAR_DEPAN, false) : null,
        berpemangku ? teks(b, GELAR_BELAKANG, false) : null,
        berpemangku ? pilihan(b, JENIS_ASN, JenisAsn.class, null) : null,
        berpemangku ? teks(b, PANGKAT_GOLONGAN, false) : null,
        berpemangku ? email(b) : null,
        berpemangku ? pilihan(b, JENIS_PENUGASAN, JenisPenugasan.class, JenisPenugasan.DEFINITIF)
            : null,
        berpemangku ? tanggal(b, TMT_JABATAN, tmtWajib) : null,
        berpemangku ? status : null);
  }

  /** Trimmed text, null when empty or invalid (the problem is reported). */
  private String teks(IsiBerkas.Baris b, KolomRegister kolom, boolean wajib) {
    if (b.galat().containsKey(kolom)) {
      return null;
    }
    String v = b.ambil(kolom);
    if (v.isEmpty()) {
      if (wajib) {
        salah(b.nomor(), kolom.nama(), kolom.nama() + " wajib diisi");
      }
      return null;
    }
    if (v.length() > kolom.panjangMaks()) {
      salah(b.nomor(), kolom.nama(), kolom.nama() + " paling banyak " + kolom.panjangMaks()
          + " karakter (terisi " + v.length() + ")");
      return null;
    }
    return v;
  }

  private String nip(IsiBerkas.Baris b) {
    if (b.galat().containsKey(NIP)) {
      return null;
    }
    // NIP is often written grouped: "19820315 200604 2 003".
    String v = b.ambil(NIP).replace(" ", "");
    if (v.isEmpty()) {
      return null;
    }
    List<String> masalah = Nip.periksa(v);
    if (!masalah.isEmpty()) {
      salah(b.nomor(), NIP.nama(), String.join("; ", masalah));
      return null;
    }
    return v;
  }

  private <E extends Enum<E>> E pilihan(IsiBerkas.Baris b, KolomRegister kolom, Class<E> jenis,
      E bawaan) {
    if (b.galat().containsKey(kolom)) {
      return null;
    }
    String v = b.ambil(kolom);
    if (v.isEmpty()) {
      if (bawaan == null) {
        salah(b.nomor(), kolom.nama(), kolom.nama() + " wajib diisi");
      }
      return bawaan;
    }
    String kunci = v.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    for (E e : jenis.getEnumConstants()) {
      if (e.name().equals(kunci)) {
        return e;
      }
    }
    salah(b.nomor(), kolom.nama(), kolom.nama() + " '" + v + "' tidak dikenal; pilih salah satu: "
        + Arrays.stream(jenis.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    return null;
  }

  private Integer kelas(IsiBerkas.Baris b) {
    if (b.galat().containsKey(KELAS_JABATAN)) {
      return null;
    }
    String v = b.ambil(KELAS_JABATAN);
    if (v.isEmpty()) {
      salah(b.nomor(), KELAS_JABATAN.nama(), "kelas_jabatan wajib diisi (angka 1 sampai 17)");
      return null;
    }
    if (!v.matches("\\d{1,2}") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > 17) {
      salah(b.nomor(), KELAS_JABATAN.nama(),
          "kelas_jabatan harus bilangan bulat 1 sampai 17 (terisi '" + v + "')");
      return null;
    }
    return Integer.parseInt(v);
  }

  private boolean yaTidak(IsiBerkas.Baris b, KolomRegister kolom) {
    String v = b.ambil(kolom).toUpperCase(Locale.ROOT);
    return switch (v) {
      case "YA", "Y" -> true;
      case "", "TIDAK", "T" -> false;
      default -> {
        salah(b.nomor(), kolom.nama(), kolom.nama() + " harus YA atau TIDAK (terisi '"
            + b.ambil(kolom) + "')");
        yield false;
      }
    };
  }

  private String email(IsiBerkas.Baris b) {
    String v = teks(b, EMAIL, false);
    if (v != null && !Pegawai.emailSah(v)) {
      salah(b.nomor(), EMAIL.nama(), "email '" + v + "' bukan alamat surel yang sah");
      return null;
    }
    return v;
  }

  private LocalDate tanggal(IsiBerkas.Baris b, KolomRegister kolom, boolean wajib) {
    if (b.galat().containsKey(kolom)) {
      return null;
    }
    String v = b.ambil(kolom);
    if (v.isEmpty()) {
      if (wajib) {
        salah(b.nomor(), kolom.nama(), kolom.nama() + " wajib diisi bila NIP diisi (dd-mm-yyyy)");
      }
      return null;
    }
    String n = v.replace('/', '-').replace('.', '-');
    try {
      return n.matches("\\d{4}-\\d{1,2}-\\d{1,2}") ? LocalDate.parse(n, TAHUN_BULAN_HARI)
          : LocalDate.parse(n, HARI_BULAN_TAHUN);
    } catch (DateTimeParseException e) {
      salah(b.nomor(), kolom.nama(), kolom.nama() + " '" + v
          + "' bukan tanggal yang sah; tulis dd-mm-yyyy (mis. 02-01-2023) atau yyyy-mm-dd");
      return null;
    }
  }

  // --- OPD, unit, jabatan ---------------------------------------------------------------------

  private Map<String, BarisRegister> periksaOpd(List<BarisRegister> baris) {
    Map<String, BarisRegister> opd = new LinkedHashMap<>();
    for (BarisRegister b : baris) {
      if (b.kodeOpd() == null) {
        continue;
      }
      BarisRegister awal = opd.putIfAbsent(b.kodeOpd(), b);
      if (awal != null) {
        samakan(b, awal, NAMA_OPD, BarisRegister::namaOpd, "OPD " + b.kodeOpd());
      }
    }
    return opd;
  }

  private Map<String, BarisRegister> periksaUnit(List<BarisRegister> baris) {
    Map<String, BarisRegister> unit = new LinkedHashMap<>();
    for (BarisRegister b : baris) {
      if (b.kodeUnit() == null) {
        continue;
      }
      BarisRegister awal = unit.putIfAbsent(b.kodeUnit(), b);
      String siapa = "Unit kerja " + b.kodeUnit();
      if (awal != null) {
        samakan(b, awal, NAMA_UNIT, BarisRegister::namaUnit, siapa);
        samakan(b, awal, KODE_OPD, BarisRegister::kodeOpd, siapa);
        samakan(b, awal, KODE_UNIT_INDUK, BarisRegister::kodeUnitInduk, siapa);
        continue;
      }
      UnitKerja tersimpan = db.unit.get(b.kodeUnit());
      if (tersimpan != null && b.kodeOpd() != null
          && !db.kodeOpdTersimpan(tersimpan).equals(b.kodeOpd())) {
        salah(b.nomor(), KODE_OPD.nama(), siapa + " sudah terdaftar pada OPD "
            + db.kodeOpdTersimpan(tersimpan) + "; memindahkan unit ke OPD lain tidak dapat "
            + "dilakukan lewat impor (gunakan kode unit baru)");
      }
    }
    for (BarisRegister b : unit.values()) {
      String induk = b.kodeUnitInduk();
      if (induk == null || induk.equals(b.kodeUnit())) {
        continue;
      }
      String opdInduk = unit.containsKey(induk) ? unit.get(induk).kodeOpd()
          : db.unit.containsKey(induk) ? db.kodeOpdTersimpan(db.unit.get(induk)) : null;
      if (!unit.containsKey(induk) && !db.unit.containsKey(induk)) {
        salah(b.nomor(), KODE_UNIT_INDUK.nama(),
            "Unit induk '" + induk + "' tidak ada di berkas maupun di sistem");
      } else if (opdInduk != null && b.kodeOpd() != null && !opdInduk.equals(b.kodeOpd())) {
        salah(b.nomor(), KODE_UNIT_INDUK.nama(), "Unit induk '" + induk + "' milik OPD " + opdInduk
            + ", bukan OPD " + b.kodeOpd() + " seperti unit " + b.kodeUnit());
      }
    }
    boolean kolomInduk = isi.kolomAda().contains(KODE_UNIT_INDUK);
    periksaSiklus(unit, KODE_UNIT_INDUK, "Unit induk", kode -> {
      BarisRegister b = unit.get(kode);
      if (b != null && kolomInduk) {
        return b.kodeUnitInduk();
      }
      UnitKerja u = db.unit.get(kode);
      return u == null ? null : db.kodeIndukTersimpan(u);
    });
    return unit;
  }

  private Map<String, BarisRegister> periksaJabatan(List<BarisRegister> baris) {
    Map<String, BarisRegister> jabatan = new LinkedHashMap<>();
    for (BarisRegister b : baris) {
      if (b.kodeJabatan() == null) {
        continue;
      }
      BarisRegister awal = jabatan.putIfAbsent(b.kodeJabatan(), b);
      if (awal != null) {
        String siapa = "Jabatan " + b.kodeJabatan();
        samakan(b, awal, NAMA_JABATAN, BarisRegister::namaJabatan, siapa);
        samakan(b, awal, JENIS_JABATAN, BarisRegister::jenisJabatan, siapa);
        samakan(b, awal, JENJANG, BarisRegister::jenjang, siapa);
        samakan(b, awal, KELAS_JABATAN, BarisRegister::kelasJabatan, siapa);
        samakan(b, awal, KODE_UNIT, BarisRegister::kodeUnit, siapa);
        samakan(b, awal, KODE_JABATAN_ATASAN, BarisRegister::kodeJabatanAtasan, siapa);
        samakan(b, awal, KEPALA_OPD, x -> x.kepalaOpd() ? "YA" : "TIDAK", siapa);
      }
    }
    Map<String, BarisRegister> kepala = new HashMap<>();
    for (BarisRegister b : jabatan.values()) {
      String atasan = b.kodeJabatanAtasan();
      if (atasan != null && !atasan.equals(b.kodeJabatan()) && !jabatan.containsKey(atasan)
          && !db.jabatan.containsKey(atasan)) {
        salah(b.nomor(), KODE_JABATAN_ATASAN.nama(),
            "Jabatan atasan '" + atasan + "' tidak ada di berkas maupun di sistem");
      }
      if (b.kepalaOpd() && b.kodeOpd() != null) {
        BarisRegister lain = kepala.putIfAbsent(b.kodeOpd(), b);
        if (lain != null) {
          salah(b.nomor(), KEPALA_OPD.nama(), "OPD " + b.kodeOpd() + " sudah punya kepala OPD: "
              + "jabatan " + lain.kodeJabatan() + " di baris " + lain.nomor());
        }
      }
    }
    boolean kolomAtasan = isi.kolomAda().contains(KODE_JABATAN_ATASAN);
    periksaSiklus(jabatan, KODE_JABATAN_ATASAN, "Atasan jabatan", kode -> {
      BarisRegister b = jabatan.get(kode);
      if (b != null && kolomAtasan) {
        return b.kodeJabatanAtasan();
      }
      Jabatan j = db.jabatan.get(kode);
      return j == null ? null : db.kodeAtasanTersimpan(j);
    });
    return jabatan;
  }

  /**
   * Reports every file entry that sits on a loop of {@code naik} (its parent, from the file or
   * else from the database), once per entry, with the loop spelled out.
   */
  private void periksaSiklus(Map<String, BarisRegister> dariBerkas, KolomRegister kolom,
      String apa, Function<String, String> naik) {
    for (Map.Entry<String, BarisRegister> e : dariBerkas.entrySet()) {
      List<String> jalur = new ArrayList<>();
      String k = e.getKey();
      while (k != null && !jalur.contains(k) && jalur.size() < KEDALAMAN_MAKS) {
        jalur.add(k);
        k = naik.apply(k);
      }
      if (k != null && k.equals(e.getKey())) {
        jalur.add(k);
        salah(e.getValue().nomor(), kolom.nama(), apa + " membentuk lingkaran: "
            + String.join(" → ", jalur) + "; ubah " + kolom.nama() + " agar rantai berujung");
      }
    }
  }

  /** The same kode must carry the same value on every row; report the later row. */
  private void samakan(BarisRegister b, BarisRegister awal, KolomRegister kolom,
      Function<BarisRegister, Object> nilai, String siapa) {
    Object sekarang = nilai.apply(b);
    Object sebelumnya = nilai.apply(awal);
    if (sekarang != null && sebelumnya != null && !sekarang.equals(sebelumnya)
        || (sekarang == null) != (sebelumnya == null) && !kosongKarenaSalah(b, awal, kolom)) {
      salah(b.nomor(), kolom.nama(), siapa + " di baris " + awal.nomor() + " ber-" + kolom.nama()
          + " '" + tampil(sebelumnya) + "', di baris ini '" + tampil(sekarang)
          + "'; semua baris untuk kode yang sama harus sama");
    }
  }

  // A value that failed its own check is null; do not report it a second time as a mismatch.
  private boolean kosongKarenaSalah(BarisRegister b, BarisRegister awal, KolomRegister kolom) {
    return kesalahan.stream().anyMatch(k -> kolom.nama().equals(k.kolom())
        && (Objects.equals(k.baris(), b.nomor()) || Objects.equals(k.baris(), awal.nomor())));
  }

  private static String tampil(Object o) {
    return o == null ? "" : o.toString();
  }

  // --- pegawai --------------------------------------------------------------------------------

  private Map<String, PegawaiBerkas> periksaPegawai(List<BarisRegister> baris) {
    Map<String, PegawaiBerkas> pegawai = new LinkedHashMap<>();
    Map<String, BarisRegister> pasangan = new HashMap<>();
    for (BarisRegister b : baris) {
      if (b.nip() == null) {
        continue;
      }
      if (b.kodeJabatan() != null) {
        BarisRegister sama = pasangan.putIfAbsent(b.nip() + "|" + b.kodeJabatan(), b);
        if (sama != null) {
          salah(b.nomor(), NIP.nama(), "NIP " + b.nip() + " sudah tercatat pada jabatan "
              + b.kodeJabatan() + " di baris " + sama.nomor());
        }
      }
      PegawaiBerkas p = pegawai.get(b.nip());
      if (p == null) {
        pegawai.put(b.nip(), new PegawaiBerkas(b));
        continue;
      }
      String siapa = "NIP " + b.nip();
      p.nama = gabung(b, p, NAMA, p.nama, b.nama(), siapa);
      p.jenisAsn = gabung(b, p, JENIS_ASN, p.jenisAsn, b.jenisAsn(), siapa);
      p.gelarDepan = gabung(b, p, GELAR_DEPAN, p.gelarDepan, b.gelarDepan(), siapa);
      p.gelarBelakang = gabung(b, p, GELAR_BELAKANG, p.gelarBelakang, b.gelarBelakang(), siapa);
      p.pangkatGolongan = gabung(b, p, PANGKAT_GOLONGAN, p.pangkatGolongan, b.pangkatGolongan(),
          siapa);
      p.email = gabung(b, p, EMAIL, p.email, b.email(), siapa);
      p.status = gabung(b, p, STATUS, p.status, b.status(), siapa);
    }
    return pegawai;
  }

  /** Rows of one NIP complement each other; two different filled values are a conflict. */
  private <T> T gabung(BarisRegister b, PegawaiBerkas p, KolomRegister kolom, T lama, T baru,
      String siapa) {
    if (lama != null && baru != null && !lama.equals(baru)) {
      salah(b.nomor(), kolom.nama(), siapa + " di baris " + p.nomor + " ber-" + kolom.nama() + " '"
          + lama + "', di baris ini '" + baru + "'; data pegawai yang sama harus sama");
      return lama;
    }
    return lama != null ? lama : baru;
  }

  // --- penugasan ------------------------------------------------------------------------------

  private int periksaPenugasan(List<BarisRegister> baris, Map<String, PegawaiBerkas> pegawai,
      List<BarisRegister> baru, Map<PenugasanJabatan, LocalDate> ditutup) {
    Map<String, BarisRegister> definitifNip = new HashMap<>();
    Map<String, BarisRegister> definitifJabatan = new HashMap<>();
    Map<String, BarisRegister> pltJabatan = new HashMap<>();
    List<BarisRegister> menugaskan = baris.stream()
        .filter(b -> b.menugaskan() && b.kodeJabatan() != null && b.jenisPenugasan() != null)
        .toList();
    for (BarisRegister b : menugaskan) {
      if (b.jenisPenugasan() == JenisPenugasan.DEFINITIF) {
        BarisRegister lain = definitifNip.putIfAbsent(b.nip(), b);
        if (lain != null) {
          salah(b.nomor(), NIP.nama(), "NIP " + b.nip() + " sudah menjadi pemangku definitif "
              + "jabatan " + lain.kodeJabatan() + " di baris " + lain.nomor()
              + "; seorang pegawai hanya memangku satu jabatan definitif (jabatan lain sebagai PLT)");
        }
        lain = definitifJabatan.putIfAbsent(b.kodeJabatan(), b);
        if (lain != null) {
          salah(b.nomor(), NIP.nama(), "Jabatan " + b.kodeJabatan() + " sudah punya pemangku "
              + "definitif NIP " + lain.nip() + " di baris " + lain.nomor()
              + "; satu jabatan hanya dipangku satu orang");
        }
      } else {
        BarisRegister lain = pltJabatan.putIfAbsent(b.kodeJabatan(), b);
        if (lain != null) {
          salah(b.nomor(), NIP.nama(), "Jabatan " + b.kodeJabatan() + " sudah punya PLT NIP "
              + lain.nip() + " di baris " + lain.nomor());
        }
      }
    }
    int tetap = 0;
    for (BarisRegister b : menugaskan) {
      if (b.jenisPenugasan() == JenisPenugasan.PLT) {
        periksaPltPadaJabatanKosong(b, definitifJabatan, definitifNip, pegawai);
      }
      PenugasanJabatan sudahAda = db.terbukaMilik(b.nip(), b.jenisPenugasan()).stream()
          .filter(p -> p.getJabatan().getKode().equals(b.kodeJabatan()))
          .findFirst().orElse(null);
      if (sudahAda != null) {
        tetap++;
        if (b.tmtJabatan() != null && !b.tmtJabatan().equals(sudahAda.getTmtMulai())) {
          peringatan.add(new Kesalahan(b.nomor(), TMT_JABATAN.nama(), "NIP " + b.nip()
              + " sudah tercatat pada jabatan " + b.kodeJabatan() + " sejak "
              + TANGGAL.format(sudahAda.getTmtMulai()) + "; TMT di berkas ("
              + TANGGAL.format(b.tmtJabatan()) + ") tidak mengubah riwayat"));
        }
        continue;
      }
      if (b.tmtJabatan() == null) {
        continue;
      }
      baru.add(b);
      if (b.jenisPenugasan() == JenisPenugasan.DEFINITIF) {
        db.terbukaMilik(b.nip(), JenisPenugasan.DEFINITIF)
            .forEach(p -> tutup(p, b, ditutup, "jabatan lama pegawai ini"));
        db.terbukaPada(b.kodeJabatan(), JenisPenugasan.DEFINITIF)
            .forEach(p -> tutup(p, b, ditutup, "pemangku lama jabatan ini"));
      }
      db.terbukaPada(b.kodeJabatan(), JenisPenugasan.PLT)
          .forEach(p -> tutup(p, b, ditutup, "PLT lama jabatan ini"));
    }
    return tetap;
  }

  private void periksaPltPadaJabatanKosong(BarisRegister b, Map<String, BarisRegister> definitifJabatan,
      Map<String, BarisRegister> definitifNip, Map<String, PegawaiBerkas> pegawai) {
    BarisRegister definitif = definitifJabatan.get(b.kodeJabatan());
    if (definitif != null) {
      salah(b.nomor(), JENIS_PENUGASAN.nama(), "Jabatan " + b.kodeJabatan() + " punya pemangku "
          + "definitif NIP " + definitif.nip() + " di baris " + definitif.nomor()
          + "; PLT hanya untuk jabatan yang lowong");
      return;
    }
    for (PenugasanJabatan p : db.terbukaPada(b.kodeJabatan(), JenisPenugasan.DEFINITIF)) {
      Pegawai pemangku = p.getPegawai();
      BarisRegister pindah = definitifNip.get(pemangku.getNip());
      boolean pindahJabatan = pindah != null && !pindah.kodeJabatan().equals(b.kodeJabatan());
      PegawaiBerkas diBerkas = pegawai.get(pemangku.getNip());
      StatusPegawai status = diBerkas != null && diBerkas.status != null ? diBerkas.status
          : pemangku.getStatus();
      if (!pindahJabatan && status == StatusPegawai.AKTIF) {
        salah(b.nomor(), JENIS_PENUGASAN.nama(), "Jabatan " + b.kodeJabatan() + " masih dipangku "
            + "definitif oleh " + pemangku.getNamaLengkap() + " (NIP " + pemangku.getNip()
            + ") sejak " + TANGGAL.format(p.getTmtMulai()) + "; PLT hanya untuk jabatan yang lowong");
      }
    }
  }

  /** Close an open assignment the day before the new tmt; the earliest displacement wins. */
  private void tutup(PenugasanJabatan p, BarisRegister b, Map<PenugasanJabatan, LocalDate> ditutup,
      String apa) {
    if (!b.tmtJabatan().isAfter(p.getTmtMulai())) {
      salah(b.nomor(), TMT_JABATAN.nama(), "tmt_jabatan " + TANGGAL.format(b.tmtJabatan())
          + " harus sesudah TMT " + apa + " (" + p.getJabatan().getKode() + ", NIP "
          + p.getPegawai().getNip() + ", sejak " + TANGGAL.format(p.getTmtMulai())
          + ") karena penugasan itu ditutup sehari sebelum TMT baru");
      return;
    }
    ditutup.merge(p, b.tmtJabatan().minusDays(1), (x, y) -> x.isBefore(y) ? x : y);
  }

  // --- reporting ------------------------------------------------------------------------------

  private void salah(Integer baris, String kolom, String alasan) {
    kesalahan.add(new Kesalahan(baris, kolom, alasan));
  }

  private void salah(Integer baris, KolomRegister kolom, String alasan) {
    salah(baris, kolom.nama(), alasan);
  }

  private static List<Kesalahan> urutkan(List<Kesalahan> daftar) {
    Comparator<Kesalahan> urutan = Comparator
        .comparing((Kesalahan k) -> k.baris() == null ? 0 : k.baris())
        .thenComparing(k -> KolomRegister.dariJudul(k.kolom() == null ? "" : k.kolom())
            .map(Enum::ordinal).orElse(-1));
    return List.copyOf(new LinkedHashSet<>(daftar.stream().sorted(urutan).toList()));
  }
}
