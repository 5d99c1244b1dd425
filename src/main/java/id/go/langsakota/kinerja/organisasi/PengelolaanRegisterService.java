package id.go.langsakota.kinerja.organisasi;

import id.go.langsakota.kinerja.config.Waktu;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the organisation register (BKPSDM's work): pegawai, assignments (definitif and Plt),
 * retirement, roles, OPD, unit kerja and jabatan. Every method checks everything before it
 * writes and throws with a message in Bahasa Indonesia:
 * {@link IllegalArgumentException} for bad input (400), {@link IllegalStateException} when the
 * register's state forbids it (409), {@link NoSuchElementException} for an unknown NIP (404).
 * Changes that touch people publish a {@link PegawaiBerubahEvent} (inside the transaction; the
 * identity sync applies it after commit).
 */
@Service
@Transactional
public class PengelolaanRegisterService {

  /** Upper bound for open-ended overlap queries (fits DATE on H2 and MySQL). */
  static final LocalDate TANPA_BATAS = LocalDate.of(9999, 12, 31);

  private static final Pattern ID_PENGGUNA = Pattern.compile("^[a-z][a-z0-9._-]{2,63}$");
  private static final Pattern KODE = Pattern.compile("^[A-Za-z0-9._/-]+$");

  private final PegawaiRepository pegawaiRepository;
  private final JabatanRepository jabatanRepository;
  private final PenugasanJabatanRepository penugasanRepository;
  private final OpdRepository opdRepository;
  private final UnitKerjaRepository unitKerjaRepository;
  private final PeranPenggunaRepository peranRepository;
  private final ApplicationEventPublisher events;

  public PengelolaanRegisterService(PegawaiRepository pegawaiRepository,
      JabatanRepository jabatanRepository, PenugasanJabatanRepository penugasanRepository,
      OpdRepository opdRepository, UnitKerjaRepository unitKerjaRepository,
      PeranPenggunaRepository peranRepository, ApplicationEventPublisher events) {
    this.pegawaiRepository = pegawaiRepository;
    this.jabatanRepository = jabatanRepository;
    this.penugasanRepository = penugasanRepository;
    this.opdRepository = opdRepository;
    this.unitKerjaRepository = unitKerjaRepository;
    this.peranRepository = peranRepository;
    this.events = events;
  }

  // ---------------------------------------------------------------------------- pegawai

  /** Adds a pegawai (status AKTIF, no jabatan yet). Refuses an invalid or already used NIP. */
  public Pegawai tambahPegawai(DataPegawai data) {
    if (data == null) {
      throw new IllegalArgumentException("Data pegawai wajib diisi");
    }
    List<String> salah = new ArrayList<>(Nip.periksa(data.nip()));
    salah.addAll(periksaDataPribadi(data));
    tolakJikaAda(salah);
    if (pegawaiRepository.findByNip(data.nip()).isPresent()) {
      throw new IllegalStateException("NIP " + data.nip() + " sudah terdaftar");
    }
    Pegawai p = new Pegawai(data.nip(), data.nama().trim(), data.jenisAsn());
    salinDataPribadi(data, p);
    pegawaiRepository.save(p);
    terbitkan(Set.of(p.getNip()));
    return p;
  }

  /** Changes the personal data of a pegawai; the NIP itself cannot change. */
  public Pegawai ubahDataPegawai(String nip, DataPegawai data) {
    Pegawai p = pegawai(nip);
    if (data == null) {
      throw new IllegalArgumentException("Data pegawai wajib diisi");
    }
    List<String> salah = new ArrayList<>();
    if (data.nip() != null && !data.nip().equals(nip)) {
      salah.add("NIP tidak dapat diubah (" + nip + " → " + data.nip() + ")");
    }
    salah.addAll(periksaDataPribadi(data));
    tolakJikaAda(salah);
    p.setNama(data.nama().trim());
    p.setJenisAsn(data.jenisAsn());
    salinDataPribadi(data, p);
    terbitkan(Set.of(nip));
    return p;
  }

  /**
   * Appoints a pegawai definitively to a jabatan from {@code tmt}. The pegawai's previous
   * definitive assignment ends the day before (a move keeps the history); a Plt acting in that
   * jabatan ends the day before too. Refused when the jabatan has another definitive holder on
   * or after {@code tmt}.
   */
  public PenugasanJabatan angkatDalamJabatan(String nip, String kodeJabatan, LocalDate tmt) {
    Pegawai pegawai = pegawaiAktif(nip);
    Jabatan jabatan = jabatanAktif(kodeJabatan);
    wajibTanggal(tmt, "TMT jabatan");
    LocalDate sehariSebelum = tmt.minusDays(1);

    List<PenugasanJabatan> milikPegawai = penugasanRepository.findTerbukaSejak(pegawai, sehariSebelum);
    List<PenugasanJabatan> definitifLama = new ArrayList<>();
    for (PenugasanJabatan p : milikPegawai) {
      if (p.getJenis() != JenisPenugasan.DEFINITIF) {
        continue;
      }
      if (p.getJabatan().getId().equals(jabatan.getId()) && p.berlakuPada(tmt)) {
        throw new IllegalStateException(pegawai.getNamaLengkap() + " sudah memangku jabatan "
            + jabatan.getNama() + " sejak " + p.getTmtMulai());
      }
      if (!p.getTmtMulai().isBefore(tmt)) {
        throw new IllegalStateException("Pegawai " + nip + " sudah memiliki penugasan definitif mulai "
            + p.getTmtMulai() + " (" + p.getJabatan().getNama()
            + "); TMT pengangkatan baru harus sesudahnya");
      }
      if (p.getTmtSelesai() == null || p.getTmtSelesai().isAfter(sehariSebelum)) {
        definitifLama.add(p);
      }
    }
    for (PenugasanJabatan p : penugasanRepository.findBertumpang(jabatan, JenisPenugasan.DEFINITIF,
        tmt, TANPA_BATAS)) {
      throw new IllegalStateException("Jabatan " + jabatan.getNama() + " sudah dipangku secara definitif oleh "
          + p.getPegawai().getNamaLengkap() + " (NIP " + p.getPegawai().getNip() + ") sejak "
          + p.getTmtMulai() + "; berhentikan atau pindahkan pemangkunya lebih dulu");
    }
    List<PenugasanJabatan> pltBerakhir = penugasanRepository.findBertumpang(jabatan,
        JenisPenugasan.PLT, tmt, TANPA_BATAS);
    for (PenugasanJabatan p : pltBerakhir) {
      if (!p.getTmtMulai().isBefore(tmt)) {
        throw new IllegalStateException("Plt " + p.getPegawai().getNamaLengkap() + " pada jabatan "
            + jabatan.getNama() + " baru mulai " + p.getTmtMulai()
            + "; ubah atau batalkan penunjukan Plt itu lebih dulu");
      }
    }

    Set<String> terdampak = new LinkedHashSet<>();
    terdampak.add(nip);
    for (PenugasanJabatan p : definitifLama) {
      p.setTmtSelesai(sehariSebelum);
    }
    for (PenugasanJabatan p : pltBerakhir) {
      p.setTmtSelesai(sehariSebelum);
      terdampak.add(p.getPegawai().getNip());
    }
    PenugasanJabatan baru = penugasanRepository.save(
        new PenugasanJabatan(pegawai, jabatan, JenisPenugasan.DEFINITIF, tmt));
    terbitkan(terdampak);
    return baru;
  }

  /**
   * Appoints a pegawai as Plt (pelaksana tugas) of a managerial jabatan that has no definitive
   * holder during [tmtMulai, tmtSelesai] ({@code tmtSelesai} null = until ended). The pegawai
   * must hold a definitive jabatan of their own on {@code tmtMulai}.
   */
  public PenugasanJabatan tunjukPlt(String nip, String kodeJabatan, LocalDate tmtMulai,
      LocalDate tmtSelesai) {
    Pegawai pegawai = pegawaiAktif(nip);
    Jabatan jabatan = jabatanAktif(kodeJabatan);
    wajibTanggal(tmtMulai, "TMT mulai Plt");
    if (tmtSelesai != null && tmtSelesai.isBefore(tmtMulai)) {
      throw new IllegalArgumentException("TMT selesai Plt (" + tmtSelesai
          + ") tidak boleh sebelum TMT mulai (" + tmtMulai + ")");
    }
    if (!jabatan.getJenis().manajerial()) {
      throw new IllegalArgumentException("Plt hanya dapat ditunjuk untuk jabatan manajerial "
          + "(JPT, administrator, pengawas); " + jabatan.getNama() + " adalah " + jabatan.getJenis());
    }
    LocalDate sampai = tmtSelesai == null ? TANPA_BATAS : tmtSelesai;
    List<PenugasanJabatan> definitif = penugasanRepository.findBertumpang(jabatan,
        JenisPenugasan.DEFINITIF, tmtMulai, sampai);
    if (!definitif.isEmpty()) {
      PenugasanJabatan d = definitif.get(0);
      throw new IllegalStateException("Jabatan " + jabatan.getNama() + " dipangku secara definitif oleh "
          + d.getPegawai().getNamaLengkap() + " sejak " + d.getTmtMulai()
          + "; Plt hanya untuk jabatan yang lowong");
    }
    List<PenugasanJabatan> plt = penugasanRepository.findBertumpang(jabatan, JenisPenugasan.PLT,
        tmtMulai, sampai);
    if (!plt.isEmpty()) {
      PenugasanJabatan d = plt.get(0);
      throw new IllegalStateException("Jabatan " + jabatan.getNama() + " sudah memiliki Plt "
          + d.getPegawai().getNamaLengkap() + " sejak " + d.getTmtMulai()
          + "; akhiri Plt tersebut lebih dulu");
    }
    boolean punyaDefinitif = penugasanRepository.findBerlakuByNip(nip, tmtMulai).stream()
        .anyMatch(p -> p.getJenis() == JenisPenugasan.DEFINITIF);
    if (!punyaDefinitif) {
      throw new IllegalStateException("Plt harus pegawai yang memangku jabatan definitif; "
          + pegawai.getNamaLengkap() + " tidak memiliki jabatan definitif pada " + tmtMulai);
    }
    PenugasanJabatan baru = new PenugasanJabatan(pegawai, jabatan, JenisPenugasan.PLT, tmtMulai);
    baru.setTmtSelesai(tmtSelesai);
    penugasanRepository.save(baru);
    terbitkan(Set.of(nip));
    return baru;
  }

  /** Ends the Plt role of {@code nip} on a jabatan; {@code tanggalSelesai} is its last day. */
  public void akhiriPlt(String nip, String kodeJabatan, LocalDate tanggalSelesai) {
    Pegawai pegawai = pegawai(nip);
    Jabatan jabatan = jabatan(kodeJabatan);
    wajibTanggal(tanggalSelesai, "Tanggal akhir Plt");
    PenugasanJabatan plt = penugasanRepository.findTerbukaSejak(pegawai, tanggalSelesai).stream()
        .filter(p -> p.getJenis() == JenisPenugasan.PLT)
        .filter(p -> p.getJabatan().getId().equals(jabatan.getId()))
        .filter(p -> !p.getTmtMulai().isAfter(tanggalSelesai))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(pegawai.getNamaLengkap()
            + " bukan Plt " + jabatan.getNama() + " pada " + tanggalSelesai));
    plt.setTmtSelesai(tanggalSelesai);
    terbitkan(Set.of(nip));
  }

  /**
   * Records that a pegawai leaves the service from {@code tanggal} (TMT pemberhentian: the first
   * day no longer in service): every assignment still open ends the day before, and the status
   * becomes {@code alasan}, so the pegawai can no longer log in or take part in a cycle.
   */
  public void berhentikan(String nip, LocalDate tanggal, StatusPegawai alasan) {
    Pegawai pegawai = pegawaiAktif(nip);
    wajibTanggal(tanggal, "Tanggal berhenti");
    if (alasan == null || alasan == StatusPegawai.AKTIF) {
      throw new IllegalArgumentException(
          "Alasan berhenti wajib diisi: PENSIUN, PINDAH_KELUAR, BERHENTI atau MENINGGAL");
    }
    LocalDate hariTerakhir = tanggal.minusDays(1);
    List<PenugasanJabatan> terbuka = penugasanRepository.findTerbukaSejak(pegawai, tanggal);
    for (PenugasanJabatan p : terbuka) {
      if (!p.getTmtMulai().isBefore(tanggal)) {
        throw new IllegalStateException("Penugasan " + p.getJabatan().getNama() + " baru mulai "
            + p.getTmtMulai() + ", tidak sebelum tanggal berhenti " + tanggal);
      }
    }
    terbuka.forEach(p -> p.setTmtSelesai(hariTerakhir));
    pegawai.setStatus(alasan);
    pegawai.setTanggalBerhenti(tanggal);
    terbitkan(Set.of(nip));
  }

  // ---------------------------------------------------------------------------- peran

  /**
   * Gives a role to a user: an ASN by NIP (must be in the register) or a pejabat negara by login
   * name (lower case, e.g. {@code walikota}); {@code nama} may be null for an ASN.
   */
  public PeranPengguna beriPeran(String idPengguna, String nama, Peran peran) {
    if (peran == null) {
      throw new IllegalArgumentException("Peran wajib diisi");
    }
    if (idPengguna == null || idPengguna.isBlank()) {
      throw new IllegalArgumentException("ID pengguna wajib diisi");
    }
    String namaTampil = nama;
    if (idPengguna.chars().allMatch(Character::isDigit)) {
      tolakJikaAda(Nip.periksa(idPengguna));
      Pegawai p = pegawaiAktif(idPengguna);
      if (namaTampil == null || namaTampil.isBlank()) {
        namaTampil = p.getNamaLengkap();
      }
    } else if (!ID_PENGGUNA.matcher(idPengguna).matches()) {
      throw new IllegalArgumentException("ID pengguna '" + idPengguna + "' tidak sah: gunakan NIP, "
          + "atau 3-64 huruf kecil/angka/titik/garis bawah/tanda hubung diawali huruf");
    }
    if (namaTampil == null || namaTampil.isBlank()) {
      throw new IllegalArgumentException("Nama pengguna wajib diisi");
    }
    if (namaTampil.length() > 150) {
      throw new IllegalArgumentException("Nama pengguna paling panjang 150 karakter");
    }
    if (peranRepository.existsByIdPenggunaAndPeran(idPengguna, peran)) {
      throw new IllegalStateException(idPengguna + " sudah memiliki peran " + peran);
    }
    PeranPengguna baru = peranRepository.save(new PeranPengguna(idPengguna, namaTampil.trim(), peran));
    terbitkan(Set.of(idPengguna));
    return baru;
  }

  public void cabutPeran(String idPengguna, Peran peran) {
    if (peran == null || idPengguna == null) {
      throw new IllegalArgumentException("ID pengguna dan peran wajib diisi");
    }
    List<PeranPengguna> ada = peranRepository.findByIdPengguna(idPengguna).stream()
        .filter(p -> p.getPeran() == peran).toList();
    if (ada.isEmpty()) {
      throw new IllegalStateException(idPengguna + " tidak memiliki peran " + peran);
    }
    peranRepository.deleteAll(ada);
    terbitkan(Set.of(idPengguna));
  }

  // ---------------------------------------------------------------------------- struktur

  /** Creates an OPD, or updates name and abbreviation of the OPD with that kode. */
  public Opd simpanOpd(String kode, String nama, String singkatan) {
    List<String> salah = new ArrayList<>();
    periksaKode(kode, 20, "Kode OPD", salah);
    periksaTeks(nama, 200, "Nama OPD", true, salah);
    periksaTeks(singkatan, 50, "Singkatan OPD", false, salah);
    tolakJikaAda(salah);
    Opd opd = opdRepository.findByKode(kode).orElseGet(() -> new Opd(kode, nama.trim(), null));
    opd.setNama(nama.trim());
    opd.setSingkatan(kosongJadiNull(singkatan));
    return opdRepository.save(opd);
  }

  /**
   * Creates or updates a unit kerja. {@code kodeInduk} (optional) must be a unit of the same
   * OPD and must not make the tree circular.
   */
  public UnitKerja simpanUnitKerja(String kode, String nama, String kodeOpd, String kodeInduk) {
    List<String> salah = new ArrayList<>();
    periksaKode(kode, 40, "Kode unit kerja", salah);
    periksaTeks(nama, 200, "Nama unit kerja", true, salah);
    tolakJikaAda(salah);
    Opd opd = opdRepository.findByKode(kodeOpd == null ? "" : kodeOpd)
        .orElseThrow(() -> new IllegalArgumentException("OPD dengan kode '" + kodeOpd + "' tidak ada"));
    UnitKerja induk = null;
    if (kodeInduk != null && !kodeInduk.isBlank()) {
      induk = unitKerjaRepository.findByKode(kodeInduk).orElseThrow(
          () -> new IllegalArgumentException("Unit kerja induk '" + kodeInduk + "' tidak ada"));
      if (!induk.getOpd().getId().equals(opd.getId())) {
        throw new IllegalArgumentException("Unit kerja induk " + induk.getNama()
            + " berada di OPD lain");
      }
    }
    UnitKerja unit = unitKerjaRepository.findByKode(kode).orElse(null);
    if (unit == null) {
      unit = new UnitKerja(kode, nama.trim(), opd, induk);
    } else {
      if (!unit.getOpd().getId().equals(opd.getId())) {
        throw new IllegalStateException("Unit kerja " + kode + " milik OPD "
            + unit.getOpd().getKode() + "; OPD sebuah unit kerja tidak dapat dipindah");
      }
      Set<Long> dilalui = new HashSet<>();
      for (UnitKerja u = induk; u != null && dilalui.add(u.getId()); u = u.getInduk()) {
        if (u.getId().equals(unit.getId())) {
          throw new IllegalArgumentException("Unit kerja " + unit.getNama()
              + " tidak boleh berinduk pada dirinya sendiri atau bawahannya (melingkar)");
        }
      }
      unit.setNama(nama.trim());
      unit.setInduk(induk);
    }
    return unitKerjaRepository.save(unit);
  }

  /**
   * Creates or updates a jabatan. Kelas 1-17; the atasan must be a managerial jabatan (JPT,
   * administrator, pengawas) and must not make the chain circular; one kepala per OPD.
   */
  public Jabatan simpanJabatan(DataJabatan data) {
    if (data == null) {
      throw new IllegalArgumentException("Data jabatan wajib diisi");
    }
    List<String> salah = new ArrayList<>();
    periksaKode(data.kode(), 40, "Kode jabatan", salah);
    periksaTeks(data.nama(), 200, "Nama jabatan", true, salah);
    periksaTeks(data.jenjang(), 40, "Jenjang", false, salah);
    if (data.jenis() == null) {
      salah.add("Jenis jabatan wajib diisi (JPT, ADMINISTRATOR, PENGAWAS, FUNGSIONAL, PELAKSANA)");
    }
    if (data.kelasJabatan() == null || data.kelasJabatan() < 1 || data.kelasJabatan() > 17) {
      salah.add("Kelas jabatan harus antara 1 dan 17");
    }
    tolakJikaAda(salah);
    UnitKerja unit = unitKerjaRepository.findByKode(data.kodeUnitKerja() == null ? "" : data.kodeUnitKerja())
        .orElseThrow(() -> new IllegalArgumentException(
            "Unit kerja dengan kode '" + data.kodeUnitKerja() + "' tidak ada"));
    Jabatan jabatan = jabatanRepository.findByKode(data.kode()).orElse(null);
    Jabatan atasan = null;
    if (data.kodeAtasan() != null && !data.kodeAtasan().isBlank()) {
      atasan = jabatanRepository.findByKode(data.kodeAtasan()).orElseThrow(
          () -> new IllegalArgumentException("Jabatan atasan '" + data.kodeAtasan() + "' tidak ada"));
      if (!atasan.getJenis().manajerial()) {
        throw new IllegalArgumentException("Atasan harus jabatan manajerial (JPT, ADMINISTRATOR atau "
            + "PENGAWAS); " + atasan.getNama() + " adalah " + atasan.getJenis());
      }
      if (jabatan != null) {
        Set<Long> dilalui = new HashSet<>();
        for (Jabatan a = atasan; a != null && dilalui.add(a.getId()); a = a.getAtasan()) {
          if (a.getId().equals(jabatan.getId())) {
            throw new IllegalArgumentException("Atasan " + atasan.getNama() + " membuat rantai atasan "
                + "melingkar: jabatan tidak boleh beratasan pada dirinya sendiri atau bawahannya");
          }
        }
      }
    }
    if (jabatan != null && !data.jenis().manajerial() && jabatanRepository.existsByAtasan(jabatan)) {
      throw new IllegalStateException("Jabatan " + jabatan.getNama() + " menjadi atasan jabatan lain, "
          + "sehingga harus tetap jabatan manajerial");
    }
    if (data.kepalaOpd()) {
      for (Jabatan k : jabatanRepository.findByKepalaOpdTrueAndUnitKerja_Opd(unit.getOpd())) {
        if (jabatan == null || !k.getId().equals(jabatan.getId())) {
          throw new IllegalStateException("OPD " + unit.getOpd().getNama() + " sudah memiliki jabatan "
              + "kepala: " + k.getNama());
        }
      }
    }
    if (jabatan == null) {
      jabatan = new Jabatan(data.kode(), data.nama().trim(), data.jenis(), data.kelasJabatan(), unit,
          atasan);
    } else {
      jabatan.setNama(data.nama().trim());
      jabatan.setJenis(data.jenis());
      jabatan.setKelasJabatan(data.kelasJabatan());
      jabatan.setUnitKerja(unit);
      jabatan.setAtasan(atasan);
    }
    jabatan.setJenjang(kosongJadiNull(data.jenjang()));
    jabatan.setKepalaOpd(data.kepalaOpd());
    jabatanRepository.save(jabatan);
    // A changed jabatan or atasan changes who the holders report to.
    Set<String> pemangku = new LinkedHashSet<>();
    if (jabatan.getId() != null) {
      penugasanRepository.findBertumpang(jabatan, JenisPenugasan.DEFINITIF, LocalDate.now(Waktu.WIB), TANPA_BATAS)
          .forEach(p -> pemangku.add(p.getPegawai().getNip()));
      penugasanRepository.findBertumpang(jabatan, JenisPenugasan.PLT, LocalDate.now(Waktu.WIB), TANPA_BATAS)
          .forEach(p -> pemangku.add(p.getPegawai().getNip()));
    }
    terbitkan(pemangku);
    return jabatan;
  }

  // ---------------------------------------------------------------------------- helpers

  private Pegawai pegawai(String nip) {
    List<String> salah = Nip.periksa(nip);
    tolakJikaAda(salah);
    return pegawaiRepository.findByNip(nip)
        .orElseThrow(() -> new NoSuchElementException("Pegawai dengan NIP " + nip + " tidak terdaftar"));
  }

  private Pegawai pegawaiAktif(String nip) {
    Pegawai p = pegawai(nip);
    if (!p.isAktif()) {
      throw new IllegalStateException("Pegawai " + p.getNamaLengkap() + " (NIP " + nip
          + ") tidak aktif lagi (" + p.getStatus() + ")");
    }
    return p;
  }

  private Jabatan jabatan(String kode) {
    if (kode == null || kode.isBlank()) {
      throw new IllegalArgumentException("Kode jabatan wajib diisi");
    }
    return jabatanRepository.findByKode(kode)
        .orElseThrow(() -> new IllegalArgumentException("Jabatan dengan kode '" + kode + "' tidak ada"));
  }

  private Jabatan jabatanAktif(String kode) {
    Jabatan j = jabatan(kode);
    if (!j.isAktif()) {
      throw new IllegalStateException("Jabatan " + j.getNama() + " sudah tidak aktif");
    }
    return j;
  }

  private static void wajibTanggal(LocalDate tanggal, String apa) {
    if (tanggal == null) {
      throw new IllegalArgumentException(apa + " wajib diisi");
    }
  }

  private static List<String> periksaDataPribadi(DataPegawai data) {
    List<String> salah = new ArrayList<>();
    periksaTeks(data.nama(), 150, "Nama", true, salah);
    periksaTeks(data.gelarDepan(), 50, "Gelar depan", false, salah);
    periksaTeks(data.gelarBelakang(), 80, "Gelar belakang", false, salah);
    periksaTeks(data.pangkatGolongan(), 60, "Pangkat/golongan", false, salah);
    if (data.jenisAsn() == null) {
      salah.add("Jenis ASN wajib diisi (PNS atau PPPK)");
    }
    if (data.email() != null && !data.email().isBlank()) {
      if (data.email().length() > 150 || !Pegawai.emailSah(data.email().trim())) {
        salah.add("Alamat email tidak sah: " + data.email());
      }
    }
    return salah;
  }

  private static void salinDataPribadi(DataPegawai data, Pegawai p) {
    p.setGelarDepan(kosongJadiNull(data.gelarDepan()));
    p.setGelarBelakang(kosongJadiNull(data.gelarBelakang()));
    p.setPangkatGolongan(kosongJadiNull(data.pangkatGolongan()));
    p.setEmail(kosongJadiNull(data.email()));
  }

  private static void periksaTeks(String nilai, int panjang, String apa, boolean wajib,
      List<String> salah) {
    if (nilai == null || nilai.isBlank()) {
      if (wajib) {
        salah.add(apa + " wajib diisi");
      }
    } else if (nilai.trim().length() > panjang) {
      salah.add(apa + " paling panjang " + panjang + " karakter");
    }
  }

  private static void periksaKode(String kode, int panjang, String apa, List<String> salah) {
    if (kode == null || kode.isBlank()) {
      salah.add(apa + " wajib diisi");
    } else if (kode.length() > panjang || !KODE.matcher(kode).matches()) {
      salah.add(apa + " paling panjang " + panjang
          + " karakter, hanya huruf, angka, titik, garis miring, garis bawah dan tanda hubung");
    }
  }

  private static String kosongJadiNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static void tolakJikaAda(List<String> salah) {
    if (!salah.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", salah));
    }
  }

  private void terbitkan(Collection<String> idPengguna) {
    if (!idPengguna.isEmpty()) {
      events.publishEvent(PegawaiBerubahEvent.untuk(idPengguna));
    }
  }
}
