package id.go.langsakota.kinerja.penilaian;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Metadata of an evidence file; the bytes live on disk at {@code lokasi} (relative path). */
@Entity
@Table(name = "bukti_dukung")
public class BuktiDukung {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The ASN whose evidence this is (decides who may download it). */
  @Column(name = "nip_pemilik")
  private String nipPemilik;

  @Column(name = "nama_berkas")
  private String namaBerkas;

  @Column(name = "jenis_konten")
  private String jenisKonten;

  private long ukuran;
  private String sha256;
  private String lokasi;

  @Column(name = "diunggah_oleh")
  private String diunggahOleh;

  @Column(name = "diunggah_pada")
  private Instant diunggahPada;

  protected BuktiDukung() {}

  public BuktiDukung(String nipPemilik, String namaBerkas, String jenisKonten, long ukuran,
      String sha256, String lokasi, String diunggahOleh) {
    this.nipPemilik = nipPemilik;
    this.namaBerkas = namaBerkas;
    this.jenisKonten = jenisKonten;
    this.ukuran = ukuran;
    this.sha256 = sha256;
    this.lokasi = lokasi;
    this.diunggahOleh = diunggahOleh;
    this.diunggahPada = Instant.now();
  }

  public Long getId() { return id; }
  public String getNipPemilik() { return nipPemilik; }
  public String getNamaBerkas() { return namaBerkas; }
  public String getJenisKonten() { return jenisKonten; }
  public long getUkuran() { return ukuran; }
  public String getSha256() { return sha256; }
  public String getLokasi() { return lokasi; }
  public String getDiunggahOleh() { return diunggahOleh; }
  public Instant getDiunggahPada() { return diunggahPada; }
}
