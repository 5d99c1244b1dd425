package id.go.langsakota.kinerja.kinerjasaya;

import id.go.langsakota.kinerja.kinerjasaya.KinerjaSayaService.Beranda;
import id.go.langsakota.kinerja.kinerjasaya.KinerjaSayaService.DaftarTahun;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Kinerja saya": read-only JSON and the official PDF documents of one ASN's year. Allowed to the
 * ASN themself, their pejabat penilai and atasan pejabat penilai (per the register today), and
 * BKPSDM; anybody else gets 403 (checked in {@link KinerjaSayaService}).
 */
@RestController
@RequestMapping("/api/kinerja-saya")
@Tag(name = "Kinerja saya", description = "SKP, realisasi, umpan balik, rating, predikat dan dokumen resmi (PDF)")
public class KinerjaSayaController {

  private final KinerjaSayaService service;

  public KinerjaSayaController(KinerjaSayaService service) {
    this.service = service;
  }

  @GetMapping
  @Operation(summary = "Beranda Kinerja saya",
      description = "Pengguna yang masuk, tahun-tahun SKP-nya, dan anggota timnya (pegawai yang ia nilai).")
  public Beranda beranda(Authentication auth) {
    return service.beranda(auth);
  }

  @GetMapping("/pegawai/{nip}")
  @Operation(summary = "Tahun-tahun SKP seorang pegawai")
  @ApiResponses({
      @ApiResponse(responseCode = "200", description = "Identitas dan daftar tahun"),
      @ApiResponse(responseCode = "403", description = "Bukan pegawai itu, atasannya, atau BKPSDM"),
      @ApiResponse(responseCode = "404", description = "NIP tidak terdaftar")})
  public DaftarTahun daftarTahun(@PathVariable String nip, Authentication auth) {
    return service.daftarTahun(nip, auth);
  }

  @GetMapping("/pegawai/{nip}/{tahun}")
  @Operation(summary = "Kinerja seorang pegawai dalam satu tahun",
      description = "SKP (RHK bernomor dengan indikatornya), perilaku kerja, setiap periode (realisasi, "
          + "bukti dukung, umpan balik, rating, predikat), hasil tahunan, aturan yang berlaku, "
          + "pelatihan dan JP terverifikasi tahun itu, dan bagian yang belum tersedia (keberatan).")
  @ApiResponses({
      @ApiResponse(responseCode = "200", description = "Rincian kinerja"),
      @ApiResponse(responseCode = "403", description = "Bukan pegawai itu, atasannya, atau BKPSDM"),
      @ApiResponse(responseCode = "404", description = "NIP tidak terdaftar atau tanpa SKP tahun itu")})
  public RincianKinerja rincian(@PathVariable String nip, @PathVariable int tahun,
      Authentication auth) {
    return service.rincian(nip, tahun, auth);
  }

  @GetMapping("/pegawai/{nip}/{tahun}/skp.pdf")
  @Operation(summary = "Dokumen SKP (PDF)", description = "Format lampiran PermenPANRB 6/2022.")
  public ResponseEntity<byte[]> skpPdf(@PathVariable String nip, @PathVariable int tahun,
      Authentication auth) {
    return pdf(DokumenPdf.skp(service.rincian(nip, tahun, auth)), "SKP-" + tahun + "-" + nip + ".pdf");
  }

  @GetMapping("/pegawai/{nip}/{tahun}/periode/{ke}/evaluasi.pdf")
  @Operation(summary = "Dokumen Evaluasi Kinerja satu periode (PDF)")
  public ResponseEntity<byte[]> evaluasiPeriodikPdf(@PathVariable String nip,
      @PathVariable int tahun, @PathVariable int ke, Authentication auth) {
    return pdf(DokumenPdf.evaluasiPeriodik(service.rincian(nip, tahun, auth), ke),
        "Evaluasi-Kinerja-" + tahun + "-periode-" + ke + "-" + nip + ".pdf");
  }

  @GetMapping("/pegawai/{nip}/{tahun}/evaluasi-tahunan.pdf")
  @Operation(summary = "Dokumen Evaluasi Kinerja tahunan (PDF)")
  public ResponseEntity<byte[]> evaluasiTahunanPdf(@PathVariable String nip,
      @PathVariable int tahun, Authentication auth) {
    return pdf(DokumenPdf.evaluasiTahunan(service.rincian(nip, tahun, auth)),
        "Evaluasi-Kinerja-" + tahun + "-tahunan-" + nip + ".pdf");
  }

  // No "produces = application/pdf" on the mappings: a refusal (403/404) must still be sent as
  // the usual JSON message, which a PDF-only mapping would turn into 406.
  private static ResponseEntity<byte[]> pdf(byte[] isi, String nama) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(nama, StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        // personal data: no shared or browser cache keeps a copy
        .cacheControl(CacheControl.noStore().cachePrivate())
        .body(isi);
  }
}
