package id.go.langsakota.kinerja.penilaian;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes evidence uploads that were never attached to a report (file and row) once they are
 * older than {@code kinerja.berkas.hapus-yatim-setelah} (default 24 h): an ASN who uploaded and
 * then left the form must not leave personal files behind for ever.
 *
 * <p>A Spring {@code @Scheduled} job rather than a Camunda timer: this is housekeeping of the
 * project's own table, tied to no process instance; a timer would need a process of its own and
 * would write history for every run. Running on several nodes at once is harmless: each row is
 * deleted only while still unattached (one statement), and a missing file is skipped.
 */
@Component
public class PembersihBuktiYatim {

  private static final Logger LOG = LoggerFactory.getLogger(PembersihBuktiYatim.class);
  private static final int POTONGAN = 200;

  private final BuktiDukungRepository repository;
  private final BuktiDukungService buktiService;
  private final TransactionTemplate transaksi;
  private final Duration umurMaksimal;

  public PembersihBuktiYatim(BuktiDukungRepository repository, BuktiDukungService buktiService,
      PlatformTransactionManager transactionManager,
      @Value("${kinerja.berkas.hapus-yatim-setelah:PT24H}") Duration umurMaksimal) {
    this.repository = repository;
    this.buktiService = buktiService;
    this.transaksi = new TransactionTemplate(transactionManager);
    this.umurMaksimal = umurMaksimal;
  }

  @Scheduled(initialDelayString = "${kinerja.berkas.periksa-yatim-setiap:PT1H}",
      fixedDelayString = "${kinerja.berkas.periksa-yatim-setiap:PT1H}")
  public void jalankan() {
    int n = hapusYatim(Instant.now());
    if (n > 0) {
      LOG.info("{} bukti dukung yang tidak pernah dilampirkan dihapus", n);
    }
  }

  /**
   * Deletes every upload older than {@code sekarang} minus the configured age that no realisasi
   * refers to. The time is a parameter so that tests drive the clock instead of waiting.
   *
   * @return how many uploads were deleted
   */
  public int hapusYatim(Instant sekarang) {
    Instant batas = sekarang.minus(umurMaksimal);
    int jumlah = 0;
    while (true) {
      List<BuktiDukung> yatim = repository.findYatimSebelum(batas, PageRequest.of(0, POTONGAN));
      int putaran = 0;
      for (BuktiDukung b : yatim) {
        // One transaction per row: attached (or deleted elsewhere) meanwhile → 0, the file stays.
        Integer dihapus = transaksi.execute(s -> repository.hapusBilaYatim(b.getId()));
        if (dihapus != null && dihapus == 1) {
          hapusBerkas(b);
          putaran++;
        }
      }
      jumlah += putaran;
      // A batch that deleted nothing would come back the same: stop rather than loop.
      if (yatim.size() < POTONGAN || putaran == 0) {
        return jumlah;
      }
    }
  }

  private void hapusBerkas(BuktiDukung b) {
    try {
      Path p = buktiService.lokasi(b);
      Files.deleteIfExists(p);
    } catch (IOException | RuntimeException e) {
      // The row is gone, so nothing refers to the file any more; log and carry on.
      LOG.warn("Berkas bukti dukung {} tidak dapat dihapus: {}", b.getId(), e.getMessage());
    }
  }
}
