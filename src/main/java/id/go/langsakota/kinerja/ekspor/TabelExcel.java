package id.go.langsakota.kinerja.ekspor;

import id.go.langsakota.kinerja.teks.TeksAman;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook of printable tables, shared by the project's Excel exports: per sheet a bold title
 * row, lines of filters and the print date, a bold grey header row that is frozen and repeated on
 * every printed page, set column widths, A4 landscape fitted to the page width. Numbers stay
 * numbers (whole numbers "#,##0", decimals "0.0"); every text cell goes through
 * {@link TeksAman#selSpreadsheet}, so a name starting with "=" stays text.
 */
public final class TabelExcel implements AutoCloseable {

  /** A column: header text and width in characters. */
  public record Kolom(String judul, int lebar) {}

  public static final DateTimeFormatter TANGGAL =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));

  private final XSSFWorkbook buku = new XSSFWorkbook();
  private final CellStyle gayaJudul;
  private final CellStyle gayaKepala;
  private final CellStyle gayaTeks;
  private final CellStyle gayaBulat;
  private final CellStyle gayaDesimal;
  private final CellStyle gayaTebal;

  public TabelExcel() {
    Font tebal = buku.createFont();
    tebal.setBold(true);
    Font besar = buku.createFont();
    besar.setBold(true);
    besar.setFontHeightInPoints((short) 14);
    gayaJudul = buku.createCellStyle();
    gayaJudul.setFont(besar);
    gayaKepala = buku.createCellStyle();
    gayaKepala.setFont(tebal);
    gayaKepala.setWrapText(true);
    gayaKepala.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    gayaKepala.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    garis(gayaKepala);
    gayaTeks = buku.createCellStyle();
    gayaTeks.setWrapText(true);
    garis(gayaTeks);
    gayaBulat = buku.createCellStyle();
    gayaBulat.setDataFormat(buku.createDataFormat().getFormat("#,##0"));
    garis(gayaBulat);
    gayaDesimal = buku.createCellStyle();
    gayaDesimal.setDataFormat(buku.createDataFormat().getFormat("0.0"));
    garis(gayaDesimal);
    gayaTebal = buku.createCellStyle();
    gayaTebal.setFont(tebal);
  }

  /**
   * A new sheet: title in row 0, one row per line of {@code keterangan}, then the header row
   * (frozen, repeated when printed). Returns the sheet to add rows to with {@link Lembar#baris}.
   */
  public Lembar lembar(String nama, String judul, List<String> keterangan, List<Kolom> kolom) {
    Sheet s = buku.createSheet(nama);
    int akhir = Math.max(0, kolom.size() - 1);
    teks(s.createRow(0), 0, judul, gayaJudul);
    if (akhir > 0) {
      s.addMergedRegion(new CellRangeAddress(0, 0, 0, akhir));
    }
    int r = 1;
    for (String k : keterangan) {
      teks(s.createRow(r), 0, k, null);
      if (akhir > 0) {
        s.addMergedRegion(new CellRangeAddress(r, r, 0, akhir));
      }
      r++;
    }
    int barisKepala = r;
    Row kepala = s.createRow(barisKepala);
    for (int i = 0; i < kolom.size(); i++) {
      teks(kepala, i, kolom.get(i).judul(), gayaKepala);
      s.setColumnWidth(i, kolom.get(i).lebar() * 256);
    }
    s.createFreezePane(0, barisKepala + 1);
    aturCetak(s, barisKepala);
    return new Lembar(s, barisKepala);
  }

  /** The workbook's bytes (.xlsx). */
  public byte[] bytes() {
    try (ByteArrayOutputStream keluaran = new ByteArrayOutputStream()) {
      buku.write(keluaran);
      return keluaran.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      buku.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One sheet being filled, row after row below its header. */
  public final class Lembar {
    private final Sheet sheet;
    private final int barisKepala;
    private int berikut;

    private Lembar(Sheet sheet, int barisKepala) {
      this.sheet = sheet;
      this.barisKepala = barisKepala;
      this.berikut = barisKepala + 1;
    }

    public Sheet sheet() { return sheet; }

    /** Row index (0-based) of the header. */
    public int barisKepala() { return barisKepala; }

    /**
     * Appends a row: Integer/Long as whole numbers, BigDecimal/Double as one-decimal numbers,
     * null as an empty text cell, everything else as neutralised text.
     */
    public void baris(Object... nilai) {
      Row row = sheet.createRow(berikut++);
      for (int i = 0; i < nilai.length; i++) {
        Object v = nilai[i];
        if (v instanceof Integer || v instanceof Long) {
          Cell c = row.createCell(i);
          c.setCellValue(((Number) v).doubleValue());
          c.setCellStyle(gayaBulat);
        } else if (v instanceof BigDecimal || v instanceof Double) {
          Cell c = row.createCell(i);
          c.setCellValue(((Number) v).doubleValue());
          c.setCellStyle(gayaDesimal);
        } else {
          teks(row, i, v == null ? "" : v.toString(), gayaTeks);
        }
      }
    }

    /** A line of text below the rows (a note such as "daftar dipotong"), bold. */
    public void catatan(String teks) {
      teks(sheet.createRow(berikut++), 0, teks, gayaTebal);
    }
  }

  /** "Dicetak 2 Desember 2026" line used by the exports. */
  public static String dicetak(LocalDate tanggal) {
    return "Dicetak " + TANGGAL.format(tanggal);
  }

  /** Thin borders on all four sides. */
  public static void garis(CellStyle g) {
    g.setBorderTop(BorderStyle.THIN);
    g.setBorderBottom(BorderStyle.THIN);
    g.setBorderLeft(BorderStyle.THIN);
    g.setBorderRight(BorderStyle.THIN);
  }

  /** A4 landscape, fitted to the page width, header row repeated on every page, page numbers. */
  public static void aturCetak(Sheet s, int barisKepala) {
    PrintSetup p = s.getPrintSetup();
    p.setPaperSize(PrintSetup.A4_PAPERSIZE);
    p.setLandscape(true);
    p.setFitWidth((short) 1);
    p.setFitHeight((short) 0);
    s.setFitToPage(true);
    s.setAutobreaks(true);
    s.setMargin(PageMargin.LEFT, 0.4);
    s.setMargin(PageMargin.RIGHT, 0.4);
    s.setRepeatingRows(new CellRangeAddress(barisKepala, barisKepala, -1, -1));
    s.getFooter().setCenter("Halaman &P dari &N");
  }

  private static void teks(Row row, int kolom, String nilai, CellStyle gaya) {
    Cell c = row.createCell(kolom);
    c.setCellValue(TeksAman.selSpreadsheet(nilai));
    if (gaya != null) {
      c.setCellStyle(gaya);
    }
  }
}
