package id.go.langsakota.kinerja.pembinaan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One monthly check-in of a pembinaan. */
@Entity
@Table(name = "pertemuan_pembinaan")
public class PertemuanPembinaan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "pembinaan_id")
  private Long pembinaanId;
  @Column(name = "bulan_ke")
  private int bulanKe;
  @Column(name = "tanggal_pertemuan")
  private LocalDate tanggalPertemuan;
  @Column(name = "catatan_penilai")
  private String catatanPenilai;
  @Column(name = "tanggapan_asn")
  private String tanggapanAsn;
  @Column(name = "dicatat_oleh")
  private String dicatatOleh;
  @Column(name = "dicatat_pada")
  private Instant dicatatPada;

  protected PertemuanPembinaan() {}

  PertemuanPembinaan(Long pembinaanId, int bulanKe, LocalDate tanggalPertemuan, String catatanPenilai,
      String tanggapanAsn, String dicatatOleh, Instant dicatatPada) {
    this.pembinaanId = pembinaanId;
    this.bulanKe = bulanKe;
    this.tanggalPertemuan = tanggalPertemuan;
    this.catatanPenilai = catatanPenilai;
    this.tanggapanAsn = tanggapanAsn;
    this.dicatatOleh = dicatatOleh;
    this.dicatatPada = dicatatPada;
  }

  void tanggapi(String tanggapan) { this.tanggapanAsn = tanggapan; }

  public Long getId() { return id; }
  public Long getPembinaanId() { return pembinaanId; }
  public int getBulanKe() { return bulanKe; }
  public LocalDate getTanggalPertemuan() { return tanggalPertemuan; }
  public String getCatatanPenilai() { return catatanPenilai; }
  public String getTanggapanAsn() { return tanggapanAsn; }
  public String getDicatatOleh() { return dicatatOleh; }
  public Instant getDicatatPada() { return dicatatPada; }
}
