package id.go.langsakota.kinerja.organisasi;

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
import jakarta.persistence.Version;

/**
 * A position. Held by at most one pegawai at a time (see {@link PenugasanJabatan}); {@code atasan}
 * is the position it reports to, which makes the chain of pejabat penilai.
 */
@Entity
@Table(name = "jabatan")
public class Jabatan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String kode;
  private String nama;

  @Enumerated(EnumType.STRING)
  private JenisJabatan jenis;

  /** Jenjang of a jabatan fungsional (Pertama, Muda, Madya, Terampil, ...). */
  private String jenjang;

  @Column(name = "kelas_jabatan")
  private int kelasJabatan;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_kerja_id")
  private UnitKerja unitKerja;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "atasan_id")
  private Jabatan atasan;

  /** The head of an OPD (kepala dinas/badan, camat, sekretaris daerah). */
  @Column(name = "kepala_opd")
  private boolean kepalaOpd;

  private boolean aktif = true;

  @Version
  private long versi;

  protected Jabatan() {}

  public Jabatan(String kode, String nama, JenisJabatan jenis, int kelasJabatan, UnitKerja unitKerja,
      Jabatan atasan) {
    this.kode = kode;
    this.nama = nama;
    this.jenis = jenis;
    this.kelasJabatan = kelasJabatan;
    this.unitKerja = unitKerja;
    this.atasan = atasan;
  }

  public Long getId() { return id; }
  public String getKode() { return kode; }
  public String getNama() { return nama; }
  public void setNama(String nama) { this.nama = nama; }
  public JenisJabatan getJenis() { return jenis; }
  public void setJenis(JenisJabatan jenis) { this.jenis = jenis; }
  public String getJenjang() { return jenjang; }
  public void setJenjang(String jenjang) { this.jenjang = jenjang; }
  public int getKelasJabatan() { return kelasJabatan; }
  public void setKelasJabatan(int kelasJabatan) { this.kelasJabatan = kelasJabatan; }
  public UnitKerja getUnitKerja() { return unitKerja; }
  public void setUnitKerja(UnitKerja unitKerja) { this.unitKerja = unitKerja; }
  public Opd getOpd() { return unitKerja.getOpd(); }
  public Jabatan getAtasan() { return atasan; }
  public void setAtasan(Jabatan atasan) { this.atasan = atasan; }
  public boolean isKepalaOpd() { return kepalaOpd; }
  public void setKepalaOpd(boolean kepalaOpd) { this.kepalaOpd = kepalaOpd; }
  public boolean isAktif() { return aktif; }
  public void setAktif(boolean aktif) { this.aktif = aktif; }
}
