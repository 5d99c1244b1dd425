package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.kinerjaorganisasi.CapaianKinerjaOrganisasi;
import id.go.langsakota.kinerja.kinerjaorganisasi.CapaianKinerjaOrganisasiService;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.kosakata.DasarSaranRatingHasilKerja;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.organisasi.PenugasanInfo;
import id.go.langsakota.kinerja.organisasi.ProfilPegawai;
import id.go.langsakota.kinerja.organisasi.RegisterOrganisasiService;
import id.go.langsakota.kinerja.teks.TautanDokumen;
import id.go.langsakota.kinerja.teks.TeksAman;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Query service for the read-only parts of the skp-pegawai forms (the tables and texts the
 * server sets on create). Nothing here is read back on completion.
 */
@Service
@Transactional(readOnly = true)
public class TampilanTugasSkpService {

  private final SkpService skpService;
  private final PegawaiRepository pegawaiRepository;
  private final SumberHasilPeriodik periode;
  private final CapaianKinerjaOrganisasiService capaianOrganisasi;
  private final RegisterOrganisasiService register;

  public TampilanTugasSkpService(SkpService skpService, PegawaiRepository pegawaiRepository,
      SumberHasilPeriodik periode, CapaianKinerjaOrganisasiService capaianOrganisasi,
      RegisterOrganisasiService register) {
    this.skpService = skpService;
    this.pegawaiRepository = pegawaiRepository;
    this.periode = periode;
    this.capaianOrganisasi = capaianOrganisasi;
    this.register = register;
  }

  /**
   * setujui-skp: the submitted SKP as Markdown for a read-only text view: who (name, NIP, jabatan
   * at the start of the SKP), then each RHK numbered with its indicators numbered under it, then
   * the BerAKHLAK values. Everything typed by a person is escaped ({@link TeksAman#markdown}).
   */
  public String ringkasanSkp(Long skpId) {
    Skp skp = skpService.ambil(skpId);
    StringBuilder s = new StringBuilder();
    ProfilPegawai profil = register.profilPegawai(skp.getNip(), skp.getTanggalMulai()).orElse(null);
    s.append("**Pegawai:** ").append(TeksAman.markdown(profil == null ? skp.getNip() : profil.namaLengkap()))
        .append("  \n**NIP:** ").append(TeksAman.markdown(skp.getNip()));
    PenugasanInfo jabatan = profil == null ? null : profil.jabatanSekarang();
    if (jabatan == null && profil != null && !profil.pltSekarang().isEmpty()) {
      jabatan = profil.pltSekarang().get(0);
    }
    if (jabatan != null) {
      s.append("  \n**Jabatan:** ").append(TeksAman.markdown(jabatan.namaJabatan()))
          .append(jabatan.jenis() == id.go.langsakota.kinerja.organisasi.JenisPenugasan.PLT ? " (Plt.)" : "")
          .append(", ").append(TeksAman.markdown(jabatan.unitKerja()));
    }
    s.append("  \n**Masa penilaian:** ").append(skp.getTanggalMulai()).append(" s.d. ")
        .append(skp.getTanggalSelesai()).append("\n\n");
    for (RencanaHasilKerja r : skp.getRencanaHasilKerja()) {
      s.append("**RHK ").append(r.getUrutan()).append(" (")
          .append(r.getJenis() == JenisRhk.UTAMA ? "utama" : "tambahan").append("):** ")
          .append(TeksAman.markdown(r.getUraian()));
      if (r.getRhkAtasan() != null) {
        s.append("  \n_Mengintervensi RHK atasan:_ ").append(TeksAman.markdown(r.getRhkAtasan().getUraian()));
      } else if (r.getPerjanjianKinerja() != null) {
        s.append("  \n_Perjanjian kinerja:_ ").append(TeksAman.markdown(r.getPerjanjianKinerja().getSasaran()));
      }
      s.append("\n\n");
      int n = 0;
      for (IndikatorKinerja i : r.getIndikator()) {
        n++;
        s.append("- ").append(r.getUrutan()).append('.').append(n).append(' ')
            .append(aspek(i.getAspek())).append(": ").append(TeksAman.markdown(i.getUraian()))
            .append(" — target ").append(i.getTarget().stripTrailingZeros().toPlainString()).append(' ')
            .append(TeksAman.markdown(i.getSatuan()))
            .append(i.getArah() == ArahIndikator.LEBIH_RENDAH_LEBIH_BAIK ? " (makin rendah makin baik)" : "")
            .append('\n');
      }
      s.append('\n');
    }
    s.append("**Perilaku kerja:** ").append(skp.getPerilakuKerja().stream()
        .map(p -> p.getNilai().label()).collect(Collectors.joining(", ")));
    return s.toString();
  }

