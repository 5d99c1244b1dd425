package id.go.langsakota.kinerja.kompetensi;

import id.go.langsakota.kinerja.skp.NilaiBerakhlak;
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
import java.time.Instant;
import java.util.Objects;

/** One entry of the katalog pelatihan that BKPSDM assigns from. */
@Entity
@Table(name = "katalog_pelatihan")
public class KatalogPelatihan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String kode;
  private String nama;

  @Enumerated(EnumType.STRING)
  private JenisPelatihan jenis;

  @Enumerated(EnumType.STRING)
  @Column(name = "jenis_kompetensi")
  private JenisKompetensi jenisKompetensi;

  private String kompetensi;

  @Enumerated(EnumType.STRING)
  @Column(name = "nilai_berakhlak")
  private NilaiBerakhlak nilaiBerakhlak;

  private int jp;
  private String penyelenggara;

  @Enumerated(EnumType.STRING)
  private ModaPelatihan moda;

  private BigDecimal biaya;
  private boolean aktif = true;

  @Column(name = "diubah_oleh")
  private String diubahOleh;

  @Column(name = "diubah_pada")
  private Instant diubahPada;

  @Version
  private long versi;

  protected KatalogPelatihan() {}

  public KatalogPelatihan(DataKatalogPelatihan data, String oleh) {
    this.kode = data.kode();
    terapkan(data, oleh);
  }

  /** True when the stored entry already equals {@code data} (an import row that changes nothing). */
  public boolean sama(DataKatalogPelatihan data) {
    return kode.equals(data.kode()) && nama.equals(data.nama()) && jenis == data.jenis()
        && jenisKompetensi == data.jenisKompetensi() && kompetensi.equals(data.kompetensi())
        && nilaiBerakhlak == data.nilaiBerakhlak() && jp == data.jp()
        && penyelenggara.equals(data.penyelenggara()) && moda == data.moda()
        && biaya.compareTo(data.biaya()) == 0 && aktif == data.aktif();
  }

  /** Takes the values of {@code data}; the kode stays (it is the entry's key). */
  public void terapkan(DataKatalogPelatihan data, String oleh) {
    if (!Objects.equals(kode, data.kode())) {
      throw new IllegalArgumentException("Kode katalog tidak dapat diubah");
    }
    this.nama = data.nama();
    this.jenis = data.jenis();
    this.jenisKompetensi = data.jenisKompetensi();
    this.kompetensi = data.kompetensi();
    this.nilaiBerakhlak = data.nilaiBerakhlak();
    this.jp = data.jp();
    this.penyelenggara = data.penyelenggara();
    this.moda = data.moda();
    this.biaya = data.biaya();
    this.aktif = data.aktif();
    this.diubahOleh = oleh;
    this.diubahPada = Instant.now();
  }

  public Long getId() { return id; }
  public String getKode() { return kode; }
  public String getNama() { return nama; }
  public JenisPelatihan getJenis() { return jenis; }
  public JenisKompetensi getJenisKompetensi() { return jenisKompetensi; }
  public String getKompetensi() { return kompetensi; }
  public NilaiBerakhlak getNilaiBerakhlak() { return nilaiBerakhlak; }
  public int getJp() { return jp; }
  public String getPenyelenggara() { return penyelenggara; }
  public ModaPelatihan getModa() { return moda; }
  public BigDecimal getBiaya() { return biaya; }
  public boolean isAktif() { return aktif; }
  public String getDiubahOleh() { return diubahOleh; }
  public Instant getDiubahPada() { return diubahPada; }
}
