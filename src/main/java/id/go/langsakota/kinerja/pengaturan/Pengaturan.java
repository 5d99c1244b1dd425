package id.go.langsakota.kinerja.pengaturan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stored setting; a key that has no row takes its default from {@link KunciPengaturan}. */
@Entity
@Table(name = "pengaturan")
public class Pengaturan {

  @Id
  private String kunci;

  private String nilai;

  @Column(name = "diubah_oleh")
  private String diubahOleh;

  @Column(name = "diubah_pada")
  private Instant diubahPada;

  protected Pengaturan() {}

  public Pengaturan(String kunci, String nilai, String diubahOleh) {
    this.kunci = kunci;
    ubah(nilai, diubahOleh);
  }

  public void ubah(String nilai, String diubahOleh) {
    this.nilai = nilai;
    this.diubahOleh = diubahOleh;
    this.diubahPada = Instant.now();
  }

  public String getKunci() { return kunci; }
  public String getNilai() { return nilai; }
  public String getDiubahOleh() { return diubahOleh; }
  public Instant getDiubahPada() { return diubahPada; }
}
