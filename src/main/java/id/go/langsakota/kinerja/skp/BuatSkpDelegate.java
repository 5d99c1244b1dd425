package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.pengaturan.KunciPengaturan;
import id.go.langsakota.kinerja.pengaturan.PengaturanService;
import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.proses.BacaIsian;
import java.time.LocalDate;
import java.time.LocalTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * First (async) step of skp-pegawai: creates the SKP row (or finds it on a retry) for the ASN and year of the business key and sets
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
    // nip and tahun come from the business key SKP-<tahun>-<nip>, which no caller can change.
    SkpPegawaiProses.Kunci kunci = SkpPegawaiProses.urai(execution.getProcessBusinessKey());
    String nip = kunci.nip();
    int tahun = kunci.tahun();
    execution.setVariable("nip", nip);
    execution.setVariable("tahun", tahun);
    LocalDate mulai = BacaIsian.tanggal(execution, "tanggalMulai");
    LocalDate selesai = BacaIsian.tanggal(execution, "tanggalSelesai");
    if (mulai == null) {
      mulai = LocalDate.of(tahun, 1, 1);
    }
    if (selesai == null) {
      selesai = LocalDate.of(tahun, 12, 31);
    }
    // A start without jenisPeriode takes BKPSDM's configured default, like the cycle does.
    String jp = BacaIsian.teks(execution, "jenisPeriode");
    JenisPeriode jenis = JenisPeriode.valueOf(jp != null ? jp : pengaturan.nilai(KunciPengaturan.JENIS_PERIODE));
    Skp skp = skpService.buatAtauAmbil(nip, tahun, mulai, selesai, jenis,
        siklusId(execution), execution.getProcessInstanceId());
    LocalDate batas = skpService.batasPenetapan(tahun, mulai, BacaIsian.tanggal(execution, "batasPenetapanSkp"));
    LocalDate pengingat = batas.minusDays(skpService.hariPengingat());
    execution.setVariable("skpId", skp.getId());
    execution.setVariable("tanggalMulai", mulai.toString());
    execution.setVariable("tanggalSelesai", selesai.toString());
    execution.setVariable("jenisPeriode", jenis.name());
    // End of the deadline day in WIB; the reminder at 08:00 WIB, HARI_PENGINGAT days before.
    execution.setVariable("batasPenetapanSkp", batas.toString());
    execution.setVariable("waktuBatasPenetapanSkp", Waktu.akhirHari(batas));
    execution.setVariable("waktuPengingatSkp", Waktu.iso(pengingat, LocalTime.of(8, 0)));
  }

  private static Long siklusId(DelegateExecution execution) {
    Object v = execution.getVariable("siklusId");
    return v == null ? null : BacaIsian.id(v);
  }
}
