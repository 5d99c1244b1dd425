package id.go.langsakota.kinerja.kompetensi;

import id.go.langsakota.kinerja.ekspor.TabelExcel;
import id.go.langsakota.kinerja.teks.TeksAman;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The JP report as an Excel workbook for printing: sheet "JP per ASN" (title, date, the rule,
 * a bold frozen header repeated on every printed page, one row per ASN grouped by OPD, A4
 * landscape fitted to the page width) and sheet "Rekap OPD". Every text cell goes through
 * {@link TeksAman#selSpreadsheet}: a name starting with '=' stays text.
 */
public final class LaporanJpExcel {

  static final String LEMBAR_PEGAWAI = "JP per ASN";
  static final String LEMBAR_OPD = "Rekap OPD";
  /** Row (0-based) of the column headers; data start on the next row. */
  static final int BARIS_JUDUL_KOLOM = 3;
  static final String[] KOLOM = {"No", "NIP", "Nama", "Jabatan", "OPD", "JP terverifikasi",
      "Kekurangan JP", "Keterangan"};
  static final String[] KOLOM_OPD = {"No", "Kode OPD", "Nama OPD", "Jumlah ASN",
      "ASN di bawah JP minimal", "Total JP terverifikasi"};
  private static final DateTimeFormatter TANGGAL =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));

  private LaporanJpExcel() {}

  public static String judul(LaporanJp l) {
    return "Laporan Jam Pelajaran (JP) Pengembangan Kompetensi ASN Tahun " + l.tahun();
  }

  public static byte[] buat(LaporanJp l, LocalDate dicetak) {
    try (XSSFWorkbook buku = new XSSFWorkbook(); ByteArrayOutputStream keluaran = new ByteArrayOutputStream()) {
      Font tebal = buku.createFont();
      tebal.setBold(true);
      Font besar = buku.createFont();
      besar.setBold(true);
      besar.setFontHeightInPoints((short) 14);
      CellStyle gayaJudul = buku.createCellStyle();
      gayaJudul.setFont(besar);
      CellStyle gayaKepala = buku.createCellStyle();
      gayaKepala.setFont(tebal);
      gayaKepala.setWrapText(true);
      gayaKepala.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      gayaKepala.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      garis(gayaKepala);
      CellStyle gayaTeks = buku.createCellStyle();
      gayaTeks.setWrapText(true);
      garis(gayaTeks);
      CellStyle gayaAngka = buku.createCellStyle();
      gayaAngka.setDataFormat(buku.createDataFormat().getFormat("#,##0"));
      garis(gayaAngka);
      CellStyle gayaKurang = buku.createCellStyle();
      gayaKurang.cloneStyleFrom(gayaTeks);
      Font merah = buku.createFont();
      merah.setBold(true);
      merah.setColor(IndexedColors.DARK_RED.getIndex());
      gayaKurang.setFont(merah);

      Sheet s = buku.createSheet(LEMBAR_PEGAWAI);
      String keterangan = "Pemerintah Kota Langsa · JP minimal " + l.jpMinimal() + " per ASN per tahun · "
          + "register per " + TANGGAL.format(l.tanggalAcuan()) + " · dicetak " + TANGGAL.format(dicetak);
      teks(s.createRow(0), 0, judul(l), gayaJudul);
      teks(s.createRow(1), 0, keterangan, null);
      teks(s.createRow(2), 0, "Jumlah ASN " + l.jumlahAsn() + ", di bawah " + l.jpMinimal() + " JP: "
          + l.jumlahKurang(), null);
      s.addMergedRegion(new CellRangeAddress(0, 0, 0, KOLOM.length - 1));
      s.addMergedRegion(new CellRangeAddress(1, 1, 0, KOLOM.length - 1));
      s.addMergedRegion(new CellRangeAddress(2, 2, 0, KOLOM.length - 1));
      Row kepala = s.createRow(BARIS_JUDUL_KOLOM);
      for (int i = 0; i < KOLOM.length; i++) {
        teks(kepala, i, KOLOM[i], gayaKepala);
      }
      int r = BARIS_JUDUL_KOLOM + 1;
      int no = 1;
      for (LaporanJp.Opd opd : l.opd()) {
        for (LaporanJp.Pegawai p : opd.pegawai()) {
          Row row = s.createRow(r++);
          angka(row, 0, no++, gayaAngka);
          teks(row, 1, p.nip(), gayaTeks);
          teks(row, 2, p.nama(), gayaTeks);
          teks(row, 3, p.jabatan(), gayaTeks);
          teks(row, 4, opd.namaOpd(), gayaTeks);
          angka(row, 5, p.jpTerverifikasi(), gayaAngka);
          angka(row, 6, p.kekurangan(), gayaAngka);
          teks(row, 7, p.kurang() ? "Kurang dari " + l.jpMinimal() + " JP" : "Terpenuhi",
              p.kurang() ? gayaKurang : gayaTeks);
        }
      }
      int[] lebar = {6, 21, 32, 34, 34, 12, 12, 20};
      for (int i = 0; i < lebar.length; i++) {
        s.setColumnWidth(i, lebar[i] * 256);
      }
      s.createFreezePane(0, BARIS_JUDUL_KOLOM + 1);
      cetak(s, BARIS_JUDUL_KOLOM);

      Sheet o = buku.createSheet(LEMBAR_OPD);
      teks(o.createRow(0), 0, "Rekap JP per OPD Tahun " + l.tahun(), gayaJudul);
      teks(o.createRow(1), 0, keterangan, null);
      o.addMergedRegion(new CellRangeAddress(0, 0, 0, KOLOM_OPD.length - 1));
      o.addMergedRegion(new CellRangeAddress(1, 1, 0, KOLOM_OPD.length - 1));
      Row kepalaOpd = o.createRow(BARIS_JUDUL_KOLOM);
      for (int i = 0; i < KOLOM_OPD.length; i++) {
        teks(kepalaOpd, i, KOLOM_OPD[i], gayaKepala);
      }
      r = BARIS_JUDUL_KOLOM + 1;
      no = 1;
      for (LaporanJp.Opd opd : l.opd()) {
        Row row = o.createRow(r++);
        angka(row, 0, no++, gayaAngka);
        teks(row, 1, opd.kodeOpd(), gayaTeks);
        teks(row, 2, opd.namaOpd(), gayaTeks);
        angka(row, 3, opd.jumlahAsn(), gayaAngka);
        angka(row, 4, opd.jumlahKurang(), gayaAngka);
        angka(row, 5, opd.totalJp(), gayaAngka);
      }
      int[] lebarOpd = {6, 14, 44, 12, 16, 16};
      for (int i = 0; i < lebarOpd.length; i++) {
        o.setColumnWidth(i, lebarOpd[i] * 256);
      }
      o.createFreezePane(0, BARIS_JUDUL_KOLOM + 1);
      cetak(o, BARIS_JUDUL_KOLOM);

      buku.write(keluaran);
      return keluaran.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void garis(CellStyle g) {
    TabelExcel.garis(g);
  }

  private static void cetak(Sheet s, int barisKepala) {
    TabelExcel.aturCetak(s, barisKepala);
  }

  private static void teks(Row row, int kolom, String nilai, CellStyle gaya) {
    var c = row.createCell(kolom);
    c.setCellValue(TeksAman.selSpreadsheet(nilai));
    if (gaya != null) {
      c.setCellStyle(gaya);
    }
  }

  private static void angka(Row row, int kolom, int nilai, CellStyle gaya) {
    var c = row.createCell(kolom);
    c.setCellValue(nilai);
    c.setCellStyle(gaya);
  }
}
