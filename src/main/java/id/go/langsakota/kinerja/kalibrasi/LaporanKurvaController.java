package id.go.langsakota.kinerja.kalibrasi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** BKPSDM's yearly report of the distribution check and calibration (JSON and Excel). */
@RestController
@Tag(name = "Laporan kurva distribusi", description = "Sebaran predikat per OPD terhadap polanya "
    + "sebelum dan sesudah kalibrasi serta setelah keberatan, dan setiap perubahan rating dalam kalibrasi.")
class LaporanKurvaController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final LaporanKurvaService laporan;

  LaporanKurvaController(LaporanKurvaService laporan) {
    this.laporan = laporan;
  }

  @GetMapping(value = "/api/laporan/kurva/{tahun}", produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAnyRole('BKPSDM','CAMUNDA_ADMIN')")
  @Operation(summary = "Laporan kurva distribusi satu tahun: per OPD sebelum/sesudah kalibrasi dan setelah keberatan, "
      + "serta perubahan rating kalibrasi (BKPSDM, administrator)")
  @ApiResponse(responseCode = "403", description = "Bukan BKPSDM atau administrator")
  LaporanKurvaService.Laporan json(@PathVariable int tahun) {
    return laporan.laporan(tahun);
  }

  @GetMapping("/api/laporan/kurva/{tahun}/excel")
  @PreAuthorize("hasAnyRole('BKPSDM','CAMUNDA_ADMIN')")
  @Operation(summary = "Laporan kurva distribusi satu tahun sebagai berkas Excel (dua lembar)")
  @ApiResponse(responseCode = "403", description = "Bukan BKPSDM atau administrator")
  ResponseEntity<byte[]> excel(@PathVariable int tahun) {
    return ResponseEntity.ok().contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"laporan-kurva-" + tahun + ".xlsx\"")
        .body(laporan.excel(tahun));
  }
}
