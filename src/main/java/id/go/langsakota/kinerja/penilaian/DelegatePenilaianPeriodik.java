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

  static final String TUGAS_NILAI = PenilaianPeriodikProses.TUGAS_NILAI;

  private final PenilaianPeriodikProses proses;

  public DelegatePenilaianPeriodik(PenilaianPeriodikProses proses) {
    this.proses = proses;
  }

  /** The period's row id, by the business key (never the penilaianId variable). */
  long penilaianId(DelegateExecution e) {
    return proses.penilaianId(e);
  }

  /**
   * Creates/gets the row → penilaianId, batasLapor, pengingatLapor. ASN, year, period and SKP
   * come from the business key and the SKP table; the period's dates from the call activity's
   * in-mapping (set by the engine at the start, before any user task).
   */
  @Bean
  JavaDelegate siapkanPenilaianDelegate(PenilaianPeriodikService service) {
    return e -> {
      PenilaianPeriodikProses.Kunci k = proses.kunci(e);
      PenilaianPeriodik p = service.siapkan(proses.skp(e).getId(), k.nip(), k.tahun(), k.periodeKe(),
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
      Object skpId = proses.penilaian(e).getSkpId();
      Object hasil = org.camunda.spin.plugin.variable.SpinValues.jsonValue(org.camunda.spin.Spin.JSON(
          service.hasilPeriode((Long) skpId))).create();
      org.camunda.bpm.engine.TaskService tasks = e.getProcessEngineServices().getTaskService();
      tasks.createTaskQuery().taskDefinitionKey("laporkan-realisasi").processVariableValueEquals("skpId", skpId)
          .list().forEach(t -> tasks.setVariableLocal(t.getId(), "hasilPeriode", hasil));
    };
  }

  private Task tugasNilai(DelegateExecution e) {
    return e.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(e.getProcessInstanceId()).taskDefinitionKey(TUGAS_NILAI).singleResult();
  }
}
