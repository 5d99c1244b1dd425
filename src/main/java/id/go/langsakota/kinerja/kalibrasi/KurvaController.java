package id.go.langsakota.kinerja.kalibrasi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Predikat Kinerja Organisasi, the kurva patterns and the distribution check per OPD. */
@RestController
@Tag(name = "Kurva distribusi", description = "Predikat kinerja organisasi per OPD, pola kurva "
    + "distribusi (data, dapat diubah BKPSDM) dan sebaran predikat tahunan per OPD terhadap polanya.")
class KurvaController {

  record MasukanPredikat(String predikat, String keterangan) {}

  private final PredikatOrganisasiService predikatService;
  private final PolaKurvaService polaService;
  private final KurvaService kurvaService;
  private final AksesKurva akses;

  KurvaController(PredikatOrganisasiService predikatService, PolaKurvaService polaService,
      KurvaService kurvaService, AksesKurva akses) {
    this.predikatService = predikatService;
    this.polaService = polaService;
    this.kurvaService = kurvaService;
    this.akses = akses;
  }

  @GetMapping("/api/kinerja-organisasi/{tahun}/{kodeOpd}/predikat")
  @Operation(summary = "Predikat kinerja organisasi satu OPD untuk satu tahun, dengan saran dari "
      + "capaian tahunan dan riwayat penetapan (BKPSDM, kepala OPD tersebut, administrator)")
  @ApiResponse(responseCode = "403", description = "Bukan BKPSDM, administrator atau kepala OPD ini")
  @ApiResponse(responseCode = "404", description = "OPD tidak dikenal")
  PredikatOrganisasiService.Tampilan predikat(@PathVariable int tahun, @PathVariable String kodeOpd,
      Authentication auth) {
    akses.pastikanBolehMelihat(auth, kodeOpd);
    return predikatService.lihat(tahun, kodeOpd);
  }

  @PutMapping("/api/kinerja-organisasi/{tahun}/{kodeOpd}/predikat")
  @PreAuthorize("hasRole('BKPSDM')")
  @Operation(summary = "Tetapkan atau ubah predikat kinerja organisasi (BKPSDM mencatat keputusan PPK)")
  @ApiResponse(responseCode = "400", description = "Predikat, tahun atau keterangan tidak sah")
  @ApiResponse(responseCode = "403", description = "Bukan BKPSDM")
  @ApiResponse(responseCode = "404", description = "OPD tidak dikenal")
  PredikatOrganisasiService.Tampilan tetapkan(@PathVariable int tahun, @PathVariable String kodeOpd,
      @RequestBody MasukanPredikat body, Authentication auth) {
    return predikatService.tetapkan(tahun, kodeOpd, body.predikat(), body.keterangan(), auth.getName());
  }

  @GetMapping("/api/kurva/pola")
  @Operation(summary = "Pola kurva distribusi per predikat kinerja organisasi")
  Map<PredikatOrganisasi, List<PolaKurvaService.TampilanAturan>> pola() {
    return polaService.semua();
  }

  @PutMapping("/api/kurva/pola/{predikatOrganisasi}")
  @PreAuthorize("hasAnyRole('BKPSDM','CAMUNDA_ADMIN')")
  @Operation(summary = "Ganti seluruh aturan pola untuk satu predikat kinerja organisasi (BKPSDM)")
  @ApiResponse(responseCode = "400", description = "Aturan tidak sah; tidak ada yang diubah")
  @ApiResponse(responseCode = "403", description = "Bukan BKPSDM atau administrator")
  List<PolaKurvaService.TampilanAturan> gantiPola(@PathVariable String predikatOrganisasi,
      @RequestBody List<PolaKurvaService.MasukanAturan> body, Authentication auth) {
    return polaService.ganti(predikatOrganisasi, body, auth.getName());
  }

  @GetMapping("/api/kurva/{tahun}/{kodeOpd}")
  @Operation(summary = "Sebaran predikat tahunan satu OPD terhadap pola predikat organisasinya "
      + "(BKPSDM, kepala OPD tersebut, administrator)")
  @ApiResponse(responseCode = "403", description = "Bukan BKPSDM, administrator atau kepala OPD ini")
  @ApiResponse(responseCode = "404", description = "OPD tidak dikenal")
  KurvaService.Kurva kurva(@PathVariable int tahun, @PathVariable String kodeOpd, Authentication auth) {
    akses.pastikanBolehMelihat(auth, kodeOpd);
    return kurvaService.kurva(tahun, kodeOpd);
  }
}
