package id.go.langsakota.kinerja.kompetensi;

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

/**
 * One training in the riwayat pengembangan kompetensi of an ASN. The status moves only through
 * the methods below, each refusing a step that does not fit the current status.
 */
@Entity
@Table(name = "pengembangan_kompetensi")
public class PengembanganKompetensi {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String nip;

  @Column(name = "katalog_id")
  private Long katalogId;

  @Column(name = "nama_pelatihan")
  private String namaPelatihan;

  @Enumerated(EnumType.STRING)
  private JenisPelatihan jenis;

  private String penyelenggara;

  @Column(name = "tanggal_mulai")
  private LocalDate tanggalMulai;

  @Column(name = "tanggal_selesai")
  private LocalDate tanggalSelesai;

  private int jp;

  @Enumerated(EnumType.STRING)
  private StatusPengembanganKompetensi status;

  @Column(name = "sertifikat_bukti_id")
  private Long sertifikatBuktiId;

  @Column(name = "catatan_pengembalian")
  private String catatanPengembalian;

  /** Why it was assigned (e.g. "Predikat tahunan Butuh Perbaikan"), shown to the ASN. */
  private String alasan;

  /** Business key of the process that assigned it, when one did (null for manual records). */
  @Column(name = "kunci_proses")
  private String kunciProses;

  @Column(name = "dicatat_oleh")
  private String dicatatOleh;

  @Column(name = "dicatat_pada")
  private Instant dicatatPada;

  @Column(name = "dilaporkan_pada")
  private Instant dilaporkanPada;

  @Column(name = "diverifikasi_oleh")
  private String diverifikasiOleh;

  @Column(name = "diverifikasi_pada")
  private Instant diverifikasiPada;

  @Version
  private long versi;

  protected PengembanganKompetensi() {}

  public PengembanganKompetensi(String nip, Long katalogId, String namaPelatihan, JenisPelatihan jenis,
      String penyelenggara, LocalDate tanggalMulai, LocalDate tanggalSelesai, int jp, String alasan,
      String kunciProses, String dicatatOleh) {
    this.nip = nip;
    this.katalogId = katalogId;
    this.namaPelatihan = namaPelatihan;
    this.jenis = jenis;
    this.penyelenggara = penyelenggara;
    this.tanggalMulai = tanggalMulai;
    this.tanggalSelesai = tanggalSelesai;
    this.jp = jp;
    this.alasan = alasan;
    this.kunciProses = kunciProses;
    this.dicatatOleh = dicatatOleh;
    this.dicatatPada = Instant.now();
    this.status = StatusPengembanganKompetensi.DITUGASKAN;
  }

  /** The ASN has done it and uploads the certificate: DITUGASKAN or DIKEMBALIKAN → SELESAI. */
  public void laporkanSelesai(long buktiId) {
    if (status != StatusPengembanganKompetensi.DITUGASKAN
        && status != StatusPengembanganKompetensi.DIKEMBALIKAN) {
      throw new IllegalStateException("Sertifikat hanya dapat diunggah untuk pelatihan yang berstatus "
          + "Ditugaskan atau Dikembalikan; status pelatihan ini " + status.label());
    }
    this.sertifikatBuktiId = buktiId;
    this.status = StatusPengembanganKompetensi.SELESAI;
    this.dilaporkanPada = Instant.now();
  }

  /** BKPSDM accepts the certificate: SELESAI → TERVERIFIKASI; the JP count from now on. */
  public void verifikasi(String oleh) {
    periksaMenungguVerifikasi();
    this.status = StatusPengembanganKompetensi.TERVERIFIKASI;
    this.catatanPengembalian = null;
    this.diverifikasiOleh = oleh;
    this.diverifikasiPada = Instant.now();
  }

  /** BKPSDM returns it with a note: SELESAI → DIKEMBALIKAN (the certificate stays attached). */
  public void kembalikan(String catatan, String oleh) {
    periksaMenungguVerifikasi();
    this.status = StatusPengembanganKompetensi.DIKEMBALIKAN;
    this.catatanPengembalian = catatan;
    this.diverifikasiOleh = oleh;
    this.diverifikasiPada = Instant.now();
  }

  private void periksaMenungguVerifikasi() {
    if (status != StatusPengembanganKompetensi.SELESAI) {
      throw new IllegalStateException("Hanya pelatihan yang selesai dan menunggu verifikasi yang dapat "
          + "diverifikasi atau dikembalikan; status pelatihan ini " + status.label());
    }
  }

  public boolean terverifikasi() {
    return status == StatusPengembanganKompetensi.TERVERIFIKASI;
  }

  public Long getId() { return id; }
  public String getNip() { return nip; }
  public Long getKatalogId() { return katalogId; }
  public String getNamaPelatihan() { return namaPelatihan; }
  public JenisPelatihan getJenis() { return jenis; }
  public String getPenyelenggara() { return penyelenggara; }
  public LocalDate getTanggalMulai() { return tanggalMulai; }
  public LocalDate getTanggalSelesai() { return tanggalSelesai; }
  public int getJp() { return jp; }
  public StatusPengembanganKompetensi getStatus() { return status; }
  public Long getSertifikatBuktiId() { return sertifikatBuktiId; }
  public String getCatatanPengembalian() { return catatanPengembalian; }
  public String getAlasan() { return alasan; }
  public String getKunciProses() { return kunciProses; }
  public String getDicatatOleh() { return dicatatOleh; }
  public Instant getDicatatPada() { return dicatatPada; }
  public Instant getDilaporkanPada() { return dilaporkanPada; }
  public String getDiverifikasiOleh() { return diverifikasiOleh; }
  public Instant getDiverifikasiPada() { return diverifikasiPada; }
}
