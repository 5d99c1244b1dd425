package id.go.langsakota.kinerja.disiplin;

import id.go.langsakota.kinerja.impor.HasilImporLembar;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.DeleteMapping;
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

/**
 * Hukuman disiplin (PP 94/2021): personal data. BKPSDM (and administrators) read and write all;
 * an ASN reads only their own.
 */
@RestController
@RequestMapping("/api/hukuman-disiplin")
@Tag(name = "Hukuman disiplin", description = "Hukuman disiplin PNS di register (jenis, tingkat "
    + "RINGAN/SEDANG/BERAT, TMT, nomor dan tanggal keputusan): dikelola BKPSDM, dapat diimpor dari Excel")
public class HukumanDisiplinController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  public record TampilanHukuman(Long id, String nip, JenisHukumanDisiplin jenis, String labelJenis,
      TingkatHukumanDisiplin tingkat, LocalDate tmtMulai, LocalDate tmtSelesai, String nomorKeputusan,
      LocalDate tanggalKeputusan, String keterangan, String diubahOleh, Instant diubahPada) {

    static TampilanHukuman dari(HukumanDisiplin h) {
      return new TampilanHukuman(h.getId(), h.getNip(), h.getJenis(), h.getJenis().label(), h.getTingkat(),
          h.getTmtMulai(), h.getTmtSelesai(), h.getNomorKeputusan(), h.getTanggalKeputusan(),
          h.getKeterangan(), h.getDiubahOleh(), h.getDiubahPada());
    }
  }

  public record HukumanPadaTahun(String nip, int tahun, boolean adaHukuman, List<TampilanHukuman> hukuman) {}

  private final HukumanDisiplinService service;

  public HukumanDisiplinController(HukumanDisiplinService service) {
    this.service = service;
  }

  private static boolean bkpsdm(Authentication auth) {
    return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(a -> a.equals("ROLE_BKPSDM") || a.equals("ROLE_CAMUNDA_ADMIN"));
  }

  private static void milikSendiriAtauBkpsdm(Authentication auth, String nip) {
    if (!bkpsdm(auth) && !auth.getName().equals(nip)) {
      throw new AccessDeniedException("Anda hanya dapat melihat hukuman disiplin Anda sendiri");
    }
  }

  @GetMapping
  @Operation(summary = "Daftar hukuman disiplin",
      description = "BKPSDM: semua, atau satu pegawai dengan ?nip=. Pegawai lain: hanya miliknya sendiri.")
  @ApiResponse(responseCode = "403", description = "Meminta milik orang lain")
  public List<TampilanHukuman> daftar(@RequestParam(required = false) String nip, Authentication auth) {
    String siapa = nip;
    if (!bkpsdm(auth)) {
      siapa = nip == null ? auth.getName() : nip;
      milikSendiriAtauBkpsdm(auth, siapa);
    }
    return service.daftar(siapa).stream().map(TampilanHukuman::dari).toList();
  }

  @GetMapping("/{id}")
  @Operation(summary = "Satu hukuman disiplin")
  public TampilanHukuman satu(@PathVariable long id, Authentication auth) {
    HukumanDisiplin h = service.cari(id);
    milikSendiriAtauBkpsdm(auth, h.getNip());
    return TampilanHukuman.dari(h);
  }

  @GetMapping("/pegawai/{nip}/tahun/{tahun}")
  @Operation(summary = "Apakah pegawai mendapat hukuman disiplin pada tahun itu",
      description = "Ya bila keputusannya bertanggal pada tahun itu atau masa berlakunya (TMT mulai "
          + "sampai TMT selesai; tanpa TMT selesai: TMT mulai) menyentuh tahun itu.")
  public HukumanPadaTahun padaTahun(@PathVariable String nip, @PathVariable int tahun, Authentication auth) {
    milikSendiriAtauBkpsdm(auth, nip);
    List<TampilanHukuman> h = service.padaTahun(nip, tahun).stream().map(TampilanHukuman::dari).toList();
    return new HukumanPadaTahun(nip, tahun, !h.isEmpty(), h);
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAnyRole('BKPSDM','CAMUNDA_ADMIN')")
  @Operation(summary = "Catat hukuman disiplin (BKPSDM)")
  @ApiResponse(responseCode = "201", description = "Dicatat")
  @ApiResponse(responseCode = "400", description = "Isian belum benar")
  @ApiResponse(responseCode = "403", description = "Bukan BKPSDM atau administrator")
  @ApiResponse(responseCode = "409", description = "Keputusan yang sama untuk NIP itu sudah tercatat")
  public ResponseEntity<TampilanHukuman> buat(@RequestBody MasukanHukumanDisiplin body, Authentication auth) {
    HukumanDisiplin h = service.buat(body, auth.getName());
    return ResponseEntity.created(URI.create("/api/hukuman-disiplin/" + h.getId())).body(TampilanHukuman.dari(h));
  }

  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAnyRole('BKPSDM','CAMUNDA_ADMIN')")
  @Operation(summary = "Ubah hukuman disiplin (BKPSDM)")
  public TampilanHukuman ubah(@PathVariable long id, @RequestBody MasukanHukumanDisiplin body,
      Authentication auth) {
    return TampilanHukuman.dari(service.ubah(id, body, auth.getName()));
  }

  @DeleteMapping("/{id}")
  @PreAuthorize("hasAnyRole('BKPSDM','CAMUNDA_ADMIN')")
  @Operation(summary = "Hapus catatan yang salah input (BKPSDM)")
  public ResponseEntity<Void> hapus(@PathVariable long id) {
    service.hapus(id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping(path = "/impor", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAnyRole('BKPSDM','CAMUNDA_ADMIN')")
  @Operation(summary = "Impor hukuman disiplin dari Excel (.xlsx, BKPSDM)",
      description = "Semua baris diperiksa lebih dulu; satu baris salah menolak seluruh berkas.")
  @ApiResponse(responseCode = "200", description = "Diterima",
      content = @Content(schema = @Schema(implementation = HasilImporLembar.class)))
  @ApiResponse(responseCode = "400", description = "Ditolak, kesalahan per baris dan kolom",
      content = @Content(schema = @Schema(implementation = HasilImporLembar.class)))
  public ResponseEntity<HasilImporLembar> impor(@RequestPart("berkas") MultipartFile berkas,
      @RequestParam(defaultValue = "false") boolean validasiSaja, Authentication auth) throws IOException {
    HasilImporLembar h = service.impor(berkas.getBytes(), validasiSaja, auth.getName());
    return h.diterima() ? ResponseEntity.ok(h) : ResponseEntity.badRequest().body(h);
  }

  @GetMapping("/templat.xlsx")
  @PreAuthorize("hasAnyRole('BKPSDM','CAMUNDA_ADMIN')")
  @Operation(summary = "Unduh templat impor hukuman disiplin")
  public ResponseEntity<byte[]> templat() {
    return ResponseEntity.ok().contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("templat-hukuman-disiplin.xlsx").build().toString())
        .body(HukumanDisiplinService.templat());
  }
}
