package id.go.langsakota.kinerja.kalibrasi;

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

/** An SKP in a round: its ratings and predikat when the round started, and the final predikat. */
@Entity
@Table(name = "anggota_kalibrasi")
public class AnggotaKalibrasi {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "kalibrasi_id")
  private Long kalibrasiId;

  @Column(name = "skp_id")
  private Long skpId;

  private String nip;

  @Column(name = "kepala_opd")
  private boolean kepalaOpd;

  @Enumerated(EnumType.STRING)
  @Column(name = "rating_hasil_awal")
  private Rating ratingHasilAwal;

  @Enumerated(EnumType.STRING)
  @Column(name = "rating_perilaku_awal")
  private Rating ratingPerilakuAwal;

  @Enumerated(EnumType.STRING)
  @Column(name = "predikat_awal")
  private Predikat predikatAwal;

  @Enumerated(EnumType.STRING)
  @Column(name = "predikat_final")
  private Predikat predikatFinal;

  protected AnggotaKalibrasi() {}

  AnggotaKalibrasi(Long kalibrasiId, SkpOpd s) {
    this.kalibrasiId = kalibrasiId;
    this.skpId = s.skpId();
    this.nip = s.nip();
    this.kepalaOpd = s.kepalaOpd();
    this.ratingHasilAwal = s.ratingHasil();
    this.ratingPerilakuAwal = s.ratingPerilaku();
    this.predikatAwal = s.predikat();
  }

  public Long getId() { return id; }
  public Long getKalibrasiId() { return kalibrasiId; }
  public Long getSkpId() { return skpId; }
  public String getNip() { return nip; }
  public boolean isKepalaOpd() { return kepalaOpd; }
  public Rating getRatingHasilAwal() { return ratingHasilAwal; }
  public Rating getRatingPerilakuAwal() { return ratingPerilakuAwal; }
  public Predikat getPredikatAwal() { return predikatAwal; }
  public Predikat getPredikatFinal() { return predikatFinal; }
  void setPredikatFinal(Predikat p) { this.predikatFinal = p; }
}
