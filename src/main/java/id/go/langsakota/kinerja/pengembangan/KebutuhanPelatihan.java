package id.go.langsakota.kinerja.pengembangan;

import id.go.langsakota.kinerja.kompetensi.JenisPelatihan;
import id.go.langsakota.kinerja.skp.NilaiBerakhlak;
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
 * One training need of one ASN in a year: what started it, the gap, who assigns, what was
 * assigned (the training itself is a pengembangan_kompetensi row), overdue and reminder marks.
 */
@Entity
@Table(name = "kebutuhan_pelatihan")
public class KebutuhanPelatihan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String nip;
  private int tahun;

  @Enumerated(EnumType.STRING)
  private PemicuPelatihan pemicu;

  private String kesenjangan;

  @Enumerated(EnumType.STRING)
  @Column(name = "nilai_berakhlak")
  private NilaiBerakhlak nilaiBerakhlak;

  @Enumerated(EnumType.STRING)
  @Column(name = "jenis_diminta")
  private JenisPelatihan jenisDiminta;

  @Column(name = "kekurangan_jp")
  private Integer kekuranganJp;

  @Enumerated(EnumType.STRING)
  private StatusKebutuhanPelatihan status;

  @Column(name = "kunci_terbuka")
  private String kunciTerbuka;

  /** Assignee of tetapkan-pelatihan: the pejabat penilai (coaching/mentoring), null = BKPSDM. */
  @Column(name = "penetap_nip")
  private String penetapNip;

  @Column(name = "katalog_id")
  private Long katalogId;

  @Column(name = "tanggal_mulai")
  private LocalDate tanggalMulai;

  @Column(name = "tanggal_selesai")
  private LocalDate tanggalSelesai;

  @Column(name = "batas_lapor")
  private LocalDate batasLapor;

  @Column(name = "ditetapkan_oleh")
  private String ditetapkanOleh;

  @Column(name = "ditetapkan_pada")
  private Instant ditetapkanPada;

  @Column(name = "catatan_penetapan")
  private String catatanPenetapan;

  @Column(name = "pengembangan_id")
  private Long pengembanganId;

  @Column(name = "jp_dikreditkan")
  private Integer jpDikreditkan;

  @Column(name = "pengingat_pada")
  private Instant pengingatPada;

  @Column(name = "terlambat_pada")
  private Instant terlambatPada;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  /** The pembinaan kinerja whose agreed plan opened this need (pemicu PEMBINAAN), else null. */
  @Column(name = "pembinaan_id")
  private Long pembinaanId;

  /** The catalogue entry the pembinaan plan chose: the proposals put it first. */
  @Column(name = "katalog_diminta_id")
  private Long katalogDimintaId;

  @Column(name = "dibuat_oleh")
  private String dibuatOleh;

  @Column(name = "dibuat_pada")
  private Instant dibuatPada;

  @Column(name = "selesai_pada")
  private Instant selesaiPada;

  @Version
  private long versi;

  protected KebutuhanPelatihan() {}

  public KebutuhanPelatihan(String nip, int tahun, PemicuPelatihan pemicu, String kesenjangan,
      NilaiBerakhlak nilaiBerakhlak, JenisPelatihan jenisDiminta, Integer kekuranganJp, String dibuatOleh) {
    this.nip = nip;
    this.tahun = tahun;
    this.pemicu = pemicu;
    this.kesenjangan = kesenjangan;
    this.nilaiBerakhlak = nilaiBerakhlak;
    this.jenisDiminta = jenisDiminta;
    this.kekuranganJp = kekuranganJp;
    this.dibuatOleh = dibuatOleh;
    this.dibuatPada = Instant.now();
    this.status = StatusKebutuhanPelatihan.DIUSULKAN;
    this.kunciTerbuka = kunciTerbuka(nip, tahun, pemicu);
  }

  static String kunciTerbuka(String nip, int tahun, PemicuPelatihan pemicu) {
    return nip + "|" + tahun + "|" + pemicu.name();
  }

  public String businessKey() {
    return PengembanganKompetensiProses.businessKey(id);
  }

  void tetapkan(Long katalogId, LocalDate mulai, LocalDate selesai, LocalDate batasLapor, String oleh,
      String catatan, Long pengembanganId, Instant pada) {
    periksaStatus(StatusKebutuhanPelatihan.DIUSULKAN);
    this.katalogId = katalogId;
    this.tanggalMulai = mulai;
    this.tanggalSelesai = selesai;
    this.batasLapor = batasLapor;
    this.ditetapkanOleh = oleh;
    this.catatanPenetapan = catatan;
    this.pengembanganId = pengembanganId;
    this.ditetapkanPada = pada;
    this.status = StatusKebutuhanPelatihan.DITETAPKAN;
  }

  void dilaporkan() {
    if (status != StatusKebutuhanPelatihan.DITETAPKAN && status != StatusKebutuhanPelatihan.DIKEMBALIKAN) {
      throw new IllegalStateException("Sertifikat tidak dapat diunggah: status kebutuhan pelatihan " + status.label());
    }
    this.status = StatusKebutuhanPelatihan.DILAPORKAN;
  }

  void dikembalikan() {
    periksaStatus(StatusKebutuhanPelatihan.DILAPORKAN);
    this.status = StatusKebutuhanPelatihan.DIKEMBALIKAN;
  }

  void selesai(int jp, Instant pada) {
    periksaStatus(StatusKebutuhanPelatihan.DILAPORKAN);
    this.status = StatusKebutuhanPelatihan.SELESAI;
    this.jpDikreditkan = jp;
    this.selesaiPada = pada;
    this.kunciTerbuka = null;
  }

  private void periksaStatus(StatusKebutuhanPelatihan harus) {
    if (status != harus) {
      throw new IllegalStateException("Kebutuhan pelatihan " + id + " berstatus " + status.label()
          + ", bukan " + harus.label());
    }
  }

  void setPenetapNip(String penetapNip) { this.penetapNip = penetapNip; }
  void setPengingatPada(Instant t) { this.pengingatPada = t; }
  void setTerlambatPada(Instant t) { this.terlambatPada = t; }
  void setProcessInstanceId(String id) { this.processInstanceId = id; }
  void dariPembinaan(Long pembinaanId, Long katalogDimintaId) {
    this.pembinaanId = pembinaanId;
    this.katalogDimintaId = katalogDimintaId;
  }

  public Long getId() { return id; }
  public String getNip() { return nip; }
  public int getTahun() { return tahun; }
  public PemicuPelatihan getPemicu() { return pemicu; }
  public String getKesenjangan() { return kesenjangan; }
  public NilaiBerakhlak getNilaiBerakhlak() { return nilaiBerakhlak; }
  public JenisPelatihan getJenisDiminta() { return jenisDiminta; }
  public Integer getKekuranganJp() { return kekuranganJp; }
  public StatusKebutuhanPelatihan getStatus() { return status; }
  public String getPenetapNip() { return penetapNip; }
  public Long getKatalogId() { return katalogId; }
  public LocalDate getTanggalMulai() { return tanggalMulai; }
  public LocalDate getTanggalSelesai() { return tanggalSelesai; }
  public LocalDate getBatasLapor() { return batasLapor; }
  public String getDitetapkanOleh() { return ditetapkanOleh; }
  public Instant getDitetapkanPada() { return ditetapkanPada; }
  public String getCatatanPenetapan() { return catatanPenetapan; }
  public Long getPengembanganId() { return pengembanganId; }
  public Integer getJpDikreditkan() { return jpDikreditkan; }
  public Instant getPengingatPada() { return pengingatPada; }
  public Instant getTerlambatPada() { return terlambatPada; }
  public String getProcessInstanceId() { return processInstanceId; }
  public Long getPembinaanId() { return pembinaanId; }
  public Long getKatalogDimintaId() { return katalogDimintaId; }
  public String getDibuatOleh() { return dibuatOleh; }
  public Instant getDibuatPada() { return dibuatPada; }
  public Instant getSelesaiPada() { return selesaiPada; }
}
