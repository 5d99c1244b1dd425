package id.go.langsakota.kinerja.organisasi;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Unit kerja within an OPD (sekretariat, bidang, seksi, UPTD); a tree through {@code induk}. */
@Entity
@Table(name = "unit_kerja")
public class UnitKerja {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String kode;
  private String nama;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "opd_id")
  private Opd opd;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "induk_id")
  private UnitKerja induk;

  @Version
  private long versi;

  protected UnitKerja() {}

  public UnitKerja(String kode, String nama, Opd opd, UnitKerja induk) {
    this.kode = kode;
    this.nama = nama;
    this.opd = opd;
    this.induk = induk;
  }

  public Long getId() { return id; }
  public String getKode() { return kode; }
  public String getNama() { return nama; }
  public void setNama(String nama) { this.nama = nama; }
  public Opd getOpd() { return opd; }
  public UnitKerja getInduk() { return induk; }
  public void setInduk(UnitKerja induk) { this.induk = induk; }
}
