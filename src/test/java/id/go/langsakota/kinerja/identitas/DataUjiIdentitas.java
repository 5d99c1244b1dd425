package id.go.langsakota.kinerja.identitas;

import id.go.langsakota.kinerja.organisasi.JenisAsn;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.Peran;
import id.go.langsakota.kinerja.organisasi.PeranPengguna;
import id.go.langsakota.kinerja.organisasi.PeranPenggunaRepository;
import id.go.langsakota.kinerja.organisasi.StatusPegawai;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RepositoryService;

/** Register rows for identity and security tests, written straight through the repositories. */
public final class DataUjiIdentitas {

  public static final String KATA_SANDI_AWAL = "demo"; // kinerja.identitas.kata-sandi-awal
  public static final String PROSES_UJI = "uji-tugas-keamanan";

  private static final AtomicInteger URUT = new AtomicInteger(ThreadLocalRandom.current().nextInt(900));

  private DataUjiIdentitas() {}

  /**
   * A fresh, well-formed NIP: birth date, TMT CPNS, gender 1, a sequence. Born 1960–1984 and
   * appointed 2005 or later, so the appointment age is always at least 17 (Nip's rule).
   */
  public static String nipBaru() {
    int n = URUT.incrementAndGet();
    int tahun = 1960 + ThreadLocalRandom.current().nextInt(25);
    int bulan = 1 + ThreadLocalRandom.current().nextInt(12);
    int hari = 1 + ThreadLocalRandom.current().nextInt(28);
    return String.format("%04d%02d%02d%04d%02d1%03d", tahun, bulan, hari, 2005 + (n / 1000) % 15,
        1 + ThreadLocalRandom.current().nextInt(12), n % 1000);
  }

  public static Pegawai pegawai(PegawaiRepository repo, String nama) {
    return repo.save(new Pegawai(nipBaru(), nama, JenisAsn.PNS));
  }

  public static Pegawai ubahStatus(PegawaiRepository repo, String nip, StatusPegawai status) {
    Pegawai p = repo.findByNip(nip).orElseThrow();
    p.setStatus(status);
    return repo.save(p);
  }

  public static PeranPengguna peran(PeranPenggunaRepository repo, String id, String nama, Peran peran) {
    return repo.save(new PeranPengguna(id, nama, peran));
  }

  /** Deploys the test-only process once per engine. */
  public static void pasangProsesUji(RepositoryService repositoryService) {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROSES_UJI).count() == 0) {
      repositoryService.createDeployment()
          .name("uji-keamanan")
          .addClasspathResource("keamanan/uji-tugas-keamanan.bpmn")
          .deploy();
    }
  }
}
