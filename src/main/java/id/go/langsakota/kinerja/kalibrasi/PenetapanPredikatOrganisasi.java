package id.go.langsakota.kinerja.kalibrasi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The decided Predikat Kinerja Organisasi of one OPD for one year (the current one). */
@Entity
@Table(name = "predikat_kinerja_organisasi")
public class PenetapanPredikatOrganisasi {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "kode_opd")
  private String kodeOpd;

  private int tahun;

  @Enumerated(EnumType.STRING)
  private PredikatOrganisasi predikat;

  private String keterangan;

  @Column(name = "ditetapkan_oleh")
  private String ditetapkanOleh;

  @Column(name = "ditetapkan_pada")
  private Instant ditetapkanPada;

  @Version
  private long versi;

  protected PenetapanPredikatOrganisasi() {}

  PenetapanPredikatOrganisasi(String kodeOpd, int tahun) {
    this.kodeOpd = kodeOpd;
    this.tahun = tahun;
  }

  void tetapkan(PredikatOrganisasi predikat, String keterangan, String oleh, Instant pada) {
    this.predikat = predikat;
    this.keterangan = keterangan;
    this.ditetapkanOleh = oleh;
    this.ditetapkanPada = pada;
  }

  public Long getId() { return id; }
  public String getKodeOpd() { return kodeOpd; }
  public int getTahun() { return tahun; }
  public PredikatOrganisasi getPredikat() { return predikat; }
  public String getKeterangan() { return keterangan; }
  public String getDitetapkanOleh() { return ditetapkanOleh; }
  public Instant getDitetapkanPada() { return ditetapkanPada; }
}
