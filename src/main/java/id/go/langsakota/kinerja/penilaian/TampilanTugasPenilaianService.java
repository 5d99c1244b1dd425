package id.go.langsakota.kinerja.penilaian;

import id.go.langsakota.kinerja.kosakata.DasarSaranRatingHasilKerja;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.skp.IndikatorKinerja;
import id.go.langsakota.kinerja.skp.IndikatorKinerjaRepository;
import id.go.langsakota.kinerja.skp.RencanaHasilKerja;
import id.go.langsakota.kinerja.skp.RencanaHasilKerjaRepository;
import id.go.langsakota.kinerja.teks.TeksAman;
import id.go.langsakota.kinerja.teks.TautanDokumen;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the forms of penilaian-periodik show (read-only, set as task-local variables on create),
 * built from the tables: the listeners only check, read input and call a service.
 */
@Service
@Transactional(readOnly = true)
public class TampilanTugasPenilaianService {

  /** laporkan-realisasi (embedded form): the documents as a Json list of {label, url}. */
  public static final String DOKUMEN_TUGAS = "dokumenTugas";
  /** nilai-kinerja-periodik (Camunda Form): the documents as Markdown links. */
  public static final String TAUTAN_DOKUMEN = "tautanDokumen";

  /**
   * The form's read-only values and what the task's name gains: a catch-up period's task says so
   * right after the task's own name ("Laporkan realisasi kinerja (susulan) — Januari 2026").
   */
  public record Tampilan(String tambahanNama, Map<String, Object> variabel, String keteranganSusulan) {
    public boolean susulan() {
      return keteranganSusulan != null;
    }

    public String nama(String namaTugas) {
      return namaTugas + (susulan() ? " (susulan)" : "") + " — " + tambahanNama;
    }
  }

  /** Why the period is a catch-up (shown in the task's history), or null for a regular period. */
  private static String keteranganSusulan(PenilaianPeriodik p) {
    if (p.getCaraPenilaian() != CaraPenilaianPeriode.SUSULAN) {
      return null;
    }
    return p.getKeteranganCaraPenilaian() == null ? "Laporan susulan." : "Laporan susulan. " + p.getKeteranganCaraPenilaian();
  }

  private final PenilaianPeriodikRepository penilaianRepository;
  private final PenilaianPeriodikService penilaianService;
  private final IndikatorKinerjaRepository indikatorRepository;
  private final RencanaHasilKerjaRepository rhkRepository;
  private final RealisasiIndikatorRepository realisasiRepository;
  private final BuktiDukungRepository buktiRepository;
  private final PegawaiRepository pegawaiRepository;

  public TampilanTugasPenilaianService(PenilaianPeriodikRepository penilaianRepository,
      PenilaianPeriodikService penilaianService, IndikatorKinerjaRepository indikatorRepository,
      RencanaHasilKerjaRepository rhkRepository, RealisasiIndikatorRepository realisasiRepository,
      BuktiDukungRepository buktiRepository, PegawaiRepository pegawaiRepository) {
    this.penilaianRepository = penilaianRepository;
    this.penilaianService = penilaianService;
    this.indikatorRepository = indikatorRepository;
    this.rhkRepository = rhkRepository;
    this.realisasiRepository = realisasiRepository;
    this.buktiRepository = buktiRepository;
    this.pegawaiRepository = pegawaiRepository;
  }

  /** laporkan-realisasi, on create: the indicators to report on, the period, earlier results. */
  public Optional<Tampilan> laporkanRealisasi(long penilaianId) {
    return penilaianRepository.findById(penilaianId).map(p -> {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("daftarIndikator", SpinValues.jsonValue(Spin.JSON(daftarIndikator(penilaianId))).create());
      v.put("labelPeriode", LabelPeriode.lengkap(p));
      v.put("hasilPeriode", SpinValues.jsonValue(Spin.JSON(penilaianService.hasilPeriode(p.getSkpId()))).create());
      List<Map<String, String>> dokumen = new ArrayList<>();
      for (TautanDokumen.Tautan t : tautanDokumen(p, "SKP yang disetujui (PDF)", "Kinerja saya")) {
        dokumen.add(Map.of("label", t.label(), "url", t.url()));
      }
      v.put(DOKUMEN_TUGAS, SpinValues.jsonValue(Spin.JSON(dokumen)).create());
      return new Tampilan(LabelPeriode.dari(p), v, keteranganSusulan(p));
    });
  }

