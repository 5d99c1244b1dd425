package id.go.langsakota.kinerja.simulasi;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A synthetic city of {@code n} ASN, built deterministically from a seed, as one register file
 * (CSV, the columns of docs/impor-register.md) that BKPSDM would import. The shape follows the
 * demo organisation (demo.OrganisasiDemo), scaled: OPD of about 60 ASN, each a kepala (JPT) →
 * kepala bidang (ADMINISTRATOR) → kepala seksi (PENGAWAS) → pelaksana, with a fungsional per
 * bidang reporting to the kepala bidang. About one kasi seat in twelve is vacant (an extra row
 * without NIP); half of the vacant seats have a Plt (a sibling kasi). Exactly {@code n} people.
 */
final class KotaSintetis {

  static final int UKURAN_OPD = 60;

  /** One generated ASN: level 0 = kepala OPD, 1 = kabid, 2 = kasi/fungsional, 3 = pelaksana. */
  record Asn(int urut, String nip, String kodeOpd, int tingkat) {
    boolean kepala() {
      return tingkat == 0;
    }
  }

  record Kota(byte[] csv, List<Asn> asn, List<String> kodeOpd, int jabatanLowong, int plt) {}

  static final List<String> KOLOM = List.of("kode_opd", "nama_opd", "kode_unit", "nama_unit",
      "kode_unit_induk", "kode_jabatan", "nama_jabatan", "jenis_jabatan", "jenjang", "kelas_jabatan",
      "kode_jabatan_atasan", "kepala_opd", "nip", "nama", "gelar_depan", "gelar_belakang", "jenis_asn",
      "pangkat_golongan", "email", "jenis_penugasan", "tmt_jabatan", "status");

  private static final String[] NAMA_DEPAN = {"Zulkifli", "Rahmat", "Safrizal", "Iskandar", "Fadli",
      "Rizki", "Husaini", "Mukhlis", "Fitriani", "Nurul", "Mawaddah", "Rahmawati", "Syarifah",
      "Intan", "Yuliana", "Ernawati", "Azhari", "Munawar", "Khairul", "Safrina"};
  private static final String[] NAMA_BELAKANG = {"Abdullah", "Ibrahim", "Hasan", "Yusuf", "Saputra",
      "Hidayat", "Hasanah", "Fitri", "Zahara", "Rahmah", "Amalia", "Ismail", "Usman", "Lestari"};
  private static final String TMT = "02-01-2020";

  private final long seed;
  private final List<Map<String, String>> baris = new ArrayList<>();
  private final List<Asn> asn = new ArrayList<>();
  private int lowong;
  private int kursiKasi;
  private int plt;

  private KotaSintetis(long seed) {
    this.seed = seed;
  }

  static Kota buat(int n, long seed) {
    if (n < 10) {
      throw new IllegalArgumentException("paling sedikit 10 ASN");
    }
    KotaSintetis k = new KotaSintetis(seed);
    int jumlahOpd = Math.max(2, Math.round(n / (float) UKURAN_OPD));
    List<String> kode = new ArrayList<>();
    for (int o = 0; o < jumlahOpd; o++) {
      int ukuran = n / jumlahOpd + (o < n % jumlahOpd ? 1 : 0);
      String kodeOpd = String.format("SIM%02d", o + 1);
      kode.add(kodeOpd);
      k.opd(kodeOpd, ukuran);
    }
    StringBuilder csv = new StringBuilder(String.join(";", KOLOM)).append('\n');
    for (Map<String, String> b : k.baris) {
      csv.append(String.join(";", KOLOM.stream().map(c -> b.getOrDefault(c, "")).toList())).append('\n');
    }
    return new Kota(csv.toString().getBytes(StandardCharsets.UTF_8), List.copyOf(k.asn), kode, k.lowong, k.plt);
  }

