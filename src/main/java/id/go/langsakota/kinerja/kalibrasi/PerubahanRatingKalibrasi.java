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
import java.time.Instant;

/** One rating change in a calibration task: who, when, old and new ratings and predikat, why. */
@Entity
@Table(name = "perubahan_rating_kalibrasi")
public class PerubahanRatingKalibrasi {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "kalibrasi_id")
  private Long kalibrasiId;

  private int putaran;

  @Column(name = "skp_id")
  private Long skpId;

  private String nip;

  @Enumerated(EnumType.STRING)
  @Column(name = "rating_hasil_lama")
  private Rating ratingHasilLama;

  @Enumerated(EnumType.STRING)
  @Column(name = "rating_hasil_baru")
  private Rating ratingHasilBaru;

  @Enumerated(EnumType.STRING)
  @Column(name = "rating_perilaku_lama")
  private Rating ratingPerilakuLama;

  @Enumerated(EnumType.STRING)
  @Column(name = "rating_perilaku_baru")
  private Rating ratingPerilakuBaru;

  @Enumerated(EnumType.STRING)
  @Column(name = "predikat_lama")
  private Predikat predikatLama;

  @Enumerated(EnumType.STRING)
  @Column(name = "predikat_baru")
  private Predikat predikatBaru;

  private String alasan;

  @Column(name = "diubah_oleh")
  private String diubahOleh;

  @Column(name = "diubah_pada")
  private Instant diubahPada;

  protected PerubahanRatingKalibrasi() {}

  @SuppressWarnings("java:S107")
  PerubahanRatingKalibrasi(Long kalibrasiId, int putaran, Long skpId, String nip, Rating hasilLama,
      Rating hasilBaru, Rating perilakuLama, Rating perilakuBaru, Predikat predikatLama,
      Predikat predikatBaru, String alasan, String oleh, Instant pada) {
    this.kalibrasiId = kalibrasiId;
    this.putaran = putaran;
    this.skpId = skpId;
    this.nip = nip;
    this.ratingHasilLama = hasilLama;
    this.ratingHasilBaru = hasilBaru;
    this.ratingPerilakuLama = perilakuLama;
    this.ratingPerilakuBaru = perilakuBaru;
    this.predikatLama = predikatLama;
    this.predikatBaru = predikatBaru;
    this.alasan = alasan;
    this.diubahOleh = oleh;
    this.diubahPada = pada;
  }

  public Long getId() { return id; }
  public Long getKalibrasiId() { return kalibrasiId; }
  public int getPutaran() { return putaran; }
  public Long getSkpId() { return skpId; }
  public String getNip() { return nip; }
  public Rating getRatingHasilLama() { return ratingHasilLama; }
  public Rating getRatingHasilBaru() { return ratingHasilBaru; }
  public Rating getRatingPerilakuLama() { return ratingPerilakuLama; }
  public Rating getRatingPerilakuBaru() { return ratingPerilakuBaru; }
  public Predikat getPredikatLama() { return predikatLama; }
  public Predikat getPredikatBaru() { return predikatBaru; }
  public String getAlasan() { return alasan; }
  public String getDiubahOleh() { return diubahOleh; }
  public Instant getDiubahPada() { return diubahPada; }
}