  /**
   * The PDF documents a period's tasks link to: the agreed SKP, the Dokumen Evaluasi Kinerja of
   * the latest earlier period already rated (this period's has no rating yet; all of them are on
   * the "Kinerja saya" page), and that page.
   */
  List<TautanDokumen.Tautan> tautanDokumen(PenilaianPeriodik p, String labelSkp, String labelHalaman) {
    List<TautanDokumen.Tautan> daftar = new ArrayList<>();
    daftar.add(TautanDokumen.skp(p.getNip(), p.getTahun(), labelSkp));
    PenilaianPeriodik sebelumnya = null;
    for (PenilaianPeriodik lain : penilaianRepository.findBySkpIdOrderByPeriodeKe(p.getSkpId())) {
      if (lain.getPeriodeKe() < p.getPeriodeKe() && lain.getStatus() == StatusPenilaianPeriodik.SELESAI
          && lain.getPredikat() != null) {
        sebelumnya = lain;
      }
    }
    if (sebelumnya != null) {
      daftar.add(TautanDokumen.evaluasiPeriode(p.getNip(), p.getTahun(), sebelumnya.getPeriodeKe(),
          "Evaluasi " + LabelPeriode.dari(sebelumnya) + " (PDF)"));
    }
    daftar.add(TautanDokumen.halaman(p.getNip(), p.getTahun(), labelHalaman));
    return daftar;
  }

