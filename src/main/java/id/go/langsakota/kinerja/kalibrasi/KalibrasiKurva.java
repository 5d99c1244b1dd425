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

/** One round of kalibrasi-kurva: one OPD, one year (business key KK-<tahun>-<kodeOpd>-<ronde>). */
@Entity
@Table(name = "kalibrasi_kurva")
public class KalibrasiKurva {

  public enum Status { BERJALAN, FINAL }

  /** OTOMATIS: every annual rating of the OPD was in; BKPSDM: started by BKPSDM with ratings missing or not. */
  public enum CaraMulai { OTOMATIS, BKPSDM }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private int tahun;

  @Column(name = "kode_opd")
  private String kodeOpd;

  private int ronde;

  @Enumerated(EnumType.STRING)
  private Status status = Status.BERJALAN;

  @Enumerated(EnumType.STRING)
  @Column(name = "cara_mulai")
  private CaraMulai caraMulai;

  @Column(name = "dimulai_oleh")
  private String dimulaiOleh;

  @Column(name = "dimulai_pada")
  private Instant dimulaiPada;

  /** NIP of the SKPs not yet rated when the round started (comma-separated): they wait for a later round. */
  @Column(name = "belum_dinilai")
  private String belumDinilai;

  @Column(name = "jumlah_belum_dinilai")
  private int jumlahBelumDinilai;

  /** How many calibration tasks this round has had. */
  private int putaran;

  @Enumerated(EnumType.STRING)
  @Column(name = "predikat_organisasi")
  private PredikatOrganisasi predikatOrganisasi;

  @Column(name = "batas_kalibrasi")
  private Instant batasKalibrasi;

  @Column(name = "final_pada")
  private Instant finalPada;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Version
  private long versi;

  protected KalibrasiKurva() {}

  KalibrasiKurva(int tahun, String kodeOpd, int ronde, CaraMulai cara, String oleh, Instant pada) {
    this.tahun = tahun;
    this.kodeOpd = kodeOpd;
    this.ronde = ronde;
    this.caraMulai = cara;
    this.dimulaiOleh = oleh;
    this.dimulaiPada = pada;
  }

  public String businessKey() {
    return KalibrasiKurvaProses.businessKey(tahun, kodeOpd, ronde);
  }

  public Long getId() { return id; }
  public int getTahun() { return tahun; }
  public String getKodeOpd() { return kodeOpd; }
  public int getRonde() { return ronde; }
  public Status getStatus() { return status; }
  public CaraMulai getCaraMulai() { return caraMulai; }
  public String getDimulaiOleh() { return dimulaiOleh; }
  public Instant getDimulaiPada() { return dimulaiPada; }
  public String getBelumDinilai() { return belumDinilai; }
  public int getJumlahBelumDinilai() { return jumlahBelumDinilai; }
  public int getPutaran() { return putaran; }
  public PredikatOrganisasi getPredikatOrganisasi() { return predikatOrganisasi; }
  public Instant getBatasKalibrasi() { return batasKalibrasi; }
  public Instant getFinalPada() { return finalPada; }
  public String getProcessInstanceId() { return processInstanceId; }

  void setBelumDinilai(java.util.List<String> nip) {
    this.jumlahBelumDinilai = nip.size();
    String s = String.join(",", nip);
    this.belumDinilai = s.length() > 4000 ? s.substring(0, 3990) + ",…" : s;
  }

  void setProcessInstanceId(String id) { this.processInstanceId = id; }

  int putaranBerikutnya() {
    return ++putaran;
  }

  void setBatasKalibrasi(Instant batas) { this.batasKalibrasi = batas; }

  void tetapkanFinal(PredikatOrganisasi org, Instant pada) {
    this.status = Status.FINAL;
    this.predikatOrganisasi = org;
    this.finalPada = pada;
  }
}
