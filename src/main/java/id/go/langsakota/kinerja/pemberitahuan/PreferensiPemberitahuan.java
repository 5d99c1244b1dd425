package id.go.langsakota.kinerja.pemberitahuan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user's delivery preference; no row means SEGERA. */
@Entity
@Table(name = "preferensi_pemberitahuan")
public class PreferensiPemberitahuan {

  @Id
  @Column(name = "id_pengguna")
  private String idPengguna;

  @Enumerated(EnumType.STRING)
  private ModePemberitahuan mode;

  @Column(name = "diubah_pada")
  private Instant diubahPada;

  protected PreferensiPemberitahuan() {}

  public PreferensiPemberitahuan(String idPengguna, ModePemberitahuan mode, Instant diubahPada) {
    this.idPengguna = idPengguna;
    this.mode = mode;
    this.diubahPada = diubahPada;
  }

  public String getIdPengguna() { return idPengguna; }
  public ModePemberitahuan getMode() { return mode; }
  public Instant getDiubahPada() { return diubahPada; }

  void ubah(ModePemberitahuan mode, Instant pada) {
    this.mode = mode;
    this.diubahPada = pada;
  }
}
