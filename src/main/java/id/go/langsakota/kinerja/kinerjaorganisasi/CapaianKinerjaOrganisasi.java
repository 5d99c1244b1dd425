package id.go.langsakota.kinerja.kinerjaorganisasi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The capaian kinerja organisasi (percent) of one OPD for one period of a year, entered by
 * BKPSDM. {@link #TAHUNAN periodeKe = 0} is the annual figure (not NULL: MySQL does not enforce a
 * unique key over NULLs). Period numbers follow the year's jenis periode, like penilaian_periodik.
 */
@Entity
@Table(name = "capaian_kinerja_organisasi")
public class CapaianKinerjaOrganisasi {

  public static final int TAHUNAN = 0;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "kode_opd")
  private String kodeOpd;

  private int tahun;

  @Column(name = "periode_ke")
  private int periodeKe;

  private BigDecimal capaian;

  private String keterangan;

  @Column(name = "dicatat_oleh")
  private String dicatatOleh;

  @Column(name = "dicatat_pada")
  private Instant dicatatPada;

  @Version
  private long versi;

  protected CapaianKinerjaOrganisasi() {}

  public CapaianKinerjaOrganisasi(String kodeOpd, int tahun, int periodeKe) {
    this.kodeOpd = kodeOpd;
    this.tahun = tahun;
    this.periodeKe = periodeKe;
  }

  public Long getId() { return id; }
  public String getKodeOpd() { return kodeOpd; }
  public int getTahun() { return tahun; }
  public int getPeriodeKe() { return periodeKe; }
  public BigDecimal getCapaian() { return capaian; }
  public String getKeterangan() { return keterangan; }
  public String getDicatatOleh() { return dicatatOleh; }
  public Instant getDicatatPada() { return dicatatPada; }

  void catat(BigDecimal capaian, String keterangan, String oleh, Instant pada) {
    this.capaian = capaian;
    this.keterangan = keterangan;
    this.dicatatOleh = oleh;
    this.dicatatPada = pada;
  }
}
