package id.go.langsakota.kinerja.keberatan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded step of an appeal: who, when, what, why. Never changed after it is written. */
@Entity
@Table(name = "langkah_keberatan")
public class LangkahKeberatan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "keberatan_id")
  private Long keberatanId;

  @Enumerated(EnumType.STRING)
  private JenisLangkah jenis;

  private String oleh;
  private Instant pada;
  private String uraian;
  private String alasan;

  protected LangkahKeberatan() {}

  public LangkahKeberatan(Long keberatanId, JenisLangkah jenis, String oleh, Instant pada,
      String uraian, String alasan) {
    this.keberatanId = keberatanId;
    this.jenis = jenis;
    this.oleh = oleh;
    this.pada = pada;
    this.uraian = Keberatan.potong(uraian, 2000);
    this.alasan = Keberatan.potong(alasan, 4000);
  }

  public Long getId() { return id; }
  public Long getKeberatanId() { return keberatanId; }
  public JenisLangkah getJenis() { return jenis; }
  public String getOleh() { return oleh; }
  public Instant getPada() { return pada; }
  public String getUraian() { return uraian; }
  public String getAlasan() { return alasan; }
}
