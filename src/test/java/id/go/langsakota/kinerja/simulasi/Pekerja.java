package id.go.langsakota.kinerja.simulasi;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/** The simulated users working in parallel: a fixed pool, the work split in equal shares. */
final class Pekerja implements AutoCloseable {

  private final int jumlah;
  private final ExecutorService pool;

  Pekerja(int jumlah) {
    this.jumlah = jumlah;
    this.pool = Executors.newFixedThreadPool(jumlah);
  }

  /** Each item by one worker (item i by worker i mod n); returns how many returned true. */
  <T> int untukSetiap(List<T> daftar, Predicate<T> kerja) {
    List<Future<Integer>> hasil = new ArrayList<>();
    for (int w = 0; w < jumlah; w++) {
      int awal = w;
      hasil.add(pool.submit(() -> {
        int n = 0;
        for (int i = awal; i < daftar.size(); i += jumlah) {
          if (kerja.test(daftar.get(i))) {
            n++;
          }
        }
        return n;
      }));
    }
    int total = 0;
    try {
      for (Future<Integer> f : hasil) {
        total += f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
    return total;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
