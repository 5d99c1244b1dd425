package id.go.langsakota.kinerja.impor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/impor/register")
@PreAuthorize("hasAnyRole('BKPSDM','CAMUNDA_ADMIN')")
@Tag(name = "Impor register organisasi", description = "Impor massal OPD, unit kerja, jabatan, "
    + "pegawai, dan penugasan jabatan dari berkas CSV atau Excel (.xlsx) ekspor BKPSDM. "
    + "Hanya untuk BKPSDM dan administrator.")
class ImporRegisterController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private final ImporRegisterService service;

  ImporRegisterController(ImporRegisterService service) {
    this.service = service;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Impor register organisasi dari berkas CSV atau XLSX",
      description = "Seluruh berkas diperiksa lebih dulu. Bila ada satu saja baris yang salah, "
          + "berkas ditolak seluruhnya (tidak ada yang disimpan) dan semua kesalahan dilaporkan "
          + "per baris dan kolom. Berkas yang benar diimpor dalam satu transaksi (buat atau "
          + "perbarui menurut kode dan NIP); mengimpor berkas yang sama dua kali tidak mengubah "
          + "apa pun. Pegawai yang pindah jabatan definitif: penugasan lama ditutup sehari "
          + "sebelum TMT baru sehingga riwayat tetap tersimpan.")
  @ApiResponse(responseCode = "200", description = "Berkas diterima (atau valid, bila validasiSaja)",
      content = @Content(schema = @Schema(implementation = HasilImpor.class)))
  @ApiResponse(responseCode = "400", description = "Berkas ditolak; tidak ada data yang disimpan",
      content = @Content(schema = @Schema(implementation = PenolakanImpor.class)))
  @ApiResponse(responseCode = "403", description = "Bukan BKPSDM atau administrator",
      content = @Content)
  ResponseEntity<Object> impor(
      @Parameter(description = "Berkas .csv (UTF-8, pemisah ';' atau ',') atau .xlsx dengan baris "
          + "judul seperti templat") @RequestPart("berkas") MultipartFile berkas,
      @Parameter(description = "true: hanya periksa dan hitung apa yang akan berubah, tanpa "
          + "menyimpan") @RequestParam(defaultValue = "false") boolean validasiSaja)
      throws IOException {
    HasilImpor hasil = service.impor(berkas.getOriginalFilename(), berkas.getBytes(), validasiSaja);
    if (!hasil.diterima()) {
      return ResponseEntity.badRequest().body(PenolakanImpor.dari(hasil));
    }
    return ResponseEntity.ok(hasil);
  }

  @GetMapping("/templat.csv")
  @Operation(summary = "Unduh templat CSV",
      description = "Baris judul dan satu baris contoh, pemisah titik koma, UTF-8 dengan BOM "
          + "(terbuka benar di Excel berbahasa Indonesia)")
  @ApiResponse(responseCode = "200", description = "Templat CSV",
      content = @Content(mediaType = "text/csv"))
  ResponseEntity<byte[]> templatCsv() {
    return unduhan(TemplatRegister.csv(), CSV, "templat-register.csv");
  }

  @GetMapping("/templat.xlsx")
  @Operation(summary = "Unduh templat Excel",
      description = "Lembar 'register' (kolom nip berformat Teks, tmt_jabatan berformat tanggal) "
          + "dan lembar 'petunjuk' yang menjelaskan setiap kolom")
  @ApiResponse(responseCode = "200", description = "Templat XLSX",
      content = @Content(mediaType =
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
  ResponseEntity<byte[]> templatXlsx() {
    return unduhan(TemplatRegister.xlsx(), XLSX, "templat-register.xlsx");
  }

  private static ResponseEntity<byte[]> unduhan(byte[] isi, MediaType jenis, String nama) {
    return ResponseEntity.ok()
        .contentType(jenis)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(nama).build().toString())
        .body(isi);
  }
}
