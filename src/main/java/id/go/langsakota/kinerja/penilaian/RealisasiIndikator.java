package id.go.langsakota.kinerja.penilaian;

import id.go.langsakota.kinerja.kosakata.Rating;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** What the ASN achieved on one indikator in one period, its evidence and the computed capaian. */
@Entity
@Table(name = "realisasi_indikator")
public class RealisasiIndikator {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "penilaian_id")
  private Long penilaianId;

  @Column(name = "indikator_id")
  private Long indikatorId;

  /** null = not reported; counts as below expectation. */
  private BigDecimal realisasi;

  @Column(name = "tautan_bukti")
  private String tautanBukti;

  @Column(name = "bukti_dukung_id")
  private Long buktiDukungId;

  private String keterangan;

  private BigDecimal capaian;

  @Enumerated(EnumType.STRING)
  private Rating kategori;

  @Version
  private long versi;

  protected RealisasiIndikator() {}

  public RealisasiIndikator(Long penilaianId, Long indikatorId) {
    this.penilaianId = penilaianId;
    this.indikatorId = indikatorId;
  }

  public Long getId() { return id; }
  public Long getPenilaianId() { return penilaianId; }
  public Long getIndikatorId() { return indikatorId; }
  public BigDecimal getRealisasi() { return realisasi; }
  public void setRealisasi(BigDecimal realisasi) { this.realisasi = realisasi; }
  public String getTautanBukti() { return tautanBukti; }
  public void setTautanBukti(String tautanBukti) { this.tautanBukti = tautanBukti; }
  public Long getBuktiDukungId() { return buktiDukungId; }
  public void setBuktiDukungId(Long buktiDukungId) { this.buktiDukungId = buktiDukungId; }
  public String getKeterangan() { return keterangan; }
  public void setKeterangan(String keterangan) { this.keterangan = keterangan; }
  public BigDecimal getCapaian() { return capaian; }
  public void setCapaian(BigDecimal capaian) { this.capaian = capaian; }
  public Rating getKategori() { return kategori; }
  public void setKategori(Rating kategori) { this.kategori = kategori; }
}
