package id.go.langsakota.kinerja.kalibrasi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A stored rule of a distribution pattern (see {@link AturanKurva}). */
@Entity
@Table(name = "aturan_pola_kurva")
public class AturanPolaKurva {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "predikat_organisasi")
  private PredikatOrganisasi predikatOrganisasi;

  private int urutan;

  private String kelompok;

  @Enumerated(EnumType.STRING)
  private BatasAturan batas;

  private BigDecimal persen;

  @Column(name = "minimal_orang")
  private int minimalOrang;

  @Column(name = "diubah_oleh")
  private String diubahOleh;

  @Column(name = "diubah_pada")
  private Instant diubahPada;

  protected AturanPolaKurva() {}

  AturanPolaKurva(PredikatOrganisasi predikatOrganisasi, int urutan, AturanKurva aturan, String oleh,
      Instant pada) {
    this.predikatOrganisasi = predikatOrganisasi;
    this.urutan = urutan;
    this.kelompok = aturan.kelompokTersimpan();
    this.batas = aturan.batas();
    this.persen = aturan.persen();
    this.minimalOrang = aturan.minimalOrang();
    this.diubahOleh = oleh;
    this.diubahPada = pada;
  }

  public AturanKurva aturan() {
    return new AturanKurva(AturanKurva.kelompokDari(kelompok), batas, persen, minimalOrang);
  }

  public PredikatOrganisasi getPredikatOrganisasi() { return predikatOrganisasi; }
  public int getUrutan() { return urutan; }
  public String getDiubahOleh() { return diubahOleh; }
  public Instant getDiubahPada() { return diubahPada; }
}
