package id.go.langsakota.kinerja.kinerjasaya;

import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.EvaluasiPembinaan;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.KebutuhanPelatihanTahunan;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.PembinaanTahunan;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.PenghargaanTahunan;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.PertemuanPembinaanTahunan;
import id.go.langsakota.kinerja.kinerjasaya.RincianKinerja.RencanaPembinaanTahunan;
import id.go.langsakota.kinerja.kompetensi.KatalogPelatihan;
import id.go.langsakota.kinerja.kompetensi.KatalogPelatihanRepository;
import id.go.langsakota.kinerja.pembinaan.Pembinaan;
import id.go.langsakota.kinerja.pembinaan.PembinaanRepository;
import id.go.langsakota.kinerja.pembinaan.PertemuanPembinaanRepository;
import id.go.langsakota.kinerja.pembinaan.RencanaPembinaan;
import id.go.langsakota.kinerja.pembinaan.RencanaPembinaanRepository;
import id.go.langsakota.kinerja.pembinaan.StatusPembinaan;
import id.go.langsakota.kinerja.pembinaan.StatusRencana;
import id.go.langsakota.kinerja.pembinaan.TindakLanjutPembinaan;
import id.go.langsakota.kinerja.pengembangan.KebutuhanPelatihan;
import id.go.langsakota.kinerja.pengembangan.KebutuhanPelatihanRepository;
import id.go.langsakota.kinerja.penghargaan.SeleksiPenghargaan;
import id.go.langsakota.kinerja.penghargaan.PemenangPenghargaanRepository;
import id.go.langsakota.kinerja.penghargaan.SeleksiPenghargaanRepository;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-ups of one ASN's year for "Kinerja saya", read from the tables of
 * pengembangan-kompetensi, pembinaan-kinerja and seleksi-penghargaan. No access check here: the
 * only caller, {@link KinerjaSayaService#rincian}, checks it before anything is read.
 */
@Component
@Transactional(readOnly = true)
class TindakLanjutBaca {

  private final KebutuhanPelatihanRepository kebutuhanRepository;
  private final KatalogPelatihanRepository katalogRepository;
  private final PembinaanRepository pembinaanRepository;
  private final RencanaPembinaanRepository rencanaRepository;
  private final PertemuanPembinaanRepository pertemuanRepository;
  private final PemenangPenghargaanRepository pemenangRepository;
  private final SeleksiPenghargaanRepository seleksiRepository;

  TindakLanjutBaca(KebutuhanPelatihanRepository kebutuhanRepository, KatalogPelatihanRepository katalogRepository,
      PembinaanRepository pembinaanRepository, RencanaPembinaanRepository rencanaRepository,
      PertemuanPembinaanRepository pertemuanRepository, PemenangPenghargaanRepository pemenangRepository,
      SeleksiPenghargaanRepository seleksiRepository) {
    this.kebutuhanRepository = kebutuhanRepository;
    this.katalogRepository = katalogRepository;
    this.pembinaanRepository = pembinaanRepository;
    this.rencanaRepository = rencanaRepository;
    this.pertemuanRepository = pertemuanRepository;
    this.pemenangRepository = pemenangRepository;
    this.seleksiRepository = seleksiRepository;
  }

  List<KebutuhanPelatihanTahunan> kebutuhanPelatihan(String nip, int tahun) {
    return kebutuhanRepository.findByNipOrderByIdDesc(nip).stream()
        .filter(k -> k.getTahun() == tahun)
        .map(this::kebutuhan)
        .toList();
  }

  private KebutuhanPelatihanTahunan kebutuhan(KebutuhanPelatihan k) {
    String nama = k.getKatalogId() == null ? null
        : katalogRepository.findById(k.getKatalogId()).map(KatalogPelatihan::getNama).orElse(null);
    // overdue = reported late by the process and still not closed (verified needs are no longer late)
    boolean terlambat = k.getTerlambatPada() != null && k.getStatus().terbuka();
    return new KebutuhanPelatihanTahunan(k.getId(), k.getPemicu().name(), k.getPemicu().label(),
        k.getKesenjangan(), k.getStatus().name(), k.getStatus().label(), nama, k.getTanggalMulai(),
        k.getTanggalSelesai(), k.getBatasLapor(), terlambat, k.getJpDikreditkan());
  }

  /** @param nama turns a user id into the person's name */
  PembinaanTahunan pembinaan(String nip, int tahun, UnaryOperator<String> nama) {
    return pembinaanRepository.findByNipAndTahun(nip, tahun).map(p -> pembinaan(p, nama)).orElse(null);
  }

  private PembinaanTahunan pembinaan(Pembinaan p, UnaryOperator<String> nama) {
    List<RencanaPembinaan> semua = rencanaRepository.findByPembinaanIdOrderByVersiRencanaAsc(p.getId());
    // the agreed version when there is one, else the latest draft
    Optional<RencanaPembinaan> r = semua.stream().filter(x -> x.getStatus() == StatusRencana.DISETUJUI)
        .reduce((a, b) -> b).or(() -> semua.isEmpty() ? Optional.empty() : Optional.of(semua.get(semua.size() - 1)));
    Optional<KebutuhanPelatihan> kebutuhan = kebutuhanRepository.findByPembinaanId(p.getId());
    RencanaPembinaanTahunan rencana = r.map(x -> new RencanaPembinaanTahunan(x.getVersiRencana(), x.getTujuan(),
        x.getDukungan(), x.getJadwalPertemuan(), x.getStatus().name(), label(x.getStatus()), x.getDisusunPada(),
        x.getDitanggapiPada(), x.getKatalogPelatihanId() == null ? null
            : katalogRepository.findById(x.getKatalogPelatihanId()).map(KatalogPelatihan::getNama).orElse(null),
        kebutuhan.map(KebutuhanPelatihan::getId).orElse(null),
        kebutuhan.map(k -> k.getStatus().label()).orElse(null))).orElse(null);
    List<PertemuanPembinaanTahunan> pertemuan = pertemuanRepository.findByPembinaanIdOrderByBulanKeAsc(p.getId())
        .stream().map(x -> new PertemuanPembinaanTahunan(x.getBulanKe(), x.getTanggalPertemuan(),
            x.getCatatanPenilai(), x.getTanggapanAsn())).toList();
    EvaluasiPembinaan evaluasi = p.getDievaluasiPada() == null ? null
        : new EvaluasiPembinaan(p.getRatingHasilKerjaEvaluasi(), p.getRatingPerilakuEvaluasi(),
            p.getPredikatEvaluasi(), p.getMembaik(), p.getCatatanEvaluasi(), nama.apply(p.getDievaluasiOleh()),
            p.getDievaluasiPada());
    return new PembinaanTahunan(p.getId(), p.getStatus().name(), label(p.getStatus()), p.getPredikatAwal(),
        nama.apply(p.getPejabatPenilai()), p.getBulanPembinaan(), p.getTanggalMulaiMasa(), p.getTanggalAkhirMasa(),
        rencana, pertemuan, evaluasi, label(p.getRekomendasi()), p.getAlasanRekomendasi(), label(p.getKeputusan()),
        p.getAlasanKeputusan(), p.getNomorKeputusan(), p.getTanggalKeputusan());
  }

  List<PenghargaanTahunan> penghargaan(String nip, int tahun) {
    String nomor = seleksiRepository.findByTahun(tahun).map(SeleksiPenghargaan::getNomorKeputusan).orElse(null);
    return pemenangRepository.findByNipOrderByTahunDesc(nip).stream()
        .filter(p -> p.getTahun() == tahun)
        .map(p -> new PenghargaanTahunan(p.getTahun(), p.getKategori().name(), p.getKategori().label(), nomor,
            p.getDitetapkanPada()))
        .toList();
  }

  static String label(StatusPembinaan s) {
    return switch (s) {
      case MENYUSUN_RENCANA -> "Rencana pembinaan sedang disusun";
      case MENUNGGU_PERSETUJUAN -> "Rencana menunggu persetujuan ASN";
      case BERJALAN -> "Masa pembinaan berjalan";
      case EVALUASI -> "Evaluasi ulang oleh pejabat penilai";
      case MENUNGGU_KEPUTUSAN -> "Menunggu keputusan BKPSDM dan PPK";
      case SELESAI_MEMBAIK -> "Selesai: kinerja membaik";
      case SELESAI_DIPUTUSKAN -> "Selesai: keputusan ditetapkan";
    };
  }

  static String label(StatusRencana s) {
    return switch (s) {
      case DIAJUKAN -> "Menunggu persetujuan ASN";
      case DIKEMBALIKAN -> "Dikembalikan ASN untuk diubah";
      case DISETUJUI -> "Disetujui ASN";
    };
  }

  private static String label(TindakLanjutPembinaan t) {
    return t == null ? null : t.label();
  }
}
