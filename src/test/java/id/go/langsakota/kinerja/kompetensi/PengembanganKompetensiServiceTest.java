package id.go.langsakota.kinerja.kompetensi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.go.langsakota.kinerja.organisasi.JenisAsn;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.pengaturan.KunciPengaturan;
import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import id.go.langsakota.kinerja.penilaian.BuktiDukung;
import id.go.langsakota.kinerja.penilaian.BuktiDukungRepository;
import id.go.langsakota.kinerja.web.KesalahanValidasiException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.util.ReflectionTestUtils;

/** The training record rules without Spring or the engine: repositories are fakes. */
class PengembanganKompetensiServiceTest {

  static final String ASN = "198503152010011001";
  static final String REKAN = "199001012015032002";
  static final String BKPSDM = "197805052003121003";
  static final LocalDate MULAI = LocalDate.of(2025, 3, 10);
  static final LocalDate SELESAI = LocalDate.of(2025, 3, 12);

  PengembanganKompetensiRepository repository = mock(PengembanganKompetensiRepository.class);
  KatalogPelatihanRepository katalogRepository = mock(KatalogPelatihanRepository.class);
  PegawaiRepository pegawaiRepository = mock(PegawaiRepository.class);
  BuktiDukungRepository buktiRepository = mock(BuktiDukungRepository.class);
  PengaturanService pengaturan = mock(PengaturanService.class);
  PengembanganKompetensiService service = new PengembanganKompetensiService(repository,
      katalogRepository, pegawaiRepository, buktiRepository, pengaturan);
  KatalogPelatihan manajemenWaktu;

  @BeforeEach
  void siapkan() {
    when(repository.save(any())).thenAnswer(i -> i.getArgument(0));
    when(pegawaiRepository.findByNip(ASN)).thenReturn(Optional.of(new Pegawai(ASN, "Nur'aini", JenisAsn.PNS)));
    when(pegawaiRepository.findByNip(REKAN)).thenReturn(Optional.of(new Pegawai(REKAN, "Rekan", JenisAsn.PNS)));
    manajemenWaktu = new KatalogPelatihan(new DataKatalogPelatihan("KP-001", "Pelatihan Manajemen Waktu",
        JenisPelatihan.KLASIKAL, JenisKompetensi.MANAJERIAL, "Manajemen waktu", null, 24, "BPSDM Aceh",
        ModaPelatihan.LURING, new BigDecimal("2500000"), true), "uji");
    ReflectionTestUtils.setField(manajemenWaktu, "id", 1L);
    when(katalogRepository.findById(1L)).thenReturn(Optional.of(manajemenWaktu));
    when(buktiRepository.findById(50L)).thenReturn(Optional.of(bukti(ASN)));
    when(buktiRepository.findById(51L)).thenReturn(Optional.of(bukti(REKAN)));
    when(pengaturan.bilangan(KunciPengaturan.JP_MINIMAL_TAHUNAN)).thenReturn(20);
  }

  static BuktiDukung bukti(String pemilik) {
    return new BuktiDukung(pemilik, "sertifikat.pdf", "application/pdf", 10, "abc", "x.pdf", pemilik);
  }

  private PengembanganKompetensi tersimpan(PengembanganKompetensi p, long id) {
    ReflectionTestUtils.setField(p, "id", id);
    when(repository.findById(id)).thenReturn(Optional.of(p));
    return p;
  }

  @Test
  void tugaskanLaluSertifikatLaluVerifikasi() {
    PengembanganKompetensi p = tersimpan(service.tugaskan(ASN, 1L, MULAI, SELESAI,
        "Predikat tahunan Butuh Perbaikan", "PK-2025-" + ASN, BKPSDM), 7L);
    assertThat(p.getStatus()).isEqualTo(StatusPengembanganKompetensi.DITUGASKAN);
    // name, kind, provider and JP come from the catalogue
    assertThat(p.getNamaPelatihan()).isEqualTo("Pelatihan Manajemen Waktu");
    assertThat(p.getJp()).isEqualTo(24);
    assertThat(p.getKunciProses()).isEqualTo("PK-2025-" + ASN);

    service.laporkanSelesai(7L, 50L, ASN);
    assertThat(p.getStatus()).isEqualTo(StatusPengembanganKompetensi.SELESAI);
    assertThat(p.getSertifikatBuktiId()).isEqualTo(50L);

    service.verifikasi(7L, BKPSDM);
    assertThat(p.getStatus()).isEqualTo(StatusPengembanganKompetensi.TERVERIFIKASI);
    assertThat(p.getDiverifikasiOleh()).isEqualTo(BKPSDM);
  }

