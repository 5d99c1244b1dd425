package id.go.langsakota.kinerja.impor;

import id.go.langsakota.kinerja.teks.TeksAman;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Reads a register file (CSV or XLSX) into text cells. CSV: UTF-8 with or without BOM, separator
 * ';' (what Excel writes with Indonesian regional settings) or ',' detected from the header line.
 * XLSX: the sheet named "register", else the first sheet; date cells become yyyy-mm-dd.
 */
@Component
class PembacaBerkasRegister {

  static final int BARIS_MAKS = 20_000;
  static final String LEMBAR = "register";

  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  /** A sheet as rows of raw cell text, before the header is interpreted. */
  private record BarisMentah(int nomor, List<String> sel, Map<Integer, String> galat) {}

  IsiBerkas baca(String namaBerkas, byte[] isi) {
    String nama = namaBerkas == null ? "" : namaBerkas.toLowerCase(Locale.ROOT).strip();
    if (isi == null || isi.length == 0) {
      return IsiBerkas.gagal(new Kesalahan(null, null, "Berkas kosong"));
    }
    List<BarisMentah> lembar;
    try {
      if (diawali(isi, ZIP)) {
        lembar = bacaXlsx(isi);
      } else if (diawali(isi, OLE2) || nama.endsWith(".xls")) {
        return IsiBerkas.gagal(new Kesalahan(null, null, "Format Excel 97-2003 (.xls) tidak "
            + "didukung; simpan ulang sebagai Excel Workbook (.xlsx) atau CSV UTF-8"));
      } else if (nama.endsWith(".xlsx")) {
        return IsiBerkas.gagal(new Kesalahan(null, null,
            "Berkas bernama .xlsx tetapi isinya bukan Excel Workbook yang sah"));
      } else {
        lembar = bacaCsv(isi);
      }
    } catch (BerkasRusak e) {
      return IsiBerkas.gagal(new Kesalahan(null, null, e.getMessage()));
    }
    return tafsirkan(lembar);
  }

  // --- header and rows ------------------------------------------------------------------------

  private IsiBerkas tafsirkan(List<BarisMentah> lembar) {
    int i = 0;
    while (i < lembar.size() && kosong(lembar.get(i).sel())) {
      i++;
    }
    if (i == lembar.size()) {
      return IsiBerkas.gagal(new Kesalahan(null, null, "Berkas tidak berisi baris judul maupun data"));
    }
    BarisMentah judul = lembar.get(i);
    Map<Integer, KolomRegister> posisi = new LinkedHashMap<>();
    List<String> diabaikan = new ArrayList<>();
    List<Kesalahan> kesalahan = new ArrayList<>();
    for (int k = 0; k < judul.sel().size(); k++) {
      String teks = judul.sel().get(k);
      if (KolomRegister.normalisasi(teks).isEmpty()) {
        continue;
      }
      var kolom = KolomRegister.dariJudul(teks);
      if (kolom.isEmpty()) {
        diabaikan.add(teks.strip());
      } else if (posisi.containsValue(kolom.get())) {
        kesalahan.add(new Kesalahan(judul.nomor(), kolom.get().nama(),
            "Kolom " + kolom.get().nama() + " muncul lebih dari sekali di baris judul"));
      } else {
        posisi.put(k, kolom.get());
      }
    }
    Set<KolomRegister> ada = posisi.isEmpty() ? EnumSet.noneOf(KolomRegister.class)
        : EnumSet.copyOf(posisi.values());
    List<String> hilang = java.util.Arrays.stream(KolomRegister.values())
        .filter(k -> k.wajib() && !ada.contains(k)).map(KolomRegister::nama).toList();
    if (!hilang.isEmpty()) {
      String alasan = "Kolom wajib tidak ada di baris judul: " + String.join(", ", hilang) + ".";
      if (ada.isEmpty()) {
        alasan += " Tidak satu pun kolom dikenali: pastikan baris pertama berisi nama kolom "
            + "seperti pada templat (kode_opd, nama_opd, ...) dan pemisah CSV adalah ';' atau ','.";
      }
      kesalahan.add(new Kesalahan(judul.nomor(), String.join(", ", hilang), alasan));
    }
    if (!kesalahan.isEmpty()) {
      return new IsiBerkas(List.of(), ada, diabaikan, kesalahan);
    }
    List<IsiBerkas.Baris> baris = new ArrayList<>();
    for (int r = i + 1; r < lembar.size(); r++) {
      BarisMentah m = lembar.get(r);
      if (kosong(m.sel())) {
        continue;
      }
      if (baris.size() == BARIS_MAKS) {
        return IsiBerkas.gagal(new Kesalahan(m.nomor(), null,
            "Berkas berisi lebih dari " + BARIS_MAKS + " baris data; bagi menjadi beberapa berkas"));
      }
      EnumMap<KolomRegister, String> nilai = new EnumMap<>(KolomRegister.class);
      Map<KolomRegister, String> galat = new EnumMap<>(KolomRegister.class);
      posisi.forEach((k, kolom) -> {
        String isi = k < m.sel().size() ? bersihkan(m.sel().get(k)) : "";
        nilai.put(kolom, isi);
        if (m.galat().containsKey(k)) {
          galat.put(kolom, m.galat().get(k));
        } else if (TeksAman.awalRumus(isi)) {
          // Refused, not rewritten: the register is the source of truth, and a value that a
          // spreadsheet would run as a formula is a mistake (or an attack) BKPSDM should see.
          galat.put(kolom, "Isi sel diawali '" + isi.charAt(0) + "' sehingga dibaca spreadsheet "
              + "sebagai rumus; hapus tanda itu di awal sel (atau tulis teks biasa)");
        }
      });
      baris.add(new IsiBerkas.Baris(m.nomor(), nilai, galat));
    }
    return new IsiBerkas(baris, ada, diabaikan, List.of());
  }

