package id.go.langsakota.kinerja.skp;

import id.go.langsakota.kinerja.kosakata.Predikat;
import id.go.langsakota.kinerja.kosakata.Rating;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Sasaran Kinerja Pegawai: one ASN, one year (or the part of it the ASN serves). */
@Entity
@Table(name = "skp")
public class Skp {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String nip;
  private int tahun;

  @Column(name = "tanggal_mulai")
  private LocalDate tanggalMulai;

  @Column(name = "tanggal_selesai")
  private LocalDate tanggalSelesai;

  @Enumerated(EnumType.STRING)
  @Column(name = "jenis_periode")
  private JenisPeriode jenisPeriode = JenisPeriode.BULANAN;

  @Enumerated(EnumType.STRING)
  private StatusSkp status = StatusSkp.DRAF;

  @Column(name = "siklus_id")
  private Long siklusId;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  /** Camunda user id of the pejabat penilai who agreed (menetapkan) the SKP. */
  @Column(name = "id_pejabat_penilai")
  private String idPejabatPenilai;

  @Column(name = "tanggal_diajukan")
  private Instant tanggalDiajukan;

  @Column(name = "tanggal_disetujui")
  private Instant tanggalDisetujui;

  /** Notes of the last return (pengembalian) by the pejabat penilai. */
  @Column(name = "catatan_pengembalian")
  private String catatanPengembalian;

  @Column(name = "jumlah_pengembalian")
  private int jumlahPengembalian;

  @Enumerated(EnumType.STRING)
  @Column(name = "saran_rating_hasil_kerja")
  private Rating saranRatingHasilKerja;

  /** RATING_PERIODIK, or CAPAIAN_ORGANISASI for the head of an OPD with an annual figure. */
  @Enumerated(EnumType.STRING)
  @Column(name = "dasar_saran_rating_hasil_kerja")
  private id.go.langsakota.kinerja.kosakata.DasarSaranRatingHasilKerja dasarSaranRatingHasilKerja;

  @Enumerated(EnumType.STRING)
  @Column(name = "saran_rating_perilaku")
  private Rating saranRatingPerilaku;

  @Enumerated(EnumType.STRING)
  @Column(name = "rating_hasil_kerja_tahunan")
  private Rating ratingHasilKerjaTahunan;

  @Enumerated(EnumType.STRING)
  @Column(name = "rating_perilaku_tahunan")
  private Rating ratingPerilakuTahunan;

  @Column(name = "alasan_rating_tahunan")
  private String alasanRatingTahunan;

  @Enumerated(EnumType.STRING)
  @Column(name = "predikat_tahunan")
  private Predikat predikatTahunan;

  @Column(name = "dinilai_oleh")
  private String dinilaiOleh;

  @Column(name = "tanggal_dinilai")
  private Instant tanggalDinilai;

  /** When the ASN acknowledged the annual result: the 14-day keberatan window starts here. */
  @Column(name = "tanggal_diterima")
  private Instant tanggalDiterima;

  /** When the OPD's distribution fitted and the annual predikat became final (kalibrasi-kurva). */
  @Column(name = "tanggal_predikat_final")
  private Instant tanggalPredikatFinal;

  /**
   * When the final annual result reached the ASN (terima-hasil-penilaian created): the keberatan
   * window starts here.
   */
  @Column(name = "tanggal_hasil_diterima")
  private Instant tanggalHasilDiterima;

  /** True when an appeal decision changed the final ratings (and so perhaps the predikat). */
  @Column(name = "diubah_keberatan")
  private boolean diubahKeberatan;

