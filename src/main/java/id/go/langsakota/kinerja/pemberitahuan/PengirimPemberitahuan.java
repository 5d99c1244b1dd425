package id.go.langsakota.kinerja.pemberitahuan;

import id.go.langsakota.kinerja.config.Waktu;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox after the process transactions committed, never inside one. Each row is
 * claimed first (UPDATE ... WHERE status = 'BARU': of two workers or two nodes only one gets it),
 * then sent outside any transaction, then marked TERKIRIM, DILEWATI (with the reason) or, on a
 * failure, queued again with exponential backoff until percobaan-maksimal, then GAGAL. A worker
 * that dies between claim and mark leaves the row DIKIRIM; after batas-klaim it is due again
 * (the one window where a message can go out twice: the server accepted it, the mark was lost).
 * Users who chose RINGKASAN_HARIAN get everything written before the day's digest time (WIB) in
 * one message; a digest missed while the application was down goes out at the next poll.
 */
@Component
public class PengirimPemberitahuan {

  private static final Logger LOG = LoggerFactory.getLogger(PengirimPemberitahuan.class);

  private final PemberitahuanRepository repository;
  private final List<SaluranPemberitahuan> semuaSaluran;
  private final PengaturanNotifikasi pengaturan;
  private final BukuAlamat bukuAlamat;
  private final TaskService taskService;
  private final TransactionTemplate tx;

  public PengirimPemberitahuan(PemberitahuanRepository repository,
      List<SaluranPemberitahuan> semuaSaluran, PengaturanNotifikasi pengaturan,
      BukuAlamat bukuAlamat, TaskService taskService, PlatformTransactionManager transaksi) {
    this.repository = repository;
    this.semuaSaluran = semuaSaluran;
    this.pengaturan = pengaturan;
    this.bukuAlamat = bukuAlamat;
    this.taskService = taskService;
    this.tx = new TransactionTemplate(transaksi);
  }

  /** What one poll did. */
  public record Hasil(int terkirim, int dilewati, int gagal) {
    Hasil tambah(Hasil h) {
      return new Hasil(terkirim + h.terkirim, dilewati + h.dilewati, gagal + h.gagal);
    }
  }

  @Scheduled(fixedDelayString = "${kinerja.notifikasi.jeda-poller:PT30S}",
      initialDelayString = "${kinerja.notifikasi.jeda-poller:PT30S}")
  void terjadwal() {
    if (pengaturan.penjadwalAktif()) {
      try {
        kirimTertunda(Instant.now());
      } catch (RuntimeException e) {
        LOG.warn("Pengiriman pemberitahuan tertunda gagal: {}", e.toString());
      }
    }
  }

  /** One poll at {@code sekarang}: due single notices, then due digests. */
  public Hasil kirimTertunda(Instant sekarang) {
    Map<String, SaluranPemberitahuan> aktif = semuaSaluran.stream()
        .filter(s -> pengaturan.saluran().contains(s.kode()) && s.aktif())
        .collect(Collectors.toMap(SaluranPemberitahuan::kode, s -> s, (a, b) -> a));
    if (aktif.isEmpty()) {
      return new Hasil(0, 0, 0);
    }
    tx.executeWithoutResult(s -> repository.lepasKlaimKedaluwarsa(sekarang.minus(pengaturan.batasKlaim())));
    PageRequest batch = PageRequest.of(0, pengaturan.ukuranBatch());
    Hasil hasil = new Hasil(0, 0, 0);
    for (Long id : repository.jatuhTempoSegera(sekarang, aktif.keySet(), batch)) {
      hasil = hasil.tambah(kirimSatu(id, sekarang, aktif));
    }
    Instant batas = batasRingkasan(sekarang, pengaturan.jamRingkasan());
    Map<String, List<Long>> perPenerima = new LinkedHashMap<>();
    for (Long id : repository.jatuhTempoRingkasan(sekarang, batas, aktif.keySet(), batch)) {
      Pemberitahuan p = repository.findById(id).orElseThrow();
      perPenerima.computeIfAbsent(p.getPenerima() + "\n" + p.getSaluran(), k -> new ArrayList<>()).add(id);
    }
    for (List<Long> ids : perPenerima.values()) {
      hasil = hasil.tambah(kirimRingkasan(ids, sekarang, batas, aktif));
    }
    return hasil;
  }

  /** The latest digest time at or before {@code sekarang}: today's jam-ringkasan in WIB, or yesterday's. */
  static Instant batasRingkasan(Instant sekarang, java.time.LocalTime jam) {
    ZonedDateTime kini = sekarang.atZone(Waktu.WIB);
    ZonedDateTime hariIni = kini.toLocalDate().atTime(jam).atZone(Waktu.WIB);
    return (kini.isBefore(hariIni) ? hariIni.minusDays(1) : hariIni).toInstant();
  }