  @Test
  void dikembalikanDenganCatatanLaluDiunggahUlangLaluDiverifikasi() {
    PengembanganKompetensi p = tersimpan(service.tugaskan(ASN, 1L, MULAI, SELESAI, null, null, BKPSDM), 8L);
    service.laporkanSelesai(8L, 50L, ASN);
    assertThatThrownBy(() -> service.kembalikan(8L, "  ", BKPSDM))
        .isInstanceOf(KesalahanValidasiException.class)
        .satisfies(e -> assertThat(((KesalahanValidasiException) e).getKesalahan())
            .containsExactly("Catatan pengembalian wajib diisi: tulis apa yang harus diperbaiki"));
    service.kembalikan(8L, "Sertifikat buram, unggah hasil pindai", BKPSDM);
    assertThat(p.getStatus()).isEqualTo(StatusPengembanganKompetensi.DIKEMBALIKAN);
    assertThat(p.getCatatanPengembalian()).isEqualTo("Sertifikat buram, unggah hasil pindai");
    // a decision on a returned record is refused: it waits for the ASN
    assertThatThrownBy(() -> service.verifikasi(8L, BKPSDM)).isInstanceOf(IllegalStateException.class);

    when(buktiRepository.findById(52L)).thenReturn(Optional.of(bukti(ASN)));
    service.laporkanSelesai(8L, 52L, ASN);
    service.verifikasi(8L, BKPSDM);
    assertThat(p.getStatus()).isEqualTo(StatusPengembanganKompetensi.TERVERIFIKASI);
    assertThat(p.getCatatanPengembalian()).isNull();
    assertThat(p.getSertifikatBuktiId()).isEqualTo(52L);
  }

  @Test
  void sertifikatOrangLainAtauPelatihanOrangLainDitolak() {
    tersimpan(service.tugaskan(ASN, 1L, MULAI, SELESAI, null, null, BKPSDM), 9L);
    // someone else's upload: refused with the same words as a missing one
    assertThatThrownBy(() -> service.laporkanSelesai(9L, 51L, ASN))
        .isInstanceOf(KesalahanValidasiException.class)
        .satisfies(e -> assertThat(((KesalahanValidasiException) e).getKesalahan()).containsExactly(
            "Sertifikat 51 tidak ditemukan di antara berkas yang diunggah pegawai " + ASN));
    // the colleague cannot report the ASN's training
    assertThatThrownBy(() -> service.laporkanSelesai(9L, 51L, REKAN)).isInstanceOf(AccessDeniedException.class);
    // a certificate already attached elsewhere
    when(repository.existsBySertifikatBuktiId(50L)).thenReturn(true);
    assertThatThrownBy(() -> service.laporkanSelesai(9L, 50L, ASN))
        .isInstanceOf(KesalahanValidasiException.class)
        .hasMessageContaining("belum benar");
  }

