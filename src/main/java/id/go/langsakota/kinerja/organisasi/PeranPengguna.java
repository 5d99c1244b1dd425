package id.go.langsakota.kinerja.organisasi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A role given to a user: an ASN by NIP, or a pejabat negara (the Wali Kota) by login name. */
@Entity
@Table(name = "peran_pengguna")
public class PeranPengguna {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "id_pengguna")
  private String idPengguna;

  private String nama;

  @Enumerated(EnumType.STRING)
  private Peran peran;

  protected PeranPengguna() {}

  public PeranPengguna(String idPengguna, String nama, Peran peran) {
    this.idPengguna = idPengguna;
    this.nama = nama;
    this.peran = peran;
  }

  public Long getId() { return id; }
  public String getIdPengguna() { return idPengguna; }
  public String getNama() { return nama; }
  public Peran getPeran() { return peran; }
}
