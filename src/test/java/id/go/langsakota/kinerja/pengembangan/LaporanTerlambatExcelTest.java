package id.go.langsakota.kinerja.pengembangan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The overdue report as Excel: one row per need, text cells never formulas. Without the app. */
class LaporanTerlambatExcelTest {

  @Test
  void satuBarisPerKebutuhanTanpaRumus() throws Exception {
    var k = new KebutuhanPelatihanController.TampilanKebutuhan(7L, "PK-7", "199605142020122002",
        "=HYPERLINK(\"http://contoh\")", 2026, PemicuPelatihan.PREDIKAT, PemicuPelatihan.PREDIKAT.label(),
        "Manajemen waktu", StatusKebutuhanPelatihan.DITETAPKAN, StatusKebutuhanPelatihan.DITETAPKAN.label(), "BKPSDM",
        1L, "Pelatihan Manajemen Waktu", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 19),
        true, Instant.parse("2026-03-19T17:00:00Z"), 3L, null, List.of(), List.of());
    byte[] xlsx = KebutuhanPelatihanController.excel(List.of(k));
    try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var lembar = buku.getSheet("Pelatihan terlambat");
      assertThat(lembar.getRow(2).getCell(5).getStringCellValue()).isEqualTo("Pelatihan");
      var baris = lembar.getRow(3);
      assertThat(baris.getCell(1).getStringCellValue()).isEqualTo("199605142020122002");
      assertThat(baris.getCell(2).getCellType()).isEqualTo(CellType.STRING);
      assertThat(baris.getCell(2).getStringCellValue()).doesNotStartWith("=");
      assertThat(baris.getCell(5).getStringCellValue()).isEqualTo("Pelatihan Manajemen Waktu");
      assertThat(baris.getCell(7).getStringCellValue()).isEqualTo("2026-03-19");
      assertThat(baris.getCell(8).getStringCellValue()).isEqualTo("Pelatihan ditetapkan");
      assertThat(lembar.getLastRowNum()).isEqualTo(3);
    }
  }
}
