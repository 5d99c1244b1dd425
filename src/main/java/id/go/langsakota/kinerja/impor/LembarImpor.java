package id.go.langsakota.kinerja.impor;

import id.go.langsakota.kinerja.teks.TeksAman;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A small XLSX reader and template writer for the imports of other features (katalog pelatihan,
 * hukuman disiplin): one sheet with a header row of known column names, every cell as text
 * (dates as yyyy-mm-dd, whole numbers without ".0"). Problems are reported as {@link Kesalahan}
 * located by Excel row and column name; nothing is interpreted beyond the cell text, the caller
 * validates the values and writes all or nothing.
 */
public final class LembarImpor {

  public static final int BARIS_MAKS = 5_000;
  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  private static final java.util.regex.Pattern ANGKA = java.util.regex.Pattern.compile("-?\\d+([.,]\\d+)?");

  /** One column of an import sheet: header name, required in the header, help text, example. */
  public record Kolom(String nama, boolean wajib, String keterangan, String contoh) {}

  /**
   * One data row.
   *
   * @param nomor the row number Excel shows (header = the first non-empty row)
   * @param nilai column name → cell text (stripped; "" when empty)
   * @param galat column name → problem with the cell itself (Excel error, formula start)
   */
  public record Baris(int nomor, Map<String, String> nilai, Map<String, String> galat) {
    public String nilai(String kolom) {
      return nilai.getOrDefault(kolom, "");
    }
  }

  /** The rows, or the problems that stop the whole file (empty rows when there are any). */
  public record Isi(List<Baris> baris, List<Kesalahan> kesalahan) {
    public boolean sah() {
      return kesalahan.isEmpty();
    }
  }

  private LembarImpor() {}

