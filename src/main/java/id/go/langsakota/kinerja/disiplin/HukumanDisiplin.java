package id.go.langsakota.kinerja.disiplin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A hukuman disiplin of one ASN as decreed (register data, kept by BKPSDM). */
@Entity
@Table(name = "hukuman_disiplin")
public class HukumanDisiplin {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String nip;

  @Enumerated(EnumType.STRING)
  private JenisHukumanDisiplin jenis;

  @Enumerated(EnumType.STRING)
  private TingkatHukumanDisiplin tingkat;

  @Column(name = "tmt_mulai")
  private LocalDate tmtMulai;

  @Column(name = "tmt_selesai")
  private LocalDate tmtSelesai;

  @Column(name = "nomor_keputusan")
  private String nomorKeputusan;

  @Column(name = "tanggal_keputusan")
  private LocalDate tanggalKeputusan;

  private String keterangan;

  @Column(name = "diubah_oleh")
  private String diubahOleh;

  @Column(name = "diubah_pada")
  private Instant diubahPada;

  @Version
  private long versi;

  protected HukumanDisiplin() {}

  public HukumanDisiplin(DataHukumanDisiplin d, String oleh) {
    terapkan(d, oleh);
  }

  public void terapkan(DataHukumanDisiplin d, String oleh) {
    this.nip = d.nip();
    this.jenis = d.jenis();
    this.tingkat = d.jenis().tingkat();
    this.tmtMulai = d.tmtMulai();
    this.tmtSelesai = d.tmtSelesai();
    this.nomorKeputusan = d.nomorKeputusan();
    this.tanggalKeputusan = d.tanggalKeputusan();
    this.keterangan = d.keterangan();
    this.diubahOleh = oleh;
    this.diubahPada = Instant.now();
  }

  public boolean sama(DataHukumanDisiplin d) {
    return nip.equals(d.nip()) && jenis == d.jenis() && tmtMulai.equals(d.tmtMulai())
        && Objects.equals(tmtSelesai, d.tmtSelesai()) && nomorKeputusan.equals(d.nomorKeputusan())
        && tanggalKeputusan.equals(d.tanggalKeputusan()) && Objects.equals(keterangan, d.keterangan());
  }

  /**
   * True when the hukuman touches the year: decreed in it, or running in it (from tmt mulai to
   * tmt selesai; a one-off without tmt selesai on its tmt mulai).
   */
  public boolean berlakuPadaTahun(int tahun) {
    LocalDate awal = LocalDate.of(tahun, 1, 1);
    LocalDate akhir = LocalDate.of(tahun, 12, 31);
    LocalDate selesai = tmtSelesai == null ? tmtMulai : tmtSelesai;
    return tanggalKeputusan.getYear() == tahun || (!tmtMulai.isAfter(akhir) && !selesai.isBefore(awal));
  }

  public Long getId() { return id; }
  public String getNip() { return nip; }
  public JenisHukumanDisiplin getJenis() { return jenis; }
  public TingkatHukumanDisiplin getTingkat() { return tingkat; }
  public LocalDate getTmtMulai() { return tmtMulai; }
  public LocalDate getTmtSelesai() { return tmtSelesai; }
  public String getNomorKeputusan() { return nomorKeputusan; }
  public LocalDate getTanggalKeputusan() { return tanggalKeputusan; }
  public String getKeterangan() { return keterangan; }
  public String getDiubahOleh() { return diubahOleh; }
  public Instant getDiubahPada() { return diubahPada; }
}
