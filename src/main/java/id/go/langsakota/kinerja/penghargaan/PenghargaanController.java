package id.go.langsakota.kinerja.penghargaan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Seleksi penghargaan: weights (BKPSDM reads and changes), nominations with scores (BKPSDM, Tim
 * Penilai Kinerja, Wali Kota), winners per pegawai (own or BKPSDM), the announcement PDF (everyone
 * logged in, once approved).
 */
@RestController
@RequestMapping("/api/penghargaan")
@Tag(name = "Penghargaan", description = "Seleksi penghargaan ASN berkinerja terbaik (proses seleksi-penghargaan)")
public class PenghargaanController {

  public record UbahBobot(BigDecimal bobot) {}

  public record TampilanNominasi(Long id, String kodeOpd, KategoriPenghargaan kategori, String nip, String alasan,
      String dinominasikanOleh, BigDecimal skor, String rincianSkor, Integer peringkat, boolean daftarPendek,
      BigDecimal nilaiTim) {
    static TampilanNominasi dari(NominasiPenghargaan n) {
      return new TampilanNominasi(n.getId(), n.getKodeOpd(), n.getKategori(), n.getNip(), n.getAlasan(),
          n.getDinominasikanOleh(), n.getSkor(), PenghitungSkorPenghargaan.labelRincian(n.getRincianSkor()), n.getPeringkat(), n.isDaftarPendek(), n.getNilaiTim());
    }
  }

  public record TampilanPemenang(int tahun, KategoriPenghargaan kategori, String labelKategori, String nip,
      BigDecimal skor, BigDecimal nilaiTim, Instant ditetapkanPada) {
    static TampilanPemenang dari(PemenangPenghargaan p) {
      return new TampilanPemenang(p.getTahun(), p.getKategori(), p.getKategori().label(), p.getNip(), p.getSkor(),
          p.getNilaiTim(), p.getDitetapkanPada());
    }
  }

  public record TampilanSeleksi(int tahun, SeleksiPenghargaan.Status status, int rondeTim, String catatanWaliKota,
      String nomorKeputusan, List<PenghargaanService.Bobot> bobot, List<TampilanNominasi> nominasi,
      List<TampilanPemenang> pemenang) {}

  private final PenghargaanService service;
  private final PengumumanPenghargaan pengumuman;

  public PenghargaanController(PenghargaanService service, PengumumanPenghargaan pengumuman) {
    this.service = service;
    this.pengumuman = pengumuman;
  }

  private static boolean punya(Authentication auth, String... peran) {
    return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(a -> List.of(peran).contains(a));
  }

  private static void bkpsdm(Authentication auth) {
    if (!punya(auth, "ROLE_BKPSDM", "ROLE_CAMUNDA_ADMIN")) {
      throw new AccessDeniedException("Hanya BKPSDM yang dapat melakukan ini");
    }
  }

  @GetMapping("/bobot")
  @Operation(summary = "Bobot komponen skor penghargaan")
  public List<PenghargaanService.Bobot> bobot(Authentication auth) {
    bkpsdm(auth);
    return service.daftarBobot();
  }

  @PutMapping("/bobot/{komponen}")
  @Operation(summary = "Ubah bobot satu komponen (0–100); berlaku untuk perhitungan skor berikutnya")
  public PenghargaanService.Bobot ubahBobot(@PathVariable String komponen, @RequestBody UbahBobot masukan,
      Authentication auth) {
    bkpsdm(auth);
    return service.ubahBobot(komponen, masukan.bobot(), auth.getName());
  }

  @GetMapping("/{tahun}")
  @Operation(summary = "Seleksi satu tahun: status, bobot, nominasi dengan skor dan rinciannya, pemenang")
  public TampilanSeleksi seleksi(@PathVariable int tahun, Authentication auth) {
    if (!punya(auth, "ROLE_BKPSDM", "ROLE_CAMUNDA_ADMIN", "ROLE_TIM_PENILAI_KINERJA", "ROLE_WALIKOTA")) {
      throw new AccessDeniedException("Hanya BKPSDM, Tim Penilai Kinerja dan Wali Kota yang dapat melihat nominasi");
    }
    SeleksiPenghargaan s = service.ambil(tahun);
    return new TampilanSeleksi(tahun, s.getStatus(), s.getRondeTim(), s.getCatatanWaliKota(), s.getNomorKeputusan(),
        service.daftarBobot(), service.nominasi(tahun).stream().map(TampilanNominasi::dari).toList(),
        service.pemenang(tahun).stream().map(TampilanPemenang::dari).toList());
  }

  @GetMapping("/pegawai/{nip}")
  @Operation(summary = "Penghargaan yang diterima satu pegawai (pegawai sendiri atau BKPSDM)")
  public List<TampilanPemenang> pegawai(@PathVariable String nip, Authentication auth) {
    if (!auth.getName().equals(nip) && !punya(auth, "ROLE_BKPSDM", "ROLE_CAMUNDA_ADMIN")) {
      throw new AccessDeniedException("Anda hanya dapat melihat penghargaan Anda sendiri");
    }
    return service.pemenangPegawai(nip).stream().map(TampilanPemenang::dari).toList();
  }

  @GetMapping("/{tahun}/pengumuman.pdf")
  @Operation(summary = "Pengumuman penghargaan dengan teks Keputusan Wali Kota (PDF), setelah disetujui")
  public ResponseEntity<byte[]> pengumumanPdf(@PathVariable int tahun) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"Pengumuman-Penghargaan-" + tahun + ".pdf\"")
        .body(pengumuman.pdf(tahun));
  }
}
