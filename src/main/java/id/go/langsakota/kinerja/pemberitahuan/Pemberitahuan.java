package id.go.langsakota.kinerja.pemberitahuan;

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

/**
 * One notice for one person through one channel, written in the process transaction (an outbox):
 * a row exists only if the process step that caused it committed. {@link PengirimPemberitahuan}
 * delivers it after the commit. {@code kunci} is unique per event, recipient and channel, so a
 * step that runs again writes no second row.
 */
@Entity
@Table(name = "pemberitahuan")
public class Pemberitahuan {

  public enum Jenis {
    TUGAS_BARU, PENGINGAT_LAPOR, TERLAMBAT_LAPOR, PENGINGAT_PENILAIAN, ESKALASI_PENILAIAN,
    PENGINGAT_SKP, ESKALASI_SKP, HASIL_PERIODIK, HASIL_TAHUNAN,
    PENGINGAT_KALIBRASI, ESKALASI_KALIBRASI, PREDIKAT_FINAL,
    ESKALASI_KEBERATAN, KEPUTUSAN_KEBERATAN,
    PENGINGAT_PEMBINAAN, ESKALASI_PEMBINAAN,
    PENGINGAT_PELATIHAN, PELATIHAN_TERLAMBAT, PELATIHAN_TERVERIFIKASI,
    PENGINGAT_PENGHARGAAN, ESKALASI_PENGHARGAAN, PENGHARGAAN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String kunci;

  private String penerima;

  @Enumerated(EnumType.STRING)
  private Jenis jenis;

  private String saluran;

  @Enumerated(EnumType.STRING)
  private StatusPemberitahuan status = StatusPemberitahuan.BARU;

  private String judul;

  private String pesan;

  @Column(name = "penilaian_id")
  private Long penilaianId;

  @Column(name = "task_id")
  private String taskId;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "dibuat_pada")
  private Instant dibuatPada;

  @Column(name = "terkirim_pada")
  private Instant terkirimPada;

  private int percobaan;

  @Column(name = "berikutnya_pada")
  private Instant berikutnyaPada;

  @Column(name = "diklaim_pada")
  private Instant diklaimPada;

  private String alasan;

  @Version
  private long versi;

  protected Pemberitahuan() {}

  Pemberitahuan(String kunci, String penerima, Jenis jenis, String saluran, String judul,
      String pesan, Long penilaianId, String taskId, String processInstanceId, Instant sekarang) {
    this.kunci = kunci;
    this.penerima = penerima;
    this.jenis = jenis;
    this.saluran = saluran;
    this.judul = potong(judul, 200);
    this.pesan = potong(pesan, 1000);
    this.penilaianId = penilaianId;
    this.taskId = taskId;
    this.processInstanceId = processInstanceId;
    this.dibuatPada = sekarang;
    this.berikutnyaPada = sekarang;
  }

  static String potong(String s, int maks) {
    return s == null || s.length() <= maks ? s : s.substring(0, maks - 1) + "…";
  }

  void terkirim(Instant pada) {
    status = StatusPemberitahuan.TERKIRIM;
    terkirimPada = pada;
    diklaimPada = null;
    alasan = null;
  }

  void dilewati(String alasan) {
    status = StatusPemberitahuan.DILEWATI;
    diklaimPada = null;
    this.alasan = potong(alasan, 500);
  }

  /** A failed attempt: back in the queue for {@code berikutnya}, or GAGAL when none is left. */
  void gagal(String alasan, Instant berikutnya, int percobaanMaksimal) {
    percobaan++;
    diklaimPada = null;
    this.alasan = potong(alasan, 500);
    if (percobaan >= percobaanMaksimal) {
      status = StatusPemberitahuan.GAGAL;
    } else {
      status = StatusPemberitahuan.BARU;
      berikutnyaPada = berikutnya;
    }
  }

  /** BKPSDM re-queues a failed or skipped notice (e.g. after the e-mail was added). */
  void ulangi(Instant sekarang) {
    status = StatusPemberitahuan.BARU;
    percobaan = 0;
    berikutnyaPada = sekarang;
    diklaimPada = null;
  }

  public Long getId() { return id; }
  public String getKunci() { return kunci; }
  public String getPenerima() { return penerima; }
  public Jenis getJenis() { return jenis; }
  public String getSaluran() { return saluran; }
  public StatusPemberitahuan getStatus() { return status; }
  public String getJudul() { return judul; }
  public String getPesan() { return pesan; }
  public Long getPenilaianId() { return penilaianId; }
  public String getTaskId() { return taskId; }
  public String getProcessInstanceId() { return processInstanceId; }
  public Instant getDibuatPada() { return dibuatPada; }
  public Instant getTerkirimPada() { return terkirimPada; }
  public int getPercobaan() { return percobaan; }
  public Instant getBerikutnyaPada() { return berikutnyaPada; }
  public Instant getDiklaimPada() { return diklaimPada; }
  public String getAlasan() { return alasan; }
}
