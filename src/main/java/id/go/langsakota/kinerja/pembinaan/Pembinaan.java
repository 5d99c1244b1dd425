package id.go.langsakota.kinerja.pembinaan;

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
 * One improvement period of one ASN after a final annual predikat Butuh Perbaikan or worse. The
 * pejabat penilai is fixed from the register at the start; the decision columns are what is
 * recorded on the pegawai.
 */
@Entity
@Table(name = "pembinaan_kinerja")
public class Pembinaan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "skp_id")
  private Long skpId;
  private String nip;
  private int tahun;
  @Enumerated(EnumType.STRING)
  private StatusPembinaan status = StatusPembinaan.MENYUSUN_RENCANA;
  @Enumerated(EnumType.STRING)
  @Column(name = "predikat_awal")
  private Predikat predikatAwal;
  @Column(name = "pejabat_penilai")
  private String pejabatPenilai;
  private boolean jpt;
  @Column(name = "bulan_pembinaan")
  private int bulanPembinaan;
  @Column(name = "dimulai_oleh")
  private String dimulaiOleh;
  @Column(name = "dimulai_pada")
  private Instant dimulaiPada;
  @Column(name = "tanggal_mulai_masa")
  private LocalDate tanggalMulaiMasa;
  @Column(name = "tanggal_akhir_masa")
  private LocalDate tanggalAkhirMasa;
  @Column(name = "pertemuan_ke")
  private int pertemuanKe;
  @Enumerated(EnumType.STRING)
  @Column(name = "rating_hasil_kerja_evaluasi")
  private Rating ratingHasilKerjaEvaluasi;
  @Enumerated(EnumType.STRING)
  @Column(name = "rating_perilaku_evaluasi")
  private Rating ratingPerilakuEvaluasi;
  @Enumerated(EnumType.STRING)
  @Column(name = "predikat_evaluasi")
  private Predikat predikatEvaluasi;
  @Column(name = "catatan_evaluasi")
  private String catatanEvaluasi;
  @Column(name = "dievaluasi_oleh")
  private String dievaluasiOleh;
  @Column(name = "dievaluasi_pada")
  private Instant dievaluasiPada;
  private Boolean membaik;
  @Enumerated(EnumType.STRING)
  private TindakLanjutPembinaan rekomendasi;
  @Column(name = "alasan_rekomendasi")
  private String alasanRekomendasi;
  @Enumerated(EnumType.STRING)
  private TindakLanjutPembinaan keputusan;
  @Column(name = "alasan_keputusan")
  private String alasanKeputusan;
  @Column(name = "nomor_keputusan")
  private String nomorKeputusan;
  @Column(name = "tanggal_keputusan")
  private LocalDate tanggalKeputusan;
  @Column(name = "diputuskan_oleh")
  private String diputuskanOleh;
  @Column(name = "diputuskan_pada")
  private Instant diputuskanPada;
  @Column(name = "uji_kompetensi_pada")
  private Instant ujiKompetensiPada;
  @Column(name = "dieskalasi_pada")
  private Instant dieskalasiPada;
  @Column(name = "selesai_pada")
  private Instant selesaiPada;
  @Column(name = "process_instance_id")
  private String processInstanceId;
  @Version
  private long versi;

  protected Pembinaan() {}

  Pembinaan(Long skpId, String nip, int tahun, Predikat predikatAwal, String pejabatPenilai, boolean jpt,
      int bulanPembinaan, String dimulaiOleh, Instant dimulaiPada) {
    this.skpId = skpId;
    this.nip = nip;
    this.tahun = tahun;
    this.predikatAwal = predikatAwal;
    this.pejabatPenilai = pejabatPenilai;
    this.jpt = jpt;
    this.bulanPembinaan = bulanPembinaan;
    this.dimulaiOleh = dimulaiOleh;
    this.dimulaiPada = dimulaiPada;
  }

  void setStatus(StatusPembinaan status) { this.status = status; }
  void setProcessInstanceId(String id) { this.processInstanceId = id; }

  void mulaiMasa(LocalDate mulai) {
    tanggalMulaiMasa = mulai;
    tanggalAkhirMasa = mulai.plusMonths(bulanPembinaan);
    status = StatusPembinaan.BERJALAN;
  }

  void pertemuanTercatat(int bulanKe) { pertemuanKe = bulanKe; }

  void evaluasi(Rating hasil, Rating perilaku, String catatan, String oleh, Instant pada) {
    ratingHasilKerjaEvaluasi = hasil;
    ratingPerilakuEvaluasi = perilaku;
    catatanEvaluasi = catatan;
    dievaluasiOleh = oleh;
    dievaluasiPada = pada;
  }

  void hasilEvaluasi(Predikat predikat, boolean membaik) {
    this.predikatEvaluasi = predikat;
    this.membaik = membaik;
  }

  void rekomendasikan(TindakLanjutPembinaan r, String alasan) {
    rekomendasi = r;
    alasanRekomendasi = alasan;
    status = StatusPembinaan.MENUNGGU_KEPUTUSAN;
  }

  void ujiKompetensi(String alasan, String oleh, Instant pada) {
    ujiKompetensiPada = pada;
    alasanKeputusan = alasan;
    diputuskanOleh = oleh;
  }

  void putuskan(TindakLanjutPembinaan k, String alasan, String nomor, LocalDate tanggal, String oleh, Instant pada) {
    keputusan = k;
    alasanKeputusan = alasan;
    nomorKeputusan = nomor;
    tanggalKeputusan = tanggal;
    diputuskanOleh = oleh;
    diputuskanPada = pada;
  }

  void selesai(StatusPembinaan akhir, Instant pada) {
    status = akhir;
    selesaiPada = pada;
  }

  void eskalasi(Instant pada) {
    if (dieskalasiPada == null) {
      dieskalasiPada = pada;
    }
  }

  public Long getId() { return id; }
  public Long getSkpId() { return skpId; }
  public String getNip() { return nip; }
  public int getTahun() { return tahun; }
  public StatusPembinaan getStatus() { return status; }
  public Predikat getPredikatAwal() { return predikatAwal; }
  public String getPejabatPenilai() { return pejabatPenilai; }
  public boolean isJpt() { return jpt; }
  public int getBulanPembinaan() { return bulanPembinaan; }
  public String getDimulaiOleh() { return dimulaiOleh; }
  public Instant getDimulaiPada() { return dimulaiPada; }
  public LocalDate getTanggalMulaiMasa() { return tanggalMulaiMasa; }
  public LocalDate getTanggalAkhirMasa() { return tanggalAkhirMasa; }
  public int getPertemuanKe() { return pertemuanKe; }
  public Rating getRatingHasilKerjaEvaluasi() { return ratingHasilKerjaEvaluasi; }
  public Rating getRatingPerilakuEvaluasi() { return ratingPerilakuEvaluasi; }
  public Predikat getPredikatEvaluasi() { return predikatEvaluasi; }
  public String getCatatanEvaluasi() { return catatanEvaluasi; }
  public String getDievaluasiOleh() { return dievaluasiOleh; }
  public Instant getDievaluasiPada() { return dievaluasiPada; }
  public Boolean getMembaik() { return membaik; }
  public TindakLanjutPembinaan getRekomendasi() { return rekomendasi; }
  public String getAlasanRekomendasi() { return alasanRekomendasi; }
  public TindakLanjutPembinaan getKeputusan() { return keputusan; }
  public String getAlasanKeputusan() { return alasanKeputusan; }
  public String getNomorKeputusan() { return nomorKeputusan; }
  public LocalDate getTanggalKeputusan() { return tanggalKeputusan; }
  public String getDiputuskanOleh() { return diputuskanOleh; }
  public Instant getDiputuskanPada() { return diputuskanPada; }
  public Instant getUjiKompetensiPada() { return ujiKompetensiPada; }
  public Instant getDieskalasiPada() { return dieskalasiPada; }
  public Instant getSelesaiPada() { return selesaiPada; }
  public String getProcessInstanceId() { return processInstanceId; }
}
