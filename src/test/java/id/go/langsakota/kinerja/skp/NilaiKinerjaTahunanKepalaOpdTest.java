package id.go.langsakota.kinerja.skp;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.go.langsakota.kinerja.kinerjaorganisasi.CapaianKinerjaOrganisasiService;
import id.go.langsakota.kinerja.kinerjaorganisasi.SaranRatingOrganisasi;
import id.go.langsakota.kinerja.penilaian.DasarSaranRatingHasilKerja;
import id.go.langsakota.kinerja.penilaian.PenilaianPeriodikRepository;
import id.go.langsakota.kinerja.penilaian.Rating;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;

/**
 * nilai-kinerja-tahunan on create, without the engine: the annual suggestion asks for the OPD's
 * annual figure (periodeKe 0) on the SKP's last day and shows which basis it used.
 */
class NilaiKinerjaTahunanKepalaOpdTest {

  SkpService skpService = mock(SkpService.class);
  PenilaianPeriodikRepository penilaian = mock(PenilaianPeriodikRepository.class);
  CapaianKinerjaOrganisasiService capaian = mock(CapaianKinerjaOrganisasiService.class);
  DelegateTask task = mock(DelegateTask.class);
  Skp skp = new Skp("197001012000031001", 2025, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 9, 30), JenisPeriode.BULANAN);

  NilaiKinerjaTahunanKepalaOpdTest() {
    when(task.getEventName()).thenReturn(TaskListener.EVENTNAME_CREATE);
    when(task.getVariable("skpId")).thenReturn(7L);
    when(skpService.ambil(7L)).thenReturn(skp);
    when(penilaian.findBySkpIdOrderByPeriodeKe(7L)).thenReturn(List.of());
  }

  @Test
  void kepalaOpdDenganCapaianTahunan() {
    when(capaian.saran(eq(skp.getNip()), eq(2025), eq(0), eq(LocalDate.of(2025, 9, 30)), any(), eq(DasarSaranRatingHasilKerja.RATING_PERIODIK)))
        .thenReturn(new SaranRatingOrganisasi.Saran(Rating.SESUAI_EKSPEKTASI, DasarSaranRatingHasilKerja.CAPAIAN_ORGANISASI, new BigDecimal("104.00")));
    new NilaiKinerjaTahunanListener(skpService, penilaian, capaian).notify(task);
    verify(skpService).simpanSaranTahunan(7L, Rating.SESUAI_EKSPEKTASI, DasarSaranRatingHasilKerja.CAPAIAN_ORGANISASI, null);
    verify(task).setVariable("saranRatingHasilKerja", "SESUAI_EKSPEKTASI");
    verify(task).setVariable("dasarSaranRatingHasilKerja", "CAPAIAN_ORGANISASI");
    verify(task).setVariable("dasarSaranRatingHasilKerjaLabel", "Capaian kinerja organisasi tahun 2025: 104.00 % (pegawai adalah kepala OPD)");
  }

  @Test
  void tanpaCapaianTahunanTetapDariRatingPeriodik() {
    when(capaian.saran(any(), any(Integer.class), any(Integer.class), any(), any(), any()))
        .thenAnswer(i -> SaranRatingOrganisasi.pilih(null, i.getArgument(4), i.getArgument(5),
            new BigDecimal("110"), new BigDecimal("100")));
    new NilaiKinerjaTahunanListener(skpService, penilaian, capaian).notify(task);
    // no periodic rating yet and no figure: nothing suggested, no basis named
    verify(task).setVariable("saranRatingHasilKerja", null);
    verify(task).setVariable("dasarSaranRatingHasilKerja", null);
    verify(task).setVariable("dasarSaranRatingHasilKerjaLabel", "");
  }
}
