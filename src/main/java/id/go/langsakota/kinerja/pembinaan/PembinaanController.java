package id.go.langsakota.kinerja.pembinaan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pembinaan kinerja over /api: BKPSDM starts one by hand and sees every one; the ASN sees their
 * own, the pejabat penilai those they lead. The work itself happens in Tasklist.
 */
@RestController
@Tag(name = "Pembinaan kinerja", description = "Masa pembinaan kinerja ASN dengan predikat tahunan final Butuh "
    + "Perbaikan atau lebih rendah: rencana, pertemuan bulanan, evaluasi ulang, rekomendasi dan keputusan PPK.")
class PembinaanController {

  record MasukanMulai(Long skpId) {}

  record MasukanTanggapan(String tanggapan) {}

  record Rincian(Long id, String nip, String nama, int tahun, String status, String predikatAwal,
      String pejabatPenilai, boolean jpt, int bulanPembinaan, String dimulaiOleh, Instant dimulaiPada,
      LocalDate tanggalMulaiMasa, LocalDate tanggalAkhirMasa, List<RencanaPembinaan> rencana,
      List<PertemuanPembinaan> pertemuan, String ratingHasilKerjaEvaluasi, String ratingPerilakuEvaluasi,
      String predikatEvaluasi, Boolean membaik, String rekomendasi, String alasanRekomendasi, Instant ujiKompetensiPada,
      String keputusan, String alasanKeputusan, String nomorKeputusan, LocalDate tanggalKeputusan,
      String diputuskanOleh, Instant dieskalasiPada, Instant selesaiPada, Pelatihan pelatihan) {}

  /**
   * The training of the agreed plan: the catalogue entry and, once started, the linked training need
   * of pengembangan-kompetensi (pemicu PEMBINAAN) with its status and credited JP.
   */
  record Pelatihan(Long katalogId, String nama, Long kebutuhanPelatihanId, String status, String labelStatus,
      Integer jpDikreditkan) {}

  private final PembinaanKinerjaService service;
  private final TampilanPembinaanService tampilan;
  private final PembinaanRepository repository;

  PembinaanController(PembinaanKinerjaService service, TampilanPembinaanService tampilan,
      PembinaanRepository repository) {
    this.service = service;
    this.tampilan = tampilan;
    this.repository = repository;
  }

  static boolean bkpsdm(Authentication auth) {
    return auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_BKPSDM"));
  }

  private static String nama(Enum<?> e) {
    return e == null ? null : e.name();
  }

  Rincian rincian(Pembinaan p) {
    return new Rincian(p.getId(), p.getNip(), tampilan.nama(p.getNip()), p.getTahun(), p.getStatus().name(),
        p.getPredikatAwal().name(), p.getPejabatPenilai(), p.isJpt(), p.getBulanPembinaan(), p.getDimulaiOleh(),
        p.getDimulaiPada(), p.getTanggalMulaiMasa(), p.getTanggalAkhirMasa(), service.rencana(p.getId()),
        service.pertemuan(p.getId()), nama(p.getRatingHasilKerjaEvaluasi()), nama(p.getRatingPerilakuEvaluasi()),
        nama(p.getPredikatEvaluasi()), p.getMembaik(), nama(p.getRekomendasi()), p.getAlasanRekomendasi(),
        p.getUjiKompetensiPada(), nama(p.getKeputusan()), p.getAlasanKeputusan(), p.getNomorKeputusan(),
        p.getTanggalKeputusan(), p.getDiputuskanOleh(), p.getDieskalasiPada(), p.getSelesaiPada(), pelatihan(p));
  }

  private Pelatihan pelatihan(Pembinaan p) {
    var k = service.kebutuhanPelatihan(p.getId());
    Long katalogId = k.map(x -> x.getKatalogDimintaId())
        .or(() -> service.rencanaTerakhir(p.getId()).map(RencanaPembinaan::getKatalogPelatihanId)).orElse(null);
    if (katalogId == null) {
      return null;
    }
    String nama = service.katalog(katalogId).map(c -> c.getNama()).orElse(null);
    return new Pelatihan(katalogId, nama, k.map(x -> x.getId()).orElse(null),
        k.map(x -> x.getStatus().name()).orElse(null), k.map(x -> x.getStatus().label()).orElse(null),
        k.map(x -> x.getJpDikreditkan()).orElse(null));
  }

