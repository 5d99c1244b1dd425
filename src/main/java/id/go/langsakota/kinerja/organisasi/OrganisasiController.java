package id.go.langsakota.kinerja.organisasi;

import id.go.langsakota.kinerja.config.Waktu;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation register over HTTP. Reading a pegawai is allowed to the pegawai themself,
 * their pejabat penilai and atasan pejabat penilai (on the date asked, or today), BKPSDM and
 * administrators; changes only to BKPSDM. Access is checked here from the Authentication, so it
 * holds whatever the web security configuration is.
 */
@RestController
@RequestMapping("/api/organisasi")
@Tag(name = "Register organisasi",
    description = "OPD, pegawai, jabatan, pejabat penilai kinerja dan atasannya menurut register BKPSDM")
public class OrganisasiController {

  static final String ROLE_BKPSDM = "ROLE_BKPSDM";
  static final String ROLE_ADMIN = "ROLE_CAMUNDA_ADMIN";

  private final RegisterOrganisasiService register;
  private final PengelolaanRegisterService pengelolaan;
  private final PemeriksaAdmin admin;

  public OrganisasiController(RegisterOrganisasiService register,
      PengelolaanRegisterService pengelolaan, PemeriksaAdmin admin) {
    this.register = register;
    this.pengelolaan = pengelolaan;
    this.admin = admin;
  }

  // ---------------------------------------------------------------------------- read

  @GetMapping("/opd")
  @Operation(summary = "Daftar OPD",
      description = "Semua Organisasi Perangkat Daerah Pemerintah Kota Langsa, urut menurut kode.")
  public List<OpdInfo> daftarOpd(Authentication auth) {
    wajibMasuk(auth);
    return register.daftarOpd();
  }

  @GetMapping("/pegawai/{nip}")
  @Operation(summary = "Data pegawai",
      description = "Data pribadi, jabatan definitif dan Plt yang berlaku pada tanggal (bawaan: hari ini) "
          + "serta seluruh riwayat jabatan. Hanya untuk pegawai itu sendiri, pejabat penilai dan atasan "
          + "pejabat penilainya, BKPSDM, atau administrator.")
  @ApiResponses({
      @ApiResponse(responseCode = "200", description = "Data pegawai"),
      @ApiResponse(responseCode = "400", description = "NIP tidak sah"),
      @ApiResponse(responseCode = "403", description = "Tidak berhak melihat data pegawai ini"),
      @ApiResponse(responseCode = "404", description = "NIP tidak terdaftar")})
  public ProfilPegawai pegawai(@PathVariable @Parameter(description = "NIP 18 digit") String nip,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      @Parameter(description = "Tanggal acuan (yyyy-MM-dd), bawaan hari ini") LocalDate tanggal,
      Authentication auth) {
    LocalDate t = tanggalAtauHariIni(tanggal);
    periksaAkses(auth, nip, t);
    return register.profilPegawai(nip, t).orElseThrow(() -> tidakTerdaftar(nip));
  }

  @GetMapping("/pegawai/{nip}/pejabat-penilai")
  @Operation(summary = "Pejabat penilai kinerja",
      description = "Atasan langsung yang menilai kinerja pegawai pada tanggal itu: pemangku jabatan "
          + "manajerial di atasnya; bila lowong, Plt-nya; bila tanpa Plt, jabatan terisi berikutnya ke "
          + "atas; di puncak, PPK (Wali Kota).")
  @ApiResponses({
      @ApiResponse(responseCode = "200", description = "Pejabat penilai kinerja"),
      @ApiResponse(responseCode = "400", description = "NIP atau tanggal tidak sah"),
      @ApiResponse(responseCode = "403", description = "Tidak berhak"),
      @ApiResponse(responseCode = "404", description = "NIP tidak terdaftar atau tanpa jabatan definitif")})
  public Pejabat pejabatPenilai(@PathVariable @Parameter(description = "NIP 18 digit") String nip,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      @Parameter(description = "Tanggal acuan (yyyy-MM-dd), bawaan hari ini") LocalDate tanggal,
      Authentication auth) {
    LocalDate t = tanggalAtauHariIni(tanggal);
    periksaAkses(auth, nip, t);
    return register.pejabatPenilai(nip, t).orElseThrow(() -> tanpaJabatan(nip, t));
  }

