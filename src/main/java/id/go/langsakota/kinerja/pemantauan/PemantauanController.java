package id.go.langsakota.kinerja.pemantauan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * BKPSDM's monitoring of the year (the Cockpit plugin "Pemantauan Kinerja" and its Excel files),
 * see docs/pemantauan.md. Everything for BKPSDM and administrators; the city summary also for the
 * Wali Kota and the Tim Penilai Kinerja. Filters arrive as text and are checked by
 * {@link PemeriksaFilter} (400 in Indonesian).
 */
@RestController
@RequestMapping("/api/pemantauan")
@Tag(name = "Pemantauan kinerja", description = "Pemantauan BKPSDM: pengisian SKP dan periode per OPD, "
    + "nama di balik setiap angka, kurva distribusi terhadap pola, tindak lanjut, kesehatan proses, "
    + "ringkasan kota untuk Wali Kota; setiap tabel juga sebagai berkas Excel (.xlsx).")
@ApiResponses({
    @ApiResponse(responseCode = "400", description = "Filter tidak sah (tahun, periode, kodeOpd, kolom, tahap)"),
    @ApiResponse(responseCode = "401", description = "Belum masuk"),
    @ApiResponse(responseCode = "403", description = "Bukan BKPSDM atau administrator")})
class PemantauanController {

  static final String SEMUA = "hasAnyRole('BKPSDM','CAMUNDA_ADMIN')";
  static final String RINGKASAN = "hasAnyRole('BKPSDM','CAMUNDA_ADMIN','WALIKOTA','TIM_PENILAI_KINERJA')";
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final PemeriksaFilter filter;
  private final PemantauanService pengisian;

  PemantauanController(PemeriksaFilter filter, PemantauanService pengisian) {
    this.filter = filter;
    this.pengisian = pengisian;
  }

  @GetMapping(value = "/opd", produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize(SEMUA)
  @Operation(summary = "OPD aktif untuk pilihan filter, urut nama")
  List<PemantauanService.Opd> opd() {
    return pengisian.opd();
  }

  @GetMapping(value = "/pengisian", produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize(SEMUA)
  @Operation(summary = "Pengisian per OPD: SKP belum disusun / menunggu persetujuan / disepakati, periode "
      + "dilaporkan / dinilai / terlambat (dan terlambat terlama dalam hari), penilaian tahunan selesai")
  PemantauanService.Pengisian pengisian(@Parameter(description = "Tahun SKP, wajib") @RequestParam(required = false) String tahun,
      @Parameter(description = "Nomor periode dalam tahun (1–12 bulanan, 1–4 triwulanan); kosong = semua periode")
      @RequestParam(required = false) String periode,
      @Parameter(description = "Kode OPD; kosong = seluruh kota") @RequestParam(required = false) String kodeOpd) {
    return pengisian.pengisian(filter.baca(tahun, periode, kodeOpd));
  }

  static ResponseEntity<byte[]> berkas(String nama, byte[] isi) {
    return ResponseEntity.ok().contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(nama, StandardCharsets.UTF_8).build().toString())
        .body(isi);
  }
}
