package id.go.langsakota.kinerja.siklus;

import id.go.langsakota.kinerja.skp.JenisPeriode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One start of the annual cycle by BKPSDM (for all OPD or a selection) and its outcome: how
 * many skp-pegawai were started and how many already existed. The counters are updated with
 * atomic UPDATE statements by the chunk jobs (see SiklusKinerjaRepository).
 */
@Entity
@Table(name = "siklus_kinerja")
public class SiklusKinerja {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private int tahun;

  @Column(name = "semua_opd")
  private boolean semuaOpd;

  /** Comma-separated kode OPD when not all OPD. */
  @Column(name = "kode_opd")
  private String kodeOpd;

  @Enumerated(EnumType.STRING)
  @Column(name = "jenis_periode")
  private JenisPeriode jenisPeriode;

  @Column(name = "batas_penetapan_skp")
  private LocalDate batasPenetapanSkp;

  @Column(name = "jumlah_pegawai")
  private int jumlahPegawai;

  private int dimulai;

  @Column(name = "sudah_ada")
  private int sudahAda;

  private int gagal;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "dimulai_oleh")
  private String dimulaiOleh;

  @Column(name = "dimulai_pada")
  private Instant dimulaiPada;

  protected SiklusKinerja() {}

  public SiklusKinerja(int tahun, boolean semuaOpd, List<String> kodeOpd, JenisPeriode jenisPeriode,
      LocalDate batasPenetapanSkp, String dimulaiOleh) {
    this.tahun = tahun;
    this.semuaOpd = semuaOpd;
    this.kodeOpd = semuaOpd ? null : String.join(",", kodeOpd);
    this.jenisPeriode = jenisPeriode;
    this.batasPenetapanSkp = batasPenetapanSkp;
    this.dimulaiOleh = dimulaiOleh;
    this.dimulaiPada = Instant.now();
  }

  public List<String> daftarKodeOpd() {
    return kodeOpd == null || kodeOpd.isBlank() ? List.of() : Arrays.asList(kodeOpd.split(","));
  }

  public Long getId() { return id; }
  public int getTahun() { return tahun; }
  public boolean isSemuaOpd() { return semuaOpd; }
  public String getKodeOpd() { return kodeOpd; }
  public JenisPeriode getJenisPeriode() { return jenisPeriode; }
  public LocalDate getBatasPenetapanSkp() { return batasPenetapanSkp; }
  public int getJumlahPegawai() { return jumlahPegawai; }
  public void setJumlahPegawai(int jumlahPegawai) { this.jumlahPegawai = jumlahPegawai; }
  public int getDimulai() { return dimulai; }
  public int getSudahAda() { return sudahAda; }
  public int getGagal() { return gagal; }
  public String getProcessInstanceId() { return processInstanceId; }
  public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
  public String getDimulaiOleh() { return dimulaiOleh; }
  public Instant getDimulaiPada() { return dimulaiPada; }
}