  private static String bersihkan(String s) {
    return s == null ? "" : s.replace('\u00A0', ' ').strip();
  }

  private static boolean kosong(List<String> sel) {
    return sel.stream().allMatch(s -> bersihkan(s).isEmpty());
  }

  private static boolean diawali(byte[] isi, byte[] awalan) {
    if (isi.length < awalan.length) {
      return false;
    }
    for (int i = 0; i < awalan.length; i++) {
      if (isi[i] != awalan[i]) {
        return false;
      }
    }
    return true;
  }

  // --- CSV ------------------------------------------------------------------------------------

  private List<BarisMentah> bacaCsv(byte[] isi) {
    String teks;
    try {
      teks = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(isi)).toString();
    } catch (CharacterCodingException e) {
      throw new BerkasRusak("Berkas CSV tidak berenkode UTF-8. Di Excel pilih Simpan Sebagai → "
          + "'CSV UTF-8 (Dibatasi koma)' atau unggah berkas .xlsx");
    }
    if (teks.startsWith("\uFEFF")) {
      teks = teks.substring(1);
    }
    if (teks.indexOf('\0') >= 0) {
      throw new BerkasRusak("Berkas bukan CSV maupun .xlsx yang dikenali");
    }
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setDelimiter(pemisah(teks))
        // Blank lines are kept so record numbers stay equal to the rows Excel shows.
        .setIgnoreEmptyLines(false)
        .setTrim(true)
        .get();
    List<BarisMentah> hasil = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(teks), format)) {
      for (CSVRecord rekaman : parser) {
        if (hasil.size() > BARIS_MAKS + 1_000) {
          break; // tafsirkan() reports the limit; no need to read on
        }
        hasil.add(new BarisMentah((int) rekaman.getRecordNumber(), rekaman.toList(), Map.of()));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new BerkasRusak("Berkas CSV tidak dapat dibaca (periksa tanda kutip \"…\" yang tidak "
          + "ditutup): " + e.getMessage());
    }
    return hasil;
  }

  /** ';' when the header line has more semicolons than commas, else ','. */
  static char pemisah(String teks) {
    String baris = teks.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
    long titikKoma = baris.chars().filter(c -> c == ';').count();
    long koma = baris.chars().filter(c -> c == ',').count();
    return titikKoma > koma ? ';' : ',';
  }

  // --- XLSX -----------------------------------------------------------------------------------

  private List<BarisMentah> bacaXlsx(byte[] isi) {
    try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(isi))) {
      Sheet lembar = buku.getSheet(LEMBAR);
      if (lembar == null) {
        for (int i = 0; i < buku.getNumberOfSheets() && lembar == null; i++) {
          if (buku.getSheetName(i).equalsIgnoreCase(LEMBAR)) {
            lembar = buku.getSheetAt(i);
          }
        }
      }
      if (lembar == null) {
        if (buku.getNumberOfSheets() == 0) {
          throw new BerkasRusak("Berkas Excel tidak memiliki lembar kerja");
        }
        lembar = buku.getSheetAt(0);
      }
      List<BarisMentah> hasil = new ArrayList<>();
      int terakhir = Math.min(lembar.getLastRowNum(), BARIS_MAKS + 1_000);
      for (int r = 0; r <= terakhir; r++) {
        Row row = lembar.getRow(r);
        List<String> sel = new ArrayList<>();
        Map<Integer, String> galat = new HashMap<>();
        if (row != null) {
          for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            sel.add(teksSel(row.getCell(c), c, galat));
          }
        }
        hasil.add(new BarisMentah(r + 1, sel, galat));
      }
      return hasil;
    } catch (IOException | RuntimeException e) {
      if (e instanceof BerkasRusak b) {
        throw b;
      }
      throw new BerkasRusak("Berkas Excel (.xlsx) tidak dapat dibaca: " + e.getMessage());
    }
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
        // Excel keeps only 15 significant digits, so an 18-digit NIP typed as a number is
        // already damaged; say so instead of importing a wrong NIP.
        if (Math.abs(d) >= 1e15) {
          galat.put(kolom, "Sel berisi angka " + teks + " yang terlalu panjang untuk disimpan Excel "
              + "sebagai angka (digit belakang hilang). Format kolom sebagai Teks lalu ketik ulang");
        }
        return teks;
      case ERROR:
        galat.put(kolom, "Sel berisi galat Excel " + FormulaError.forInt(cell.getErrorCellValue())
            .getString());
        return "";
      default:
        return "";
    }
  }

  /** The file cannot be read at all; reported as one problem with the file. */
  static final class BerkasRusak extends RuntimeException {
    BerkasRusak(String pesan) {
      super(pesan);
    }
  }
}