  private Hasil kirimSatu(Long id, Instant sekarang, Map<String, SaluranPemberitahuan> aktif) {
    Pemberitahuan p = klaim(id, sekarang);
    if (p == null) {
      return new Hasil(0, 0, 0);
    }
    SaluranPemberitahuan saluran = aktif.get(p.getSaluran());
    Optional<String> lewat = alasanLewati(p);
    if (lewat.isPresent()) {
      return lewati(List.of(id), lewat.get());
    }
    Optional<String> alamat = saluran.alamat(p.getPenerima());
    if (alamat.isEmpty()) {
      return lewati(List.of(id), saluran.alasanTanpaAlamat(p.getPenerima()));
    }
    Pesan pesan = PenyusunPesan.tunggal(bukuAlamat.kontak(p.getPenerima()).nama(), butir(p));
    return kirim(saluran, alamat.get(), pesan, List.of(id), sekarang);
  }

  private Hasil kirimRingkasan(List<Long> ids, Instant sekarang, Instant batas,
      Map<String, SaluranPemberitahuan> aktif) {
    List<Pemberitahuan> diklaim = new ArrayList<>();
    for (Long id : ids) {
      Pemberitahuan p = klaim(id, sekarang);
      if (p != null) {
        diklaim.add(p);
      }
    }
    if (diklaim.isEmpty()) {
      return new Hasil(0, 0, 0);
    }
    Hasil hasil = new Hasil(0, 0, 0);
    List<Pemberitahuan> isi = new ArrayList<>();
    for (Pemberitahuan p : diklaim) {
      Optional<String> lewat = alasanLewati(p);
      if (lewat.isPresent()) {
        hasil = hasil.tambah(lewati(List.of(p.getId()), lewat.get()));
      } else {
        isi.add(p);
      }
    }
    if (isi.isEmpty()) {
      return hasil;
    }
    String penerima = isi.get(0).getPenerima();
    SaluranPemberitahuan saluran = aktif.get(isi.get(0).getSaluran());
    List<Long> idIsi = isi.stream().map(Pemberitahuan::getId).toList();
    Optional<String> alamat = saluran.alamat(penerima);
    if (alamat.isEmpty()) {
      return hasil.tambah(lewati(idIsi, saluran.alasanTanpaAlamat(penerima)));
    }
    Pesan pesan = PenyusunPesan.ringkasan(bukuAlamat.kontak(penerima).nama(),
        batas.atZone(Waktu.WIB).toLocalDate(), isi.stream().map(this::butir).toList());
    return hasil.tambah(kirim(saluran, alamat.get(), pesan, idIsi, sekarang));
  }

  private Pemberitahuan klaim(Long id, Instant sekarang) {
    return tx.execute(s -> repository.klaim(id, sekarang) == 1
        ? repository.findById(id).orElse(null) : null);
  }

  private Hasil kirim(SaluranPemberitahuan saluran, String alamat, Pesan pesan, List<Long> ids,
      Instant sekarang) {
    try {
      saluran.kirim(alamat, pesan);
    } catch (Exception e) {
      String alasan = "Pengiriman " + saluran.kode() + " gagal: " + ringkas(e);
      ubah(ids, p -> p.gagal(alasan, sekarang.plus(pengaturan.jedaSetelah(p.getPercobaan() + 1)),
          pengaturan.percobaanMaksimal()));
      LOG.warn("Pemberitahuan {} ke {} belum terkirim: {}", ids, saluran.kode(), alasan);
      return new Hasil(0, 0, ids.size());
    }
    ubah(ids, p -> p.terkirim(sekarang));
    return new Hasil(ids.size(), 0, 0);
  }

  private Hasil lewati(List<Long> ids, String alasan) {
    ubah(ids, p -> p.dilewati(alasan));
    LOG.info("Pemberitahuan {} dilewati: {}", ids, alasan);
    return new Hasil(0, ids.size(), 0);
  }

  private void ubah(List<Long> ids, Consumer<Pemberitahuan> perubahan) {
    tx.executeWithoutResult(s -> repository.findAllById(ids).forEach(perubahan));
  }

  /** A new-task notice whose task was completed or deleted before delivery is not sent. */
  private Optional<String> alasanLewati(Pemberitahuan p) {
    if (p.getJenis() == Pemberitahuan.Jenis.TUGAS_BARU && p.getTaskId() != null
        && taskService.createTaskQuery().taskId(p.getTaskId()).count() == 0) {
      return Optional.of("Tugas sudah selesai sebelum pemberitahuan dikirim");
    }
    return Optional.empty();
  }

  private PenyusunPesan.Butir butir(Pemberitahuan p) {
    return new PenyusunPesan.Butir(p.getJenis(), p.getJudul(), p.getPesan(),
        pengaturan.tautanTugas(tugasUntuk(p)), p.getDibuatPada());
  }

  /** The task to link: the row's own, or the recipient's open task in the same process. */
  private String tugasUntuk(Pemberitahuan p) {
    if (p.getTaskId() != null) {
      return p.getTaskId();
    }
    if (p.getProcessInstanceId() == null) {
      return null;
    }
    List<Task> t = taskService.createTaskQuery().processInstanceId(p.getProcessInstanceId())
        .taskAssignee(p.getPenerima()).active().orderByTaskCreateTime().desc().list();
    return t.isEmpty() ? null : t.get(0).getId();
  }

  private static String ringkas(Exception e) {
    Throwable akar = e;
    while (akar.getCause() != null && akar.getCause() != akar) {
      akar = akar.getCause();
    }
    String pesan = akar.getMessage() == null ? akar.getClass().getSimpleName() : akar.getMessage();
    return pesan.replaceAll("\\s+", " ");
  }
}
