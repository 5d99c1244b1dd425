package id.go.langsakota.kinerja.demo;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.demo.TahunDemoOpd.Hasil;
import id.go.langsakota.kinerja.kalibrasi.KalibrasiKurvaProses;
import id.go.langsakota.kinerja.kalibrasi.KalibrasiKurvaRepository;
import id.go.langsakota.kinerja.kalibrasi.PredikatOrganisasiService;
import id.go.langsakota.kinerja.organisasi.Pejabat;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatan;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import id.go.langsakota.kinerja.siklus.SiklusKinerjaRepository;
import id.go.langsakota.kinerja.skp.PerjanjianKinerjaRepository;
import id.go.langsakota.kinerja.skp.SkpRepository;
import id.go.langsakota.kinerja.skp.SkpService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds LAST year for one small OPD of the demo organisation (Kecamatan Langsa Lama, 12 ASN),
 * through the real processes, so a newcomer can walk issue 8 in Tasklist: BKPSDM's
 * siklus-kinerja-tahunan for the OPD (TRIWULANAN), every SKP drafted and agreed top-down in
 * January, the four quarters reported and rated, BKPSDM's record of the OPD's Predikat Kinerja
 * Organisasi (Baik), then the annual ratings. Those are given so that the distribution breaks the
 * Baik pattern by one person (8 of the 11 counted are Baik, at most 7 allowed), so the round of
 * kalibrasi-kurva that the last rating starts waits at sesuaikan-rating-kurva for the camat.
 *
 * <p>The engine clock is set to dates of that year for the SKP agreement and the periods (so the
 * periods are regular ones and the records carry that year's dates) and reset in finally; the
 * annual ratings are given today, so the calibration deadline lies ahead. Every job runs here,
 * with the job executor paused, as in {@link SiklusDemoSeeder}.
 */
@Service
public class KalibrasiDemoSeeder {

  static final String KODE_OPD = "KEC-LAMA";
  static final String PREDIKAT_ORGANISASI = "BAIK";

  private static final Logger log = LoggerFactory.getLogger(KalibrasiDemoSeeder.class);
  private static final List<String[]> PERJANJIAN_KINERJA = List.of(
      new String[] {"Meningkatnya kualitas pelayanan administrasi kecamatan",
          "Indeks kepuasan masyarakat terhadap layanan kecamatan: 85"},
      new String[] {"Meningkatnya ketenteraman dan ketertiban umum di kecamatan",
          "Gangguan ketertiban yang tertangani: 90 %"});

  private final SkpRepository skpRepository;
  private final KalibrasiKurvaRepository kalibrasiRepository;
  private final PredikatOrganisasiService predikatOrganisasi;
  private final RegisterOrganisasiService register;
  private final TahunDemoOpd opd;

  public KalibrasiDemoSeeder(ProcessEngine engine, SkpService skpService, SkpRepository skpRepository,
      PerjanjianKinerjaRepository perjanjianRepository, SiklusKinerjaRepository siklusRepository,
      KalibrasiKurvaRepository kalibrasiRepository, PredikatOrganisasiService predikatOrganisasi,
      RegisterOrganisasiService register, TransactionTemplate tx) {
    this.skpRepository = skpRepository;
    this.kalibrasiRepository = kalibrasiRepository;
    this.predikatOrganisasi = predikatOrganisasi;
    this.register = register;
    this.opd = new TahunDemoOpd(engine, skpService, skpRepository, perjanjianRepository, siklusRepository, register,
        tx, KODE_OPD, PERJANJIAN_KINERJA, "Kalibrasi demo");
  }

  /**
   * What the seeding did; {@code dilewati} true when nothing was seeded.
   *
   * @param kepalaOpd who the calibration task waits for
   */
  public record Ringkasan(boolean dilewati, int tahun, int skpDinilai, String kepalaOpd, long milidetik) {}

  /** Seeds last year (server time, WIB) once; skipped when the OPD is not in the register or the year exists. */
  public Ringkasan isiJikaBelum() {
    return isiJikaBelum(LocalDate.now(Waktu.WIB));
  }

  Ringkasan isiJikaBelum(LocalDate hariIni) {
    long mulai = System.currentTimeMillis();
    int tahun = hariIni.getYear() - 1;
    LocalDate akhirTahun = LocalDate.of(tahun, 12, 31);
    Optional<Pejabat> kepala = register.kepalaOpdDari(KODE_OPD, akhirTahun);
    if (kepala.isEmpty() || kepala.get().nip() == null) {
      log.info("Kalibrasi demo: {} tidak ada di register, tidak ada yang dibuat", KODE_OPD);
      return new Ringkasan(true, tahun, 0, null, 0);
    }
    if (opd.adaSiklus(tahun) || kalibrasiRepository.rondeTerakhir(tahun, KODE_OPD) > 0
        || skpRepository.existsByNipAndTahun(kepala.get().nip(), tahun)) {
      log.info("Kalibrasi demo {} {}: sudah ada, tidak ada yang dibuat", tahun, KODE_OPD);
      return new Ringkasan(true, tahun, 0, kepala.get().nip(), 0);
    }
    return opd.tanpaJobExecutor(() -> {
      int dinilai = isi(tahun);
      long ms = System.currentTimeMillis() - mulai;
      log.info("Kalibrasi demo {} untuk {}: {} SKP dinilai tahunan, kalibrasi-kurva menunggu kepala OPD {} ({} ms)",
          tahun, KODE_OPD, dinilai, kepala.get().nip(), ms);
      return new Ringkasan(false, tahun, dinilai, kepala.get().nip(), ms);
    });
  }

  private int isi(int tahun) {
    LocalDate akhirTahun = LocalDate.of(tahun, 12, 31);
    Map<String, ProcessInstance> perNip = opd.mulaiSiklus(tahun);
    Map<String, Hasil> hasil = rencanaHasil(perNip.keySet(), akhirTahun);
    // SKP, top-down on 2 January; then the four quarters, the engine clock in that year.
    Map<String, Long> disetujui = opd.setujuiSkp(perNip, akhirTahun);
    opd.empatTriwulan(tahun, perNip, disetujui, hasil::get);

    // BKPSDM records the Wali Kota's decision on the OPD's Predikat Kinerja Organisasi.
    ClockUtil.reset();
    predikatOrganisasi.tetapkan(tahun, KODE_OPD, PREDIKAT_ORGANISASI,
        "Keputusan Wali Kota tentang predikat kinerja organisasi " + tahun + " (data demo)",
        DemoLogin.BKPSDM.idPengguna());

    // The annual ratings, today: the last one starts the OPD's distribution check.
    ProcessInstance kk = opd.nilaiTahunan(tahun, perNip, hasil::get);
    opd.tugas(kk.getId(), KalibrasiKurvaProses.TUGAS_SESUAIKAN); // fails loudly if the pattern was met
    return perNip.size();
  }

  /**
   * The annual result planned per person: the camat (rated by the Sekda, not counted) Sangat
   * Baik; of the 11 counted the sekretaris camat and the first kepala seksi Sangat Baik, one
   * pelaksana Butuh Perbaikan, the other eight Baik — one Baik more than the Baik pattern allows.
   */
  private Map<String, Hasil> rencanaHasil(Iterable<String> nip, LocalDate tanggal) {
    Map<String, Hasil> h = new HashMap<>();
    String kepala = register.kepalaOpdDari(KODE_OPD, tanggal).map(Pejabat::nip).orElseThrow();
    List<String> kasi = new ArrayList<>();
    List<String> pelaksana = new ArrayList<>();
    for (String n : nip) {
      String jabatan = register.jabatanDefinitif(n, tanggal).map(PenugasanJabatan::getJabatan)
          .map(j -> j.getNama()).orElse("");
      h.put(n, Hasil.BAIK);
      if (n.equals(kepala) || jabatan.startsWith("Sekretaris Kecamatan")) {
        h.put(n, Hasil.SANGAT_BAIK);
      } else if (jabatan.startsWith("Kepala Seksi")) {
        kasi.add(n);
      } else if (!jabatan.startsWith("Kepala")) {
        pelaksana.add(n);
      }
    }
    kasi.stream().sorted().findFirst().ifPresent(n -> h.put(n, Hasil.SANGAT_BAIK));
    // not the pelaksana of the Subbagian Umum: the demo ASN of the appeal walk (docs/demo-login.md)
    pelaksana.stream().sorted().filter(n -> !n.equals(asnKeberatan(tanggal).orElse(null))).reduce((a, b) -> b)
        .ifPresent(n -> h.put(n, Hasil.BUTUH_PERBAIKAN));
    return h;
  }

  /** The pelaksana under the Kepala Subbagian Umum dan Kepegawaian: the ASN who appeals in the walk. */
  Optional<String> asnKeberatan(LocalDate tanggal) {
    return register.kepalaOpdDari(KODE_OPD, tanggal).stream()
        .flatMap(k -> register.bawahan(k.nip(), tanggal).stream())
        .flatMap(b -> register.bawahan(b.nip(), tanggal).stream())
        .filter(p -> p.namaJabatan() != null && p.namaJabatan().startsWith("Kepala Subbagian Umum"))
        .flatMap(p -> register.bawahan(p.nip(), tanggal).stream())
        .map(Pejabat::nip).filter(java.util.Objects::nonNull).findFirst();
  }
}
