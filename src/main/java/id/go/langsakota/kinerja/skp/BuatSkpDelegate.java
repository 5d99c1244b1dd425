package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.pengaturan.KunciPengaturan;
import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * First (async) step of skp-pegawai: creates the SKP row (or finds it on a retry) and sets
 * skpId, batasPenetapanSkp and tanggalPengingatSkp (ISO date-times for the timers).
 */
@Component("buatSkpDelegate")
public class BuatSkpDelegate implements JavaDelegate {

  private final SkpService skpService;
  private final PengaturanService pengaturan;

  public BuatSkpDelegate(SkpService skpService, PengaturanService pengaturan) {
    this.skpService = skpService;
    this.pengaturan = pengaturan;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String nip = Variabel.teks(execution, "nip");
    int tahun = Variabel.bilangan(execution, "tahun");
    LocalDate mulai = Variabel.tanggal(execution, "tanggalMulai");
    LocalDate selesai = Variabel.tanggal(execution, "tanggalSelesai");
    if (mulai == null) {
      mulai = LocalDate.of(tahun, 1, 1);
    }
    if (selesai == null) {
      selesai = LocalDate.of(tahun, 12, 31);
    }
    // A start without jenisPeriode takes BKPSDM's configured default, like the cycle does.
    String jp = Variabel.teks(execution, "jenisPeriode");
    JenisPeriode jenis = JenisPeriode.valueOf(jp != null ? jp : pengaturan.nilai(KunciPengaturan.JENIS_PERIODE));
    Skp skp = skpService.buatAtauAmbil(nip, tahun, mulai, selesai, jenis,
        Variabel.id(execution, "siklusId"), execution.getProcessInstanceId());
    LocalDate batas = skpService.batasPenetapan(tahun, mulai, Variabel.tanggal(execution, "batasPenetapanSkp"));
    LocalDate pengingat = batas.minusDays(skpService.hariPengingat());
    execution.setVariable("skpId", skp.getId());
    execution.setVariable("tanggalMulai", mulai.toString());
    execution.setVariable("tanggalSelesai", selesai.toString());
    execution.setVariable("jenisPeriode", jenis.name());
    // End of the deadline day; the reminder at 08:00 local time, HARI_PENGINGAT days before.
    execution.setVariable("batasPenetapanSkp", batas.toString());
    execution.setVariable("waktuBatasPenetapanSkp", batas + "T23:59:59");
    execution.setVariable("waktuPengingatSkp", pengingat + "T08:00:00");
  }
}