  private static String aspek(AspekIndikator a) {
    return switch (a) {
      case KUANTITAS -> "Kuantitas";
      case KUALITAS -> "Kualitas";
      case WAKTU -> "Waktu";
      default -> a.name();
    };
  }

  public String namaPegawai(String nip) {
    return pegawaiRepository.findByNip(nip).map(Pegawai::getNamaLengkap).orElse(nip);
  }

  /** nilai-kinerja-tahunan: the periodic results and the stored suggestions, by variable name. */
  public Map<String, Object> nilaiTahunan(Long skpId) {
    Skp skp = skpService.ambil(skpId);
    StringBuilder s = new StringBuilder();
    for (HasilPeriodik p : periode.untukSkp(skpId)) {
      s.append("Periode ").append(p.periodeKe()).append(" (").append(p.tanggalMulai())
          .append(" s.d. ").append(p.tanggalAkhir())
          .append(p.cara() == null || p.cara().isEmpty() ? "" : ", " + p.cara()).append("): hasil kerja ")
          .append(label(p.ratingHasilKerja())).append(", perilaku ").append(label(p.ratingPerilaku()))
          .append(", predikat ").append(p.predikat() == null ? "-" : p.predikat().label()).append('\n');
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(SkpPegawaiProses.RINGKASAN_PERIODIK, s.length() == 0 ? "Belum ada penilaian periodik." : s.toString());
    v.put(SkpPegawaiProses.SARAN_HASIL, nama(skp.getSaranRatingHasilKerja()));
    v.put(SkpPegawaiProses.SARAN_PERILAKU, nama(skp.getSaranRatingPerilaku()));
    DasarSaranRatingHasilKerja dasar = skp.getDasarSaranRatingHasilKerja();
    v.put("dasarSaranRatingHasilKerja", dasar == null ? null : dasar.name());
    String label = dasar == null ? "" : dasar.label();
    if (dasar == DasarSaranRatingHasilKerja.CAPAIAN_ORGANISASI) {
      label = capaianOrganisasi.capaianKepalaOpd(skp.getNip(), skp.getTahun(), CapaianKinerjaOrganisasi.TAHUNAN,
          skp.getTanggalSelesai()).map(c -> dasar.label() + " tahun " + skp.getTahun() + ": "
              + c.getCapaian().toPlainString() + " % (pegawai adalah kepala OPD)").orElse(label);
    }
    v.put(SkpPegawaiProses.DASAR_SARAN_LABEL, label);
    v.put(SkpPegawaiProses.TAUTAN_DOKUMEN, tautanNilaiTahunan(skp));
    return v;
  }

  /** setujui-skp: the SKP being approved as PDF, and the pegawai's "Kinerja saya" page. */
  public String tautanSetujui(Long skpId) {
    Skp skp = skpService.ambil(skpId);
    return TautanDokumen.markdown(List.of(
        TautanDokumen.skp(skp.getNip(), skp.getTahun(), "SKP yang diajukan (PDF)"),
        TautanDokumen.halaman(skp.getNip(), skp.getTahun(), "Kinerja pegawai ini")));
  }

  /** nilai-kinerja-tahunan: the agreed SKP and the Dokumen Evaluasi Kinerja of every rated period. */
  String tautanNilaiTahunan(Skp skp) {
    List<TautanDokumen.Tautan> daftar = new ArrayList<>();
    daftar.add(TautanDokumen.skp(skp.getNip(), skp.getTahun(), "SKP (PDF)"));
    for (HasilPeriodik p : periode.untukSkp(skp.getId())) {
      if (p.predikat() != null) {
        daftar.add(TautanDokumen.evaluasiPeriode(skp.getNip(), skp.getTahun(), p.periodeKe(),
            "Evaluasi periode " + p.periodeKe() + " (PDF)"));
      }
    }
    daftar.add(TautanDokumen.halaman(skp.getNip(), skp.getTahun(), "Kinerja pegawai ini"));
    return TautanDokumen.markdown(daftar);
  }

  /**
   * terima-hasil-penilaian (set when nilai-kinerja-tahunan completes, so the ASN's task shows it):
   * the annual Dokumen Evaluasi Kinerja, and the Panduan that explains the predikat.
   */
  public String tautanTerima(Long skpId) {
    Skp skp = skpService.ambil(skpId);
    return TautanDokumen.markdown(List.of(
        TautanDokumen.evaluasiTahunan(skp.getNip(), skp.getTahun(), "Dokumen Evaluasi Kinerja tahunan (PDF)"),
        TautanDokumen.skp(skp.getNip(), skp.getTahun(), "SKP (PDF)"),
        TautanDokumen.panduan("Panduan: cara predikat dihitung")));
  }

  private static String nama(Rating r) {
    return r == null ? null : r.name();
  }

  private static String label(Rating r) {
    return r == null ? "-" : r.label();
  }
}
