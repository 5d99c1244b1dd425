package id.go.langsakota.kinerja.pengaturan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** BKPSDM reads and changes the configurable rules (thresholds, deadlines, period kind). */
@RestController
@RequestMapping("/api/pengaturan")
@Tag(name = "Pengaturan", description = "Aturan yang dapat diubah BKPSDM tanpa redeploy: ambang "
    + "capaian, batas waktu, jenis periode. Nilai baru berlaku untuk tugas yang dibuat sesudahnya.")
class PengaturanController {

  record NilaiPengaturan(String kunci, String nilai, String bawaan, String keterangan) {}

  record UbahPengaturan(@NotBlank(message = "Nilai wajib diisi")
      @Size(max = 500, message = "Nilai paling panjang 500 karakter") String nilai) {}

  private final PengaturanService service;

  PengaturanController(PengaturanService service) {
    this.service = service;
  }

  @GetMapping
  @Operation(summary = "Daftar semua pengaturan dengan nilai yang berlaku dan bawaannya")
  List<NilaiPengaturan> daftar() {
    return service.semua().entrySet().stream()
        .map(e -> new NilaiPengaturan(e.getKey().name(), e.getValue(), e.getKey().bawaan(),
            e.getKey().keterangan()))
        .toList();
  }

  @PutMapping("/{kunci}")
  @PreAuthorize("hasAnyRole('BKPSDM','CAMUNDA_ADMIN')")
  @Operation(summary = "Ubah satu pengaturan (BKPSDM)")
  @ApiResponse(responseCode = "200", description = "Disimpan")
  @ApiResponse(responseCode = "400", description = "Nilai tidak sah (pesan menjelaskan sebabnya)")
  @ApiResponse(responseCode = "403", description = "Bukan BKPSDM atau administrator")
  @ApiResponse(responseCode = "404", description = "Kunci tidak dikenal")
  NilaiPengaturan ubah(@PathVariable String kunci, @Valid @RequestBody UbahPengaturan body,
      Authentication auth) {
    KunciPengaturan k = Arrays.stream(KunciPengaturan.values())
        .filter(v -> v.name().equals(kunci))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("Pengaturan '" + kunci + "' tidak dikenal"));
    service.ubah(k, body.nilai(), auth.getName());
    return new NilaiPengaturan(k.name(), service.nilai(k), k.bawaan(), k.keterangan());
  }
}
