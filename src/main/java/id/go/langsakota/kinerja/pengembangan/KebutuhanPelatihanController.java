package id.go.langsakota.kinerja.pengembangan;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.kompetensi.AksesKompetensi;
import id.go.langsakota.kinerja.kompetensi.JenisPelatihan;
import id.go.langsakota.kinerja.skp.NilaiBerakhlak;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * Training needs (process pengembangan-kompetensi): an ASN asks for one for themself, BKPSDM opens
 * one for anyone; reading one's own needs (BKPSDM and the pejabat penilai: their people) and the
 * overdue report for BKPSDM (JSON and Excel). The steps themselves are the process's tasks.
 */
@RestController
@RequestMapping("/api/pengembangan-kompetensi/kebutuhan")
@Tag(name = "Kebutuhan pelatihan", description = "Proses pengembangan-kompetensi: permintaan ASN, "
    + "penugasan BKPSDM, usulan katalog, riwayat, laporan pelatihan terlambat")
public class KebutuhanPelatihanController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  @Schema(description = "Permintaan pengembangan kompetensi")
  public record Permintaan(
      @Schema(example = "198503152010011001", description = "Kosong: untuk diri sendiri; NIP lain hanya BKPSDM") String nip,
      @Schema(example = "Manajemen waktu dan penetapan prioritas kerja") String kesenjangan,
      @Schema(example = "AKUNTABEL", description = "Boleh kosong") String nilaiBerakhlak,
      @Schema(example = "E_LEARNING", description = "Boleh kosong") String jenisDiminta) {}

  public record TampilanUsulan(int peringkat, Long katalogId, String namaPelatihan, int skor, String alasan) {}

  public record TampilanLangkah(String jenis, String oleh, Instant pada, String catatan) {}

  public record TampilanKebutuhan(Long id, String businessKey, String nip, String nama, int tahun,
      PemicuPelatihan pemicu, String labelPemicu, String kesenjangan, StatusKebutuhanPelatihan status,
      String labelStatus, String penetap, Long katalogId, String namaPelatihan, LocalDate tanggalMulai,
      LocalDate tanggalSelesai, LocalDate batasLapor, boolean terlambat, Instant terlambatPada,
      Long pengembanganId, Integer jpDikreditkan, List<TampilanUsulan> usulan, List<TampilanLangkah> riwayat) {}

  private final KebutuhanPelatihanService service;
  private final PemicuPengembanganService pemicu;
  private final AksesKompetensi akses;
  private final PemeriksaanJpTahunan pemeriksaanJp;

  public KebutuhanPelatihanController(KebutuhanPelatihanService service, PemicuPengembanganService pemicu,
      AksesKompetensi akses, PemeriksaanJpTahunan pemeriksaanJp) {
    this.service = service;
    this.pemicu = pemicu;
    this.akses = akses;
    this.pemeriksaanJp = pemeriksaanJp;
  }

  public record PemeriksaanDimulai(int tahun, String businessKey, String processInstanceId) {}

  @PostMapping("/pemeriksaan-jp/{tahun}")
  @PreAuthorize("hasAnyRole('BKPSDM','CAMUNDA_ADMIN')")
  @Operation(summary = "Jalankan pemeriksaan JP tahunan sekarang (BKPSDM)",
      description = "Biasanya dimulai sendiri setiap hari mulai TANGGAL_PEMERIKSAAN_JP. Sekali per tahun.")
  @ApiResponse(responseCode = "202", description = "Dimulai; ASN diproses per bagian di latar belakang")
  @ApiResponse(responseCode = "409", description = "Sudah pernah dijalankan untuk tahun itu, atau pemicu JP dinonaktifkan")
  public ResponseEntity<PemeriksaanDimulai> pemeriksaanJp(@PathVariable int tahun) {
    if (tahun < 2000 || tahun > Waktu.hariIni().getYear()) {
      throw new IllegalArgumentException("Tahun " + tahun + " tidak sah");
    }
    var pi = pemeriksaanJp.mulai(tahun).orElseThrow(() -> new IllegalStateException(
        "Pemeriksaan JP tahun " + tahun + " sudah pernah dijalankan atau pemicu JP dinonaktifkan (PEMICU_PELATIHAN_JP)"));
    return ResponseEntity.accepted().body(new PemeriksaanDimulai(tahun, pi.getBusinessKey(), pi.getId()));
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Mulai pengembangan kompetensi",
      description = "ASN: untuk dirinya sendiri (pemicu PERMINTAAN_ASN). BKPSDM: untuk NIP lain (pemicu BKPSDM). "
          + "Memulai proses pengembangan-kompetensi (business key PK-<id>).")
  @ApiResponse(responseCode = "201", description = "Dimulai")
  @ApiResponse(responseCode = "400", description = "Isian belum benar")
  @ApiResponse(responseCode = "403", description = "Bukan BKPSDM dan NIP orang lain")
  @ApiResponse(responseCode = "409", description = "Masih ada yang berjalan untuk ASN, tahun dan pemicu yang sama, atau pemicu dinonaktifkan")
  public ResponseEntity<TampilanKebutuhan> mulai(@RequestBody Permintaan body, Authentication auth) {
    String nip = body.nip() == null || body.nip().isBlank() ? auth.getName() : body.nip().strip();
    PemicuPelatihan jenis;
    if (nip.equals(auth.getName())) {
      jenis = PemicuPelatihan.PERMINTAAN_ASN;
    } else if (AksesKompetensi.bkpsdm(auth)) {
      jenis = PemicuPelatihan.BKPSDM;
    } else {
      throw new org.springframework.security.access.AccessDeniedException(
          "Anda hanya dapat meminta pengembangan kompetensi untuk diri Anda sendiri");
    }
    KebutuhanPelatihan k = pemicu.mulai(nip, Waktu.hariIni().getYear(), jenis, body.kesenjangan(),
        pilihan(NilaiBerakhlak.class, body.nilaiBerakhlak(), "Nilai BerAKHLAK"),
        pilihan(JenisPelatihan.class, body.jenisDiminta(), "Jenis pelatihan"), null, auth.getName());
    return ResponseEntity.created(URI.create("/api/pengembangan-kompetensi/kebutuhan/" + k.getId()))
        .body(tampil(service.ambil(k.getId())));
  }

  @GetMapping("/pegawai/{nip}")
  @Operation(summary = "Kebutuhan pelatihan seorang ASN, terbaru lebih dulu")
  @ApiResponse(responseCode = "403", description = "Bukan pegawai itu, atasannya, atau BKPSDM")
  public List<TampilanKebutuhan> pegawai(@PathVariable String nip, Authentication auth) {
    akses.periksaLihat(auth, nip);
    return service.daftarPegawai(nip).stream().map(this::tampil).toList();
  }

  @GetMapping("/{id:\\d+}")
  @Operation(summary = "Satu kebutuhan pelatihan dengan usulan dan riwayatnya")
  @ApiResponse(responseCode = "403", description = "Bukan pegawai itu, atasannya, atau BKPSDM")
  @ApiResponse(responseCode = "404", description = "Tidak ada")
  public TampilanKebutuhan satu(@PathVariable long id, Authentication auth) {
    KebutuhanPelatihan k = service.ambil(id);
    akses.periksaLihat(auth, k.getNip());
    return tampil(k);
  }

  @GetMapping("/terlambat")
  @PreAuthorize("hasAnyRole('BKPSDM','CAMUNDA_ADMIN')")
  @Operation(summary = "Pelatihan terlambat (BKPSDM)",
      description = "Kebutuhan yang batas unggah sertifikatnya lewat dan belum terverifikasi, batas terlama lebih dulu.")
  public List<TampilanKebutuhan> terlambat() {
    return service.terlambat().stream().map(this::tampil).toList();
  }

  @GetMapping("/terlambat.xlsx")
  @PreAuthorize("hasAnyRole('BKPSDM','CAMUNDA_ADMIN')")
  @Operation(summary = "Pelatihan terlambat sebagai Excel (BKPSDM)")
  public ResponseEntity<byte[]> terlambatExcel() {
    return ResponseEntity.ok().contentType(XLSX)
        .cacheControl(CacheControl.noStore().cachePrivate())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("pelatihan-terlambat-" + Waktu.hariIni() + ".xlsx").build().toString())
        .body(excel(terlambat()));
  }

  static byte[] excel(List<TampilanKebutuhan> daftar) {
    String[] kolom = {"No", "NIP", "Nama", "Tahun", "Pemicu", "Pelatihan", "Jadwal", "Batas unggah", "Status"};
    try (XSSFWorkbook buku = new XSSFWorkbook(); ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
      Sheet s = buku.createSheet("Pelatihan terlambat");
      s.createRow(0).createCell(0).setCellValue("Pelatihan ASN yang melewati batas unggah sertifikat (per "
          + Waktu.hariIni() + ")");
      Row kepala = s.createRow(2);
      for (int i = 0; i < kolom.length; i++) {
        kepala.createCell(i).setCellValue(kolom[i]);
      }
      int r = 3;
      for (TampilanKebutuhan k : daftar) {
        Row row = s.createRow(r);
        row.createCell(0).setCellValue(r - 2);
        sel(row, 1, k.nip());
        sel(row, 2, k.nama());
        row.createCell(3).setCellValue(k.tahun());
        sel(row, 4, k.labelPemicu());
        sel(row, 5, k.namaPelatihan());
        sel(row, 6, k.tanggalMulai() + " s.d. " + k.tanggalSelesai());
        sel(row, 7, String.valueOf(k.batasLapor()));
        sel(row, 8, k.labelStatus());
        r++;
      }
      int[] lebar = {6, 21, 30, 8, 30, 40, 26, 14, 30};
      for (int i = 0; i < lebar.length; i++) {
        s.setColumnWidth(i, lebar[i] * 256);
      }
      s.createFreezePane(0, 3);
      buku.write(keluar);
      return keluar.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sel(Row row, int kolom, String nilai) {
    row.createCell(kolom).setCellValue(id.go.langsakota.kinerja.teks.TeksAman.selSpreadsheet(nilai));
  }

  TampilanKebutuhan tampil(KebutuhanPelatihan k) {
    List<TampilanUsulan> usulan = service.usulan(k.getId()).stream().map(u -> new TampilanUsulan(u.getPeringkat(),
        u.getKatalogId(), service.namaPelatihan(u.getKatalogId()), u.getSkor(), u.getAlasan())).toList();
    List<TampilanLangkah> riwayat = service.riwayat(k.getId()).stream()
        .map(l -> new TampilanLangkah(l.getJenis().name(), l.getOleh(), l.getPada(), l.getCatatan())).toList();
    return new TampilanKebutuhan(k.getId(), k.businessKey(), k.getNip(), service.namaPegawai(k.getNip()), k.getTahun(),
        k.getPemicu(), k.getPemicu().label(), k.getKesenjangan(), k.getStatus(), k.getStatus().label(),
        k.getPenetapNip() == null ? "BKPSDM" : k.getPenetapNip(), k.getKatalogId(),
        k.getKatalogId() == null ? null : service.namaPelatihan(k.getKatalogId()), k.getTanggalMulai(),
        k.getTanggalSelesai(), k.getBatasLapor(), k.getTerlambatPada() != null, k.getTerlambatPada(),
        k.getPengembanganId(), k.getJpDikreditkan(), usulan, riwayat);
  }

  static <E extends Enum<E>> E pilihan(Class<E> jenis, String nilai, String nama) {
    if (nilai == null || nilai.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(jenis, nilai.strip());
    } catch (IllegalArgumentException e) {
      throw new id.go.langsakota.kinerja.web.KesalahanValidasiException("Permintaan belum benar.",
          List.of(nama + " '" + nilai + "' tidak dikenal"));
    }
  }
}
