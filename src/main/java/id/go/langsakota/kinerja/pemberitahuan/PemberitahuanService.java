package id.go.langsakota.kinerja.pemberitahuan;

import id.go.langsakota.kinerja.pemberitahuan.Pemberitahuan.Jenis;
import java.time.Instant;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notices into the outbox, in the caller's transaction (the process step's): one row per
 * configured channel. A second call for the same event and recipient (a step that runs again)
 * writes nothing. Nothing here talks to a mail server.
 */
@Service
@Transactional
public class PemberitahuanService {

  private final PemberitahuanRepository repository;
  private final PengaturanNotifikasi pengaturan;
  private final BukuAlamat bukuAlamat;
  private final TaskService taskService;

  public PemberitahuanService(PemberitahuanRepository repository, PengaturanNotifikasi pengaturan,
      BukuAlamat bukuAlamat, TaskService taskService) {
    this.repository = repository;
    this.pengaturan = pengaturan;
    this.bukuAlamat = bukuAlamat;
    this.taskService = taskService;
  }

  /**
   * The general entry: {@code peristiwa} names the event uniquely (with the recipient it makes
   * the row's key). {@code taskId} or {@code processInstanceId} give the link (the open task of
   * that process assigned to the recipient is looked up at delivery).
   */
  public void catat(Jenis jenis, String penerima, String judul, String pesan, String peristiwa,
      Long penilaianId, String taskId, String processInstanceId) {
    if (penerima == null || penerima.isBlank()) {
      return;
    }
    Instant sekarang = Instant.now();
    for (String saluran : pengaturan.saluran()) {
      String kunci = Pemberitahuan.potong(peristiwa + ":" + penerima + ":" + saluran, 200);
      if (!repository.existsByKunci(kunci)) {
        repository.save(new Pemberitahuan(kunci, penerima, jenis, saluran,
            judul == null ? judulBawaan(jenis) : judul, pesan, penilaianId, taskId,
            processInstanceId, sekarang));
      }
    }
  }

  /** Notices about one penilaian periodik (reminders, late report, escalation, result). */
  public void catatPenilaian(Jenis jenis, String penerima, String pesan, Long penilaianId,
      String processInstanceId) {
    catat(jenis, penerima, null, pesan, jenis + ":" + penilaianId, penilaianId, null, processInstanceId);
  }

  /**
   * A task is now someone's (created for them, or reassigned to them). {@code nipPegawai} and
   * {@code tahun} (the process's variables, may be null) say whose and which year it is about.
   */
  public void tugasBaru(String taskId, String namaTugas, String penerima, String processInstanceId,
      String nipPegawai, Object tahun) {
    String nama = namaTugas == null || namaTugas.isBlank() ? "tugas" : namaTugas;
    String namaPegawai = nipPegawai != null && !nipPegawai.equals(penerima)
        ? bukuAlamat.kontak(nipPegawai).nama() : null;
    String perihal = perihal(nama, namaPegawai, nipPegawai, tahun);
    catat(Jenis.TUGAS_BARU, penerima, "Tugas baru: " + nama + perihal,
        "Anda mendapat tugas baru: " + nama + perihal
            + ". Silakan buka dan kerjakan tugas ini di Tasklist.",
        Jenis.TUGAS_BARU + ":" + taskId, null, taskId, processInstanceId);
  }

  /**
   * What a new task is about, after its name: " — <nama> (NIP <nip>)" when it is about another
   * person, ", tahun <tahun>". What the task name already says is not repeated (task names carry
   * the person and the year, e.g. "Setujui SKP — Fitriani, S.K.M." or "Perbaiki SKP (dikembalikan)
   * — 2026"; the e-mails read "— Fitriani, S.K.M. — Fitriani, S.K.M. (NIP …)" before, found in the
   * browser walk). {@code namaPegawai} null: the task is the recipient's own.
   */
  static String perihal(String namaTugas, String namaPegawai, String nipPegawai, Object tahun) {
    String perihal = "";
    if (namaPegawai != null) {
      perihal = namaTugas.contains(namaPegawai) ? " (NIP " + nipPegawai + ")"
          : " — " + namaPegawai + " (NIP " + nipPegawai + ")";
    }
    if (tahun != null && !namaTugas.contains(String.valueOf(tahun))) {
      perihal += (perihal.isEmpty() ? " — " : ", ") + "tahun " + tahun;
    }
    return perihal;
  }

