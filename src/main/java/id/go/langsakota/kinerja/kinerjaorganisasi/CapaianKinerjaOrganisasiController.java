package id.go.langsakota.kinerja.kinerjaorganisasi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** BKPSDM enters the capaian kinerja organisasi per OPD; everyone signed in may read it. */
@RestController
@RequestMapping("/api/capaian-organisasi")
@Tag(name = "Capaian kinerja organisasi", description = "Capaian (persen) per OPD, tahun dan periode "
    + "(0 = tahunan). Menjadi dasar saran Rating Hasil Kerja kepala OPD.")
class CapaianKinerjaOrganisasiController {

  record Masukan(BigDecimal capaian, String keterangan) {}

  record Tampilan(String kodeOpd, int tahun, int periodeKe, BigDecimal capaian, String keterangan,
      String dicatatOleh, Instant dicatatPada) {
    static Tampilan dari(CapaianKinerjaOrganisasi c) {
      return new Tampilan(c.getKodeOpd(), c.getTahun(), c.getPeriodeKe(), c.getCapaian(),
          c.getKeterangan(), c.getDicatatOleh(), c.getDicatatPada());
    }
  }

  private final CapaianKinerjaOrganisasiService service;

  CapaianKinerjaOrganisasiController(CapaianKinerjaOrganisasiService service) {
    this.service = service;
  }

  @GetMapping
  @Operation(summary = "Capaian kinerja organisasi satu OPD dalam satu tahun, urut periode (0 = tahunan)")
  @ApiResponse(responseCode = "404", description = "OPD tidak dikenal")
  List<Tampilan> daftar(@RequestParam String kodeOpd, @RequestParam int tahun) {
    return service.daftar(kodeOpd, tahun).stream().map(Tampilan::dari).toList();
  }

  @PutMapping("/{kodeOpd}/{tahun}/{periodeKe}")
  @PreAuthorize("hasAnyRole('BKPSDM','CAMUNDA_ADMIN')")
  @Operation(summary = "Catat atau ganti capaian kinerja organisasi (BKPSDM); periodeKe 0 = tahunan")
  @ApiResponse(responseCode = "200", description = "Nilai yang sudah ada diganti")
  @ApiResponse(responseCode = "201", description = "Dicatat baru")
  @ApiResponse(responseCode = "400", description = "Capaian, tahun atau periode tidak sah")
  @ApiResponse(responseCode = "403", description = "Bukan BKPSDM atau administrator")
  @ApiResponse(responseCode = "404", description = "OPD tidak dikenal")
  ResponseEntity<Tampilan> simpan(@PathVariable String kodeOpd, @PathVariable int tahun,
      @PathVariable int periodeKe, @RequestBody Masukan body, Authentication auth) {
    CapaianKinerjaOrganisasiService.Hasil h = service.simpan(kodeOpd, tahun, periodeKe,
        body.capaian(), body.keterangan(), auth.getName());
    return ResponseEntity.status(h.baru() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(Tampilan.dari(h.capaian()));
  }
}
