package id.go.langsakota.kinerja.penghargaan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The award selection of one year (process seleksi-penghargaan, business key PH-&lt;tahun&gt;). */
@Entity
@Table(name = "seleksi_penghargaan")
public class SeleksiPenghargaan {

  public enum Status { NOMINASI, PENILAIAN_TIM, PERSETUJUAN, DITETAPKAN }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private int tahun;
  @Enumerated(EnumType.STRING)
  private Status status = Status.NOMINASI;
  @Column(name = "ronde_tim")
  private int rondeTim = 1;
  @Column(name = "dibuka_oleh")
  private String dibukaOleh;
  @Column(name = "dibuka_pada")
  private Instant dibukaPada;
  @Column(name = "process_instance_id")
  private String processInstanceId;
  @Column(name = "batas_nominasi")
  private Instant batasNominasi;
  @Column(name = "batas_penilaian_tim")
  private Instant batasPenilaianTim;
  @Column(name = "batas_persetujuan")
  private Instant batasPersetujuan;
  @Column(name = "catatan_wali_kota")
  private String catatanWaliKota;
  @Column(name = "diputus_oleh")
  private String diputusOleh;
  @Column(name = "diputus_pada")
  private Instant diputusPada;
  @Column(name = "nomor_keputusan")
  private String nomorKeputusan;

  protected SeleksiPenghargaan() {}

  public SeleksiPenghargaan(int tahun, String dibukaOleh, String processInstanceId) {
    this.tahun = tahun;
    this.dibukaOleh = dibukaOleh;
    this.processInstanceId = processInstanceId;
    this.dibukaPada = Instant.now();
  }

  public String businessKey() { return SeleksiPenghargaanProses.businessKey(tahun); }
  public Long getId() { return id; }
  public int getTahun() { return tahun; }
  public Status getStatus() { return status; }
  public void setStatus(Status s) { this.status = s; }
  public int getRondeTim() { return rondeTim; }
  public void setRondeTim(int r) { this.rondeTim = r; }
  public String getDibukaOleh() { return dibukaOleh; }
  public Instant getDibukaPada() { return dibukaPada; }
  public String getProcessInstanceId() { return processInstanceId; }
  public Instant getBatasNominasi() { return batasNominasi; }
  public void setBatasNominasi(Instant b) { this.batasNominasi = b; }
  public Instant getBatasPenilaianTim() { return batasPenilaianTim; }
  public void setBatasPenilaianTim(Instant b) { this.batasPenilaianTim = b; }
  public Instant getBatasPersetujuan() { return batasPersetujuan; }
  public void setBatasPersetujuan(Instant b) { this.batasPersetujuan = b; }
  public String getCatatanWaliKota() { return catatanWaliKota; }
  public void setCatatanWaliKota(String c) { this.catatanWaliKota = c; }
  public String getDiputusOleh() { return diputusOleh; }
  public void setDiputusOleh(String d) { this.diputusOleh = d; }
  public Instant getDiputusPada() { return diputusPada; }
  public void setDiputusPada(Instant d) { this.diputusPada = d; }
  public String getNomorKeputusan() { return nomorKeputusan; }
  public void setNomorKeputusan(String n) { this.nomorKeputusan = n; }
}
