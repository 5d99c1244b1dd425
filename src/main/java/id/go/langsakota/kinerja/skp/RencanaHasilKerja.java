package id.go.langsakota.kinerja.skp;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Rencana Hasil Kerja. A UTAMA RHK names the supervisor's RHK it intervenes in (cascading), or
 * for the head of an OPD the perjanjian kinerja entry of the OPD.
 */
@Entity
@Table(name = "rencana_hasil_kerja")
public class RencanaHasilKerja {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "skp_id")
  private Skp skp;

  @Enumerated(EnumType.STRING)
  private JenisRhk jenis;

  private String uraian;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "rhk_atasan_id")
  private RencanaHasilKerja rhkAtasan;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "perjanjian_kinerja_id")
  private PerjanjianKinerja perjanjianKinerja;

  private int urutan;

  @OneToMany(mappedBy = "rhk", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("urutan")
  private List<IndikatorKinerja> indikator = new ArrayList<>();

  protected RencanaHasilKerja() {}

  RencanaHasilKerja(Skp skp, JenisRhk jenis, String uraian, int urutan) {
    this.skp = skp;
    this.jenis = jenis;
    this.uraian = uraian;
    this.urutan = urutan;
  }

  public IndikatorKinerja tambahIndikator(AspekIndikator aspek, String uraian, BigDecimal target,
      String satuan, ArahIndikator arah) {
    IndikatorKinerja i = new IndikatorKinerja(this, aspek, uraian, target, satuan, arah,
        indikator.size() + 1);
    indikator.add(i);
    return i;
  }

  public Long getId() { return id; }
  public Skp getSkp() { return skp; }
  public JenisRhk getJenis() { return jenis; }
  public String getUraian() { return uraian; }
  public RencanaHasilKerja getRhkAtasan() { return rhkAtasan; }
  public void setRhkAtasan(RencanaHasilKerja rhkAtasan) { this.rhkAtasan = rhkAtasan; }
  public PerjanjianKinerja getPerjanjianKinerja() { return perjanjianKinerja; }
  public void setPerjanjianKinerja(PerjanjianKinerja p) { this.perjanjianKinerja = p; }
  public int getUrutan() { return urutan; }
  public List<IndikatorKinerja> getIndikator() { return indikator; }
}
