package id.go.langsakota.kinerja.demo;

import id.go.langsakota.kinerja.organisasi.JabatanRepository;
import id.go.langsakota.kinerja.organisasi.OpdRepository;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiBerubahEvent;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatanRepository;
import id.go.langsakota.kinerja.organisasi.PeranPengguna;
import id.go.langsakota.kinerja.organisasi.PeranPenggunaRepository;
import id.go.langsakota.kinerja.organisasi.UnitKerjaRepository;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty register with the demo organisation of Kota Langsa ({@link OrganisasiDemo}) in one
 * transaction, then announces every user id so the identity sync creates the Camunda users after
 * commit. A register that already has data is left alone.
 */
@Service
public class OrganisasiDemoSeeder {

  private static final Logger log = LoggerFactory.getLogger(OrganisasiDemoSeeder.class);

  private final OpdRepository opdRepository;
  private final UnitKerjaRepository unitKerjaRepository;
  private final JabatanRepository jabatanRepository;
  private final PegawaiRepository pegawaiRepository;
  private final PenugasanJabatanRepository penugasanRepository;
  private final PeranPenggunaRepository peranRepository;
  private final ApplicationEventPublisher events;
  private final String idPpk;
  private final String namaPpk;

  public OrganisasiDemoSeeder(OpdRepository opdRepository, UnitKerjaRepository unitKerjaRepository,
      JabatanRepository jabatanRepository, PegawaiRepository pegawaiRepository,
      PenugasanJabatanRepository penugasanRepository, PeranPenggunaRepository peranRepository,
      ApplicationEventPublisher events,
      @Value("${kinerja.ppk.id-pengguna:walikota}") String idPpk,
      @Value("${kinerja.ppk.nama:Wali Kota Langsa}") String namaPpk) {
    this.opdRepository = opdRepository;
    this.unitKerjaRepository = unitKerjaRepository;
    this.jabatanRepository = jabatanRepository;
    this.pegawaiRepository = pegawaiRepository;
    this.penugasanRepository = penugasanRepository;
    this.peranRepository = peranRepository;
    this.events = events;
    this.idPpk = idPpk;
    this.namaPpk = namaPpk;
  }

  /** Seeds when the register is empty; true when it did. */
  @Transactional
  public boolean isiJikaKosong() {
    if (opdRepository.count() > 0 || pegawaiRepository.count() > 0) {
      log.info("Register organisasi sudah berisi data: organisasi demo tidak dibuat");
      return false;
    }
    OrganisasiDemo.Data data = OrganisasiDemo.buat(idPpk, namaPpk);
    opdRepository.saveAll(data.opd());
    unitKerjaRepository.saveAll(data.unitKerja());
    jabatanRepository.saveAll(data.jabatan());
    pegawaiRepository.saveAll(data.pegawai());
    penugasanRepository.saveAll(data.penugasan());
    peranRepository.saveAll(data.peran());

    Set<String> idPengguna = new LinkedHashSet<>();
    data.pegawai().stream().map(Pegawai::getNip).forEach(idPengguna::add);
    data.peran().stream().map(PeranPengguna::getIdPengguna).forEach(idPengguna::add);
    events.publishEvent(PegawaiBerubahEvent.untuk(idPengguna));
    log.info("Organisasi demo Kota Langsa dibuat: {} OPD, {} unit kerja, {} jabatan, {} pegawai",
        data.opd().size(), data.unitKerja().size(), data.jabatan().size(), data.pegawai().size());
    return true;
  }
}
