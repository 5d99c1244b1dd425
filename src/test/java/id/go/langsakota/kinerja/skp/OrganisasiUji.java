package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.organisasi.Jabatan;
import id.go.langsakota.kinerja.organisasi.JabatanRepository;
import id.go.langsakota.kinerja.organisasi.JenisAsn;
import id.go.langsakota.kinerja.organisasi.JenisJabatan;
import id.go.langsakota.kinerja.organisasi.JenisPenugasan;
import id.go.langsakota.kinerja.organisasi.Opd;
import id.go.langsakota.kinerja.organisasi.OpdRepository;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatan;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatanRepository;
import id.go.langsakota.kinerja.organisasi.UnitKerja;
import id.go.langsakota.kinerja.organisasi.UnitKerjaRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;

/**
 * A small OPD for one test: kepala (JPT, head of the OPD) → kepala seksi (pengawas) → staf
 * (pelaksana). Codes and NIPs are unique per call so tests share one Spring context and DB.
 */
public final class OrganisasiUji {

  private static final AtomicInteger URUT = new AtomicInteger(100);

  public final String kodeOpd;
  public final String nipKepala;
  public final String nipPengawas;
  public final String nipStaf;
  public final Jabatan jabatanStaf;
  public final UnitKerja unit;

  private final JabatanRepository jabatanRepository;
  private final PegawaiRepository pegawaiRepository;
  private final PenugasanJabatanRepository penugasanRepository;

  public OrganisasiUji(ApplicationContext ctx) {
    jabatanRepository = ctx.getBean(JabatanRepository.class);
    pegawaiRepository = ctx.getBean(PegawaiRepository.class);
    penugasanRepository = ctx.getBean(PenugasanJabatanRepository.class);
    int n = URUT.incrementAndGet();
    kodeOpd = "UJI" + n;
    Opd opd = ctx.getBean(OpdRepository.class).save(new Opd(kodeOpd, "Dinas Uji " + n, null));
    unit = ctx.getBean(UnitKerjaRepository.class).save(new UnitKerja(kodeOpd + "-U", "Bidang Uji", opd, null));
    Jabatan kepala = new Jabatan(kodeOpd + "-K", "Kepala Dinas Uji", JenisJabatan.JPT, 14, unit, null);
    kepala.setKepalaOpd(true);
    kepala = jabatanRepository.save(kepala);
    Jabatan pengawas = jabatanRepository.save(
        new Jabatan(kodeOpd + "-P", "Kepala Seksi Uji", JenisJabatan.PENGAWAS, 9, unit, kepala));
    jabatanStaf = jabatanRepository.save(
        new Jabatan(kodeOpd + "-S", "Pengelola Uji", JenisJabatan.PELAKSANA, 6, unit, pengawas));
    nipKepala = nip(n, 1);
    nipPengawas = nip(n, 2);
    nipStaf = nip(n, 3);
    tempatkan(nipKepala, kepala, LocalDate.of(2020, 1, 1));
    tempatkan(nipPengawas, pengawas, LocalDate.of(2020, 1, 1));
    tempatkan(nipStaf, jabatanStaf, LocalDate.of(2020, 1, 1));
  }

  /** A valid NIP: born 1985-03-15, TMT 2010-01, male, sequence from n and i. */
  /** Starts the staff member's {@code skp-pegawai} of {@code tahun} (BULANAN) with its start variables. */
  public org.camunda.bpm.engine.runtime.ProcessInstance mulaiSkpStaf(org.camunda.bpm.engine.RuntimeService runtime,
      int tahun) {
    return runtime.startProcessInstanceByKey("skp-pegawai", "SKP-" + tahun + "-" + nipStaf,
        org.camunda.bpm.engine.variable.Variables.createVariables().putValue("nip", nipStaf).putValue("tahun", tahun)
            .putValue("tanggalMulai", tahun + "-01-01").putValue("tanggalSelesai", tahun + "-12-31")
            .putValue("jenisPeriode", "BULANAN"));
  }

  public static String nip(int n, int i) {
    return String.format("19850315201001%d%03d", 1 + (n % 2), (n * 7 + i) % 1000);
  }

  public void tempatkan(String nip, Jabatan jabatan, LocalDate tmt) {
    Pegawai p = pegawaiRepository.save(new Pegawai(nip, "Pegawai " + nip, JenisAsn.PNS));
    penugasanRepository.save(new PenugasanJabatan(p, jabatan, JenisPenugasan.DEFINITIF, tmt));
  }

  /** Many staff under the pengawas (fan-out tests), each on its own position. */
  public List<String> tambahStaf(int jumlah, String awalanNip) {
    List<Jabatan> jabatan = new ArrayList<>();
    List<Pegawai> pegawai = new ArrayList<>();
    for (int i = 0; i < jumlah; i++) {
      jabatan.add(new Jabatan(kodeOpd + "-S" + i, "Staf " + i, JenisJabatan.PELAKSANA, 6, unit,
          jabatanStaf.getAtasan()));
      pegawai.add(new Pegawai(String.format("%s%04d", awalanNip, i), "Staf " + i, JenisAsn.PNS));
    }
    jabatan = jabatanRepository.saveAll(jabatan);
    pegawai = pegawaiRepository.saveAll(pegawai);
    List<PenugasanJabatan> tugas = new ArrayList<>();
    for (int i = 0; i < jumlah; i++) {
      tugas.add(new PenugasanJabatan(pegawai.get(i), jabatan.get(i), JenisPenugasan.DEFINITIF,
          LocalDate.of(2020, 1, 1)));
    }
    penugasanRepository.saveAll(tugas);
    return pegawai.stream().map(Pegawai::getNip).toList();
  }
}