  /** Before the SKP deadline: the pejabat penilai holding setujui-skp is reminded. */
  public void pengingatPenetapanSkp(String processInstanceId, String nipAsn, Object batas) {
    for (Task t : taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey("setujui-skp").list()) {
      catat(Jenis.PENGINGAT_SKP, t.getAssignee(), null, "SKP " + namaAsn(nipAsn)
          + " menunggu persetujuan Anda. Batas penetapan SKP: " + tanggal(batas) + ".",
          Jenis.PENGINGAT_SKP + ":" + t.getId(), null, t.getId(), processInstanceId);
    }
  }

  /** Past the SKP deadline the task moved from {@code lama} to {@code baru}: both are told. */
  public void eskalasiPenetapanSkp(String taskId, String lama, String baru, String nipAsn,
      String processInstanceId) {
    String pesan = "Batas penetapan SKP " + namaAsn(nipAsn) + " terlewati; persetujuan SKP "
        + "dialihkan kepada atasan pejabat penilai (" + bukuAlamat.kontak(baru).nama() + ").";
    catat(Jenis.ESKALASI_SKP, baru, null, pesan, Jenis.ESKALASI_SKP + ":" + taskId, null, taskId,
        processInstanceId);
    if (lama != null && !lama.equals(baru)) {
      catat(Jenis.ESKALASI_SKP, lama, null, pesan, Jenis.ESKALASI_SKP + ":" + taskId, null, null, null);
    }
  }

  /**
   * The annual predikat is stored: the ASN is told it is not final yet (kalibrasi-kurva makes it
   * final and sends PREDIKAT_FINAL).
   */
  public void hasilTahunan(Long skpId, String nip, String labelPredikat, String processInstanceId) {
    catat(Jenis.HASIL_TAHUNAN, nip, null, "Penilaian kinerja tahunan Anda telah diberikan pejabat penilai. "
        + "Predikat kinerja tahunan: " + labelPredikat + " (belum final: menunggu pemeriksaan kurva "
        + "distribusi OPD; Anda akan diberi tahu predikat finalnya).",
        Jenis.HASIL_TAHUNAN + ":" + skpId + ":" + labelPredikat, null, null, processInstanceId);
  }

  private String namaAsn(String nip) {
    return nip == null ? "pegawai" : bukuAlamat.kontak(nip).nama() + " (NIP " + nip + ")";
  }

  private static String tanggal(Object batas) {
    if (batas == null) {
      return "-";
    }
    try {
      return java.time.OffsetDateTime.parse(batas.toString()).atZoneSameInstant(
          id.go.langsakota.kinerja.config.Waktu.WIB).format(
              java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm"));
    } catch (java.time.format.DateTimeParseException e) {
      return batas.toString();
    }
  }

  static String judulBawaan(Jenis jenis) {
    return switch (jenis) {
      case TUGAS_BARU -> "Tugas baru";
      case PENGINGAT_LAPOR -> "Pengingat: batas pelaporan realisasi";
      case TERLAMBAT_LAPOR -> "Realisasi belum dilaporkan";
      case PENGINGAT_PENILAIAN -> "Pengingat: batas penilaian kinerja";
      case ESKALASI_PENILAIAN -> "Eskalasi: penilaian kinerja dialihkan";
      case PENGINGAT_SKP -> "Pengingat: batas penetapan SKP";
      case ESKALASI_SKP -> "Eskalasi: persetujuan SKP dialihkan";
      case HASIL_PERIODIK -> "Hasil penilaian kinerja periodik";
      case HASIL_TAHUNAN -> "Hasil penilaian kinerja tahunan";
      case PENGINGAT_KALIBRASI -> "Pengingat: batas kalibrasi kurva distribusi";
      case ESKALASI_KALIBRASI -> "Eskalasi: kalibrasi kurva distribusi terlambat";
      case PREDIKAT_FINAL -> "Predikat kinerja tahunan final";
      case ESKALASI_KEBERATAN -> "Eskalasi: keberatan belum diputuskan";
      case KEPUTUSAN_KEBERATAN -> "Keputusan keberatan penilaian kinerja";
      case PENGINGAT_PEMBINAAN -> "Pengingat: batas tugas pembinaan kinerja";
      case ESKALASI_PEMBINAAN -> "Eskalasi: tugas pembinaan kinerja terlambat";
      case PENGINGAT_PELATIHAN -> "Pengingat: batas unggah sertifikat pelatihan";
      case PELATIHAN_TERLAMBAT -> "Pelatihan terlambat";
      case PELATIHAN_TERVERIFIKASI -> "Sertifikat pelatihan diverifikasi";
      case PENGINGAT_PENGHARGAAN -> "Pengingat: batas tugas seleksi penghargaan";
      case ESKALASI_PENGHARGAAN -> "Eskalasi: tugas seleksi penghargaan terlambat";
      case PENGHARGAAN -> "Penghargaan ASN berkinerja terbaik";
    };
  }
}
