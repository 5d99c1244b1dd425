package id.go.langsakota.kinerja.pemantauan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * BKPSDM's monitoring of the year (the Cockpit plugin "Pemantauan Kinerja" and its Excel files),
 * see docs/pemantauan.md. Everything for BKPSDM and administrators; the city summary also for the
 * Wali Kota and the Tim Penilai Kinerja. Filters arrive as text and are checked by
 * {@link PemeriksaFilter} (400 in Indonesian).
 */
@RestController
@RequestMapping("/api/pemantauan")
@Tag(name = "Pemantauan kinerja", description = "Pemantauan BKPSDM: pengisian SKP dan periode per OPD, "
    + "nama di balik setiap angka, kurva distribusi terhadap pola, tindak lanjut, kesehatan proses, "
    + "ringkasan kota untuk Wali Kota; setiap tabel juga sebagai berkas Excel (.xlsx).")
@ApiResponses({
    @ApiResponse(responseCode = "400", description = "Filter tidak sah (tahun, periode, kodeOpd, kolom, tahap)"),
    @ApiResponse(responseCode = "401", description = "Belum masuk"),
    @ApiResponse(responseCode = "403", description = "Bukan BKPSDM atau administrator")})
class PemantauanController {

  static final String SEMUA = "hasAnyRole('BKPSDM','CAMUNDA_ADMIN')";
  static final String RINGKASAN = "hasAnyRole('BKPSDM','CAMUNDA_ADMIN','WALIKOTA','TIM_PENILAI_KINERJA')";
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final PemeriksaFilter filter;
  private final PemantauanService pengisian;
  private final OrangService orang;
  private final KurvaPemantauanService kurva;
  private final TindakLanjutService tindakLanjut;
  private final KesehatanProsesService kesehatan;
  private final RingkasanKotaService ringkasan;

  PemantauanController(PemeriksaFilter filter, PemantauanService pengisian, OrangService orang,
      KurvaPemantauanService kurva, TindakLanjutService tindakLanjut, KesehatanProsesService kesehatan,
      RingkasanKotaService ringkasan) {
    this.filter = filter;
    this.pengisian = pengisian;
    this.orang = orang;
    this.kurva = kurva;
    this.tindakLanjut = tindakLanjut;
    this.kesehatan = kesehatan;
    this.ringkasan = ringkasan;
  }

