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

/** The winner of a category in a year, recorded on the pegawai once the Wali Kota approved. */
@Entity
@Table(name = "pemenang_penghargaan")
public class PemenangPenghargaan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private int tahun;
  @Enumerated(EnumType.STRING)
  private KategoriPenghargaan kategori;
  private String nip;
  @Column(name = "nominasi_id")
  private Long nominasiId;
  private BigDecimal skor;
  @Column(name = "nilai_tim")
  private BigDecimal nilaiTim;
  @Column(name = "ditetapkan_oleh")
  private String ditetapkanOleh;
  @Column(name = "ditetapkan_pada")
  private Instant ditetapkanPada;

  protected PemenangPenghargaan() {}

  public PemenangPenghargaan(int tahun, NominasiPenghargaan n, String oleh) {
    this.tahun = tahun;
    this.kategori = n.getKategori();
    this.nip = n.getNip();
    this.nominasiId = n.getId();
    this.skor = n.getSkor();
    this.nilaiTim = n.getNilaiTim();
    this.ditetapkanOleh = oleh;
    this.ditetapkanPada = Instant.now();
  }

  public Long getId() { return id; }
  public int getTahun() { return tahun; }
  public KategoriPenghargaan getKategori() { return kategori; }
  public String getNip() { return nip; }
  public BigDecimal getSkor() { return skor; }
  public BigDecimal getNilaiTim() { return nilaiTim; }
  public String getDitetapkanOleh() { return ditetapkanOleh; }
  public Instant getDitetapkanPada() { return ditetapkanPada; }
}
