package id.go.langsakota.kinerja.kompetensi;

import id.go.langsakota.kinerja.config.Waktu;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Riwayat pengembangan kompetensi and the JP report. Reading: BKPSDM everyone, an ASN their own,
 * a pejabat penilai (or atasan) their team. Writing: BKPSDM records and verifies; an ASN records
 * their own outside training with its certificate and uploads the certificate of an assigned one.
 */
@RestController
@RequestMapping("/api/pengembangan-kompetensi")
@Tag(name = "Pengembangan kompetensi", description = "Riwayat pelatihan per ASN, sertifikat, "
    + "verifikasi BKPSDM, JP terverifikasi per tahun dan laporan ASN di bawah JP minimal per OPD")
public class PengembanganKompetensiController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  public record TampilanPengembangan(Long id, String nip, Long katalogId, String namaPelatihan,
      JenisPelatihan jenis, String labelJenis, String penyelenggara, LocalDate tanggalMulai,
      LocalDate tanggalSelesai, int jp, StatusPengembanganKompetensi status, String labelStatus,
      Long sertifikatBuktiId, String sertifikatUrl, String catatanPengembalian, String alasan,
      String kunciProses, String dicatatOleh, Instant dicatatPada, Instant dilaporkanPada,
      String diverifikasiOleh, Instant diverifikasiPada) {

    public static TampilanPengembangan dari(PengembanganKompetensi p) {
      return new TampilanPengembangan(p.getId(), p.getNip(), p.getKatalogId(), p.getNamaPelatihan(),
          p.getJenis(), p.getJenis().label(), p.getPenyelenggara(), p.getTanggalMulai(),
          p.getTanggalSelesai(), p.getJp(), p.getStatus(), p.getStatus().label(),
          p.getSertifikatBuktiId(),
          p.getSertifikatBuktiId() == null ? null : "/api/bukti-dukung/" + p.getSertifikatBuktiId(),
          p.getCatatanPengembalian(), p.getAlasan(), p.getKunciProses(), p.getDicatatOleh(),
          p.getDicatatPada(), p.getDilaporkanPada(), p.getDiverifikasiOleh(), p.getDiverifikasiPada());
    }
  }

  /** One ASN's year: trainings, verified JP, the entitlement and what is missing. */
  public record RingkasanJp(String nip, int tahun, int jpTerverifikasi, int jpMinimal, int kekurangan,
      List<TampilanPengembangan> pelatihan) {}

  public record Sertifikat(Long sertifikatBuktiId) {}

  public record Pengembalian(String catatan) {}

  private final PengembanganKompetensiService service;
  private final LaporanJpService laporan;
  private final AksesKompetensi akses;

  public PengembanganKompetensiController(PengembanganKompetensiService service,
      LaporanJpService laporan, AksesKompetensi akses) {
    this.service = service;
    this.laporan = laporan;
    this.akses = akses;
  }

  @GetMapping("/pegawai/{nip}/{tahun}")
  @Operation(summary = "Pelatihan dan JP terverifikasi seorang ASN dalam satu tahun",
      description = "Tahun menurut tanggal selesai pelatihan. Hanya pelatihan TERVERIFIKASI yang dihitung.")
  @ApiResponse(responseCode = "403", description = "Bukan pegawai itu, atasannya, atau BKPSDM")
  public RingkasanJp pegawai(@PathVariable String nip, @PathVariable int tahun, Authentication auth) {
    akses.periksaLihat(auth, nip);
    int jp = service.jpTerverifikasi(nip, tahun);
    int minimal = service.jpMinimal();
    return new RingkasanJp(nip, tahun, jp, minimal, Math.max(0, minimal - jp),
        service.daftar(nip, tahun).stream().map(TampilanPengembangan::dari).toList());
  }

  @GetMapping("/{id}")
  @Operation(summary = "Satu riwayat pelatihan")
  @ApiResponse(responseCode = "403", description = "Bukan pegawai itu, atasannya, atau BKPSDM")
  @ApiResponse(responseCode = "404", description = "Tidak ada")
  public TampilanPengembangan satu(@PathVariable long id, Authentication auth) {
    PengembanganKompetensi p = service.cari(id);
    akses.periksaLihat(auth, p.getNip());
    return TampilanPengembangan.dari(p);
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Catat pelatihan",
      description = "BKPSDM: untuk ASN mana pun; tanpa sertifikat = DITUGASKAN, dengan sertifikat = "
          + "SELESAI (menunggu verifikasi). ASN: hanya pelatihan dirinya sendiri dan wajib dengan "
          + "sertifikat yang sudah diunggah (SELESAI).")
  @ApiResponse(responseCode = "201", description = "Dicatat")
  @ApiResponse(responseCode = "400", description = "Isian belum benar (kesalahan per isian)")
  @ApiResponse(responseCode = "403", description = "ASN mencatat untuk orang lain")
  public ResponseEntity<TampilanPengembangan> catat(@RequestBody MasukanPengembanganKompetensi body,
      Authentication auth) {
    PengembanganKompetensi p = service.catat(body, null, auth.getName(), AksesKompetensi.bkpsdm(auth));
    return ResponseEntity.created(URI.create("/api/pengembangan-kompetensi/" + p.getId()))
        .body(TampilanPengembangan.dari(p));
  }

  @PostMapping(path = "/{id}/sertifikat", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Laporkan selesai dengan sertifikat (ASN yang bersangkutan)",
      description = "Unggah berkas dulu lewat POST /api/bukti-dukung, lalu kirim id-nya. "
          + "DITUGASKAN atau DIKEMBALIKAN → SELESAI.")
  @ApiResponse(responseCode = "400", description = "Sertifikat tidak ada, bukan milik pegawai, atau sudah dipakai")
  @ApiResponse(responseCode = "403", description = "Bukan pelatihan pengguna ini")
  @ApiResponse(responseCode = "409", description = "Status tidak memungkinkan")
  public TampilanPengembangan sertifikat(@PathVariable long id, @RequestBody Sertifikat body,
      Authentication auth) {
    bukanMilikProses(id);
    return TampilanPengembangan.dari(service.laporkanSelesai(id, body.sertifikatBuktiId(), auth.getName()));
  }

  @PostMapping("/{id}/verifikasi")
  @PreAuthorize("hasAnyRole('BKPSDM','CAMUNDA_ADMIN')")
  @Operation(summary = "Verifikasi sertifikat (BKPSDM): SELESAI → TERVERIFIKASI, JP dihitung")
  @ApiResponse(responseCode = "403", description = "Bukan BKPSDM, atau pelatihan sendiri")
  @ApiResponse(responseCode = "409", description = "Belum selesai atau sudah diputuskan")
  public TampilanPengembangan verifikasi(@PathVariable long id, Authentication auth) {
    bukanMilikProses(id);
    return TampilanPengembangan.dari(service.verifikasi(id, auth.getName()));
  }

  @PostMapping(path = "/{id}/kembalikan", consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAnyRole('BKPSDM','CAMUNDA_ADMIN')")
  @Operation(summary = "Kembalikan dengan catatan (BKPSDM): SELESAI → DIKEMBALIKAN")
  @ApiResponse(responseCode = "400", description = "Catatan kosong atau terlalu panjang")
  @ApiResponse(responseCode = "403", description = "Bukan BKPSDM, atau pelatihan sendiri")
  @ApiResponse(responseCode = "409", description = "Belum selesai atau sudah diputuskan")
  public TampilanPengembangan kembalikan(@PathVariable long id, @RequestBody Pengembalian body,
      Authentication auth) {
    bukanMilikProses(id);
    return TampilanPengembangan.dari(service.kembalikan(id, body.catatan(), auth.getName()));
  }

  /**
   * A training assigned by process pengembangan-kompetensi (kunci proses PK-…) moves only through
   * its tasks, or the process and the register would disagree.
   */
  private void bukanMilikProses(long id) {
    String kunci = service.cari(id).getKunciProses();
    if (kunci != null && kunci.startsWith("PK-")) {
      throw new IllegalStateException("Pelatihan ini ditugaskan lewat proses pengembangan-kompetensi (" + kunci
          + "); unggah sertifikat dan verifikasinya lewat tugas di Tasklist");
    }
  }

  @GetMapping("/laporan-jp/{tahun}")
  @Operation(summary = "Laporan JP per ASN per OPD",
      description = "BKPSDM: seluruh ASN (saring kodeOpd); pengguna lain: dirinya dan timnya. "
          + "hanyaKurang=true: hanya ASN di bawah JP minimal.")
  public LaporanJp laporanJp(@PathVariable int tahun, @RequestParam(required = false) String kodeOpd,
      @RequestParam(defaultValue = "false") boolean hanyaKurang, Authentication auth) {
    return laporan.laporan(tahun, AksesKompetensi.bkpsdm(auth) ? null : akses.lingkup(auth), kodeOpd, hanyaKurang);
  }

  @GetMapping("/laporan-jp/{tahun}.xlsx")
  @Operation(summary = "Laporan JP sebagai Excel siap cetak (lingkup dan saringan sama dengan JSON)")
  public ResponseEntity<byte[]> laporanJpExcel(@PathVariable int tahun,
      @RequestParam(required = false) String kodeOpd,
      @RequestParam(defaultValue = "false") boolean hanyaKurang, Authentication auth) {
    LaporanJp l = laporan.laporan(tahun, AksesKompetensi.bkpsdm(auth) ? null : akses.lingkup(auth),
        kodeOpd, hanyaKurang);
    return ResponseEntity.ok().contentType(XLSX)
        .cacheControl(CacheControl.noStore().cachePrivate())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("laporan-jp-" + tahun + ".xlsx").build().toString())
        .body(LaporanJpExcel.buat(l, LocalDate.now(Waktu.WIB)));
  }
}