  @GetMapping(value = "/opd", produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize(SEMUA)
  @Operation(summary = "OPD aktif untuk pilihan filter, urut nama")
  List<PemantauanService.Opd> opd() {
    return pengisian.opd();
  }

  @GetMapping(value = "/pengisian", produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize(SEMUA)
  @Operation(summary = "Pengisian per OPD: SKP belum disusun / menunggu persetujuan / disepakati, periode "
      + "dilaporkan / dinilai / terlambat (dan terlambat terlama dalam hari), penilaian tahunan selesai")
  PemantauanService.Pengisian pengisian(@Parameter(description = "Tahun SKP, wajib") @RequestParam(required = false) String tahun,
      @Parameter(description = "Nomor periode dalam tahun (1–12 bulanan, 1–4 triwulanan); kosong = semua periode")
      @RequestParam(required = false) String periode,
      @Parameter(description = "Kode OPD; kosong = seluruh kota") @RequestParam(required = false) String kodeOpd) {
    return pengisian.pengisian(filter.baca(tahun, periode, kodeOpd));
  }

  @GetMapping("/pengisian.xlsx")
  @PreAuthorize(SEMUA)
  @Operation(summary = "Pengisian per OPD sebagai berkas Excel (filter sama)")
  ResponseEntity<byte[]> pengisianXlsx(@RequestParam(required = false) String tahun,
      @RequestParam(required = false) String periode, @RequestParam(required = false) String kodeOpd) {
    FilterPemantauan f = filter.baca(tahun, periode, kodeOpd);
    return berkas("pengisian", f, EksporPemantauan.pengisian(pengisian.pengisian(f), f));
  }

  @GetMapping(value = "/orang", produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize(SEMUA)
  @Operation(summary = "Nama di balik satu angka pengisian atau kurva, per halaman",
      description = "kolom = nama penghitung dari /pengisian (mis. skpBelumDisusun, periodeTerlambat) atau dari "
          + "/kurva (predikat SANGAT_BAIK … SANGAT_KURANG, atau jumlahDinilai) dengan tahap. halaman mulai 1, "
          + "ukuran 1–" + OrangService.UKURAN_MAKS + " (bawaan " + OrangService.UKURAN_BAWAAN + "); jumlah = semua baris.")
  OrangService.DaftarOrang orang(@RequestParam(required = false) String tahun,
      @RequestParam(required = false) String periode, @RequestParam(required = false) String kodeOpd,
      @RequestParam(required = false) String kolom, @RequestParam(required = false) String tahap,
      @RequestParam(required = false) String halaman, @RequestParam(required = false) String ukuran) {
    FilterPemantauan f = filter.baca(tahun, periode, kodeOpd);
    return orang.orang(f, OrangService.bacaKolom(kolom), KurvaPemantauanService.Tahap.baca(tahap),
        OrangService.bacaBilangan(halaman, "Halaman", 1, 1, 100_000),
        OrangService.bacaBilangan(ukuran, "Ukuran", OrangService.UKURAN_BAWAAN, 1, OrangService.UKURAN_MAKS));
  }

  @GetMapping("/orang.xlsx")
  @PreAuthorize(SEMUA)
  @Operation(summary = "Nama di balik satu angka sebagai berkas Excel (paling banyak "
      + OrangService.BATAS_EXCEL + " baris)")
  ResponseEntity<byte[]> orangXlsx(@RequestParam(required = false) String tahun,
      @RequestParam(required = false) String periode, @RequestParam(required = false) String kodeOpd,
      @RequestParam(required = false) String kolom, @RequestParam(required = false) String tahap) {
    FilterPemantauan f = filter.baca(tahun, periode, kodeOpd);
    OrangService.DaftarOrang d = orang.orang(f, OrangService.bacaKolom(kolom), KurvaPemantauanService.Tahap.baca(tahap),
        1, OrangService.BATAS_EXCEL);
    return berkas("orang", f, EksporPemantauan.orang(d, f));
  }

  @GetMapping(value = "/kurva", produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize(SEMUA)
  @Operation(summary = "Kurva distribusi per OPD dan kota pada satu tahap, dengan pola predikat organisasi",
      description = "tahap = SEBELUM_KALIBRASI, SETELAH_KALIBRASI atau SETELAH_KEBERATAN (bawaan, final). "
          + "Kepala OPD tidak dihitung; persen satu desimal; melanggarPola hanya bila pola diberlakukan.")
  KurvaPemantauanService.Kurva kurva(@RequestParam(required = false) String tahun,
      @RequestParam(required = false) String kodeOpd, @RequestParam(required = false) String tahap) {
    return kurva.kurva(filter.baca(tahun, null, kodeOpd), KurvaPemantauanService.Tahap.baca(tahap));
  }

  @GetMapping("/kurva.xlsx")
  @PreAuthorize(SEMUA)
  @Operation(summary = "Kurva distribusi sebagai berkas Excel")
  ResponseEntity<byte[]> kurvaXlsx(@RequestParam(required = false) String tahun,
      @RequestParam(required = false) String kodeOpd, @RequestParam(required = false) String tahap) {
    FilterPemantauan f = filter.baca(tahun, null, kodeOpd);
    return berkas("kurva", f, EksporPemantauan.kurva(kurva.kurva(f, KurvaPemantauanService.Tahap.baca(tahap)), f));
  }

  @GetMapping(value = "/tindak-lanjut", produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize(SEMUA)
  @Operation(summary = "Tindak lanjut: keberatan terbuka, pelatihan dan JP per OPD, seleksi penghargaan, pembinaan berjalan")
  TindakLanjutService.TindakLanjut tindakLanjut(@RequestParam(required = false) String tahun,
      @RequestParam(required = false) String kodeOpd) {
    return tindakLanjut.tindakLanjut(filter.baca(tahun, null, kodeOpd));
  }

  @GetMapping("/tindak-lanjut.xlsx")
  @PreAuthorize(SEMUA)
  @Operation(summary = "Tindak lanjut sebagai berkas Excel (empat lembar)")
  ResponseEntity<byte[]> tindakLanjutXlsx(@RequestParam(required = false) String tahun,
      @RequestParam(required = false) String kodeOpd) {
    FilterPemantauan f = filter.baca(tahun, null, kodeOpd);
    return berkas("tindak-lanjut", f, EksporPemantauan.tindakLanjut(tindakLanjut.tindakLanjut(f), f));
  }

  @GetMapping(value = "/kesehatan-proses", produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize(SEMUA)
  @Operation(summary = "Kesehatan proses: instans aktif, insiden dan job gagal per proses, dalam kata-kata, "
      + "dengan tautan ke Cockpit")
  KesehatanProsesService.Kesehatan kesehatan() {
    return kesehatan.kesehatan();
  }

  @GetMapping("/kesehatan-proses.xlsx")
  @PreAuthorize(SEMUA)
  @Operation(summary = "Kesehatan proses sebagai berkas Excel")
  ResponseEntity<byte[]> kesehatanXlsx() {
    return berkas("pemantauan-kesehatan-proses.xlsx", EksporPemantauan.kesehatan(kesehatan.kesehatan()));
  }

  @GetMapping(value = "/ringkasan-kota", produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize(RINGKASAN)
  @Operation(summary = "Ringkasan kota untuk Wali Kota dan Tim Penilai Kinerja (juga BKPSDM, administrator): "
      + "kurva final kota, persen per OPD, tindak lanjut sebagai angka; tanpa NIP dan tanpa tautan instans")
  @ApiResponse(responseCode = "403", description = "Bukan BKPSDM, administrator, Wali Kota atau Tim Penilai Kinerja")
  RingkasanKotaService.Ringkasan ringkasanKota(@RequestParam(required = false) String tahun) {
    return ringkasan.ringkasan(filter.bacaTahun(tahun));
  }

  @GetMapping("/ringkasan-kota.xlsx")
  @PreAuthorize(RINGKASAN)
  @Operation(summary = "Ringkasan kota sebagai berkas Excel")
  @ApiResponse(responseCode = "403", description = "Bukan BKPSDM, administrator, Wali Kota atau Tim Penilai Kinerja")
  ResponseEntity<byte[]> ringkasanKotaXlsx(@RequestParam(required = false) String tahun) {
    FilterPemantauan f = filter.bacaTahun(tahun);
    return berkas("ringkasan-kota", f, EksporPemantauan.ringkasan(ringkasan.ringkasan(f), f));
  }

  /** pemantauan-&lt;view&gt;-&lt;tahun&gt;[-&lt;kodeOpd&gt;].xlsx */
  static ResponseEntity<byte[]> berkas(String tampilan, FilterPemantauan f, byte[] isi) {
    return berkas("pemantauan-" + tampilan + "-" + f.tahun() + f.akhiranBerkas() + ".xlsx", isi);
  }

  static ResponseEntity<byte[]> berkas(String nama, byte[] isi) {
    return ResponseEntity.ok().contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(nama).build().toString())
        .body(isi);
  }
}
