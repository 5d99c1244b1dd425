package id.go.langsakota.kinerja.siklus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The snapshot of ASN taken when a cycle starts, cut into chunks: each chunk is one job that
 * starts its skp-pegawai instances, and records per NIP whether it was started or existed.
 */
@Entity
@Table(name = "siklus_pegawai")
public class SiklusPegawai {

  public static final String DIMULAI = "DIMULAI";
  public static final String SUDAH_ADA = "SUDAH_ADA";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "siklus_id")
  private Long siklusId;

  private String nip;

  @Column(name = "chunk_ke")
  private int chunkKe;

  /** null until the chunk ran, then DIMULAI or SUDAH_ADA. */
  private String hasil;

  protected SiklusPegawai() {}

  public SiklusPegawai(Long siklusId, String nip, int chunkKe) {
    this.siklusId = siklusId;
    this.nip = nip;
    this.chunkKe = chunkKe;
  }

  public Long getId() { return id; }
  public Long getSiklusId() { return siklusId; }
  public String getNip() { return nip; }
  public int getChunkKe() { return chunkKe; }
  public String getHasil() { return hasil; }
  public void setHasil(String hasil) { this.hasil = hasil; }
}
