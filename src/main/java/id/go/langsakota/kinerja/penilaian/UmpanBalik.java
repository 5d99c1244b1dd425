package id.go.langsakota.kinerja.penilaian;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The pejabat penilai's feedback on one RHK in one period (umpan balik berkelanjutan). */
@Entity
@Table(name = "umpan_balik")
public class UmpanBalik {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "penilaian_id")
  private Long penilaianId;

  @Column(name = "rhk_id")
  private Long rhkId;

  private String isi;

  @Column(name = "ditulis_oleh")
  private String ditulisOleh;

  @Column(name = "ditulis_pada")
  private Instant ditulisPada;

  protected UmpanBalik() {}

  public UmpanBalik(Long penilaianId, Long rhkId, String isi, String ditulisOleh) {
    this.penilaianId = penilaianId;
    this.rhkId = rhkId;
    this.isi = isi;
    this.ditulisOleh = ditulisOleh;
    this.ditulisPada = Instant.now();
  }

  public Long getId() { return id; }
  public Long getPenilaianId() { return penilaianId; }
  public Long getRhkId() { return rhkId; }
  public String getIsi() { return isi; }
  public String getDitulisOleh() { return ditulisOleh; }
  public Instant getDitulisPada() { return ditulisPada; }
}
