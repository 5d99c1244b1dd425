package id.go.langsakota.kinerja.keberatan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A written explanation the decider asked of the ASN or the pejabat penilai, with its deadline. */
@Entity
@Table(name = "penjelasan_keberatan")
public class PenjelasanKeberatan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "keberatan_id")
  private Long keberatanId;

  @Enumerated(EnumType.STRING)
  private PihakPenjelasan pihak;

  @Column(name = "diminta_kepada")
  private String dimintaKepada;

  private String pertanyaan;

  @Column(name = "diminta_oleh")
  private String dimintaOleh;

  @Column(name = "diminta_pada")
  private Instant dimintaPada;

  private Instant batas;

  @Enumerated(EnumType.STRING)
  private StatusPenjelasan status = StatusPenjelasan.MENUNGGU;

  private String penjelasan;

  @Column(name = "dijawab_oleh")
  private String dijawabOleh;

  @Column(name = "dijawab_pada")
  private Instant dijawabPada;

  protected PenjelasanKeberatan() {}

  public PenjelasanKeberatan(Long keberatanId, PihakPenjelasan pihak, String dimintaKepada,
      String pertanyaan, String dimintaOleh, Instant dimintaPada, Instant batas) {
    this.keberatanId = keberatanId;
    this.pihak = pihak;
    this.dimintaKepada = dimintaKepada;
    this.pertanyaan = pertanyaan;
    this.dimintaOleh = dimintaOleh;
    this.dimintaPada = dimintaPada;
    this.batas = batas;
  }

  void jawab(String teks, String oleh, Instant pada) {
    this.penjelasan = teks;
    this.dijawabOleh = oleh;
    this.dijawabPada = pada;
    this.status = StatusPenjelasan.DIBERIKAN;
  }

  void terlambat() {
    this.status = StatusPenjelasan.TERLAMBAT;
  }

  public Long getId() { return id; }
  public Long getKeberatanId() { return keberatanId; }
  public PihakPenjelasan getPihak() { return pihak; }
  public String getDimintaKepada() { return dimintaKepada; }
  public String getPertanyaan() { return pertanyaan; }
  public String getDimintaOleh() { return dimintaOleh; }
  public Instant getDimintaPada() { return dimintaPada; }
  public Instant getBatas() { return batas; }
  public StatusPenjelasan getStatus() { return status; }
  public String getPenjelasan() { return penjelasan; }
  public String getDijawabOleh() { return dijawabOleh; }
  public Instant getDijawabPada() { return dijawabPada; }
}
