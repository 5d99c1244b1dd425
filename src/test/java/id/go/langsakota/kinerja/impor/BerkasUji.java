package id.go.langsakota.kinerja.impor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds register files for tests: rows as column → value maps, written as CSV or XLSX. */
final class BerkasUji {

  static final List<String> SEMUA_KOLOM = TemplatRegister.judul();

  // Valid NIPs (birth date, TMT, gender, sequence) reserved for these tests.
  static final String NIP_A = "197501012000031901";
  static final String NIP_B = "198002022005012902";
  static final String NIP_C = "198503032010011903";
  static final String NIP_D = "199004042015022904";
  static final String NIP_E = "199205052018011905";
  static final List<String> SEMUA_NIP = List.of(NIP_A, NIP_B, NIP_C, NIP_D, NIP_E);

  private final List<String> kolom;
  private final List<Map<String, String>> baris = new ArrayList<>();

  BerkasUji(List<String> kolom) {
    this.kolom = kolom;
  }

  static BerkasUji baru() {
    return new BerkasUji(SEMUA_KOLOM);
  }

  BerkasUji baris(Map<String, String> nilai) {
    baris.add(nilai);
    return this;
  }

  /** One jabatan row; keys from {@code tambahan} override the defaults. */
  static Map<String, String> jabatan(String kodeUnit, String namaUnit, String induk, String kode,
      String nama, String jenis, String kelas, String atasan) {
    return Map.of("kode_opd", "UJI-DINKES", "nama_opd", "Dinas Kesehatan Uji",
        "kode_unit", kodeUnit, "nama_unit", namaUnit, "kode_unit_induk", induk,
        "kode_jabatan", kode, "nama_jabatan", nama, "jenis_jabatan", jenis,
        "kelas_jabatan", kelas, "kode_jabatan_atasan", atasan);
  }

  static Map<String, String> dengan(Map<String, String> dasar, String... kunciNilai) {
    Map<String, String> m = new java.util.HashMap<>(dasar);
    for (int i = 0; i < kunciNilai.length; i += 2) {
      m.put(kunciNilai[i], kunciNilai[i + 1]);
    }
    return m;
  }

  static Map<String, String> pemangku(Map<String, String> jabatan, String nip, String nama,
      String tmt) {
    return dengan(jabatan, "nip", nip, "nama", nama, "jenis_asn", "PNS", "tmt_jabatan", tmt);
  }

  /**
   * The organisation most tests start from (rows deliberately not in top-down order):
   * 2 kasi (atasan defined later), 3 kabid, 4 kadis, 5 perawat, 6 vacant pengadministrasi,
   * 7 sekretaris vacant with kabid as PLT.
   */
  static BerkasUji organisasiAwal() {
    return baru()
        .baris(pemangku(jabatan("UJI-SEKSI-RUJUKAN", "Seksi Rujukan", "UJI-BIDANG-YANKES",
            "UJI-KASI-RUJUKAN", "Kepala Seksi Rujukan", "PENGAWAS", "9", "UJI-KABID-YANKES"),
            NIP_C, "Cut Rahmah", "01-03-2021"))
        .baris(dengan(pemangku(jabatan("UJI-BIDANG-YANKES", "Bidang Pelayanan Kesehatan",
            "UJI-DINKES", "UJI-KABID-YANKES", "Kepala Bidang Pelayanan Kesehatan",
            "ADMINISTRATOR", "11", "UJI-KADIS"), NIP_B, "Teuku Rizal", "2020-01-02"),
            "gelar_belakang", "S.K.M., M.Kes.", "pangkat_golongan", "Pembina (IV/a)"))
        .baris(dengan(pemangku(jabatan("UJI-DINKES", "Dinas Kesehatan Uji", "",
            "UJI-KADIS", "Kepala Dinas Kesehatan", "JPT", "14", ""), NIP_A, "Muhammad Yusuf",
            "15/06/2019"), "kepala_opd", "YA", "gelar_depan", "dr.", "email", "yusuf@langsakota.go.id"))
        .baris(dengan(pemangku(jabatan("UJI-SEKSI-RUJUKAN", "Seksi Rujukan", "UJI-BIDANG-YANKES",
            "UJI-PERAWAT-1", "Perawat Ahli Pertama", "FUNGSIONAL", "8", "UJI-KASI-RUJUKAN"),
            NIP_D, "Nurul Hidayah", "02-01-2020"), "jenjang", "Ahli Pertama", "jenis_asn", "PPPK"))
        .baris(jabatan("UJI-SEKSI-RUJUKAN", "Seksi Rujukan", "UJI-BIDANG-YANKES",
            "UJI-PENGADMIN-1", "Pengadministrasi Perkantoran", "PELAKSANA", "6",
            "UJI-KASI-RUJUKAN"))
        .baris(dengan(pemangku(jabatan("UJI-DINKES", "Dinas Kesehatan Uji", "",
            "UJI-SEKRETARIS", "Sekretaris Dinas Kesehatan", "ADMINISTRATOR", "12", "UJI-KADIS"),
            NIP_B, "Teuku Rizal", "01-08-2024"), "jenis_penugasan", "PLT"));
  }

  byte[] csv(char pemisah, boolean bom) {
    StringBuilder s = new StringBuilder();
    if (bom) {
      s.append('\uFEFF');
    }
    s.append(String.join(String.valueOf(pemisah), kolom)).append("\r\n");
    for (Map<String, String> b : baris) {
      List<String> sel = new ArrayList<>();
      for (String k : kolom) {
        String v = b.getOrDefault(k, "");
        sel.add(v.indexOf(pemisah) >= 0 || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\""
            : v);
      }
      s.append(String.join(String.valueOf(pemisah), sel)).append("\r\n");
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * As a person fills the template in Excel: nip as text, kelas_jabatan as a number, tmt_jabatan
   * as a real date cell (dd-mm-yyyy and yyyy-mm-dd text both converted).
   */
  byte[] xlsx() {
    try (XSSFWorkbook buku = new XSSFWorkbook(); ByteArrayOutputStream out =
        new ByteArrayOutputStream()) {
      CellStyle tanggal = buku.createCellStyle();
      tanggal.setDataFormat(buku.createDataFormat().getFormat("dd/mm/yyyy"));
      Sheet lembar = buku.createSheet("Data Jabatan");
      Row judul = lembar.createRow(0);
      for (int i = 0; i < kolom.size(); i++) {
        judul.createCell(i).setCellValue(kolom.get(i).toUpperCase());
      }
      for (int r = 0; r < baris.size(); r++) {
        Row row = lembar.createRow(r + 1);
        for (int i = 0; i < kolom.size(); i++) {
          String v = baris.get(r).getOrDefault(kolom.get(i), "");
          if (v.isEmpty()) {
            continue;
          }
          var sel = row.createCell(i);
          switch (kolom.get(i)) {
            case "kelas_jabatan" -> sel.setCellValue(Double.parseDouble(v));
            case "tmt_jabatan" -> {
              String n = v.replace('/', '-');
              LocalDate d = n.matches("\\d{4}-.*") ? LocalDate.parse(n)
                  : LocalDate.parse(n, PemeriksaRegister.TANGGAL);
              sel.setCellValue(d);
              sel.setCellStyle(tanggal);
            }
            default -> sel.setCellValue(v);
          }
        }
      }
      buku.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
