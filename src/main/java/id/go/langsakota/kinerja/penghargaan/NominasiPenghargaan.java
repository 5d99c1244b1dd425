package id.go.langsakota.kinerja.penghargaan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A head of OPD's nomination of one ASN in one category, with the delegate's score and the team's mean. */
@Entity
@Table(name = "nominasi_penghargaan")
public class NominasiPenghargaan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "seleksi_id")
  private Long seleksiId;
  @Column(name = "kode_opd")
  private String kodeOpd;
  @Enumerated(EnumType.STRING)
  private KategoriPenghargaan kategori;
  private String nip;
  private String alasan;
  @Column(name = "dinominasikan_oleh")
  private String dinominasikanOleh;
  @Column(name = "dinominasikan_pada")
  private Instant dinominasikanPada;
  private BigDecimal skor;
  @Column(name = "rincian_skor")
  private String rincianSkor;
  private Integer peringkat;
  @Column(name = "daftar_pendek")
  private boolean daftarPendek;
  @Column(name = "nilai_tim")
  private BigDecimal nilaiTim;

  protected NominasiPenghargaan() {}

  public NominasiPenghargaan(Long seleksiId, String kodeOpd, KategoriPenghargaan kategori, String nip, String alasan,
      String oleh) {
    this.seleksiId = seleksiId;
    this.kodeOpd = kodeOpd;
    this.kategori = kategori;
    this.nip = nip;
    this.alasan = alasan;
    this.dinominasikanOleh = oleh;
    this.dinominasikanPada = Instant.now();
  }

  public Long getId() { return id; }
  public Long getSeleksiId() { return seleksiId; }
  public String getKodeOpd() { return kodeOpd; }
  public KategoriPenghargaan getKategori() { return kategori; }
  public String getNip() { return nip; }
  public String getAlasan() { return alasan; }
  public String getDinominasikanOleh() { return dinominasikanOleh; }
  public BigDecimal getSkor() { return skor; }
  public String getRincianSkor() { return rincianSkor; }
  public Integer getPeringkat() { return peringkat; }
  public boolean isDaftarPendek() { return daftarPendek; }
  public BigDecimal getNilaiTim() { return nilaiTim; }
  public void setNilaiTim(BigDecimal n) { this.nilaiTim = n; }

  public void nilai(BigDecimal skor, String rincian, int peringkat, boolean daftarPendek) {
    this.skor = skor;
    this.rincianSkor = rincian;
    this.peringkat = peringkat;
    this.daftarPendek = daftarPendek;
  }
}
