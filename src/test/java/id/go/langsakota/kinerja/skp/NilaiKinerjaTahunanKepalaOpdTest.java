package id.go.langsakota.kinerja.skp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.go.langsakota.kinerja.kinerjaorganisasi.CapaianKinerjaOrganisasi;
import id.go.langsakota.kinerja.kinerjaorganisasi.CapaianKinerjaOrganisasiService;
import id.go.langsakota.kinerja.kinerjaorganisasi.SaranRatingOrganisasi;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.kosakata.DasarSaranRatingHasilKerja;
import id.go.langsakota.kinerja.kosakata.Rating;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The annual suggestion without the engine: the service task asks for the OPD's annual figure
 * (periodeKe 0) on the SKP's last day and stores which basis it used; the form's view shows the
 * stored suggestion and the basis.
 */
class NilaiKinerjaTahunanKepalaOpdTest {

  SkpService skpService = mock(SkpService.class);
  /** An SKP with no period rated yet. */
  SumberHasilPeriodik penilaian = skpId -> List.of();
  CapaianKinerjaOrganisasiService capaian = mock(CapaianKinerjaOrganisasiService.class);
  Skp skp = new Skp("197001012000031001", 2025, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 9, 30), JenisPeriode.BULANAN);

  NilaiKinerjaTahunanKepalaOpdTest() {
    when(skpService.ambil(7L)).thenReturn(skp);
  }

  private Map<String, Object> tampilan() {
    return new TampilanTugasSkpService(skpService, mock(PegawaiRepository.class), penilaian, capaian,
        mock(id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService.class))
        .nilaiTahunan(7L);
  }

  @Test
  void kepalaOpdDenganCapaianTahunan() {
    when(capaian.saran(eq(skp.getNip()), eq(2025), eq(0), eq(LocalDate.of(2025, 9, 30)), any(), eq(DasarSaranRatingHasilKerja.RATING_PERIODIK)))
        .thenReturn(new SaranRatingOrganisasi.Saran(Rating.SESUAI_EKSPEKTASI, DasarSaranRatingHasilKerja.CAPAIAN_ORGANISASI, new BigDecimal("104.00")));
    new SaranTahunanService(skpService, penilaian, capaian).hitungDanSimpan(7L);
    verify(skpService).simpanSaranTahunan(7L, Rating.SESUAI_EKSPEKTASI, DasarSaranRatingHasilKerja.CAPAIAN_ORGANISASI, null);

    // what the service stored is what the form shows
    skp.setSaranRatingHasilKerja(Rating.SESUAI_EKSPEKTASI);
    skp.setDasarSaranRatingHasilKerja(DasarSaranRatingHasilKerja.CAPAIAN_ORGANISASI);
    CapaianKinerjaOrganisasi angka = mock(CapaianKinerjaOrganisasi.class);
    when(angka.getCapaian()).thenReturn(new BigDecimal("104.00"));
    when(capaian.capaianKepalaOpd(skp.getNip(), 2025, 0, LocalDate.of(2025, 9, 30))).thenReturn(Optional.of(angka));
    Map<String, Object> v = tampilan();
    assertThat(v).containsEntry("saranRatingHasilKerja", "SESUAI_EKSPEKTASI")
        .containsEntry("dasarSaranRatingHasilKerja", "CAPAIAN_ORGANISASI")
        .containsEntry("dasarSaranRatingHasilKerjaLabel", "Capaian kinerja organisasi tahun 2025: 104.00 % (pegawai adalah kepala OPD)");
  }

  @Test
  void tanpaCapaianTahunanTetapDariRatingPeriodik() {
    when(capaian.saran(any(), any(Integer.class), any(Integer.class), any(), any(), any()))
        .thenAnswer(i -> SaranRatingOrganisasi.pilih(null, i.getArgument(4), i.getArgument(5),
            new BigDecimal("110"), new BigDecimal("100")));
    new SaranTahunanService(skpService, penilaian, capaian).hitungDanSimpan(7L);
    // no periodic rating yet and no figure: nothing suggested, no basis named
    verify(skpService).simpanSaranTahunan(7L, null, null, null);
    Map<String, Object> v = tampilan();
    assertThat(v).containsEntry("saranRatingHasilKerja", null).containsEntry("dasarSaranRatingHasilKerja", null)
        .containsEntry("dasarSaranRatingHasilKerjaLabel", "");
  }
}
