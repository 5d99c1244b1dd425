package id.go.langsakota.kinerja.keberatan;

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
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * An ASN's appeal (keberatan) against their final annual result: one per ASN per year. Keeps the
 * result as it was when filed, the decision per rating with its reason, and who decided when.
 */
@Entity
@Table(name = "keberatan")
public class Keberatan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "skp_id")
  private Long skpId;

  private String nip;
  private int tahun;

  @Enumerated(EnumType.STRING)
  private StatusKeberatan status = StatusKeberatan.DIAJUKAN;

  private String alasan;

  /** Ids in the evidence store (/api/bukti-dukung); the files never travel as variables. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "bukti_keberatan", joinColumns = @JoinColumn(name = "keberatan_id"))
  @Column(name = "bukti_dukung_id")
  private List<Long> buktiDukung = new ArrayList<>();

  @Column(name = "diajukan_oleh")
  private String diajukanOleh;

  @Column(name = "diajukan_pada")
  private Instant diajukanPada;

  @Column(name = "batas_pengajuan")
  private Instant batasPengajuan;

  @Column(name = "batas_keputusan")
  private Instant batasKeputusan;

  /** The pejabat penilai whose rating is appealed (cannot decide this appeal). */
  @Column(name = "dinilai_oleh")
  private String dinilaiOleh;

  @Enumerated(EnumType.STRING)
  @Column(name = "rating_hasil_kerja_awal")
  private Rating ratingHasilKerjaAwal;

  @Enumerated(EnumType.STRING)
  @Column(name = "rating_perilaku_awal")
  private Rating ratingPerilakuAwal;

  @Enumerated(EnumType.STRING)
  @Column(name = "predikat_awal")
  private Predikat predikatAwal;

  @Column(name = "dieskalasi_pada")
  private Instant dieskalasiPada;

  @Enumerated(EnumType.STRING)
  @Column(name = "rating_hasil_kerja_akhir")
  private Rating ratingHasilKerjaAkhir;

  @Column(name = "alasan_hasil_kerja")
  private String alasanHasilKerja;

  @Enumerated(EnumType.STRING)
  @Column(name = "rating_perilaku_akhir")
  private Rating ratingPerilakuAkhir;

  @Column(name = "alasan_perilaku")
  private String alasanPerilaku;

  @Enumerated(EnumType.STRING)
  @Column(name = "predikat_akhir")
  private Predikat predikatAkhir;

  @Column(name = "diputuskan_oleh")
  private String diputuskanOleh;

  @Column(name = "diputuskan_pada")
  private Instant diputuskanPada;

  @Column(name = "dibaca_pada")
  private Instant dibacaPada;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Version
  private long versi;

  protected Keberatan() {}

  public Keberatan(Long skpId, String nip, int tahun, String alasan, List<Long> buktiDukungIds,
      String diajukanOleh, Instant diajukanPada, Instant batasPengajuan, Instant batasKeputusan,
      String dinilaiOleh, Rating ratingHasilKerjaAwal, Rating ratingPerilakuAwal, Predikat predikatAwal) {
    this.skpId = skpId;
    this.nip = nip;
    this.tahun = tahun;
    this.alasan = alasan;
    this.buktiDukung.addAll(buktiDukungIds);
    this.diajukanOleh = diajukanOleh;
    this.diajukanPada = diajukanPada;
    this.batasPengajuan = batasPengajuan;
    this.batasKeputusan = batasKeputusan;
    this.dinilaiOleh = dinilaiOleh;
    this.ratingHasilKerjaAwal = ratingHasilKerjaAwal;
    this.ratingPerilakuAwal = ratingPerilakuAwal;
    this.predikatAwal = predikatAwal;
  }

  /** True when the decision changed at least one rating. */
  public boolean ratingDiubah() {
    return diputuskanPada != null
        && (ratingHasilKerjaAkhir != ratingHasilKerjaAwal || ratingPerilakuAkhir != ratingPerilakuAwal);
  }

  /** The outcome for reports: DALAM_PROSES, TETAP or DIUBAH. */
  public String hasil() {
    if (diputuskanPada == null) {
      return "DALAM_PROSES";
    }
    return ratingDiubah() ? "DIUBAH" : "TETAP";
  }

  public List<Long> daftarBuktiDukung() {
    return List.copyOf(buktiDukung);
  }

  static String potong(String s, int maks) {
    return s == null || s.length() <= maks ? s : s.substring(0, maks - 1) + "…";
  }

  void putuskan(Rating hasilKerja, String alasanHasil, Rating perilaku, String alasanPerilaku,
      String oleh, Instant pada) {
    this.ratingHasilKerjaAkhir = hasilKerja;
    this.alasanHasilKerja = alasanHasil;
    this.ratingPerilakuAkhir = perilaku;
    this.alasanPerilaku = alasanPerilaku;
    this.diputuskanOleh = oleh;
    this.diputuskanPada = pada;
    this.status = StatusKeberatan.DIPUTUSKAN;
  }

  public Long getId() { return id; }
  public Long getSkpId() { return skpId; }
  public String getNip() { return nip; }
  public int getTahun() { return tahun; }
  public StatusKeberatan getStatus() { return status; }
  void setStatus(StatusKeberatan status) { this.status = status; }
  public String getAlasan() { return alasan; }
  public Instant getDiajukanPada() { return diajukanPada; }
  public String getDiajukanOleh() { return diajukanOleh; }
  public Instant getBatasPengajuan() { return batasPengajuan; }
  public Instant getBatasKeputusan() { return batasKeputusan; }
  public String getDinilaiOleh() { return dinilaiOleh; }
  public Rating getRatingHasilKerjaAwal() { return ratingHasilKerjaAwal; }
  public Rating getRatingPerilakuAwal() { return ratingPerilakuAwal; }
  public Predikat getPredikatAwal() { return predikatAwal; }
  public Instant getDieskalasiPada() { return dieskalasiPada; }
  void setDieskalasiPada(Instant t) { this.dieskalasiPada = t; }
  public Rating getRatingHasilKerjaAkhir() { return ratingHasilKerjaAkhir; }
  public String getAlasanHasilKerja() { return alasanHasilKerja; }
  public Rating getRatingPerilakuAkhir() { return ratingPerilakuAkhir; }
  public String getAlasanPerilaku() { return alasanPerilaku; }
  public Predikat getPredikatAkhir() { return predikatAkhir; }
  void setPredikatAkhir(Predikat p) { this.predikatAkhir = p; }
  public String getDiputuskanOleh() { return diputuskanOleh; }
  public Instant getDiputuskanPada() { return diputuskanPada; }
  public Instant getDibacaPada() { return dibacaPada; }
  void setDibacaPada(Instant t) { this.dibacaPada = t; }
  public String getProcessInstanceId() { return processInstanceId; }
  void setProcessInstanceId(String id) { this.processInstanceId = id; }
}
