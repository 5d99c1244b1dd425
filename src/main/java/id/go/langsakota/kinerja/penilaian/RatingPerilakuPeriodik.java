package id.go.langsakota.kinerja.penilaian;

import id.go.langsakota.kinerja.kosakata.Rating;
import id.go.langsakota.kinerja.skp.NilaiBerakhlak;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The rating of one BerAKHLAK value in one period. */
@Entity
@Table(name = "rating_perilaku_periodik")
public class RatingPerilakuPeriodik {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "penilaian_id")
  private Long penilaianId;

  @Enumerated(EnumType.STRING)
  private NilaiBerakhlak nilai;

  @Enumerated(EnumType.STRING)
  private Rating rating;

  protected RatingPerilakuPeriodik() {}

  public RatingPerilakuPeriodik(Long penilaianId, NilaiBerakhlak nilai, Rating rating) {
    this.penilaianId = penilaianId;
    this.nilai = nilai;
    this.rating = rating;
  }

  public Long getId() { return id; }
  public Long getPenilaianId() { return penilaianId; }
  public NilaiBerakhlak getNilai() { return nilai; }
  public Rating getRating() { return rating; }
}
