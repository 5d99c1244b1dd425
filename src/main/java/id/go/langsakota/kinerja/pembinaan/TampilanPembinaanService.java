package id.go.langsakota.kinerja.pembinaan;

import id.go.langsakota.kinerja.config.Waktu;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read-only texts the pembinaan forms show and the rows /api returns. */
@Service
@Transactional(readOnly = true)
public class TampilanPembinaanService {

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

  private final PembinaanKinerjaService service;
  private final PegawaiRepository pegawai;

  public TampilanPembinaanService(PembinaanKinerjaService service, PegawaiRepository pegawai) {
    this.service = service;
    this.pegawai = pegawai;
  }

  public String nama(String nip) {
    return pegawai.findByNip(nip).map(Pegawai::getNamaLengkap).orElse(nip);
  }

  static String wib(Instant t) {
    return t == null ? "-" : t.atZone(Waktu.WIB).format(FORMAT) + " WIB";
  }

  /** "<nama> (NIP <nip>)" for task names. */
  public String asn(Pembinaan p) {
    return nama(p.getNip()) + " (NIP " + p.getNip() + ")";
  }

  public String rencanaTeks(RencanaPembinaan r) {
    return "Rencana versi " + r.getVersiRencana() + " (disusun " + wib(r.getDisusunPada()) + ")\n"
        + "- Tujuan: " + r.getTujuan() + "\n"
        + "- Dukungan: " + r.getDukungan() + "\n"
        + "- Jadwal pertemuan: " + r.getJadwalPertemuan() + "\n"
        + "- Pelatihan: " + service.katalog(r.getKatalogPelatihanId()).map(PembinaanKinerjaService::labelPelatihan)
            .map(l -> l + " (dimulai sebagai pengembangan kompetensi setelah rencana disetujui)")
            .orElse("tanpa pelatihan");
  }

  /** The whole pembinaan so far, as Markdown-free plain lines (camunda-forms text view). */
  public String ringkasan(Long id) {
    Pembinaan p = service.ambil(id);
    StringBuilder s = new StringBuilder();
    s.append("ASN: ").append(asn(p)).append("\n");
    s.append("Predikat kinerja tahunan ").append(p.getTahun()).append(": ").append(p.getPredikatAwal().label())
        .append("\n");
    s.append("Pejabat penilai: ").append(nama(p.getPejabatPenilai())).append("\n");
    s.append("Lama masa pembinaan: ").append(p.getBulanPembinaan()).append(" bulan");
    if (p.getTanggalMulaiMasa() != null) {
      s.append(" (").append(PembinaanKinerjaService.tanggal(p.getTanggalMulaiMasa())).append(" s.d. ")
          .append(PembinaanKinerjaService.tanggal(p.getTanggalAkhirMasa())).append(")");
    }
    s.append("\n");
    service.rencanaTerakhir(id).filter(r -> r.getStatus() == StatusRencana.DISETUJUI)
        .ifPresent(r -> s.append("\n").append(rencanaTeks(r)).append("\nDisetujui ASN ")
            .append(wib(r.getDitanggapiPada())).append("\n"));
    List<PertemuanPembinaan> pt = service.pertemuan(id);
    if (!pt.isEmpty()) {
      s.append("\nPertemuan pembinaan:\n");
      for (PertemuanPembinaan x : pt) {
        s.append("- Bulan ke-").append(x.getBulanKe()).append(" (")
            .append(PembinaanKinerjaService.tanggal(x.getTanggalPertemuan())).append("): ")
            .append(x.getCatatanPenilai());
        if (x.getTanggapanAsn() != null) {
          s.append(" — Tanggapan ASN: ").append(x.getTanggapanAsn());
        }
        s.append("\n");
      }
    }
    if (p.getPredikatEvaluasi() != null) {
      s.append("\nEvaluasi setelah pembinaan: hasil kerja ").append(p.getRatingHasilKerjaEvaluasi().label())
          .append(", perilaku kerja ").append(p.getRatingPerilakuEvaluasi().label()).append(", predikat ")
          .append(p.getPredikatEvaluasi().label()).append(". Catatan: ").append(p.getCatatanEvaluasi()).append("\n");
    }
    if (p.getUjiKompetensiPada() != null) {
      s.append("\nUji kompetensi dicatat ").append(wib(p.getUjiKompetensiPada())).append(": ")
          .append(p.getAlasanKeputusan()).append("\n");
    }
    return s.toString();
  }

  /** The system's recommendation as the decision form shows it. */
  public String rekomendasi(Long id) {
    Pembinaan p = service.ambil(id);
    if (p.getRekomendasi() == null) {
      return "-";
    }
    return "Rekomendasi sistem: " + p.getRekomendasi().label() + " (" + p.getRekomendasi().name() + "). "
        + p.getAlasanRekomendasi() + ". Sistem hanya merekomendasikan; keputusan ada pada PPK.";
  }
}