  @GetMapping("/pegawai/{nip}/atasan-pejabat-penilai")
  @Operation(summary = "Atasan pejabat penilai kinerja",
      description = "Atasan dari pejabat penilai kinerja pada tanggal itu (yang memutus keberatan). "
          + "Bila pejabat penilai sudah PPK, yang dikembalikan adalah PPK, sama seperti penugasan tugas.")
  @ApiResponses({
      @ApiResponse(responseCode = "200", description = "Atasan pejabat penilai kinerja"),
      @ApiResponse(responseCode = "400", description = "NIP atau tanggal tidak sah"),
      @ApiResponse(responseCode = "403", description = "Tidak berhak"),
      @ApiResponse(responseCode = "404", description = "NIP tidak terdaftar atau tanpa jabatan definitif")})
  public Pejabat atasanPejabatPenilai(
      @PathVariable @Parameter(description = "NIP 18 digit") String nip,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      @Parameter(description = "Tanggal acuan (yyyy-MM-dd), bawaan hari ini") LocalDate tanggal,
      Authentication auth) {
    LocalDate t = tanggalAtauHariIni(tanggal);
    periksaAkses(auth, nip, t);
    if (register.pejabatPenilai(nip, t).isEmpty()) {
      throw tanpaJabatan(nip, t);
    }
    return register.atasanPejabatPenilai(nip, t).orElseGet(register::ppk);
  }

  @GetMapping("/pegawai/{nip}/bawahan")
  @Operation(summary = "Bawahan yang dinilai",
      description = "Pegawai yang pejabat penilai kinerjanya adalah pegawai ini pada tanggal itu, termasuk "
          + "yang dinaikkan kepadanya karena jabatan di antaranya lowong tanpa Plt.")
  @ApiResponses({
      @ApiResponse(responseCode = "200", description = "Daftar bawahan (boleh kosong)"),
      @ApiResponse(responseCode = "400", description = "NIP atau tanggal tidak sah"),
      @ApiResponse(responseCode = "403", description = "Tidak berhak"),
      @ApiResponse(responseCode = "404", description = "NIP tidak terdaftar")})
  public List<Pejabat> bawahan(@PathVariable @Parameter(description = "NIP 18 digit") String nip,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      @Parameter(description = "Tanggal acuan (yyyy-MM-dd), bawaan hari ini") LocalDate tanggal,
      Authentication auth) {
    LocalDate t = tanggalAtauHariIni(tanggal);
    periksaAkses(auth, nip, t);
    return register.bawahan(nip, t);
  }

  @GetMapping("/pegawai/{nip}/kepala-opd")
  @Operation(summary = "Kepala OPD",
      description = "Pemangku (atau Plt) jabatan kepala OPD tempat pegawai bertugas pada tanggal itu; "
          + "bila lowong tanpa Plt, jabatan terisi berikutnya ke atas.")
  @ApiResponses({
      @ApiResponse(responseCode = "200", description = "Kepala OPD"),
      @ApiResponse(responseCode = "400", description = "NIP atau tanggal tidak sah"),
      @ApiResponse(responseCode = "403", description = "Tidak berhak"),
      @ApiResponse(responseCode = "404", description = "NIP tidak terdaftar atau tanpa jabatan definitif")})
  public Pejabat kepalaOpd(@PathVariable @Parameter(description = "NIP 18 digit") String nip,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      @Parameter(description = "Tanggal acuan (yyyy-MM-dd), bawaan hari ini") LocalDate tanggal,
      Authentication auth) {
    LocalDate t = tanggalAtauHariIni(tanggal);
    periksaAkses(auth, nip, t);
    return register.kepalaOpd(nip, t).orElseThrow(() -> tanpaJabatan(nip, t));
  }

  // ---------------------------------------------------------------------------- BKPSDM

