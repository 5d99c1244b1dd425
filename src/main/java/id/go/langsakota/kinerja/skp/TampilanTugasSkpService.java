package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.kinerjaorganisasi.CapaianKinerjaOrganisasi;
import id.go.langsakota.kinerja.kinerjaorganisasi.CapaianKinerjaOrganisasiService;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.kosakata.DasarSaranRatingHasilKerja;
import id.go.langsakota.kinerja.kosakata.Rating;
import java.util.LinkedHashMap;
import java.util.Map;
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

  public TampilanTugasSkpService(SkpService skpService, PegawaiRepository pegawaiRepository,
      SumberHasilPeriodik periode, CapaianKinerjaOrganisasiService capaianOrganisasi) {
    this.skpService = skpService;
    this.pegawaiRepository = pegawaiRepository;
    this.periode = periode;
    this.capaianOrganisasi = capaianOrganisasi;
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
          .append(" s.d. ").append(p.tanggalAkhir()).append("): hasil kerja ")
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
    return v;
  }

  private static String nama(Rating r) {
    return r == null ? null : r.name();
  }

  private static String label(Rating r) {
    return r == null ? "-" : r.label();
  }
}