  /**
   * Reads the sheet {@code namaLembar} (else the first sheet) of an .xlsx file.
   */
  public static Isi baca(byte[] isi, String namaLembar, List<Kolom> kolom) {
    if (isi == null || isi.length == 0) {
      return gagal("Berkas kosong");
    }
    if (!diawaliZip(isi)) {
      return gagal("Berkas bukan Excel Workbook (.xlsx); simpan ulang dari Excel sebagai .xlsx "
          + "(format .xls dan CSV tidak diterima untuk impor ini)");
    }
    List<List<String>> sel = new ArrayList<>();
    List<Map<Integer, String>> galatSel = new ArrayList<>();
    try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(isi))) {
      if (buku.getNumberOfSheets() == 0) {
        return gagal("Berkas Excel tidak memiliki lembar kerja");
      }
      Sheet lembar = null;
      for (int i = 0; i < buku.getNumberOfSheets() && lembar == null; i++) {
        if (buku.getSheetName(i).equalsIgnoreCase(namaLembar)) {
          lembar = buku.getSheetAt(i);
        }
      }
      if (lembar == null) {
        lembar = buku.getSheetAt(0);
      }
      int terakhir = Math.min(lembar.getLastRowNum(), BARIS_MAKS + 100);
      for (int r = 0; r <= terakhir; r++) {
        Row row = lembar.getRow(r);
        List<String> s = new ArrayList<>();
        Map<Integer, String> g = new HashMap<>();
        if (row != null) {
          for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            s.add(teksSel(row.getCell(c), c, g));
          }
        }
        sel.add(s);
        galatSel.add(g);
      }
    } catch (IOException | RuntimeException e) {
      return gagal("Berkas Excel (.xlsx) tidak dapat dibaca: " + e.getMessage());
    }
    return tafsirkan(sel, galatSel, kolom);
  }

  private static Isi tafsirkan(List<List<String>> sel, List<Map<Integer, String>> galatSel,
      List<Kolom> kolom) {
    int i = 0;
    while (i < sel.size() && kosong(sel.get(i))) {
      i++;
    }
    if (i == sel.size()) {
      return gagal("Berkas tidak berisi baris judul maupun data");
    }
    Map<Integer, String> posisi = new LinkedHashMap<>();
    List<Kesalahan> kesalahan = new ArrayList<>();
    List<String> judul = sel.get(i);
    for (int k = 0; k < judul.size(); k++) {
      String nama = normalisasi(judul.get(k));
      if (nama.isEmpty()) {
        continue;
      }
      boolean dikenal = kolom.stream().anyMatch(x -> x.nama().equals(nama));
      if (!dikenal) {
        continue; // extra columns (e.g. a "no" column) are ignored
      }
      if (posisi.containsValue(nama)) {
        kesalahan.add(new Kesalahan(i + 1, nama, "Kolom " + nama + " muncul lebih dari sekali di baris judul"));
      } else {
        posisi.put(k, nama);
      }
    }
    List<String> hilang = kolom.stream().filter(Kolom::wajib)
        .map(Kolom::nama).filter(n -> !posisi.containsValue(n)).toList();
    if (!hilang.isEmpty()) {
      kesalahan.add(new Kesalahan(i + 1, String.join(", ", hilang),
          "Kolom wajib tidak ada di baris judul: " + String.join(", ", hilang)
              + ". Gunakan baris judul seperti pada templat."));
    }
    if (!kesalahan.isEmpty()) {
      return new Isi(List.of(), kesalahan);
    }
    List<Baris> baris = new ArrayList<>();
    for (int r = i + 1; r < sel.size(); r++) {
      List<String> s = sel.get(r);
      if (kosong(s)) {
        continue;
      }
      if (baris.size() == BARIS_MAKS) {
        return gagal("Berkas berisi lebih dari " + BARIS_MAKS + " baris data; bagi menjadi beberapa berkas");
      }
      Map<String, String> nilai = new LinkedHashMap<>();
      Map<String, String> galat = new LinkedHashMap<>();
      int nomor = r + 1;
      Map<Integer, String> g = galatSel.get(r);
      posisi.forEach((k, nama) -> {
        String v = k < s.size() ? bersihkan(s.get(k)) : "";
        nilai.put(nama, v);
        if (g.containsKey(k)) {
          galat.put(nama, g.get(k));
        } else if (TeksAman.awalRumus(v) && !ANGKA.matcher(v).matches()) {
          // a plain number such as -5 cannot be a formula; the caller says what is wrong with it
          galat.put(nama, "Isi sel diawali '" + v.charAt(0) + "' sehingga dibaca spreadsheet "
              + "sebagai rumus; hapus tanda itu di awal sel");
        }
      });
      baris.add(new Baris(nomor, nilai, galat));
    }
    if (baris.isEmpty()) {
      return gagal("Berkas tidak berisi baris data di bawah baris judul");
    }
    return new Isi(baris, List.of());
  }

  /** Header text as a column name: lower case, spaces and dashes as '_'. */
  public static String normalisasi(String judul) {
    return judul == null ? "" : bersihkan(judul).toLowerCase(Locale.ROOT)
        .replaceAll("[\\s\\-]+", "_").replaceAll("[^a-z0-9_]", "");
  }

  private static Isi gagal(String alasan) {
    return new Isi(List.of(), List.of(new Kesalahan(null, null, alasan)));
  }

  private static String bersihkan(String s) {
    return s == null ? "" : s.replace('\u00A0', ' ').strip();
  }

  private static boolean kosong(List<String> sel) {
    return sel.stream().allMatch(s -> bersihkan(s).isEmpty());
  }

  private static boolean diawaliZip(byte[] isi) {
    if (isi.length < ZIP.length) {
      return false;
    }
    for (int i = 0; i < ZIP.length; i++) {
      if (isi[i] != ZIP[i]) {
        return false;
      }
    }
    return true;
  }

  private static String teksSel(Cell cell, int kolom, Map<Integer, String> galat) {
    if (cell == null) {
      return "";
    }
    CellType jenis = cell.getCellType();
    if (jenis == CellType.FORMULA) {
      jenis = cell.getCachedFormulaResultType();
    }
    switch (jenis) {
      case STRING:
        return cell.getStringCellValue();
      case BOOLEAN:
        return cell.getBooleanCellValue() ? "YA" : "TIDAK";
      case NUMERIC:
        if (DateUtil.isCellDateFormatted(cell)) {
          return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        double d = cell.getNumericCellValue();
        String teks = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        if (Math.abs(d) >= 1e15) {
          galat.put(kolom, "Sel berisi angka " + teks + " yang terlalu panjang untuk disimpan Excel "
              + "sebagai angka (digit belakang hilang). Format kolom sebagai Teks lalu ketik ulang");
        }
        return teks;
      case ERROR:
        galat.put(kolom, "Sel berisi galat Excel " + FormulaError.forInt(cell.getErrorCellValue()).getString());
        return "";
      default:
        return "";
    }
  }

  /**
   * A template: sheet {@code namaLembar} with the header (bold, frozen) and one example row, the
   * columns in {@code kolomTeks} formatted as Text (NIP), and a sheet "petunjuk" explaining each
   * column.
   */
  public static byte[] templat(String namaLembar, List<Kolom> kolom, List<String> kolomTeks) {
    try (XSSFWorkbook buku = new XSSFWorkbook(); ByteArrayOutputStream keluaran = new ByteArrayOutputStream()) {
      CellStyle tebal = buku.createCellStyle();
      Font font = buku.createFont();
      font.setBold(true);
      tebal.setFont(font);
      CellStyle teks = buku.createCellStyle();
      teks.setDataFormat(buku.createDataFormat().getFormat("@"));
      Sheet lembar = buku.createSheet(namaLembar);
      Row judul = lembar.createRow(0);
      Row contoh = lembar.createRow(1);
      for (int i = 0; i < kolom.size(); i++) {
        Kolom k = kolom.get(i);
        var sel = judul.createCell(i);
        sel.setCellValue(k.nama());
        sel.setCellStyle(tebal);
        lembar.setColumnWidth(i, Math.max(14, Math.max(k.nama().length(), k.contoh().length()) + 4) * 256);
        var isi = contoh.createCell(i);
        if (kolomTeks.contains(k.nama())) {
          lembar.setDefaultColumnStyle(i, teks);
          isi.setCellStyle(teks);
        }
        isi.setCellValue(TeksAman.selSpreadsheet(k.contoh()));
      }
      lembar.createFreezePane(0, 1);
      Sheet petunjuk = buku.createSheet("petunjuk");
      Row h = petunjuk.createRow(0);
      String[] judulPetunjuk = {"kolom", "wajib", "keterangan", "contoh"};
      for (int i = 0; i < judulPetunjuk.length; i++) {
        h.createCell(i).setCellValue(judulPetunjuk[i]);
        h.getCell(i).setCellStyle(tebal);
      }
      for (int i = 0; i < kolom.size(); i++) {
        Row r = petunjuk.createRow(i + 1);
        r.createCell(0).setCellValue(kolom.get(i).nama());
        r.createCell(1).setCellValue(kolom.get(i).wajib() ? "YA" : "TIDAK");
        r.createCell(2).setCellValue(TeksAman.selSpreadsheet(kolom.get(i).keterangan()));
        r.createCell(3).setCellValue(TeksAman.selSpreadsheet(kolom.get(i).contoh()));
      }
      petunjuk.setColumnWidth(0, 22 * 256);
      petunjuk.setColumnWidth(1, 8 * 256);
      petunjuk.setColumnWidth(2, 100 * 256);
      petunjuk.setColumnWidth(3, 30 * 256);
      buku.write(keluaran);
      return keluaran.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
