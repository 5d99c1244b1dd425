package id.go.langsakota.kinerja.kompetensi;

import id.go.langsakota.kinerja.impor.HasilImporLembar;
import id.go.langsakota.kinerja.skp.NilaiBerakhlak;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The katalog pelatihan: everyone logged in reads it, BKPSDM (and administrators) change it. */
@RestController
@RequestMapping("/api/katalog-pelatihan")
@Tag(name = "Katalog pelatihan", description = "Pelatihan yang dapat ditugaskan BKPSDM: jenis, JP, "
    + "kompetensi atau nilai BerAKHLAK yang dibangun, penyelenggara, moda, biaya. Dibaca semua "
    + "pengguna yang masuk; diubah BKPSDM di aplikasi atau dengan impor Excel.")
public class KatalogPelatihanController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  /** What the API shows of an entry: codes with their Indonesian labels. */
  public record TampilanKatalog(Long id, String kode, String nama, JenisPelatihan jenis, String labelJenis,
      JenisKompetensi jenisKompetensi, String kompetensi, NilaiBerakhlak nilaiBerakhlak,
      String labelNilaiBerakhlak, int jp, String penyelenggara, ModaPelatihan moda, BigDecimal biaya,
      boolean aktif, String diubahOleh, Instant diubahPada) {

    static TampilanKatalog dari(KatalogPelatihan k) {
      return new TampilanKatalog(k.getId(), k.getKode(), k.getNama(), k.getJenis(), k.getJenis().label(),
          k.getJenisKompetensi(), k.getKompetensi(), k.getNilaiBerakhlak(),
          k.getNilaiBerakhlak() == null ? null : k.getNilaiBerakhlak().label(), k.getJp(),
          k.getPenyelenggara(), k.getModa(), k.getBiaya(), k.isAktif(), k.getDiubahOleh(), k.getDiubahPada());
    }
  }

  private final KatalogPelatihanService service;

  public KatalogPelatihanController(KatalogPelatihanService service) {
    this.service = service;
  }

  @GetMapping
  @Operation(summary = "Daftar katalog pelatihan (urut kode)",
      description = "Saring dengan aktif=true|false, jenis (KLASIKAL, ...), nilaiBerakhlak (AKUNTABEL, ...)")
  public List<TampilanKatalog> daftar(@RequestParam(required = false) Boolean aktif,
      @RequestParam(required = false) JenisPelatihan jenis,
      @RequestParam(required = false) NilaiBerakhlak nilaiBerakhlak) {
    return service.daftar(aktif, jenis, nilaiBerakhlak).stream().map(TampilanKatalog::dari).toList();
  }

  @GetMapping("/{id}")
  @Operation(summary = "Satu entri katalog")
  @ApiResponse(responseCode = "404", description = "Tidak ada")
  public TampilanKatalog satu(@PathVariable long id) {
    return TampilanKatalog.dari(service.cari(id));
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAnyRole('BKPSDM','CAMUNDA_ADMIN')")
  @Operation(summary = "Tambah entri katalog (BKPSDM)")
  @ApiResponse(responseCode = "201", description = "Dibuat")
  @ApiResponse(responseCode = "400", description = "Isian belum benar (kesalahan per isian)")
  @ApiResponse(responseCode = "403", description = "Bukan BKPSDM atau administrator")
  @ApiResponse(responseCode = "409", description = "Kode atau nama pada penyelenggara yang sama sudah ada")
  public ResponseEntity<TampilanKatalog> buat(@RequestBody MasukanKatalogPelatihan body, Authentication auth) {
    KatalogPelatihan k = service.buat(body, auth.getName());
    return ResponseEntity.created(URI.create("/api/katalog-pelatihan/" + k.getId()))
        .body(TampilanKatalog.dari(k));
  }

  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAnyRole('BKPSDM','CAMUNDA_ADMIN')")
  @Operation(summary = "Ubah entri katalog (BKPSDM)",
      description = "Semua isian dikirim; kode tetap. Menonaktifkan: aktif=false (riwayat yang memakai entri tetap utuh).")
  @ApiResponse(responseCode = "400", description = "Isian belum benar")
  @ApiResponse(responseCode = "403", description = "Bukan BKPSDM atau administrator")
  @ApiResponse(responseCode = "404", description = "Tidak ada")
  public TampilanKatalog ubah(@PathVariable long id, @RequestBody MasukanKatalogPelatihan body,
      Authentication auth) {
    return TampilanKatalog.dari(service.ubah(id, body, auth.getName()));
  }

  @PostMapping(path = "/impor", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAnyRole('BKPSDM','CAMUNDA_ADMIN')")
  @Operation(summary = "Impor katalog dari Excel (.xlsx, BKPSDM)",
      description = "Semua baris diperiksa lebih dulu; satu baris salah menolak seluruh berkas dan "
          + "tidak ada yang disimpan. Kode yang sudah ada diubah, kode baru ditambahkan.")
  @ApiResponse(responseCode = "200", description = "Diterima",
      content = @Content(schema = @Schema(implementation = HasilImporLembar.class)))
  @ApiResponse(responseCode = "400", description = "Ditolak, kesalahan per baris dan kolom",
      content = @Content(schema = @Schema(implementation = HasilImporLembar.class)))
  @ApiResponse(responseCode = "403", description = "Bukan BKPSDM atau administrator")
  public ResponseEntity<HasilImporLembar> impor(@RequestPart("berkas") MultipartFile berkas,
      @RequestParam(defaultValue = "false") boolean validasiSaja, Authentication auth) throws IOException {
    HasilImporLembar h = service.impor(berkas.getBytes(), validasiSaja, auth.getName());
    return h.diterima() ? ResponseEntity.ok(h) : ResponseEntity.badRequest().body(h);
  }

  @GetMapping("/templat.xlsx")
  @Operation(summary = "Unduh templat impor katalog (lembar 'katalog' dan 'petunjuk')")
  public ResponseEntity<byte[]> templat() {
    return ResponseEntity.ok().contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("templat-katalog-pelatihan.xlsx").build().toString())
        .body(KatalogPelatihanService.templat());
  }
}
