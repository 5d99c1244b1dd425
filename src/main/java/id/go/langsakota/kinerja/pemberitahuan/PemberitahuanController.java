package id.go.langsakota.kinerja.pemberitahuan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A user's own delivery preference; BKPSDM's view of notices that could not be delivered. */
@RestController
@RequestMapping("/api/pemberitahuan")
@Tag(name = "Pemberitahuan", description = "Pemberitahuan email: preferensi pengguna dan pemantauan pengiriman")
public class PemberitahuanController {

  private final PreferensiPemberitahuanRepository preferensi;
  private final PemberitahuanRepository pemberitahuan;

  public PemberitahuanController(PreferensiPemberitahuanRepository preferensi,
      PemberitahuanRepository pemberitahuan) {
    this.preferensi = preferensi;
    this.pemberitahuan = pemberitahuan;
  }

  public record Preferensi(String mode) {}

  public record RingkasanPemberitahuan(Long id, String penerima, String jenis, String saluran,
      String status, String judul, int percobaan, Instant dibuatPada, Instant berikutnyaPada,
      String alasan) {
    static RingkasanPemberitahuan dari(Pemberitahuan p) {
      return new RingkasanPemberitahuan(p.getId(), p.getPenerima(), p.getJenis().name(),
          p.getSaluran(), p.getStatus().name(), p.getJudul(), p.getPercobaan(), p.getDibuatPada(),
          p.getBerikutnyaPada(), p.getAlasan());
    }
  }

  @GetMapping("/preferensi")
  @Operation(summary = "Cara pengguna yang sedang masuk menerima pemberitahuan: SEGERA atau RINGKASAN_HARIAN")
  public Preferensi baca(Authentication auth) {
    return new Preferensi(preferensi.findById(auth.getName())
        .map(PreferensiPemberitahuan::getMode).orElse(ModePemberitahuan.SEGERA).name());
  }

  @PutMapping("/preferensi")
  @Transactional
  @Operation(summary = "Ubah cara menerima pemberitahuan (hanya untuk diri sendiri)")
  @ApiResponse(responseCode = "400", description = "Mode tidak dikenal")
  public Preferensi ubah(@RequestBody Preferensi body, Authentication auth) {
    ModePemberitahuan mode = Arrays.stream(ModePemberitahuan.values())
        .filter(m -> body != null && m.name().equals(body.mode()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "Mode pemberitahuan harus SEGERA atau RINGKASAN_HARIAN"));
    Instant sekarang = Instant.now();
    preferensi.findById(auth.getName()).ifPresentOrElse(p -> p.ubah(mode, sekarang),
        () -> preferensi.save(new PreferensiPemberitahuan(auth.getName(), mode, sekarang)));
    return new Preferensi(mode.name());
  }

  @GetMapping("/bermasalah")
  @PreAuthorize("hasAnyRole('BKPSDM','CAMUNDA_ADMIN')")
  @Operation(summary = "Pemberitahuan yang gagal terkirim (GAGAL) atau dilewati (DILEWATI), terbaru dahulu (BKPSDM)")
  public List<RingkasanPemberitahuan> bermasalah() {
    return pemberitahuan.findByStatusInOrderByIdDesc(
            List.of(StatusPemberitahuan.GAGAL, StatusPemberitahuan.DILEWATI), PageRequest.of(0, 500))
        .stream().map(RingkasanPemberitahuan::dari).toList();
  }

  @PostMapping("/{id}/ulang")
  @Transactional
  @PreAuthorize("hasAnyRole('BKPSDM','CAMUNDA_ADMIN')")
  @Operation(summary = "Antrekan lagi pemberitahuan yang GAGAL atau DILEWATI (BKPSDM), mis. setelah email pegawai dilengkapi")
  @ApiResponse(responseCode = "404", description = "Pemberitahuan tidak ditemukan")
  public RingkasanPemberitahuan ulang(@PathVariable Long id) {
    Pemberitahuan p = pemberitahuan.findById(id).orElseThrow(
        () -> new NoSuchElementException("Pemberitahuan " + id + " tidak ditemukan"));
    if (p.getStatus() != StatusPemberitahuan.GAGAL && p.getStatus() != StatusPemberitahuan.DILEWATI) {
      throw new IllegalStateException("Hanya pemberitahuan berstatus GAGAL atau DILEWATI yang dapat diantrekan lagi");
    }
    p.ulangi(Instant.now());
    return RingkasanPemberitahuan.dari(p);
  }
}
