package id.go.langsakota.kinerja.skp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One sasaran of an OPD's perjanjian kinerja for a year, maintained by BKPSDM: the UTAMA RHK of
 * the head of the OPD link to these entries.
 */
@Entity
@Table(name = "perjanjian_kinerja")
public class PerjanjianKinerja {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "kode_opd")
  private String kodeOpd;

  private int tahun;

  /** Sasaran strategis / kinerja of the OPD. */
  private String sasaran;

  /** Indikator kinerja utama of the sasaran, free text (e.g. "Angka partisipasi sekolah 98 %"). */
  private String indikator;

  @Column(name = "dibuat_oleh")
  private String dibuatOleh;

  @Column(name = "dibuat_pada")
  private Instant dibuatPada;

  protected PerjanjianKinerja() {}

  public PerjanjianKinerja(String kodeOpd, int tahun, String sasaran, String indikator,
      String dibuatOleh) {
    this.kodeOpd = kodeOpd;
    this.tahun = tahun;
    this.sasaran = sasaran;
    this.indikator = indikator;
    this.dibuatOleh = dibuatOleh;
    this.dibuatPada = Instant.now();
  }

  public Long getId() { return id; }
  public String getKodeOpd() { return kodeOpd; }
  public int getTahun() { return tahun; }
  public String getSasaran() { return sasaran; }
  public String getIndikator() { return indikator; }
  public String getDibuatOleh() { return dibuatOleh; }
  public Instant getDibuatPada() { return dibuatPada; }
}
