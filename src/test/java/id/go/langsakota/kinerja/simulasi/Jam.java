package id.go.langsakota.kinerja.simulasi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The simulator's engine clock. One node (the default): the clock stands still where the year is
 * (ClockUtil.setCurrentTime), as before. Two nodes ({@link #bagikan}): the clock runs from the
 * moment set (ClockUtil.offset), because lock expiry is engine time and a dead node's locks must
 * run out in real time; the offset goes to a small file that the second node follows
 * ({@link NodeKedua}), so both JVMs fire the same timers at the same moment.
 */
final class Jam {

  private static volatile Path berkas;

  private Jam() {}

  /** Two-node mode: a running clock, shared through this file (offset in ms, one line). */
  static void bagikan(Path file) {
    berkas = file;
    tulis(0L);
  }

  static void berhentiBerbagi() {
    berkas = null;
  }

  static boolean berjalan() {
    return berkas != null;
  }

  static void setel(Date waktu) {
    if (berkas == null) {
      ClockUtil.setCurrentTime(waktu);
      return;
    }
    long offset = waktu.getTime() - System.currentTimeMillis();
    ClockUtil.offset(offset);
    tulis(offset);
  }

  static void reset() {
    ClockUtil.resetClock();
    if (berkas != null) {
      tulis(0L);
    }
  }

  private static void tulis(long offset) {
    try {
      Path tmp = berkas.resolveSibling(berkas.getFileName() + ".tmp");
      Files.writeString(tmp, Long.toString(offset), StandardCharsets.US_ASCII);
      Files.move(tmp, berkas, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new IllegalStateException("berkas jam " + berkas, e);
    }
  }

  /** Follows the file every 50 ms (the second node's side). */
  static Thread ikuti(Path file) {
    Thread t = new Thread(() -> {
      long terakhir = Long.MIN_VALUE;
      while (!Thread.currentThread().isInterrupted()) {
        try {
          if (Files.exists(file)) {
            long offset = Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).trim());
            if (offset != terakhir) {
              if (offset == 0L) {
                ClockUtil.resetClock();
              } else {
                ClockUtil.offset(offset);
              }
              terakhir = offset;
            }
          }
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        } catch (IOException | NumberFormatException e) {
          // the file is replaced atomically; a failed read is tried again in 50 ms
        }
      }
    }, "simulasi-jam");
    t.setDaemon(true);
    t.start();
    return t;
  }
}
