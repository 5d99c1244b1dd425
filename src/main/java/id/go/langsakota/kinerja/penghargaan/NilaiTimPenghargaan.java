package id.go.langsakota.kinerja.penghargaan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One Tim Penilai Kinerja member's score of one shortlisted nominee in one round. */
@Entity
@Table(name = "nilai_tim_penghargaan")
public class NilaiTimPenghargaan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "nominasi_id")
  private Long nominasiId;
  private int ronde;
  private String penilai;
  private BigDecimal nilai;
  private String catatan;
  @Column(name = "dinilai_pada")
  private Instant dinilaiPada;

  protected NilaiTimPenghargaan() {}

  public NilaiTimPenghargaan(Long nominasiId, int ronde, String penilai, BigDecimal nilai, String catatan) {
    this.nominasiId = nominasiId;
    this.ronde = ronde;
    this.penilai = penilai;
    this.nilai = nilai;
    this.catatan = catatan;
    this.dinilaiPada = Instant.now();
  }

  public Long getId() { return id; }
  public Long getNominasiId() { return nominasiId; }
  public int getRonde() { return ronde; }
  public String getPenilai() { return penilai; }
  public BigDecimal getNilai() { return nilai; }
  public String getCatatan() { return catatan; }
}
