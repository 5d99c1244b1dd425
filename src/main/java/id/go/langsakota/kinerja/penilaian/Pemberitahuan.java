package id.go.langsakota.kinerja.penilaian;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A notice for a person (reminder, late report, escalation). Stored as an outbox: the task is in
 * Tasklist anyway; a mail/WhatsApp sender (not part of this issue) can deliver and set
 * {@code terkirimPada}.
 */
@Entity
@Table(name = "pemberitahuan")
public class Pemberitahuan {

  public enum Jenis { PENGINGAT_LAPOR, TERLAMBAT_LAPOR, PENGINGAT_PENILAIAN, ESKALASI_PENILAIAN }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String penerima;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Jenis jenis;

  private String pesan;

  @Column(name = "penilaian_id")
  private Long penilaianId;

  @Column(name = "dibuat_pada")
  private Instant dibuatPada;

  @Column(name = "terkirim_pada")
  private Instant terkirimPada;

  protected Pemberitahuan() {}

  public Pemberitahuan(String penerima, Jenis jenis, String pesan, Long penilaianId) {
    this.penerima = penerima;
    this.jenis = jenis;
    this.pesan = pesan;
    this.penilaianId = penilaianId;
    this.dibuatPada = Instant.now();
  }

  public Long getId() { return id; }
  public String getPenerima() { return penerima; }
  public Jenis getJenis() { return jenis; }
  public String getPesan() { return pesan; }
  public Long getPenilaianId() { return penilaianId; }
  public Instant getDibuatPada() { return dibuatPada; }
  public Instant getTerkirimPada() { return terkirimPada; }
  public void setTerkirimPada(Instant terkirimPada) { this.terkirimPada = terkirimPada; }
}