  /** Read-only view for the form: what to report on. */
  List<Map<String, Object>> daftarIndikator(long penilaianId) {
    PenilaianPeriodik p = penilaianRepository.findById(penilaianId).orElseThrow();
    List<Map<String, Object>> hasil = new ArrayList<>();
    for (IndikatorKinerja i : indikatorRepository.findByRhkSkpIdOrderByRhkUrutanAscUrutanAsc(p.getSkpId())) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("indikatorId", i.getId());
      m.put("rhkId", i.getRhk().getId());
      m.put("rhk", i.getRhk().getUraian());
      m.put("jenisRhk", i.getRhk().getJenis().name());
      m.put("aspek", i.getAspek().name());
      m.put("indikator", i.getUraian());
      m.put("target", i.getTarget().stripTrailingZeros().toPlainString());
      m.put("satuan", i.getSatuan());
      m.put("arah", i.getArah().name());
      hasil.add(m);
    }
    return hasil;
  }

  /** Read-only line under the suggestion: which rule produced it (kepala OPD: the OPD's figure). */
  static String labelDasar(PenilaianPeriodik p) {
    DasarSaranRatingHasilKerja d = p.getDasarSaranRatingHasilKerja();
    if (d == null) {
      return "";
    }
    if (d == DasarSaranRatingHasilKerja.CAPAIAN_ORGANISASI && p.getCapaianOrganisasi() != null) {
      return d.label() + " periode " + p.getPeriodeKe() + "/" + p.getTahun() + ": "
          + p.getCapaianOrganisasi().toPlainString() + " % (pegawai adalah kepala OPD)";
    }
    return d.label();
  }

  /**
   * The decision view of the form: Markdown, each RHK once and numbered, its indicators numbered
   * under it with target, realisasi, capaian and kategori on one line and the evidence as links
   * (a text view wraps to any width; a table of seven columns did not fit 1,024 px). Typed text
   * is escaped; links only through {@link TeksAman#tautanMarkdown}.
   */
  String ringkasanPerRhk(Long skpId, Map<Long, RealisasiIndikator> realisasi) {
    StringBuilder s = new StringBuilder();
    Map<Long, List<IndikatorKinerja>> perRhk = indikatorRepository.findByRhkSkpIdOrderByRhkUrutanAscUrutanAsc(skpId)
        .stream().collect(Collectors.groupingBy(i -> i.getRhk().getId(), LinkedHashMap::new, Collectors.toList()));
    for (RencanaHasilKerja rhk : rhkRepository.findBySkpIdOrderByUrutan(skpId)) {
      s.append("**RHK ").append(rhk.getUrutan()).append(" (")
          .append(rhk.getJenis().name().equals("UTAMA") ? "utama" : "tambahan").append("):** ")
          .append(TeksAman.markdown(rhk.getUraian())).append("\n\n");
      int n = 0;
      for (IndikatorKinerja i : perRhk.getOrDefault(rhk.getId(), List.of())) {
        n++;
        RealisasiIndikator r = realisasi.get(i.getId());
        s.append("- **").append(rhk.getUrutan()).append('.').append(n).append("** ")
            .append(TeksAman.markdown(i.getUraian())).append("  \n  Target ")
            .append(i.getTarget().stripTrailingZeros().toPlainString()).append(' ')
            .append(TeksAman.markdown(i.getSatuan())).append(" · Realisasi ")
            .append(r == null || r.getRealisasi() == null ? "-" : r.getRealisasi().stripTrailingZeros().toPlainString())
            .append(" · **Capaian ")
            .append(r == null || r.getCapaian() == null ? "-" : r.getCapaian().toPlainString() + " %")
            .append(" (").append(r == null || r.getKategori() == null ? "-" : r.getKategori().label()).append(")**");
        List<String> bukti = new ArrayList<>();
        if (r != null && r.getTautanBukti() != null && !r.getTautanBukti().isBlank()) {
          bukti.add(TeksAman.tautanMarkdown("tautan bukti", r.getTautanBukti()));
        }
        if (r != null && r.getBuktiDukungId() != null) {
          String nama = buktiRepository.findById(r.getBuktiDukungId()).map(BuktiDukung::getNamaBerkas).orElse("berkas");
          bukti.add(TeksAman.tautanMarkdown("berkas " + nama, "/api/bukti-dukung/" + r.getBuktiDukungId()));
        }
        s.append("  \n  Bukti dukung: ").append(bukti.isEmpty() ? "tidak ada" : String.join(" · ", bukti));
        if (r != null && r.getKeterangan() != null && !r.getKeterangan().isBlank()) {
          s.append("  \n  Keterangan: ").append(TeksAman.markdown(r.getKeterangan()));
        }
        s.append('\n');
      }
      s.append('\n');
    }
    return s.toString();
  }

  /**
   * nilai-kinerja-periodik, on create: the read-only values of the form (task-local variables)
   * and what the task name gains (whose period).
   */
  public Tampilan nilaiKinerjaPeriodik(long penilaianId) {
    Map<String, Object> v = new LinkedHashMap<>();
    PenilaianPeriodik p = penilaianRepository.findById(penilaianId).orElseThrow();
    Map<Long, RealisasiIndikator> realisasi = realisasiRepository.findByPenilaianIdOrderById(penilaianId)
        .stream().collect(Collectors.toMap(RealisasiIndikator::getIndikatorId, Function.identity()));
    List<Map<String, Object>> ringkasan = new ArrayList<>();
    StringBuilder berkasBukti = new StringBuilder();
    for (IndikatorKinerja i : indikatorRepository.findByRhkSkpIdOrderByRhkUrutanAscUrutanAsc(p.getSkpId())) {
      RealisasiIndikator r = realisasi.get(i.getId());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rhk", i.getRhk().getUraian());
      m.put("indikator", i.getUraian());
      m.put("target", i.getTarget().stripTrailingZeros().toPlainString() + " " + i.getSatuan());
      m.put("arah", i.getArah().name());
      m.put("realisasi", r == null || r.getRealisasi() == null ? "-"
          : r.getRealisasi().stripTrailingZeros().toPlainString());
      m.put("capaian", r == null || r.getCapaian() == null ? "-" : r.getCapaian().toPlainString() + " %");
      m.put("kategori", r == null || r.getKategori() == null ? "-" : r.getKategori().label());
      m.put("tautanBukti", r == null || r.getTautanBukti() == null ? "" : r.getTautanBukti());
      m.put("berkasBukti", r == null || r.getBuktiDukungId() == null ? ""
          : "/api/bukti-dukung/" + r.getBuktiDukungId() + " ("
              + buktiRepository.findById(r.getBuktiDukungId()).map(BuktiDukung::getNamaBerkas).orElse("?") + ")");
      // One column for the evidence, so the table fits the form (a link and/or a stored file).
      String berkas = String.valueOf(m.get("berkasBukti"));
      String tautan = String.valueOf(m.get("tautanBukti"));
      m.put("bukti", tautan.isEmpty() ? (berkas.isEmpty() ? "-" : "berkas " + berkas)
          : (berkas.isEmpty() ? tautan : tautan + "; berkas " + berkas));
      ringkasan.add(m);
      if (r != null && r.getBuktiDukungId() != null) {
        // Markdown links for the form (the table cannot link): the file downloads from /api.
        String nama = buktiRepository.findById(r.getBuktiDukungId()).map(BuktiDukung::getNamaBerkas).orElse("berkas");
        berkasBukti.append("- ").append(TeksAman.tautanMarkdown(nama, "/api/bukti-dukung/" + r.getBuktiDukungId()))
            .append(" — ").append(TeksAman.markdown(i.getUraian())).append('\n');
      }
    }
    v.put("ringkasanRealisasiTeks", ringkasanPerRhk(p.getSkpId(), realisasi));
    v.put(TAUTAN_DOKUMEN, TautanDokumen.markdown(tautanDokumen(p, "SKP (PDF)", "Kinerja pegawai ini")));
    List<Map<String, Object>> umpanBalik = new ArrayList<>();
    for (RencanaHasilKerja rhk : rhkRepository.findBySkpIdOrderByUrutan(p.getSkpId())) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rhkId", rhk.getId());
      m.put("rhk", rhk.getUraian());
      m.put("isi", "");
      umpanBalik.add(m);
    }
    v.put("daftarBerkasBukti", berkasBukti.toString());
    v.put("ringkasanRealisasi", SpinValues.jsonValue(Spin.JSON(ringkasan)).create());
    v.put("umpanBalik", SpinValues.jsonValue(Spin.JSON(umpanBalik)).create());
    // Shown inside a Markdown text view: escaped, so it reads as typed and cannot link or run.
    v.put("catatanMandiriPegawai", TeksAman.markdown(p.getCatatanMandiri()));
    v.put("saranRatingHasilKerjaLabel", p.getSaranRatingHasilKerja() == null ? ""
        : p.getSaranRatingHasilKerja().label());
    v.put("dasarSaranRatingHasilKerjaLabel", labelDasar(p));
    // Whose period, in the name: a supervisor's list shows one such task per staff member.
    String nama = pegawaiRepository.findByNip(p.getNip()).map(Pegawai::getNamaLengkap).orElse(p.getNip());
    v.put("labelPeriode", LabelPeriode.lengkap(p));
    return new Tampilan(nama + " — " + LabelPeriode.dari(p), v, keteranganSusulan(p));
  }
}