  @Test
  void tidakAdaYangMemverifikasiPelatihannyaSendiri() {
    tersimpan(service.tugaskan(ASN, 1L, MULAI, SELESAI, null, null, BKPSDM), 10L);
    service.laporkanSelesai(10L, 50L, ASN);
    assertThatThrownBy(() -> service.verifikasi(10L, ASN))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("Anda tidak dapat memverifikasi pelatihan Anda sendiri");
    assertThatThrownBy(() -> service.kembalikan(10L, "coba", ASN)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void verifikasiDuaKaliDitolak() {
    tersimpan(service.tugaskan(ASN, 1L, MULAI, SELESAI, null, null, BKPSDM), 11L);
    service.laporkanSelesai(11L, 50L, ASN);
    service.verifikasi(11L, BKPSDM);
    assertThatThrownBy(() -> service.verifikasi(11L, BKPSDM))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("status pelatihan ini Terverifikasi");
    assertThatThrownBy(() -> service.laporkanSelesai(11L, 50L, ASN)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void asnHanyaMencatatPelatihanSendiriDanWajibBersertifikat() {
    var untukRekan = new MasukanPengembanganKompetensi(REKAN, null, "Seminar Kearsipan", "SEMINAR",
        "Universitas Samudra", MULAI, SELESAI, 4, 51L, null);
    assertThatThrownBy(() -> service.catat(untukRekan, null, ASN, false)).isInstanceOf(AccessDeniedException.class);
    var tanpaSertifikat = new MasukanPengembanganKompetensi(ASN, null, "Seminar Kearsipan", "SEMINAR",
        "Universitas Samudra", MULAI, SELESAI, 4, null, null);
    assertThatThrownBy(() -> service.catat(tanpaSertifikat, null, ASN, false))
        .isInstanceOf(KesalahanValidasiException.class)
        .satisfies(e -> assertThat(((KesalahanValidasiException) e).getKesalahan()).containsExactly(
            "Unggah sertifikat lebih dulu (POST /api/bukti-dukung) dan kirim sertifikatBuktiId"));
    var benar = new MasukanPengembanganKompetensi(ASN, null, "Seminar Kearsipan", "SEMINAR",
        "Universitas Samudra", MULAI, SELESAI, 4, 50L, null);
    PengembanganKompetensi p = service.catat(benar, null, ASN, false);
    assertThat(p.getStatus()).isEqualTo(StatusPengembanganKompetensi.SELESAI);
    assertThat(p.getKatalogId()).isNull();
    assertThat(p.getJp()).isEqualTo(4);
  }

  @Test
  void isianLuarKatalogYangSalahDisebutSemua() {
    var m = new MasukanPengembanganKompetensi(ASN, null, "", "WEBINAR", "", SELESAI, MULAI, -3, null, null);
    assertThatThrownBy(() -> service.catat(m, null, BKPSDM, true))
        .isInstanceOf(KesalahanValidasiException.class)
        .satisfies(e -> assertThat(((KesalahanValidasiException) e).getKesalahan()).containsExactly(
            "Nama pelatihan wajib diisi bila tidak memilih entri katalog",
            "Jenis pelatihan 'WEBINAR' tidak dikenal; pilih salah satu: KLASIKAL, E_LEARNING, COACHING, MENTORING, MAGANG, SEMINAR",
            "Penyelenggara wajib diisi bila tidak memilih entri katalog",
            "JP harus antara 1 dan 1000, bukan -3",
            "Tanggal selesai tidak boleh sebelum tanggal mulai"));
    verify(repository, never()).save(any());
  }

  @Test
  void jpKatalogTidakDapatDiubahDanKatalogNonaktifDitolak() {
    var m = new MasukanPengembanganKompetensi(ASN, 1L, null, null, null, MULAI, SELESAI, 40, null, null);
    assertThatThrownBy(() -> service.catat(m, null, BKPSDM, true))
        .satisfies(e -> assertThat(((KesalahanValidasiException) e).getKesalahan()).containsExactly(
            "JP pelatihan dari katalog adalah 24; kosongkan JP atau catat sebagai pelatihan di luar katalog"));
    manajemenWaktu.terapkan(new DataKatalogPelatihan("KP-001", "Pelatihan Manajemen Waktu",
        JenisPelatihan.KLASIKAL, JenisKompetensi.MANAJERIAL, "Manajemen waktu", null, 24, "BPSDM Aceh",
        ModaPelatihan.LURING, BigDecimal.ZERO, false), "uji");
    assertThatThrownBy(() -> service.tugaskan(ASN, 1L, MULAI, SELESAI, null, null, BKPSDM))
        .satisfies(e -> assertThat(((KesalahanValidasiException) e).getKesalahan()).containsExactly(
            "Pelatihan 'Pelatihan Manajemen Waktu' sudah tidak aktif di katalog"));
  }

  @Test
  void nipTidakTerdaftarDitolak() {
    when(pegawaiRepository.findByNip("199912312020121001")).thenReturn(Optional.empty());
    assertThatThrownBy(() -> service.tugaskan("199912312020121001", 1L, MULAI, SELESAI, null, null, BKPSDM))
        .satisfies(e -> assertThat(((KesalahanValidasiException) e).getKesalahan()).containsExactly(
            "NIP 199912312020121001 tidak terdaftar di register"));
  }

  @Test
  void jpMinimalDariPengaturanDanJpPerNipDariSatuKueri() {
    assertThat(service.jpMinimal()).isEqualTo(20);
    when(repository.jpTerverifikasiPerNip(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
        .thenReturn(List.of(new Object[] {ASN, 34L}, new Object[] {REKAN, 8L}));
    assertThat(service.jpTerverifikasiPerNip(2025)).containsEntry(ASN, 34).containsEntry(REKAN, 8).hasSize(2);
  }
}
