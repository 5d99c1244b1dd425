package id.go.langsakota.kinerja.kalibrasi;

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

/** One decision on an OPD's organisation predikat, kept for ever (audit). */
@Entity
@Table(name = "riwayat_predikat_kinerja_organisasi")
public class RiwayatPredikatOrganisasi {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "kode_opd")
  private String kodeOpd;

  private int tahun;

  @Enumerated(EnumType.STRING)
  @Column(name = "predikat_lama")
  private PredikatOrganisasi predikatLama;

  @Enumerated(EnumType.STRING)
  @Column(name = "predikat_baru")
  private PredikatOrganisasi predikatBaru;

  /** The annual capaian at the time of the decision, if recorded. */
  private BigDecimal capaian;

  /** The proposal shown at the time of the decision (never the decision itself). */
  @Enumerated(EnumType.STRING)
  private PredikatOrganisasi saran;

  private String keterangan;

  @Column(name = "ditetapkan_oleh")
  private String ditetapkanOleh;

  @Column(name = "ditetapkan_pada")
  private Instant ditetapkanPada;

  protected RiwayatPredikatOrganisasi() {}

  RiwayatPredikatOrganisasi(String kodeOpd, int tahun, PredikatOrganisasi predikatLama,
      PredikatOrganisasi predikatBaru, BigDecimal capaian, PredikatOrganisasi saran,
      String keterangan, String ditetapkanOleh, Instant ditetapkanPada) {
    this.kodeOpd = kodeOpd;
    this.tahun = tahun;
    this.predikatLama = predikatLama;
    this.predikatBaru = predikatBaru;
    this.capaian = capaian;
    this.saran = saran;
    this.keterangan = keterangan;
    this.ditetapkanOleh = ditetapkanOleh;
    this.ditetapkanPada = ditetapkanPada;
  }

  public Long getId() { return id; }
  public PredikatOrganisasi getPredikatLama() { return predikatLama; }
  public PredikatOrganisasi getPredikatBaru() { return predikatBaru; }
  public BigDecimal getCapaian() { return capaian; }
  public PredikatOrganisasi getSaran() { return saran; }
  public String getKeterangan() { return keterangan; }
  public String getDitetapkanOleh() { return ditetapkanOleh; }
  public Instant getDitetapkanPada() { return ditetapkanPada; }
}
