package id.go.langsakota.kinerja.keberatan;

import id.go.langsakota.kinerja.pemberitahuan.Pemberitahuan;
import id.go.langsakota.kinerja.pemberitahuan.PemberitahuanService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The decision is final: the result (kept or changed) is the SKP's final one and the ASN is told. */
@Component("umumkanKeputusanKeberatanDelegate")
public class UmumkanKeputusanKeberatanDelegate implements JavaDelegate {

  private final KeberatanService service;
  private final KeberatanPenilaianProses proses;
  private final PemberitahuanService pemberitahuan;

  public UmumkanKeputusanKeberatanDelegate(KeberatanService service, KeberatanPenilaianProses proses,
      PemberitahuanService pemberitahuan) {
    this.service = service;
    this.proses = proses;
    this.pemberitahuan = pemberitahuan;
  }


  @Override
  public void execute(DelegateExecution execution) {
    Keberatan k = service.umumkan(proses.keberatanId(execution));
    pemberitahuan.catat(Pemberitahuan.Jenis.KEPUTUSAN_KEBERATAN, k.getNip(), null,
        "Keberatan Anda atas hasil penilaian kinerja tahunan " + k.getTahun() + " telah diputuskan: "
            + (k.ratingDiubah() ? "penilaian diubah, predikat menjadi " + k.getPredikatAkhir().label()
                : "penilaian tetap, predikat " + k.getPredikatAkhir().label())
            + ". Keputusan ini final; bacalah di Tasklist.",
        "KEPUTUSAN_KEBERATAN:" + k.getId(), null, null, execution.getProcessInstanceId());
  }
}
