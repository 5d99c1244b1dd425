package id.go.langsakota.kinerja.skp;

import jakarta.persistence.Column;
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

/** One BerAKHLAK value on an SKP, with the supervisor's optional ekspektasi khusus pimpinan. */
@Entity
@Table(name = "perilaku_kerja")
public class PerilakuKerja {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "skp_id")
  private Skp skp;

  @Enumerated(EnumType.STRING)
  private NilaiBerakhlak nilai;

  @Column(name = "ekspektasi_khusus")
  private String ekspektasiKhusus;

  protected PerilakuKerja() {}

  PerilakuKerja(Skp skp, NilaiBerakhlak nilai) {
    this.skp = skp;
    this.nilai = nilai;
  }

  public Long getId() { return id; }
  public Skp getSkp() { return skp; }
  public NilaiBerakhlak getNilai() { return nilai; }
  public String getEkspektasiKhusus() { return ekspektasiKhusus; }
  public void setEkspektasiKhusus(String ekspektasiKhusus) { this.ekspektasiKhusus = ekspektasiKhusus; }
}
