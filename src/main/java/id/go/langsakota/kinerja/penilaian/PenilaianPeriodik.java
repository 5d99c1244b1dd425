package id.go.langsakota.kinerja.penilaian;

import id.go.langsakota.kinerja.kosakata.DasarSaranRatingHasilKerja;
import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One period (month or quarter) of one ASN's SKP: the self-report, the suggested and decided
 * ratings and the periodic predikat. The annual suggestion reads these rows.
 */
@Entity
@Table(name = "penilaian_periodik")
public class PenilaianPeriodik {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "skp_id")
  private Long skpId;

  private String nip;
  private int tahun;

  @Column(name = "periode_ke")
  private int periodeKe;

  @Column(name = "tanggal_mulai")
  private LocalDate tanggalMulai;

  @Column(name = "tanggal_akhir")
  private LocalDate tanggalAkhir;

  @Enumerated(EnumType.STRING)
  private StatusPenilaianPeriodik status = StatusPenilaianPeriodik.MENUNGGU_REALISASI;

  /** The ASN's self-assessment note. */
  @Column(name = "catatan_mandiri")
  private String catatanMandiri;

  @Column(name = "batas_lapor")
  private Instant batasLapor;

  @Column(name = "dilaporkan_pada")
  private Instant dilaporkanPada;

  @Column(name = "terlambat_lapor")
  private boolean terlambatLapor;

  @Enumerated(EnumType.STRING)
  @Column(name = "saran_rating_hasil_kerja")
  private Rating saranRatingHasilKerja;

  /** INDIKATOR, or CAPAIAN_ORGANISASI for the head of an OPD with a figure from BKPSDM. */
  @Enumerated(EnumType.STRING)
  @Column(name = "dasar_saran_rating_hasil_kerja")
  private DasarSaranRatingHasilKerja dasarSaranRatingHasilKerja;

  @Column(name = "capaian_organisasi")
  private java.math.BigDecimal capaianOrganisasi;

  @Enumerated(EnumType.STRING)
  @Column(name = "saran_rating_perilaku")
  private Rating saranRatingPerilaku;

  @Enumerated(EnumType.STRING)
  @Column(name = "rating_hasil_kerja")
  private Rating ratingHasilKerja;

  @Enumerated(EnumType.STRING)
  @Column(name = "rating_perilaku")
  private Rating ratingPerilaku;

  /** Required when the decided rating differs from the suggestion. */
  @Column(name = "alasan_rating_hasil_kerja")
  private String alasanRatingHasilKerja;

  @Column(name = "alasan_rating_perilaku")
  private String alasanRatingPerilaku;

  /** Camunda user id of whoever rated (the pejabat penilai, or the atasan after escalation). */
  @Column(name = "id_pejabat_penilai")
  private String idPejabatPenilai;

  @Column(name = "batas_penilaian")
  private Instant batasPenilaian;

  @Column(name = "dinilai_pada")
  private Instant dinilaiPada;

  @Column(name = "terlambat_nilai")
  private boolean terlambatNilai;

  @Enumerated(EnumType.STRING)
  private Predikat predikat;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  /** REGULER, or for a period that ended before the SKP was agreed SUSULAN / TIDAK_DINILAI. */
  @Enumerated(EnumType.STRING)
  @Column(name = "cara_penilaian")
  private CaraPenilaianPeriode caraPenilaian = CaraPenilaianPeriode.REGULER;

  @Column(name = "keterangan_cara_penilaian")
  private String keteranganCaraPenilaian;

  @Version
  private long versi;

  protected PenilaianPeriodik() {}

  public PenilaianPeriodik(Long skpId, String nip, int tahun, int periodeKe, LocalDate tanggalMulai,
      LocalDate tanggalAkhir) {
    this.skpId = skpId;
    this.nip = nip;
    this.tahun = tahun;
    this.periodeKe = periodeKe;
    this.tanggalMulai = tanggalMulai;
    this.tanggalAkhir = tanggalAkhir;
  }

  public CaraPenilaianPeriode getCaraPenilaian() { return caraPenilaian; }
  public String getKeteranganCaraPenilaian() { return keteranganCaraPenilaian; }

  /** Marks the period as a catch-up or not assessed, with the reason people read. */
  public void tetapkanCara(CaraPenilaianPeriode cara, String keterangan) {
    this.caraPenilaian = cara;
    this.keteranganCaraPenilaian = keterangan;
    if (cara == CaraPenilaianPeriode.TIDAK_DINILAI) {
      this.status = StatusPenilaianPeriodik.TIDAK_DINILAI;
    }
  }

  public Long getId() { return id; }
  public Long getSkpId() { return skpId; }
  public String getNip() { return nip; }
  public int getTahun() { return tahun; }
  public int getPeriodeKe() { return periodeKe; }
  public LocalDate getTanggalMulai() { return tanggalMulai; }
  public LocalDate getTanggalAkhir() { return tanggalAkhir; }
  public StatusPenilaianPeriodik getStatus() { return status; }
  public void setStatus(StatusPenilaianPeriodik status) { this.status = status; }
  public String getCatatanMandiri() { return catatanMandiri; }
  public void setCatatanMandiri(String catatanMandiri) { this.catatanMandiri = catatanMandiri; }
  public Instant getBatasLapor() { return batasLapor; }
  public void setBatasLapor(Instant batasLapor) { this.batasLapor = batasLapor; }
  public Instant getDilaporkanPada() { return dilaporkanPada; }
  public void setDilaporkanPada(Instant dilaporkanPada) { this.dilaporkanPada = dilaporkanPada; }
  public boolean isTerlambatLapor() { return terlambatLapor; }
  public void setTerlambatLapor(boolean terlambatLapor) { this.terlambatLapor = terlambatLapor; }
  public Rating getSaranRatingHasilKerja() { return saranRatingHasilKerja; }
  public void setSaranRatingHasilKerja(Rating r) { this.saranRatingHasilKerja = r; }
  public DasarSaranRatingHasilKerja getDasarSaranRatingHasilKerja() { return dasarSaranRatingHasilKerja; }
  public void setDasarSaranRatingHasilKerja(DasarSaranRatingHasilKerja d) { this.dasarSaranRatingHasilKerja = d; }
  public java.math.BigDecimal getCapaianOrganisasi() { return capaianOrganisasi; }
  public void setCapaianOrganisasi(java.math.BigDecimal c) { this.capaianOrganisasi = c; }
  public Rating getSaranRatingPerilaku() { return saranRatingPerilaku; }
  public void setSaranRatingPerilaku(Rating r) { this.saranRatingPerilaku = r; }
  public Rating getRatingHasilKerja() { return ratingHasilKerja; }
  public void setRatingHasilKerja(Rating r) { this.ratingHasilKerja = r; }
  public Rating getRatingPerilaku() { return ratingPerilaku; }
  public void setRatingPerilaku(Rating r) { this.ratingPerilaku = r; }
  public String getAlasanRatingHasilKerja() { return alasanRatingHasilKerja; }
  public void setAlasanRatingHasilKerja(String s) { this.alasanRatingHasilKerja = s; }
  public String getAlasanRatingPerilaku() { return alasanRatingPerilaku; }
  public void setAlasanRatingPerilaku(String s) { this.alasanRatingPerilaku = s; }
  public String getIdPejabatPenilai() { return idPejabatPenilai; }
  public void setIdPejabatPenilai(String s) { this.idPejabatPenilai = s; }
  public Instant getBatasPenilaian() { return batasPenilaian; }
  public void setBatasPenilaian(Instant batasPenilaian) { this.batasPenilaian = batasPenilaian; }
  public Instant getDinilaiPada() { return dinilaiPada; }
  public void setDinilaiPada(Instant dinilaiPada) { this.dinilaiPada = dinilaiPada; }
  public boolean isTerlambatNilai() { return terlambatNilai; }
  public void setTerlambatNilai(boolean terlambatNilai) { this.terlambatNilai = terlambatNilai; }
  public Predikat getPredikat() { return predikat; }
  public void setPredikat(Predikat predikat) { this.predikat = predikat; }
  public String getProcessInstanceId() { return processInstanceId; }
  public void setProcessInstanceId(String s) { this.processInstanceId = s; }
}
