package id.go.langsakota.kinerja.impor;

import id.go.langsakota.kinerja.teks.TeksAman;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The blank forms BKPSDM downloads: header plus one example row (a kepala dinas). */
final class TemplatRegister {

  private TemplatRegister() {}

  static List<String> judul() {
    return Arrays.stream(KolomRegister.values()).map(KolomRegister::nama).toList();
  }

  static List<String> contoh() {
    return Arrays.stream(KolomRegister.values()).map(KolomRegister::contoh).toList();
  }

  /** Semicolon-separated with BOM: what Excel with Indonesian settings opens correctly. */
  static byte[] csv() {
    ByteArrayOutputStream keluaran = new ByteArrayOutputStream();
    keluaran.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
    try (CSVPrinter printer = new CSVPrinter(
        new OutputStreamWriter(keluaran, StandardCharsets.UTF_8), format)) {
      // Every cell through selSpreadsheet: a value starting a formula would run in Excel.
      printer.printRecord(judul().stream().map(TeksAman::selSpreadsheet).toList());
      printer.printRecord(contoh().stream().map(TeksAman::selSpreadsheet).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return keluaran.toByteArray();
  }

  /**
   * Sheet "register" with the nip column formatted as text (an 18-digit number would lose its last
   * digits in Excel) and tmt_jabatan as a date; sheet "petunjuk" explains every column.
   */
  static byte[] xlsx() {
    try (XSSFWorkbook buku = new XSSFWorkbook(); ByteArrayOutputStream keluaran =
        new ByteArrayOutputStream()) {
      CellStyle tebal = buku.createCellStyle();
      Font font = buku.createFont();
      font.setBold(true);
      tebal.setFont(font);
      CellStyle teks = buku.createCellStyle();
      teks.setDataFormat(buku.createDataFormat().getFormat("@"));
      CellStyle tanggal = buku.createCellStyle();
      tanggal.setDataFormat(buku.createDataFormat().getFormat("dd-mm-yyyy"));

      Sheet lembar = buku.createSheet(PembacaBerkasRegister.LEMBAR);
      Row judul = lembar.createRow(0);
      Row contoh = lembar.createRow(1);
      KolomRegister[] kolom = KolomRegister.values();
      for (int i = 0; i < kolom.length; i++) {
        var sel = judul.createCell(i);
        sel.setCellValue(kolom[i].nama());
        sel.setCellStyle(tebal);
        lembar.setColumnWidth(i, Math.max(14, kolom[i].nama().length() + 4) * 256);
        var isi = contoh.createCell(i);
        switch (kolom[i]) {
          case NIP -> {
            lembar.setDefaultColumnStyle(i, teks);
            lembar.setColumnWidth(i, 22 * 256);
            isi.setCellStyle(teks);
            isi.setCellValue(kolom[i].contoh());
          }
          case TMT_JABATAN -> {
            lembar.setDefaultColumnStyle(i, tanggal);
            isi.setCellStyle(tanggal);
            isi.setCellValue(LocalDate.parse(kolom[i].contoh(), PemeriksaRegister.TANGGAL));
          }
          case KELAS_JABATAN -> isi.setCellValue(Integer.parseInt(kolom[i].contoh()));
          default -> isi.setCellValue(kolom[i].contoh());
        }
      }
      lembar.createFreezePane(0, 1);

      Sheet petunjuk = buku.createSheet("petunjuk");
      Row h = petunjuk.createRow(0);
      String[] judulPetunjuk = {"kolom", "wajib ada", "keterangan", "contoh"};
      for (int i = 0; i < judulPetunjuk.length; i++) {
        h.createCell(i).setCellValue(judulPetunjuk[i]);
        h.getCell(i).setCellStyle(tebal);
      }
      for (int i = 0; i < kolom.length; i++) {
        Row r = petunjuk.createRow(i + 1);
        r.createCell(0).setCellValue(kolom[i].nama());
        r.createCell(1).setCellValue(kolom[i].wajib() ? "YA" : "TIDAK");
        r.createCell(2).setCellValue(kolom[i].keterangan());
        r.createCell(3).setCellValue(kolom[i].contoh());
      }
      petunjuk.setColumnWidth(0, 22 * 256);
      petunjuk.setColumnWidth(1, 10 * 256);
      petunjuk.setColumnWidth(2, 90 * 256);
      petunjuk.setColumnWidth(3, 30 * 256);
      buku.write(keluaran);
      return keluaran.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
