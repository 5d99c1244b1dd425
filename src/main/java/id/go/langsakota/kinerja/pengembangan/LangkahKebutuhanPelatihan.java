package id.go.langsakota.kinerja.pengembangan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in the history of a need (assigned, reported, returned with a note, verified, late). */
@Entity
@Table(name = "langkah_kebutuhan_pelatihan")
public class LangkahKebutuhanPelatihan {

  /** The kinds of step, with the words the ASN and BKPSDM read in the task's history. */
  public enum Jenis {
    DIMULAI("Kebutuhan pelatihan dicatat"),
    DIUSULKAN("Pelatihan diusulkan dari katalog"),
    DITETAPKAN("Pelatihan ditetapkan"),
    DILAPORKAN("Sertifikat diunggah"),
    DIKEMBALIKAN("Sertifikat dikembalikan"),
    DIVERIFIKASI("Sertifikat diverifikasi"),
    PENGINGAT("Pengingat dikirim"),
    TERLAMBAT("Batas unggah sertifikat terlewati");

    private final String label;

    Jenis(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "kebutuhan_id")
  private Long kebutuhanId;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Jenis jenis;

  private String oleh;
  private Instant pada;
  private String catatan;

  protected LangkahKebutuhanPelatihan() {}

  public LangkahKebutuhanPelatihan(Long kebutuhanId, Jenis jenis, String oleh, Instant pada, String catatan) {
    this.kebutuhanId = kebutuhanId;
    this.jenis = jenis;
    this.oleh = oleh;
    this.pada = pada;
    this.catatan = catatan;
  }

  public Long getId() { return id; }
  public Long getKebutuhanId() { return kebutuhanId; }
  public Jenis getJenis() { return jenis; }
  public String getOleh() { return oleh; }
  public Instant getPada() { return pada; }
  public String getCatatan() { return catatan; }
}
