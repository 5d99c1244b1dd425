package id.go.langsakota.kinerja.pembinaan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of a pembinaan plan: goals, support, meeting schedule and the ASN's answer. */
@Entity
@Table(name = "rencana_pembinaan")
public class RencanaPembinaan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "pembinaan_id")
  private Long pembinaanId;
  @Column(name = "versi_rencana")
  private int versiRencana;
  private String tujuan;
  private String dukungan;
  @Column(name = "jadwal_pertemuan")
  private String jadwalPertemuan;
  @Column(name = "disusun_oleh")
  private String disusunOleh;
  @Column(name = "disusun_pada")
  private Instant disusunPada;
  @Enumerated(EnumType.STRING)
  private StatusRencana status = StatusRencana.DIAJUKAN;
  @Column(name = "catatan_asn")
  private String catatanAsn;
  @Column(name = "ditanggapi_oleh")
  private String ditanggapiOleh;
  @Column(name = "ditanggapi_pada")
  private Instant ditanggapiPada;
  /** The training from the catalogue this plan includes (optional); started when the plan is agreed. */
  @Column(name = "katalog_pelatihan_id")
  private Long katalogPelatihanId;

  protected RencanaPembinaan() {}

  RencanaPembinaan(Long pembinaanId, int versiRencana, String tujuan, String dukungan, String jadwalPertemuan,
      Long katalogPelatihanId, String disusunOleh, Instant disusunPada) {
    this.katalogPelatihanId = katalogPelatihanId;
    this.pembinaanId = pembinaanId;
    this.versiRencana = versiRencana;
    this.tujuan = tujuan;
    this.dukungan = dukungan;
    this.jadwalPertemuan = jadwalPertemuan;
    this.disusunOleh = disusunOleh;
    this.disusunPada = disusunPada;
  }

  void tanggapi(boolean setuju, String catatan, String oleh, Instant pada) {
    status = setuju ? StatusRencana.DISETUJUI : StatusRencana.DIKEMBALIKAN;
    catatanAsn = catatan;
    ditanggapiOleh = oleh;
    ditanggapiPada = pada;
  }

  public Long getId() { return id; }
  public Long getPembinaanId() { return pembinaanId; }
  public int getVersiRencana() { return versiRencana; }
  public String getTujuan() { return tujuan; }
  public String getDukungan() { return dukungan; }
  public String getJadwalPertemuan() { return jadwalPertemuan; }
  public String getDisusunOleh() { return disusunOleh; }
  public Instant getDisusunPada() { return disusunPada; }
  public StatusRencana getStatus() { return status; }
  public String getCatatanAsn() { return catatanAsn; }
  public String getDitanggapiOleh() { return ditanggapiOleh; }
  public Instant getDitanggapiPada() { return ditanggapiPada; }
  public Long getKatalogPelatihanId() { return katalogPelatihanId; }
}
