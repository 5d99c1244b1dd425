package id.go.langsakota.kinerja.pengembangan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One proposed catalogue entry of a need, with its rank, score and the reason shown. */
@Entity
@Table(name = "usulan_pelatihan")
public class UsulanPelatihan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "kebutuhan_id")
  private Long kebutuhanId;

  @Column(name = "katalog_id")
  private Long katalogId;

  private int peringkat;
  private int skor;
  private String alasan;

  protected UsulanPelatihan() {}

  public UsulanPelatihan(Long kebutuhanId, Long katalogId, int peringkat, int skor, String alasan) {
    this.kebutuhanId = kebutuhanId;
    this.katalogId = katalogId;
    this.peringkat = peringkat;
    this.skor = skor;
    this.alasan = alasan;
  }

  public Long getId() { return id; }
  public Long getKebutuhanId() { return kebutuhanId; }
  public Long getKatalogId() { return katalogId; }
  public int getPeringkat() { return peringkat; }
  public int getSkor() { return skor; }
  public String getAlasan() { return alasan; }
}
