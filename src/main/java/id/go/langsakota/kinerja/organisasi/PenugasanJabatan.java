package id.go.langsakota.kinerja.organisasi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A pegawai holding (DEFINITIF) or acting in (PLT) a jabatan from {@code tmtMulai} until
 * {@code tmtSelesai} inclusive; rows are never deleted, so they are the assignment history.
 */
@Entity
@Table(name = "penugasan_jabatan")
public class PenugasanJabatan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "pegawai_id")
  private Pegawai pegawai;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "jabatan_id")
  private Jabatan jabatan;

  @Enumerated(EnumType.STRING)
  private JenisPenugasan jenis;

  @Column(name = "tmt_mulai")
  private LocalDate tmtMulai;

  @Column(name = "tmt_selesai")
  private LocalDate tmtSelesai;

  private String keterangan;

  @Version
  private long versi;

  protected PenugasanJabatan() {}

  public PenugasanJabatan(Pegawai pegawai, Jabatan jabatan, JenisPenugasan jenis, LocalDate tmtMulai) {
    this.pegawai = pegawai;
    this.jabatan = jabatan;
    this.jenis = jenis;
    this.tmtMulai = tmtMulai;
  }

  public boolean berlakuPada(LocalDate tanggal) {
    return !tanggal.isBefore(tmtMulai) && (tmtSelesai == null || !tanggal.isAfter(tmtSelesai));
  }

  public Long getId() { return id; }
  public Pegawai getPegawai() { return pegawai; }
  public Jabatan getJabatan() { return jabatan; }
  public JenisPenugasan getJenis() { return jenis; }
  public LocalDate getTmtMulai() { return tmtMulai; }
  public LocalDate getTmtSelesai() { return tmtSelesai; }
  public void setTmtSelesai(LocalDate tmtSelesai) { this.tmtSelesai = tmtSelesai; }
  public String getKeterangan() { return keterangan; }
  public void setKeterangan(String keterangan) { this.keterangan = keterangan; }
}
