package id.go.langsakota.kinerja.kinerjasaya;

import id.go.langsakota.kinerja.kosakata.DasarSaranRatingHasilKerja;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.penilaian.StatusPenilaianPeriodik;
import id.go.langsakota.kinerja.skp.ArahIndikator;
import id.go.langsakota.kinerja.skp.AspekIndikator;
import id.go.langsakota.kinerja.penilaian.CaraPenilaianPeriode;
import id.go.langsakota.kinerja.skp.JenisPeriode;
import id.go.langsakota.kinerja.skp.JenisRhk;
import id.go.langsakota.kinerja.skp.NilaiBerakhlak;
import id.go.langsakota.kinerja.skp.StatusSkp;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything "Kinerja saya" shows of one ASN's year, read from the project's tables: the SKP
 * (RHK numbered, indicators under them), Perilaku Kerja, every period (realisasi, evidence,
 * umpan balik, ratings, predikat), the annual result, the rules in force, and the sections of
 * processes that do not exist yet. The same record feeds the JSON endpoint and the PDF documents.
 */
public record RincianKinerja(
    String pemerintah,
    Identitas pegawai,
    Identitas pejabatPenilai,
    /** Shown (and signed) for a JPT; null when the pejabat penilai is already the PPK. */
    Identitas atasanPejabatPenilai,
    boolean jpt,
    SkpInfo skp,
    List<Rhk> rhk,
    List<Perilaku> perilaku,
    List<Periode> periode,
    Tahunan tahunan,
    Aturan aturan,
    List<BagianBelumTersedia> belumTersedia,
    /** Trainings whose tanggal selesai is in the SKP's year and the verified JP. */
    Pelatihan pelatihan,
    /** The ASN's appeals against this year's final result (at most one per year), every step. */
    List<KeberatanTahunan> keberatan,
    /** Training needs (pengembangan-kompetensi) opened for this year, newest first. */
    List<KebutuhanPelatihanTahunan> kebutuhanPelatihan,
    /** The improvement period (pembinaan-kinerja) after this year's predikat; null when there is none. */
    PembinaanTahunan pembinaan,
    /** Awards of this year's seleksi-penghargaan won by the ASN. */
    List<PenghargaanTahunan> penghargaan) {

  /** A person as official documents name them; fields the register does not know are null. */
  public record Identitas(String nip, String nama, String pangkatGolongan, String jabatan,
      String unitKerja, String opd, boolean plt) {}

  public record SkpInfo(Long id, int tahun, LocalDate tanggalMulai, LocalDate tanggalSelesai,
      JenisPeriode jenisPeriode, StatusSkp status, Instant tanggalDisetujui) {}

  /** @param nomor 1, 2, ... in the order the ASN wrote them */
  public record Rhk(Long id, int nomor, JenisRhk jenis, String uraian, String rhkAtasan,
      List<Indikator> indikator) {}

  /** @param nomor "1.1", "1.2", ... under the RHK's number */
  public record Indikator(Long id, String nomor, AspekIndikator aspek, String uraian,
      BigDecimal target, String satuan, ArahIndikator arah) {}

  public record Perilaku(NilaiBerakhlak nilai, String label, String ekspektasiKhusus) {}

  public record Periode(int ke, String label, LocalDate tanggalMulai, LocalDate tanggalAkhir,
      StatusPenilaianPeriodik status, Instant dilaporkanPada, boolean terlambatLapor,
      String catatanMandiri, List<RealisasiRhk> realisasi, Hitungan hitungan,
      List<RatingPerilaku> perilaku, DasarSaranRatingHasilKerja dasarSaranRatingHasilKerja,
      BigDecimal capaianOrganisasi, Rating saranRatingHasilKerja, Rating ratingHasilKerja,
      String alasanRatingHasilKerja, Rating saranRatingPerilaku, Rating ratingPerilaku,
      String alasanRatingPerilaku, Predikat predikat, String penilai, Instant dinilaiPada,
      CaraPenilaianPeriode caraPenilaian, String keteranganCaraPenilaian) {}

  /** One RHK in one period: its indicators' realisasi and the supervisor's umpan balik. */
  public record RealisasiRhk(Long rhkId, int nomor, JenisRhk jenis, String uraian,
      List<RealisasiIndikator> indikator, List<UmpanBalik> umpanBalik) {}

  /** @param berkas uploaded evidence, downloadable at berkas.url (same access rule as the SKP) */
  public record RealisasiIndikator(Long indikatorId, String nomor, AspekIndikator aspek,
      String uraian, BigDecimal target, String satuan, ArahIndikator arah, BigDecimal realisasi,
      BigDecimal capaian, Rating kategori, String keterangan, String tautanBukti, Berkas berkas) {}

  public record Berkas(Long id, String nama, String url) {}

  public record UmpanBalik(String isi, String penulis, Instant ditulisPada) {}

  public record RatingPerilaku(NilaiBerakhlak nilai, String label, Rating rating) {}

  /**
   * How the period's suggestion follows from the indicators' categories (the person's own
   * numbers for the Panduan): counts per category, whether an UTAMA indicator is below, and
   * the suggestion the rule gives.
   */
  public record Hitungan(int jumlahIndikator, int diAtas, int sesuai, int diBawah,
      boolean adaUtamaDiBawah, Rating saran) {}

  /**
   * The annual result and, for the Panduan, how the suggestion follows from the periodic
   * ratings: the scores (1/2/3), their mean and the mean rounded half up.
   */
  public record Tahunan(Rating saranRatingHasilKerja,
      DasarSaranRatingHasilKerja dasarSaranRatingHasilKerja, Rating saranRatingPerilaku,
      Rating ratingHasilKerja, Rating ratingPerilaku, String alasan, Predikat predikat,
      String penilai, Instant tanggalDinilai, Instant tanggalDiterima,
      RataRata rataRataHasilKerja, RataRata rataRataPerilaku) {}

  /** @param rataRata mean to 2 decimals; @param dibulatkan rounded half up; null without periods */
  public record RataRata(List<Integer> skor, BigDecimal rataRata, Integer dibulatkan, Rating saran) {}

  /** The thresholds in force (from pengaturan) and the national predikat matrix. */
  public record Aturan(BigDecimal ambangDiAtasEkspektasi, BigDecimal ambangSesuaiEkspektasi,
      List<BarisMatriks> matriksPredikat) {}

  /** One row of the matrix: Rating Hasil Kerja × (Perilaku DI_BAWAH, SESUAI, DI_ATAS). */
  public record BarisMatriks(Rating ratingHasilKerja, Predikat perilakuDiBawah,
      Predikat perilakuSesuai, Predikat perilakuDiAtas) {}

  /**
   * The ASN's pengembangan kompetensi in the year: verified JP against the entitlement and every
   * training (assigned, done, verified, returned) with its certificate.
   */
  public record Pelatihan(int jpTerverifikasi, int jpMinimal, int kekurangan, List<ItemPelatihan> daftar) {}

  public record ItemPelatihan(Long id, String nama, String jenis, String penyelenggara,
      LocalDate tanggalMulai, LocalDate tanggalSelesai, int jp, String status, String labelStatus,
      String catatanPengembalian, Berkas sertifikat) {}

  /**
   * An appeal (keberatan-penilaian) against the year's final result: what was filed, the written
   * explanations asked and given, the decision per rating and every recorded step. Names, not ids.
   *
   * @param hasil DALAM_PROSES, TETAP or DIUBAH
   * @param keputusan null until decided
   */
  public record KeberatanTahunan(Long id, String status, String labelStatus, String hasil,
      Instant diajukanPada, Instant batasPengajuan, Instant batasKeputusan, Instant dieskalasiPada,
      String alasan, List<Berkas> buktiDukung, String dinilaiOleh, List<PenjelasanKeberatan> penjelasan,
      KeputusanKeberatan keputusan, Instant dibacaPada, List<LangkahKeberatan> langkah) {}

  /** @param status MENUNGGU, DIBERIKAN or TERLAMBAT */
  public record PenjelasanKeberatan(String pihak, String dimintaKepada, String pertanyaan,
      String dimintaOleh, Instant dimintaPada, Instant batas, String status, String penjelasan,
      Instant dijawabPada) {}

  /** Each rating kept or changed with its reason; the predikat before and after. */
  public record KeputusanKeberatan(Rating ratingHasilKerjaAwal, Rating ratingHasilKerjaAkhir,
      boolean hasilKerjaDiubah, String alasanHasilKerja, Rating ratingPerilakuAwal,
      Rating ratingPerilakuAkhir, boolean perilakuDiubah, String alasanPerilaku, Predikat predikatAwal,
      Predikat predikatAkhir, String diputuskanOleh, Instant diputuskanPada) {}

  public record LangkahKeberatan(String jenis, String label, String oleh, Instant pada, String uraian,
      String alasan) {}

  /** A section whose process is not built yet: shown as such, never filled with invented data. */
  public record BagianBelumTersedia(String kode, String judul, String keterangan) {}

  /**
   * One training need: why it was opened (label of the trigger), the gap, where it stands, the
   * training assigned with its schedule and the deadline for the certificate.
   *
   * @param terlambat the certificate deadline passed while the need was still open
   * @param jpDikreditkan JP counted once BKPSDM verified the certificate; null before
   */
  public record KebutuhanPelatihanTahunan(Long id, String pemicu, String labelPemicu, String kesenjangan,
      String status, String labelStatus, String namaPelatihan, LocalDate tanggalMulai, LocalDate tanggalSelesai,
      LocalDate batasLapor, boolean terlambat, Integer jpDikreditkan) {}

  /**
   * The improvement period: status, predikat that started it, the period's dates, the plan the
   * ASN agreed (latest version), the check-ins so far, the re-evaluation and, when not improved,
   * the recommendation and the decision recorded on the pegawai.
   */
  public record PembinaanTahunan(Long id, String status, String labelStatus, Predikat predikatAwal,
      String pejabatPenilai, int bulanPembinaan, LocalDate tanggalMulaiMasa, LocalDate tanggalAkhirMasa,
      RencanaPembinaanTahunan rencana, List<PertemuanPembinaanTahunan> pertemuan, EvaluasiPembinaan evaluasi,
      String rekomendasi, String alasanRekomendasi, String keputusan, String alasanKeputusan,
      String nomorKeputusan, LocalDate tanggalKeputusan) {}

  /**
   * @param status DIAJUKAN, DIKEMBALIKAN or DISETUJUI
   * @param pelatihan the training the plan includes (catalogue name), null when none
   * @param kebutuhanPelatihanId the training need the agreed plan started (pemicu PEMBINAAN), once started
   * @param statusPelatihan that need's status label (Diusulkan, Ditetapkan, ..., Selesai)
   */
  public record RencanaPembinaanTahunan(int versi, String tujuan, String dukungan, String jadwalPertemuan,
      String status, String labelStatus, Instant disusunPada, Instant ditanggapiPada, String pelatihan,
      Long kebutuhanPelatihanId, String statusPelatihan) {}

  public record PertemuanPembinaanTahunan(int bulanKe, LocalDate tanggal, String catatanPenilai,
      String tanggapanAsn) {}

  /** @param membaik null until the result is recorded */
  public record EvaluasiPembinaan(Rating ratingHasilKerja, Rating ratingPerilaku, Predikat predikat,
      Boolean membaik, String catatan, String dievaluasiOleh, Instant dievaluasiPada) {}

  /** An award won: year, category and the Wali Kota's decree (null when none was entered). */
  public record PenghargaanTahunan(int tahun, String kategori, String labelKategori, String nomorKeputusan,
      Instant ditetapkanPada) {}
}
