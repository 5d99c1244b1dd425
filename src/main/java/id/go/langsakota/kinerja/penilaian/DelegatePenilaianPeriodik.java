package id.go.langsakota.kinerja.penilaian;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin delegates of penilaian-periodik: each maps variables to one call of
 * {@link PenilaianPeriodikService} and back.
 */
@Configuration
public class DelegatePenilaianPeriodik {

  static final String TUGAS_NILAI = "nilai-kinerja-periodik";

  static long penilaianId(DelegateExecution e) {
    return ((Number) e.getVariable("penilaianId")).longValue();
  }

  /** Creates/gets the row → penilaianId, batasLapor, pengingatLapor. */
  @Bean
  JavaDelegate siapkanPenilaianDelegate(PenilaianPeriodikService service) {
    return e -> {
      PenilaianPeriodik p = service.siapkan(((Number) e.getVariable("skpId")).longValue(),
          (String) e.getVariable("nip"), ((Number) e.getVariable("tahun")).intValue(),
          ((Number) e.getVariable("periodeKe")).intValue(),
          LocalDate.parse((String) e.getVariable("tanggalMulaiPeriode")),
          LocalDate.parse((String) e.getVariable("tanggalAkhirPeriode")), e.getProcessInstanceId());
      PenilaianPeriodikService.Tenggat t = service.tenggatLapor(p);
      e.setVariable("penilaianId", p.getId());
      e.setVariable("batasLapor", t.batasIso());
      e.setVariable("pengingatLapor", t.pengingatIso());
    };
  }

  /**
   * Capaian + suggestion → saranRatingHasilKerja, dasarSaranRatingHasilKerja (INDIKATOR |
   * CAPAIAN_ORGANISASI), batasPenilaian, pengingatPenilaian.
   */
  @Bean
  JavaDelegate hitungCapaianDelegate(PenilaianPeriodikService service, PenilaianPeriodikRepository repo) {
    return e -> {
      PenilaianPeriodikService.Tenggat t = service.hitungCapaian(penilaianId(e));
      PenilaianPeriodik p = repo.findById(penilaianId(e)).orElseThrow();
      e.setVariable("saranRatingHasilKerja", p.getSaranRatingHasilKerja().name());
      e.setVariable("dasarSaranRatingHasilKerja", p.getDasarSaranRatingHasilKerja().name());
      e.setVariable("batasPenilaian", t.batasIso());
      e.setVariable("pengingatPenilaian", t.pengingatIso());
    };
  }

  @Bean
  JavaDelegate pengingatLaporDelegate(PenilaianPeriodikService service) {
    return e -> service.kirimPengingatLapor(penilaianId(e));
  }

  @Bean
  JavaDelegate catatTerlambatLaporDelegate(PenilaianPeriodikService service) {
    return e -> service.catatTerlambatLapor(penilaianId(e));
  }

  @Bean
  JavaDelegate pengingatPenilaianDelegate(PenilaianPeriodikService service) {
    return e -> {
      Task t = tugasNilai(e);
      service.kirimPengingatPenilaian(penilaianId(e), t == null ? null : t.getAssignee());
    };
  }

  /** Late review: the open task is reassigned to the atasan pejabat penilai. */
  @Bean
  JavaDelegate eskalasiPenilaianDelegate(PenilaianPeriodikService service) {
    return e -> {
      Task t = tugasNilai(e);
      String atasan = service.eskalasiPenilaian(penilaianId(e), t == null ? null : t.getAssignee());
      if (t != null) {
        e.getProcessEngineServices().getTaskService().setAssignee(t.getId(), atasan);
      }
      e.setVariable("penilaianDieskalasi", true);
    };
  }

  @Bean
  JavaDelegate simpanPredikatDelegate(PenilaianPeriodikService service) {
    return e -> {
      service.simpanPredikat(penilaianId(e), (String) e.getVariable("predikat"));
      // The ASN sees the new predikat in every period form still open for the same SKP.
      Object skpId = e.getVariable("skpId");
      Object hasil = org.camunda.spin.plugin.variable.SpinValues.jsonValue(org.camunda.spin.Spin.JSON(
          service.hasilPeriode(((Number) skpId).longValue()))).create();
      org.camunda.bpm.engine.TaskService tasks = e.getProcessEngineServices().getTaskService();
      tasks.createTaskQuery().taskDefinitionKey("laporkan-realisasi").processVariableValueEquals("skpId", skpId)
          .list().forEach(t -> tasks.setVariableLocal(t.getId(), "hasilPeriode", hasil));
    };
  }

  private static Task tugasNilai(DelegateExecution e) {
    return e.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(e.getProcessInstanceId()).taskDefinitionKey(TUGAS_NILAI).singleResult();
  }
}