  @PostMapping("/api/pembinaan")
  @PreAuthorize("hasRole('BKPSDM')")
  @Operation(summary = "Mulai pembinaan kinerja untuk satu SKP dengan predikat tahunan final Butuh Perbaikan, "
      + "Kurang/Misconduct atau Sangat Kurang (BKPSDM); sekali per SKP")
  @ApiResponse(responseCode = "201", description = "Pembinaan dimulai; tugas susun-rencana-pembinaan dibuat untuk "
      + "pejabat penilai")
  @ApiResponse(responseCode = "400", description = "SKP tidak ada, predikat belum final, predikat Baik/Sangat Baik, "
      + "atau pembinaan sudah dimulai; tidak ada yang dicatat")
  @ApiResponse(responseCode = "403", description = "Bukan BKPSDM")
  ResponseEntity<Rincian> mulai(@RequestBody MasukanMulai body, Authentication auth) {
    if (body == null || body.skpId() == null) {
      throw new id.go.langsakota.kinerja.web.IsianTidakValidException("skpId wajib diisi");
    }
    Pembinaan p = service.mulaiManual(body.skpId(), auth.getName(), Instant.now());
    return ResponseEntity.status(201).body(rincian(p));
  }

  @GetMapping("/api/pembinaan")
  @Operation(summary = "Daftar pembinaan kinerja: BKPSDM semua (opsional per tahun); pengguna lain miliknya sendiri "
      + "dan yang ia bina sebagai pejabat penilai")
  List<Rincian> daftar(@RequestParam(required = false) Integer tahun, Authentication auth) {
    // filtered in the database: an ASN's call must not read every pembinaan of the city
    return repository.daftarUntuk(tahun, bkpsdm(auth), auth.getName()).stream().map(this::rincian).toList();
  }

  @GetMapping("/api/pembinaan/{id}")
  @Operation(summary = "Satu pembinaan dengan setiap versi rencana, pertemuan, evaluasi, rekomendasi dan keputusan "
      + "(BKPSDM; ASN yang dibina; pejabat penilainya)")
  @ApiResponse(responseCode = "403", description = "Bukan BKPSDM, bukan ASN yang dibina dan bukan pejabat penilainya")
  @ApiResponse(responseCode = "404", description = "Pembinaan tidak ditemukan")
  Rincian satu(@PathVariable long id, Authentication auth) {
    Pembinaan p = service.ambil(id);
    if (!bkpsdm(auth) && !auth.getName().equals(p.getNip()) && !auth.getName().equals(p.getPejabatPenilai())) {
      throw new AccessDeniedException("Pembinaan ini hanya dapat dilihat oleh BKPSDM, ASN yang dibina dan "
          + "pejabat penilainya");
    }
    return rincian(p);
  }

  @PostMapping("/api/pembinaan/{id}/pertemuan/{bulanKe}/tanggapan")
  @Operation(summary = "Tanggapan ASN sendiri atas pertemuan pembinaan yang sudah dicatat (hanya ASN yang dibina, "
      + "sampai evaluasi)")
  @ApiResponse(responseCode = "400", description = "Bukan ASN yang dibina, sudah dievaluasi, atau tanggapan kurang "
      + "dari 20 karakter")
  @ApiResponse(responseCode = "404", description = "Pembinaan atau pertemuan tidak ditemukan")
  PertemuanPembinaan tanggapi(@PathVariable long id, @PathVariable int bulanKe, @RequestBody MasukanTanggapan body,
      Authentication auth) {
    return service.tanggapiPertemuan(id, bulanKe, auth.getName(), body == null ? null : body.tanggapan());
  }

  @GetMapping("/api/pegawai/{nip}/pembinaan")
  @Operation(summary = "Riwayat pembinaan dan keputusan tindak lanjut yang tercatat pada pegawai (BKPSDM; ASN sendiri)")
  @ApiResponse(responseCode = "403", description = "Bukan BKPSDM dan bukan data sendiri")
  List<Rincian> padaPegawai(@PathVariable String nip, Authentication auth) {
    if (!bkpsdm(auth) && !auth.getName().equals(nip)) {
      throw new AccessDeniedException("Riwayat pembinaan hanya dapat dilihat oleh BKPSDM dan ASN yang bersangkutan");
    }
    return repository.findByNipOrderByTahunDesc(nip).stream().map(this::rincian).toList();
  }
}
