package id.go.langsakota.kinerja.kinerjaorganisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.go.langsakota.kinerja.organisasi.Jabatan;
import id.go.langsakota.kinerja.organisasi.JenisAsn;
import id.go.langsakota.kinerja.organisasi.JenisJabatan;
import id.go.langsakota.kinerja.organisasi.JenisPenugasan;
import id.go.langsakota.kinerja.organisasi.Opd;
import id.go.langsakota.kinerja.organisasi.OpdRepository;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatan;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import id.go.langsakota.kinerja.organisasi.UnitKerja;
import id.go.langsakota.kinerja.pengaturan.KunciPengaturan;
import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import id.go.langsakota.kinerja.kosakata.DasarSaranRatingHasilKerja;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.web.KesalahanValidasiException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service without Spring or the engine: register, repositories and settings are fakes. */
class CapaianKinerjaOrganisasiServiceTest {

  static final String KEPALA = "197001012000031001";
  static final String KABID = "198001012005011002";
  static final LocalDate AKHIR_MARET = LocalDate.of(2025, 3, 31);

  CapaianKinerjaOrganisasiRepository repository = mock(CapaianKinerjaOrganisasiRepository.class);
  OpdRepository opdRepository = mock(OpdRepository.class);
  RegisterOrganisasiService register = mock(RegisterOrganisasiService.class);
  PengaturanService pengaturan = mock(PengaturanService.class);
  CapaianKinerjaOrganisasiService service =
      new CapaianKinerjaOrganisasiService(repository, opdRepository, register, pengaturan);
  Opd opd = new Opd("DISKES", "Dinas Kesehatan", "Diskes");

  @BeforeEach
  void siapkan() {
    when(pengaturan.angka(KunciPengaturan.AMBANG_DI_ATAS_EKSPEKTASI)).thenReturn(new BigDecimal("110"));
    when(pengaturan.angka(KunciPengaturan.AMBANG_SESUAI_EKSPEKTASI)).thenReturn(new BigDecimal("100"));
    when(opdRepository.findByKode("DISKES")).thenReturn(Optional.of(opd));
    when(repository.save(any())).thenAnswer(i -> i.getArgument(0));
    UnitKerja unit = new UnitKerja("DISKES-1", "Sekretariat", opd, null);
    Jabatan kadis = new Jabatan("J1", "Kepala Dinas", JenisJabatan.JPT, 14, unit, null);
    kadis.setKepalaOpd(true);
    Jabatan kabid = new Jabatan("J2", "Kepala Bidang", JenisJabatan.ADMINISTRATOR, 11, unit, kadis);
    when(register.jabatanDefinitif(KEPALA, AKHIR_MARET)).thenReturn(Optional.of(
        new PenugasanJabatan(new Pegawai(KEPALA, "Kadis", JenisAsn.PNS), kadis, JenisPenugasan.DEFINITIF, LocalDate.of(2020, 1, 1))));
    when(register.jabatanDefinitif(KABID, AKHIR_MARET)).thenReturn(Optional.of(
        new PenugasanJabatan(new Pegawai(KABID, "Kabid", JenisAsn.PNS), kabid, JenisPenugasan.DEFINITIF, LocalDate.of(2020, 1, 1))));
  }

  private CapaianKinerjaOrganisasi capaian(int periodeKe, String nilai) {
    CapaianKinerjaOrganisasi c = new CapaianKinerjaOrganisasi("DISKES", 2025, periodeKe);
    c.catat(new BigDecimal(nilai), null, "bkpsdm", java.time.Instant.now());
    return c;
  }

  @Test
  void kepalaOpdMengikutiCapaianOrganisasi() {
    when(repository.findByKodeOpdAndTahunAndPeriodeKe("DISKES", 2025, 3)).thenReturn(Optional.of(capaian(3, "99.99")));
    var s = service.saran(KEPALA, 2025, 3, AKHIR_MARET, Rating.DI_ATAS_EKSPEKTASI, DasarSaranRatingHasilKerja.INDIKATOR);
    assertThat(s.rating()).isEqualTo(Rating.DI_BAWAH_EKSPEKTASI);
    assertThat(s.dasar()).isEqualTo(DasarSaranRatingHasilKerja.CAPAIAN_ORGANISASI);
  }

  @Test
  void ambangDibacaDariPengaturan() {
    when(pengaturan.angka(KunciPengaturan.AMBANG_DI_ATAS_EKSPEKTASI)).thenReturn(new BigDecimal("105"));
    when(repository.findByKodeOpdAndTahunAndPeriodeKe("DISKES", 2025, 3)).thenReturn(Optional.of(capaian(3, "106")));
    var s = service.saran(KEPALA, 2025, 3, AKHIR_MARET, Rating.SESUAI_EKSPEKTASI, DasarSaranRatingHasilKerja.INDIKATOR);
    // 106 % is only SESUAI with the default 110, DI_ATAS with BKPSDM's 105
    assertThat(s.rating()).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
  }