  private void opd(String kodeOpd, int ukuran) {
    String namaOpd = "Dinas Simulasi " + kodeOpd.substring(3);
    String unitDinas = kodeOpd + "-D";
    String kepala = kodeOpd + "-KEPALA";
    jabatan(kodeOpd, namaOpd, unitDinas, namaOpd, "", kepala, "Kepala " + namaOpd, "JPT", "", 14, "", true,
        orang(kodeOpd, 0), "DEFINITIF");
    int sisa = ukuran - 1;
    int bidang = Math.max(1, Math.min(6, sisa / 12));
    // kabid + fungsional + 2 kasi per bidang when there is room; the rest pelaksana
    List<String[]> seksi = new ArrayList<>(); // {kode jabatan kasi, kode unit seksi, nip kasi or "" if vacant}
    List<String> kabid = new ArrayList<>();
    for (int b = 1; b <= bidang && sisa > 0; b++) {
      String unit = kodeOpd + "-B" + b;
      String jab = unit + "-KABID";
      jabatan(kodeOpd, namaOpd, unit, "Bidang " + b, unitDinas, jab, "Kepala Bidang " + b, "ADMINISTRATOR", "",
          11, kepala, false, orang(kodeOpd, 1), "DEFINITIF");
      kabid.add(jab);
      sisa--;
      if (sisa > 4) {
        jabatan(kodeOpd, namaOpd, unit, "Bidang " + b, unitDinas, unit + "-F", "Analis Kebijakan Ahli Pertama " + b,
            "FUNGSIONAL", "Ahli Pertama", 9, jab, false, orang(kodeOpd, 2), "DEFINITIF");
        sisa--;
      }
      for (int s = 1; s <= 2 && sisa > 2; s++) {
        String unitSeksi = unit + "-S" + s;
        String jabKasi = unitSeksi + "-KASI";
        // one kasi seat in twelve is vacant (the 4th, 16th, 28th ... of the city); every other
        // vacancy has a Plt, the kasi of the neighbouring seksi
        boolean kosong = ++kursiKasi % 12 == 4;
        String nip = "";
        if (kosong) {
          lowong++;
          if (lowong % 2 == 1 && !seksi.isEmpty() && !seksi.get(seksi.size() - 1)[2].isEmpty()) {
            String[] saudara = seksi.get(seksi.size() - 1);
            Asn p = asn.stream().filter(a -> a.nip().equals(saudara[2])).findFirst().orElseThrow();
            jabatan(kodeOpd, namaOpd, unitSeksi, "Seksi " + b + "." + s, unit, jabKasi, "Kepala Seksi " + b + "." + s,
                "PENGAWAS", "", 9, jab, false, p, "PLT");
            plt++;
          } else {
            jabatan(kodeOpd, namaOpd, unitSeksi, "Seksi " + b + "." + s, unit, jabKasi, "Kepala Seksi " + b + "." + s,
                "PENGAWAS", "", 9, jab, false, null, "");
          }
        } else {
          Asn kasi = orang(kodeOpd, 2);
          nip = kasi.nip();
          jabatan(kodeOpd, namaOpd, unitSeksi, "Seksi " + b + "." + s, unit, jabKasi, "Kepala Seksi " + b + "." + s,
              "PENGAWAS", "", 9, jab, false, kasi, "DEFINITIF");
          sisa--;
        }
        seksi.add(new String[] {jabKasi, unitSeksi, nip});
      }
    }
    // pelaksana round-robin over the seksi (or the bidang when an OPD is too small for seksi)
    for (int p = 1; sisa > 0; p++, sisa--) {
      String atasan;
      String unit;
      if (seksi.isEmpty()) {
        atasan = kabid.isEmpty() ? kepala : kabid.get(p % kabid.size());
        unit = kabid.isEmpty() ? unitDinas : atasan.substring(0, atasan.length() - "-KABID".length());
      } else {
        String[] s = seksi.get(p % seksi.size());
        atasan = s[0];
        unit = s[1];
      }
      jabatan(kodeOpd, namaOpd, unit, namaUnit(unit), "", unit + "-P" + p, "Pengelola Layanan Operasional",
          "PELAKSANA", "", 7, atasan, false, orang(kodeOpd, 3), "DEFINITIF");
    }
  }

  private static String namaUnit(String kodeUnit) {
    String[] bagian = kodeUnit.split("-");
    String akhir = bagian[bagian.length - 1];
    if (akhir.startsWith("S")) {
      return "Seksi " + bagian[bagian.length - 2].substring(1) + "." + akhir.substring(1);
    }
    return akhir.startsWith("B") ? "Bidang " + akhir.substring(1) : "Dinas Simulasi " + bagian[0].substring(3);
  }

  private Asn orang(String kodeOpd, int tingkat) {
    int i = asn.size();
    Asn a = new Asn(i, nip(i), kodeOpd, tingkat);
    asn.add(a);
    return a;
  }

  /** A valid NIP: birth date (unique per person), TMT CPNS at 24, gender, sequence. */
  static String nip(int i) {
    LocalDate lahir = LocalDate.of(1966, 1, 1).plusDays(i);
    return lahir.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%d%02d", lahir.getYear() + 24, 1 + i % 12)
        + (1 + i % 2) + String.format("%03d", 1 + i % 999);
  }

  private void jabatan(String kodeOpd, String namaOpd, String kodeUnit, String namaUnit, String induk,
      String kode, String nama, String jenis, String jenjang, int kelas, String atasan, boolean kepalaOpd,
      Asn pemangku, String penugasan) {
    Map<String, String> b = new LinkedHashMap<>();
    b.put("kode_opd", kodeOpd);
    b.put("nama_opd", namaOpd);
    b.put("kode_unit", kodeUnit);
    b.put("nama_unit", namaUnit);
    b.put("kode_unit_induk", kodeUnit.endsWith("-D") ? ""
        : kodeUnit.matches(".*-S\\d+$") ? kodeUnit.replaceAll("-S\\d+$", "") : kodeOpd + "-D");
    b.put("kode_jabatan", kode);
    b.put("nama_jabatan", nama);
    b.put("jenis_jabatan", jenis);
    b.put("jenjang", jenjang);
    b.put("kelas_jabatan", String.valueOf(kelas));
    b.put("kode_jabatan_atasan", atasan);
    b.put("kepala_opd", kepalaOpd ? "YA" : "TIDAK");
    if (pemangku != null) {
      // the person's data is the same in every row they appear in (a Plt appears twice)
      Random r = new Random(seed * 1_000_003L + pemangku.urut());
      b.put("nip", pemangku.nip());
      b.put("nama", NAMA_DEPAN[r.nextInt(NAMA_DEPAN.length)] + " " + NAMA_BELAKANG[r.nextInt(NAMA_BELAKANG.length)]);
      b.put("jenis_asn", pemangku.urut() % 9 == 8 ? "PPPK" : "PNS");
      b.put("jenis_penugasan", penugasan);
      b.put("tmt_jabatan", TMT);
      b.put("status", "AKTIF");
    }
    baris.add(b);
  }

}
