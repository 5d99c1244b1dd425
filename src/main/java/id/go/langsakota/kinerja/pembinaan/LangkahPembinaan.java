package id.go.langsakota.kinerja.pembinaan;

import id.go.langsakota.kinerja.identitas.GrupPengguna;
import id.go.langsakota.kinerja.organisasi.Pejabat;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import id.go.langsakota.kinerja.pemberitahuan.Pemberitahuan;
import id.go.langsakota.kinerja.pemberitahuan.PemberitahuanService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The async service tasks of pembinaan-kinerja (bean {@code langkahPembinaan}): each reads the
 * pembinaan from the business key and calls the service; the reminder and the escalation act on
 * the open tasks of the instance.
 */
@Component("langkahPembinaan")
public class LangkahPembinaan {

  private final PembinaanKinerjaService service;
  private final PembinaanKinerjaProses proses;
  private final TampilanPembinaanService tampilan;
  private final PemberitahuanService pemberitahuan;
  private final RegisterOrganisasiService register;

  public LangkahPembinaan(PembinaanKinerjaService service, PembinaanKinerjaProses proses,
      TampilanPembinaanService tampilan, PemberitahuanService pemberitahuan, RegisterOrganisasiService register) {
    this.service = service;
    this.proses = proses;
    this.tampilan = tampilan;
    this.pemberitahuan = pemberitahuan;
    this.register = register;
  }

  private static Instant sekarang() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** The agreed plan starts the period today. */
  public void mulaiMasa(DelegateExecution execution) {
    service.mulaiMasa(proses.pembinaanId(execution), PembinaanKinerjaProses.hariIni());
  }

  /**
   * The agreed plan includes training: pengembangan-kompetensi is started for the same ASN
   * (async, so after the approval committed; a retried job starts nothing twice).
   */
  public void mulaiPelatihan(DelegateExecution execution) {
    service.mulaiPelatihan(proses.pembinaanId(execution))
        .ifPresent(k -> execution.setVariable("kebutuhanPelatihanId", k.getId()));
  }

  /** Stores the DMN's predikat (the result variable of the business rule task before). */
  public void catatHasilEvaluasi(DelegateExecution execution) {
    Pembinaan p = service.catatHasilEvaluasi(proses.pembinaanId(execution), (String) execution.getVariable("predikat"));
    execution.setVariable("membaik", p.getMembaik());
  }

  public void tutupMembaik(DelegateExecution execution) {
    service.tutupMembaik(proses.pembinaanId(execution), sekarang());
  }

  public void rekomendasikan(DelegateExecution execution) {
    Pembinaan p = service.rekomendasikan(proses.pembinaanId(execution));
    execution.setVariable("rekomendasi", p.getRekomendasi().name());
  }

  public void catatKeputusan(DelegateExecution execution) {
    service.tutupDiputuskan(proses.pembinaanId(execution), sekarang());
  }

  private List<Task> tugasTerbuka(DelegateExecution execution) {
    return execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).list();
  }

  private List<String> anggotaBkpsdm(DelegateExecution execution) {
    return execution.getProcessEngineServices().getIdentityService().createUserQuery()
        .memberOfGroup(GrupPengguna.BKPSDM.id()).list().stream().map(User::getId).toList();
  }

  /** Before a deadline: whoever holds each open task (BKPSDM members for an unclaimed group task). */
  public void pengingat(DelegateExecution execution) {
    Pembinaan p = proses.pembinaan(execution);
    for (Task t : tugasTerbuka(execution)) {
      List<String> penerima = t.getAssignee() != null ? List.of(t.getAssignee()) : anggotaBkpsdm(execution);
      for (String u : penerima) {
        pemberitahuan.catat(Pemberitahuan.Jenis.PENGINGAT_PEMBINAAN, u, null, "Tugas '" + t.getName()
            + "' berbatas " + TampilanPembinaanService.wib(t.getDueDate() == null ? null : t.getDueDate().toInstant())
            + ". Silakan selesaikan di Tasklist.", "PENGINGAT_PEMBINAAN:" + t.getId(), null, t.getId(),
            execution.getProcessInstanceId());
      }
    }
  }

  /**
   * A deadline passed: recorded on the pembinaan; BKPSDM and the atasan of the pejabat penilai are
   * told, the holder too. The task stays with its holder: nobody rates or agrees on their behalf
   * (an administrator may reassign it, e.g. when the pejabat penilai changed).
   */
  public void eskalasi(DelegateExecution execution) {
    Pembinaan p = proses.pembinaan(execution);
    service.eskalasi(p.getId(), sekarang());
    Set<String> penerima = new LinkedHashSet<>(anggotaBkpsdm(execution));
    register.atasanPejabatPenilai(p.getNip(), PembinaanKinerjaProses.hariIni()).map(Pejabat::idPengguna)
        .ifPresent(penerima::add);
    for (Task t : tugasTerbuka(execution)) {
      if (t.getDueDate() == null || t.getDueDate().toInstant().isAfter(sekarang())) {
        continue;
      }
      // the decision is BKPSDM's (for the PPK): the pejabat penilai's atasan has no part in it
      List<String> semua = new ArrayList<>(PembinaanKinerjaProses.TUGAS_PUTUSKAN.equals(t.getTaskDefinitionKey())
          ? anggotaBkpsdm(execution) : penerima);
      if (t.getAssignee() != null && !semua.contains(t.getAssignee())) {
        semua.add(t.getAssignee());
      }
      String pesan = "Tugas '" + t.getName() + "' (" + tampilan.asn(p) + ") melewati batas "
          + TampilanPembinaanService.wib(t.getDueDate().toInstant()) + " dan belum diselesaikan"
          + (t.getAssignee() == null ? "" : " oleh " + t.getAssignee()) + ".";
      for (String u : semua) {
        pemberitahuan.catat(Pemberitahuan.Jenis.ESKALASI_PEMBINAAN, u, null, pesan,
            "ESKALASI_PEMBINAAN:" + t.getId(), null, t.getId(), execution.getProcessInstanceId());
      }
    }
  }
}
