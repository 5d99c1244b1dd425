package id.go.langsakota.kinerja.skp;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Indikator kinerja individu of an RHK: what is measured, the target and which way is better. */
@Entity
@Table(name = "indikator_kinerja")
public class IndikatorKinerja {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "rhk_id")
  private RencanaHasilKerja rhk;

  @Enumerated(EnumType.STRING)
  private AspekIndikator aspek;

  private String uraian;
  private BigDecimal target;
  private String satuan;

  @Enumerated(EnumType.STRING)
  private ArahIndikator arah;

  private int urutan;

  protected IndikatorKinerja() {}

  IndikatorKinerja(RencanaHasilKerja rhk, AspekIndikator aspek, String uraian, BigDecimal target,
      String satuan, ArahIndikator arah, int urutan) {
    this.rhk = rhk;
    this.aspek = aspek;
    this.uraian = uraian;
    this.target = target;
    this.satuan = satuan;
    this.arah = arah;
    this.urutan = urutan;
  }

  public Long getId() { return id; }
  public RencanaHasilKerja getRhk() { return rhk; }
  public AspekIndikator getAspek() { return aspek; }
  public String getUraian() { return uraian; }
  public BigDecimal getTarget() { return target; }
  public String getSatuan() { return satuan; }
  public ArahIndikator getArah() { return arah; }
  public int getUrutan() { return urutan; }
}