  @OneToMany(mappedBy = "skp", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("urutan")
  private List<RencanaHasilKerja> rencanaHasilKerja = new ArrayList<>();

  @OneToMany(mappedBy = "skp", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<PerilakuKerja> perilakuKerja = new ArrayList<>();

  @Version
  private long versi;

  protected Skp() {}

  public Skp(String nip, int tahun, LocalDate tanggalMulai, LocalDate tanggalSelesai,
      JenisPeriode jenisPeriode) {
    this.nip = nip;
    this.tahun = tahun;
    this.tanggalMulai = tanggalMulai;
    this.tanggalSelesai = tanggalSelesai;
    this.jenisPeriode = jenisPeriode;
  }

  public RencanaHasilKerja tambahRhk(JenisRhk jenis, String uraian) {
    RencanaHasilKerja rhk = new RencanaHasilKerja(this, jenis, uraian, rencanaHasilKerja.size() + 1);
    rencanaHasilKerja.add(rhk);
    return rhk;
  }

  /** Attaches the 7 BerAKHLAK values once (idempotent). */
  public void lampirkanBerakhlak() {
    for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
      if (perilakuKerja.stream().noneMatch(p -> p.getNilai() == n)) {
        perilakuKerja.add(new PerilakuKerja(this, n));
      }
    }
  }

  public Long getId() { return id; }
  public String getNip() { return nip; }
  public int getTahun() { return tahun; }
  public LocalDate getTanggalMulai() { return tanggalMulai; }
  public void setTanggalMulai(LocalDate tanggalMulai) { this.tanggalMulai = tanggalMulai; }
  public LocalDate getTanggalSelesai() { return tanggalSelesai; }
  public void setTanggalSelesai(LocalDate tanggalSelesai) { this.tanggalSelesai = tanggalSelesai; }
  public JenisPeriode getJenisPeriode() { return jenisPeriode; }
  public void setJenisPeriode(JenisPeriode jenisPeriode) { this.jenisPeriode = jenisPeriode; }
  public StatusSkp getStatus() { return status; }
  public void setStatus(StatusSkp status) { this.status = status; }
  public Long getSiklusId() { return siklusId; }
  public void setSiklusId(Long siklusId) { this.siklusId = siklusId; }
  public String getProcessInstanceId() { return processInstanceId; }
  public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
  public String getIdPejabatPenilai() { return idPejabatPenilai; }
  public void setIdPejabatPenilai(String idPejabatPenilai) { this.idPejabatPenilai = idPejabatPenilai; }
  public Instant getTanggalDiajukan() { return tanggalDiajukan; }
  public void setTanggalDiajukan(Instant tanggalDiajukan) { this.tanggalDiajukan = tanggalDiajukan; }
  public Instant getTanggalDisetujui() { return tanggalDisetujui; }
  public void setTanggalDisetujui(Instant tanggalDisetujui) { this.tanggalDisetujui = tanggalDisetujui; }
  public String getCatatanPengembalian() { return catatanPengembalian; }
  public void setCatatanPengembalian(String catatanPengembalian) { this.catatanPengembalian = catatanPengembalian; }
  public int getJumlahPengembalian() { return jumlahPengembalian; }
  public void setJumlahPengembalian(int jumlahPengembalian) { this.jumlahPengembalian = jumlahPengembalian; }
  public Rating getSaranRatingHasilKerja() { return saranRatingHasilKerja; }
  public void setSaranRatingHasilKerja(Rating saranRatingHasilKerja) { this.saranRatingHasilKerja = saranRatingHasilKerja; }
  public id.go.langsakota.kinerja.kosakata.DasarSaranRatingHasilKerja getDasarSaranRatingHasilKerja() { return dasarSaranRatingHasilKerja; }
  public void setDasarSaranRatingHasilKerja(id.go.langsakota.kinerja.kosakata.DasarSaranRatingHasilKerja d) { this.dasarSaranRatingHasilKerja = d; }
  public Rating getSaranRatingPerilaku() { return saranRatingPerilaku; }
  public void setSaranRatingPerilaku(Rating saranRatingPerilaku) { this.saranRatingPerilaku = saranRatingPerilaku; }
  public Rating getRatingHasilKerjaTahunan() { return ratingHasilKerjaTahunan; }
  public void setRatingHasilKerjaTahunan(Rating r) { this.ratingHasilKerjaTahunan = r; }
  public Rating getRatingPerilakuTahunan() { return ratingPerilakuTahunan; }
  public void setRatingPerilakuTahunan(Rating r) { this.ratingPerilakuTahunan = r; }
  public String getAlasanRatingTahunan() { return alasanRatingTahunan; }
  public void setAlasanRatingTahunan(String alasanRatingTahunan) { this.alasanRatingTahunan = alasanRatingTahunan; }
  public Predikat getPredikatTahunan() { return predikatTahunan; }
  public void setPredikatTahunan(Predikat predikatTahunan) { this.predikatTahunan = predikatTahunan; }
  public String getDinilaiOleh() { return dinilaiOleh; }
  public void setDinilaiOleh(String dinilaiOleh) { this.dinilaiOleh = dinilaiOleh; }
  public Instant getTanggalDinilai() { return tanggalDinilai; }
  public void setTanggalDinilai(Instant tanggalDinilai) { this.tanggalDinilai = tanggalDinilai; }
  public Instant getTanggalDiterima() { return tanggalDiterima; }
  public void setTanggalDiterima(Instant tanggalDiterima) { this.tanggalDiterima = tanggalDiterima; }
  public Instant getTanggalPredikatFinal() { return tanggalPredikatFinal; }
  public void setTanggalPredikatFinal(Instant t) { this.tanggalPredikatFinal = t; }
  public Instant getTanggalHasilDiterima() { return tanggalHasilDiterima; }
  public void setTanggalHasilDiterima(Instant t) { this.tanggalHasilDiterima = t; }
  public boolean isDiubahKeberatan() { return diubahKeberatan; }
  public void setDiubahKeberatan(boolean diubahKeberatan) { this.diubahKeberatan = diubahKeberatan; }
  public List<RencanaHasilKerja> getRencanaHasilKerja() { return rencanaHasilKerja; }
  public List<PerilakuKerja> getPerilakuKerja() { return perilakuKerja; }
}
