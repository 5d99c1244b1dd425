package id.go.langsakota.kinerja.penilaian;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence files. GET downloads (owner ASN, their pejabat penilai / atasan, whoever rated a period
 * using it, BKPSDM); POST is the only way in for a file: the laporkan-realisasi form (Tasklist
 * session + X-XSRF-TOKEN) or a REST client (HTTP Basic) uploads first and sends
 * {@code buktiDukungId} in the realisasi list (the uploader is the owner, so only an active ASN of
 * the register may upload). The file name is cleaned on the way in (TeksAman.namaBerkas).
 */
@RestController
@RequestMapping("/api/bukti-dukung")
public class BuktiDukungController {

  private final BuktiDukungService service;

  public BuktiDukungController(BuktiDukungService service) {
    this.service = service;
  }

  @GetMapping("/{id}")
  public ResponseEntity<Resource> unduh(@PathVariable long id, Authentication auth) {
    BuktiDukung b = service.untukDiunduh(id, auth);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(b.getJenisKonten()))
        .contentLength(b.getUkuran())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(b.getNamaBerkas(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        // personal evidence: no shared or browser cache keeps a copy
        .cacheControl(CacheControl.noStore().cachePrivate())
        .header("X-SHA-256", b.getSha256())
        .body(new FileSystemResource(service.berkas(b)));
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<Map<String, Object>> unggah(@RequestParam("berkas") MultipartFile berkas,
      Authentication auth) throws IOException {
    BuktiDukung b = service.unggah(auth == null ? null : auth.getName(),
        berkas.getOriginalFilename(), berkas.getBytes());
    Map<String, Object> hasil = new LinkedHashMap<>();
    hasil.put("id", b.getId());
    hasil.put("namaBerkas", b.getNamaBerkas());
    hasil.put("jenisKonten", b.getJenisKonten());
    hasil.put("ukuran", b.getUkuran());
    hasil.put("sha256", b.getSha256());
    return ResponseEntity.created(URI.create("/api/bukti-dukung/" + b.getId())).body(hasil);
  }
}
