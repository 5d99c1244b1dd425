package id.go.langsakota.kinerja.organisasi;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Organisasi Perangkat Daerah: one of the city's agencies (dinas, badan, kecamatan, ...). */
@Entity
@Table(name = "opd")
public class Opd {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String kode;
  private String nama;
  private String singkatan;
  private boolean aktif = true;

  @Version
  private long versi;

  protected Opd() {}

  public Opd(String kode, String nama, String singkatan) {
    this.kode = kode;
    this.nama = nama;
    this.singkatan = singkatan;
  }

  public Long getId() { return id; }
  public String getKode() { return kode; }
  public String getNama() { return nama; }
  public void setNama(String nama) { this.nama = nama; }
  public String getSingkatan() { return singkatan; }
  public void setSingkatan(String singkatan) { this.singkatan = singkatan; }
  public boolean isAktif() { return aktif; }
  public void setAktif(boolean aktif) { this.aktif = aktif; }
}