  @Test
  void kepalaOpdTanpaDataOrganisasiKembaliKeIndikator() {
    when(repository.findByKodeOpdAndTahunAndPeriodeKe("DISKES", 2025, 3)).thenReturn(Optional.empty());
    var s = service.saran(KEPALA, 2025, 3, AKHIR_MARET, Rating.DI_ATAS_EKSPEKTASI, DasarSaranRatingHasilKerja.INDIKATOR);
    assertThat(s.rating()).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
    assertThat(s.dasar()).isEqualTo(DasarSaranRatingHasilKerja.INDIKATOR);
  }

  @Test
  void kepalaBidangTetapDariIndikatorWalauOpdPunyaCapaian() {
    when(repository.findByKodeOpdAndTahunAndPeriodeKe(anyString(), anyInt(), anyInt())).thenReturn(Optional.of(capaian(3, "80")));
    var s = service.saran(KABID, 2025, 3, AKHIR_MARET, Rating.SESUAI_EKSPEKTASI, DasarSaranRatingHasilKerja.INDIKATOR);
    assertThat(s.rating()).isEqualTo(Rating.SESUAI_EKSPEKTASI);
    assertThat(s.dasar()).isEqualTo(DasarSaranRatingHasilKerja.INDIKATOR);
  }

  @Test
  void tanpaJabatanDefinitifPadaTanggalItuKembaliKeIndikator() {
    when(register.jabatanDefinitif(KEPALA, LocalDate.of(2019, 12, 31))).thenReturn(Optional.empty());
    var s = service.saran(KEPALA, 2019, 12, LocalDate.of(2019, 12, 31), Rating.SESUAI_EKSPEKTASI, DasarSaranRatingHasilKerja.INDIKATOR);
    assertThat(s.dasar()).isEqualTo(DasarSaranRatingHasilKerja.INDIKATOR);
    verify(repository, never()).findByKodeOpdAndTahunAndPeriodeKe(anyString(), anyInt(), anyInt());
  }

  @Test
  void simpanMemperbaruiBarisYangAdaBukanMenambah() {
    CapaianKinerjaOrganisasi ada = capaian(0, "90");
    when(repository.findByKodeOpdAndTahunAndPeriodeKe("DISKES", 2025, 0)).thenReturn(Optional.of(ada));
    var h = service.simpan("DISKES", 2025, 0, new BigDecimal("101.5"), "  LKjIP 2025 ", "bkpsdm");
    assertThat(h.baru()).isFalse();
    assertThat(h.capaian()).isSameAs(ada);
    assertThat(ada.getCapaian()).isEqualByComparingTo("101.50");
    assertThat(ada.getKeterangan()).isEqualTo("LKjIP 2025");
  }

  @Test
  void masukanTidakSahDitolakDenganPesanIndonesia() {
    assertThatThrownBy(() -> service.simpan("DISKES", 2025, 1, new BigDecimal("-1"), null, "x"))
        .isInstanceOf(KesalahanValidasiException.class).hasMessageContaining("tidak boleh negatif");
    assertThatThrownBy(() -> service.simpan("DISKES", 2025, 1, new BigDecimal("1000.01"), null, "x"))
        .isInstanceOf(KesalahanValidasiException.class).hasMessageContaining("tidak masuk akal");
    assertThatThrownBy(() -> service.simpan("DISKES", 2025, 13, new BigDecimal("100"), null, "x"))
        .isInstanceOf(KesalahanValidasiException.class).hasMessageContaining("Periode harus antara 0");
    assertThatThrownBy(() -> service.simpan("DISKES", 2025, -1, new BigDecimal("100"), null, "x"))
        .isInstanceOf(KesalahanValidasiException.class).hasMessageContaining("Periode harus antara 0");
    assertThatThrownBy(() -> service.simpan("DISKES", 2025, 1, null, null, "x"))
        .isInstanceOf(KesalahanValidasiException.class).hasMessageContaining("Capaian wajib diisi");
    assertThatThrownBy(() -> service.simpan("DISKES", 2025, 1, new BigDecimal("100.001"), null, "x"))
        .isInstanceOf(KesalahanValidasiException.class).hasMessageContaining("2 angka desimal");
    assertThatThrownBy(() -> service.simpan("DISKES", 2025, 1, new BigDecimal("100"), "x".repeat(1001), "x"))
        .isInstanceOf(KesalahanValidasiException.class).hasMessageContaining("Keterangan terlalu panjang");
    assertThatThrownBy(() -> service.simpan("TIDAKADA", 2025, 1, new BigDecimal("100"), null, "x"))
        .isInstanceOf(NoSuchElementException.class).hasMessageContaining("tidak ditemukan");
    verify(repository, never()).save(any());
  }

  @Test
  void batasMasukanYangMasihSah() {
    when(repository.findByKodeOpdAndTahunAndPeriodeKe(anyString(), anyInt(), anyInt())).thenReturn(Optional.empty());
    assertThat(service.simpan("DISKES", 2025, 12, new BigDecimal("1000"), null, "x").baru()).isTrue();
    assertThat(service.simpan("DISKES", 2025, 0, BigDecimal.ZERO, null, "x").capaian().getCapaian()).isEqualByComparingTo("0");
  }
}
