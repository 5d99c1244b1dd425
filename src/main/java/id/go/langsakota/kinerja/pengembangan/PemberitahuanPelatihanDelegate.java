package id.go.langsakota.kinerja.pengembangan;

import id.go.langsakota.kinerja.identitas.GrupPengguna;
import id.go.langsakota.kinerja.pemberitahuan.Pemberitahuan;
import id.go.langsakota.kinerja.pemberitahuan.PemberitahuanService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Bean {@code pemberitahuanPelatihan}, the three automatic steps of pengembangan-kompetensi:
 * {@code pengingat} (before the certificate deadline, once), {@code terlambat} (deadline passed:
 * the need is marked overdue and stays open in the overdue report; ASN and BKPSDM are told) and
 * {@code kreditkan} (verified: the ASN is told the JP counted).
 */
@Component("pemberitahuanPelatihan")
public class PemberitahuanPelatihanDelegate {

  private final KebutuhanPelatihanService service;
  private final PengembanganKompetensiProses proses;
  private final PemberitahuanService pemberitahuan;

  public PemberitahuanPelatihanDelegate(KebutuhanPelatihanService service, PengembanganKompetensiProses proses,
      PemberitahuanService pemberitahuan) {
    this.service = service;
    this.proses = proses;
    this.pemberitahuan = pemberitahuan;
  }

  public void pengingat(DelegateExecution execution) {
    long id = proses.kebutuhanId(execution);
    if (!service.tandaiPengingat(id)) {
      return;
    }
    KebutuhanPelatihan k = service.ambil(id);
    pemberitahuan.catat(Pemberitahuan.Jenis.PENGINGAT_PELATIHAN, k.getNip(), "Pengingat sertifikat pelatihan",
        "Batas unggah sertifikat " + service.namaPelatihan(k.getKatalogId()) + " adalah " + k.getBatasLapor()
            + ". Unggah sertifikat lewat Kinerja saya, lalu selesaikan tugasnya di Tasklist.",
        "PENGINGAT_PELATIHAN:" + id, null, null, execution.getProcessInstanceId());
  }

  public void terlambat(DelegateExecution execution) {
    long id = proses.kebutuhanId(execution);
    if (!service.tandaiTerlambat(id)) {
      return;
    }
    KebutuhanPelatihan k = service.ambil(id);
    String pesan = "Sertifikat " + service.namaPelatihan(k.getKatalogId()) + " ASN " + service.namaPegawai(k.getNip())
        + " (" + k.getNip() + ") belum diunggah sampai batas " + k.getBatasLapor()
        + ". Pelatihan ini tercatat terlambat dan tetap terbuka sampai sertifikat diunggah dan diverifikasi.";
    pemberitahuan.catat(Pemberitahuan.Jenis.PELATIHAN_TERLAMBAT, k.getNip(), "Pelatihan terlambat", pesan,
        "PELATIHAN_TERLAMBAT:" + id, null, null, execution.getProcessInstanceId());
    for (User u : execution.getProcessEngineServices().getIdentityService().createUserQuery()
        .memberOfGroup(GrupPengguna.BKPSDM.id()).list()) {
      pemberitahuan.catat(Pemberitahuan.Jenis.PELATIHAN_TERLAMBAT, u.getId(), "Pelatihan terlambat", pesan,
          "PELATIHAN_TERLAMBAT:" + id, null, null, execution.getProcessInstanceId());
    }
  }

  public void kreditkan(DelegateExecution execution) {
    long id = proses.kebutuhanId(execution);
    KebutuhanPelatihan k = service.ambil(id);
    pemberitahuan.catat(Pemberitahuan.Jenis.PELATIHAN_TERVERIFIKASI, k.getNip(), "Sertifikat diverifikasi",
        "Sertifikat " + service.namaPelatihan(k.getKatalogId()) + " telah diverifikasi BKPSDM: "
            + k.getJpDikreditkan() + " JP dihitung dalam JP tahunan Anda.",
        "PELATIHAN_TERVERIFIKASI:" + id, null, null, execution.getProcessInstanceId());
  }
}