  @PostMapping("/pegawai")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Tambah pegawai (BKPSDM)",
      description = "Mendaftarkan ASN baru (PNS atau PPPK) tanpa jabatan. NIP diperiksa (18 digit, tanggal "
          + "lahir, TMT, jenis kelamin, nomor urut) dan tidak boleh sudah terdaftar.")
  @ApiResponses({
      @ApiResponse(responseCode = "201", description = "Pegawai terdaftar"),
      @ApiResponse(responseCode = "400", description = "Data tidak sah"),
      @ApiResponse(responseCode = "403", description = "Bukan BKPSDM"),
      @ApiResponse(responseCode = "409", description = "NIP sudah terdaftar")})
  public ProfilPegawai tambahPegawai(@Valid @RequestBody PegawaiRequest body, Authentication auth) {
    wajibBkpsdm(auth);
    Pegawai p = pengelolaan.tambahPegawai(body.data());
    return profil(p.getNip());
  }

  @PutMapping("/pegawai/{nip}")
  @Operation(summary = "Ubah data pegawai (BKPSDM)",
      description = "Mengubah nama, gelar, jenis ASN, pangkat/golongan dan email. NIP tidak dapat diubah.")
  public ProfilPegawai ubahPegawai(@PathVariable String nip, @Valid @RequestBody PegawaiRequest body,
      Authentication auth) {
    wajibBkpsdm(auth);
    nipSah(nip);
    pengelolaan.ubahDataPegawai(nip, body.data());
    return profil(nip);
  }

  @PostMapping("/pegawai/{nip}/jabatan")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Angkat dalam jabatan definitif (BKPSDM)",
      description = "Pengangkatan/mutasi mulai TMT. Jabatan definitif sebelumnya berakhir sehari sebelum TMT "
          + "(riwayat tetap tersimpan); Plt pada jabatan itu juga berakhir. Ditolak bila jabatan sudah "
          + "dipangku pegawai lain.")
  @ApiResponses({
      @ApiResponse(responseCode = "201", description = "Diangkat; data pegawai terbaru"),
      @ApiResponse(responseCode = "400", description = "Data tidak sah"),
      @ApiResponse(responseCode = "403", description = "Bukan BKPSDM"),
      @ApiResponse(responseCode = "404", description = "NIP tidak terdaftar"),
      @ApiResponse(responseCode = "409", description = "Jabatan sudah dipangku, atau pegawai tidak aktif")})
  public ProfilPegawai angkat(@PathVariable String nip, @Valid @RequestBody PengangkatanRequest body,
      Authentication auth) {
    wajibBkpsdm(auth);
    nipSah(nip);
    pengelolaan.angkatDalamJabatan(nip, body.kodeJabatan(), body.tmt());
    return profil(nip);
  }

  @PostMapping("/pegawai/{nip}/plt")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Tunjuk Plt (BKPSDM)",
      description = "Menunjuk pegawai yang memangku jabatan definitif sebagai pelaksana tugas pada jabatan "
          + "manajerial yang lowong, dari TMT mulai sampai TMT selesai (kosong: sampai diakhiri).")
  @ApiResponses({
      @ApiResponse(responseCode = "201", description = "Ditunjuk; data pegawai terbaru"),
      @ApiResponse(responseCode = "400", description = "Data tidak sah"),
      @ApiResponse(responseCode = "403", description = "Bukan BKPSDM"),
      @ApiResponse(responseCode = "404", description = "NIP tidak terdaftar"),
      @ApiResponse(responseCode = "409", description = "Jabatan tidak lowong / sudah ada Plt / pegawai tanpa "
          + "jabatan definitif")})
  public ProfilPegawai tunjukPlt(@PathVariable String nip, @Valid @RequestBody PltRequest body,
      Authentication auth) {
    wajibBkpsdm(auth);
    nipSah(nip);
    pengelolaan.tunjukPlt(nip, body.kodeJabatan(), body.tmtMulai(), body.tmtSelesai());
    return profil(nip);
  }

  @PostMapping("/pegawai/{nip}/plt/akhiri")
  @Operation(summary = "Akhiri Plt (BKPSDM)",
      description = "Mengakhiri penugasan Plt pegawai pada jabatan; tanggal selesai adalah hari terakhirnya.")
  public ProfilPegawai akhiriPlt(@PathVariable String nip, @Valid @RequestBody AkhiriPltRequest body,
      Authentication auth) {
    wajibBkpsdm(auth);
    nipSah(nip);
    pengelolaan.akhiriPlt(nip, body.kodeJabatan(), body.tanggalSelesai());
    return profil(nip);
  }

  @PostMapping("/pegawai/{nip}/berhenti")
  @Operation(summary = "Berhentikan pegawai (BKPSDM)",
      description = "Mencatat pensiun, pindah keluar, berhenti atau meninggal mulai tanggal (TMT). Semua "
          + "penugasan yang masih berjalan berakhir sehari sebelumnya; pegawai tidak dapat masuk lagi.")
  @ApiResponses({
      @ApiResponse(responseCode = "200", description = "Diberhentikan; data pegawai terbaru"),
      @ApiResponse(responseCode = "400", description = "Data tidak sah"),
      @ApiResponse(responseCode = "403", description = "Bukan BKPSDM"),
      @ApiResponse(responseCode = "404", description = "NIP tidak terdaftar"),
      @ApiResponse(responseCode = "409", description = "Pegawai sudah tidak aktif")})
  public ProfilPegawai berhentikan(@PathVariable String nip, @Valid @RequestBody BerhentiRequest body,
      Authentication auth) {
    wajibBkpsdm(auth);
    nipSah(nip);
    pengelolaan.berhentikan(nip, body.tanggal(), body.alasan());
    return profil(nip);
  }

  @PostMapping("/peran")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Beri peran (BKPSDM, administrator)",
      description = "Memberi peran BKPSDM, TIM_PENILAI_KINERJA atau WALIKOTA (BKPSDM atau administrator), "
          + "atau ADMIN (hanya administrator) kepada pengguna (NIP atau nama login pejabat negara). "
          + "Peran pengguna yang memegang ADMIN hanya dapat diubah administrator.")
  @ApiResponses({
      @ApiResponse(responseCode = "201", description = "Peran diberikan"),
      @ApiResponse(responseCode = "400", description = "Data tidak sah"),
      @ApiResponse(responseCode = "403", description = "Peran ini hanya dapat diberikan administrator"),
      @ApiResponse(responseCode = "409", description = "Pengguna sudah memiliki peran itu")})
  public void beriPeran(@Valid @RequestBody PeranRequest body, Authentication auth) {
    wajibBerwenangAtasPeran(auth, body.idPengguna(), body.peran());
    pengelolaan.beriPeran(body.idPengguna(), body.nama(), body.peran());
  }

  @DeleteMapping("/peran/{idPengguna}/{peran}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Cabut peran (BKPSDM, administrator)",
      description = "Administrator mencabut peran apa pun; BKPSDM hanya BKPSDM, TIM_PENILAI_KINERJA dan "
          + "WALIKOTA dari pengguna yang tidak memegang ADMIN.")
  public void cabutPeran(@PathVariable String idPengguna, @PathVariable Peran peran,
      Authentication auth) {
    wajibBerwenangAtasPeran(auth, idPengguna, peran);
    pengelolaan.cabutPeran(idPengguna, peran);
  }

  @PostMapping("/opd")
  @Operation(summary = "Simpan OPD (BKPSDM)", description = "Membuat OPD baru atau mengubah OPD dengan kode itu.")
  public OpdInfo simpanOpd(@Valid @RequestBody OpdRequest body, Authentication auth) {
    wajibBkpsdm(auth);
    Opd o = pengelolaan.simpanOpd(body.kode(), body.nama(), body.singkatan());
    return new OpdInfo(o.getId(), o.getKode(), o.getNama(), o.getSingkatan(), o.isAktif());
  }

  @PostMapping("/unit-kerja")
  @Operation(summary = "Simpan unit kerja (BKPSDM)",
      description = "Membuat atau mengubah unit kerja (sekretariat, bidang, seksi, UPTD); induk harus di OPD "
          + "yang sama dan tidak boleh melingkar.")
  public void simpanUnitKerja(@Valid @RequestBody UnitKerjaRequest body, Authentication auth) {
    wajibBkpsdm(auth);
    pengelolaan.simpanUnitKerja(body.kode(), body.nama(), body.kodeOpd(), body.kodeInduk());
  }

  @PostMapping("/jabatan")
  @Operation(summary = "Simpan jabatan (BKPSDM)",
      description = "Membuat atau mengubah jabatan: kelas 1-17, atasan harus jabatan manajerial (JPT, "
          + "administrator, pengawas) dan rantai atasan tidak boleh melingkar.")
  public void simpanJabatan(@Valid @RequestBody JabatanRequest body, Authentication auth) {
    wajibBkpsdm(auth);
    pengelolaan.simpanJabatan(new DataJabatan(body.kode(), body.nama(), body.jenis(), body.jenjang(),
        body.kelasJabatan(), body.kodeUnitKerja(), body.kodeAtasan(), Boolean.TRUE.equals(body.kepalaOpd())));
  }

  // ---------------------------------------------------------------------------- access

  private void periksaAkses(Authentication auth, String nip, LocalDate tanggal) {
    wajibMasuk(auth);
    nipSah(nip);
    boolean istimewa = punyaPeran(auth, ROLE_BKPSDM, ROLE_ADMIN);
    if (istimewa || nip.equals(auth.getName())) {
      if (!register.pegawaiAda(nip)) {
        throw tidakTerdaftar(nip);
      }
      return;
    }
    LocalDate hariIni = LocalDate.now(Waktu.WIB);
    if (register.penilaiAtauAtasan(auth.getName(), nip, tanggal)
        || !tanggal.equals(hariIni) && register.penilaiAtauAtasan(auth.getName(), nip, hariIni)) {
      return;
    }
    throw new AccessDeniedException("Anda tidak berhak melihat data pegawai dengan NIP " + nip
        + ": hanya pegawai itu sendiri, pejabat penilai dan atasannya, atau BKPSDM");
  }

  /**
   * No escalation: an administrator manages every role; BKPSDM only the register roles it owns
   * (BKPSDM, TIM_PENILAI_KINERJA, WALIKOTA) and never those of an administrator (a peran_pengguna
   * ADMIN row or a member of the Camunda group, e.g. the configured admin).
   */
  private void wajibBerwenangAtasPeran(Authentication auth, String idPengguna, Peran peran) {
    wajibMasuk(auth);
    if (punyaPeran(auth, ROLE_ADMIN)) {
      return;
    }
    if (!punyaPeran(auth, ROLE_BKPSDM)) {
      throw new AccessDeniedException("Hanya BKPSDM atau administrator yang dapat mengatur peran");
    }
    if (peran == Peran.ADMIN) {
      throw new AccessDeniedException("Peran ADMIN hanya dapat diberikan atau dicabut administrator");
    }
    if (idPengguna != null && admin.adalahAdmin(idPengguna)) {
      throw new AccessDeniedException("Peran seorang administrator hanya dapat diubah administrator");
    }
  }

  private static void wajibBkpsdm(Authentication auth) {
    wajibMasuk(auth);
    if (!punyaPeran(auth, ROLE_BKPSDM)) {
      throw new AccessDeniedException("Hanya BKPSDM yang dapat mengubah register organisasi");
    }
  }

  private static void wajibMasuk(Authentication auth) {
    if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
      throw new AccessDeniedException("Silakan masuk terlebih dahulu");
    }
  }

  private static boolean punyaPeran(Authentication auth, String... peran) {
    Set<String> dicari = Set.of(peran);
    return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(dicari::contains);
  }

  private static void nipSah(String nip) {
    List<String> salah = Nip.periksa(nip);
    if (!salah.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", salah));
    }
  }

  private ProfilPegawai profil(String nip) {
    return register.profilPegawai(nip, tanggalAtauHariIni(null)).orElseThrow(() -> tidakTerdaftar(nip));
  }

  private static LocalDate tanggalAtauHariIni(LocalDate tanggal) {
    return tanggal != null ? tanggal : LocalDate.now(Waktu.WIB);
  }

  private static NoSuchElementException tidakTerdaftar(String nip) {
    return new NoSuchElementException("Pegawai dengan NIP " + nip + " tidak terdaftar");
  }

  private static NoSuchElementException tanpaJabatan(String nip, LocalDate tanggal) {
    return new NoSuchElementException("Pegawai dengan NIP " + nip
        + " tidak memangku jabatan definitif pada " + tanggal);
  }

  // ---------------------------------------------------------------------------- request bodies

  @Schema(description = "Data pegawai")
  public record PegawaiRequest(
      @NotBlank(message = "NIP wajib diisi") String nip,
      @NotBlank(message = "Nama wajib diisi") @Size(max = 150, message = "Nama paling panjang 150 karakter")
      String nama,
      @Size(max = 50, message = "Gelar depan paling panjang 50 karakter") String gelarDepan,
      @Size(max = 80, message = "Gelar belakang paling panjang 80 karakter") String gelarBelakang,
      @NotNull(message = "Jenis ASN wajib diisi (PNS atau PPPK)") JenisAsn jenisAsn,
      @Size(max = 60, message = "Pangkat/golongan paling panjang 60 karakter") String pangkatGolongan,
      @Email(message = "Alamat email tidak sah") @Size(max = 150, message = "Email paling panjang 150 karakter")
      String email) {
    DataPegawai data() {
      return new DataPegawai(nip, nama, gelarDepan, gelarBelakang, jenisAsn, pangkatGolongan, email);
    }
  }

  @Schema(description = "Pengangkatan dalam jabatan definitif")
  public record PengangkatanRequest(
      @NotBlank(message = "Kode jabatan wajib diisi") String kodeJabatan,
      @NotNull(message = "TMT jabatan wajib diisi") LocalDate tmt) {}

  @Schema(description = "Penunjukan Plt")
  public record PltRequest(
      @NotBlank(message = "Kode jabatan wajib diisi") String kodeJabatan,
      @NotNull(message = "TMT mulai Plt wajib diisi") LocalDate tmtMulai,
      LocalDate tmtSelesai) {}

  @Schema(description = "Pengakhiran Plt")
  public record AkhiriPltRequest(
      @NotBlank(message = "Kode jabatan wajib diisi") String kodeJabatan,
      @NotNull(message = "Tanggal selesai Plt wajib diisi") LocalDate tanggalSelesai) {}

  @Schema(description = "Pemberhentian pegawai")
  public record BerhentiRequest(
      @NotNull(message = "Tanggal berhenti (TMT) wajib diisi") LocalDate tanggal,
      @NotNull(message = "Alasan berhenti wajib diisi: PENSIUN, PINDAH_KELUAR, BERHENTI atau MENINGGAL")
      StatusPegawai alasan) {}

  @Schema(description = "Pemberian peran")
  public record PeranRequest(
      @NotBlank(message = "ID pengguna wajib diisi") String idPengguna,
      String nama,
      @NotNull(message = "Peran wajib diisi") Peran peran) {}

  @Schema(description = "OPD")
  public record OpdRequest(
      @NotBlank(message = "Kode OPD wajib diisi") @Size(max = 20, message = "Kode OPD paling panjang 20 karakter")
      String kode,
      @NotBlank(message = "Nama OPD wajib diisi") String nama,
      String singkatan) {}

  @Schema(description = "Unit kerja")
  public record UnitKerjaRequest(
      @NotBlank(message = "Kode unit kerja wajib diisi") String kode,
      @NotBlank(message = "Nama unit kerja wajib diisi") String nama,
      @NotBlank(message = "Kode OPD wajib diisi") String kodeOpd,
      String kodeInduk) {}

  @Schema(description = "Jabatan")
  public record JabatanRequest(
      @NotBlank(message = "Kode jabatan wajib diisi") String kode,
      @NotBlank(message = "Nama jabatan wajib diisi") String nama,
      @NotNull(message = "Jenis jabatan wajib diisi") JenisJabatan jenis,
      String jenjang,
      @NotNull(message = "Kelas jabatan wajib diisi") @Min(value = 1, message = "Kelas jabatan paling kecil 1")
      @Max(value = 17, message = "Kelas jabatan paling besar 17") Integer kelasJabatan,
      @NotBlank(message = "Kode unit kerja wajib diisi") String kodeUnitKerja,
      String kodeAtasan,
      Boolean kepalaOpd) {}
}
