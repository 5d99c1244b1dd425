package id.go.langsakota.kinerja.simulasi;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs the due jobs (async continuations, and timers made due by moving the engine clock) as the
 * job executor would, with the simulator's number of workers: the jobs of one process instance
 * stay on one worker (the executor's exclusive jobs), different instances run in parallel. An
 * optimistic-locking conflict is counted and the job taken again in the next pass (the executor
 * does the same); a failure is counted and left to the engine's retries and incidents.
 */
final class PompaJob {

  private final ManagementService management;
  private final int pekerja;
  private final AtomicLong dijalankan = new AtomicLong();
  private final AtomicLong gagal = new AtomicLong();
  private final AtomicLong konflik = new AtomicLong();
  private final AtomicLong nano = new AtomicLong();
  private final AtomicLong sql = new AtomicLong();

  /** SQL statements sent while jobs ran (counted only where HitungSql is registered). */
  long sql() {
    return sql.get();
  }

  PompaJob(ManagementService management, int pekerja) {
    this.management = management;
    this.pekerja = pekerja;
  }

  /**
   * Two-node mode: the nodes' job executors run the jobs; {@link #jalankanSemua} only waits until
   * none is due (locked ones included: a dead node's jobs count until the survivor has run them),
   * at most {@code batasMs}, then fails loudly. Jobs run = successful entries in the job log.
   */
  private volatile boolean hanyaMenunggu;
  private volatile long batasTungguMs;
  private volatile java.util.function.LongSupplier jobBerhasil;

  void hanyaMenunggu(long batasMs, java.util.function.LongSupplier berhasil) {
    this.hanyaMenunggu = true;
    this.batasTungguMs = batasMs;
    this.jobBerhasil = berhasil;
  }

  long dijalankan() {
    return hanyaMenunggu ? jobBerhasil.getAsLong() : dijalankan.get();
  }

  long gagal() {
    return gagal.get();
  }

  long konflik() {
    return konflik.get();
  }

  /** Until no job is due (at most 10,000 passes). */
  void jalankanSemua() {
    long t0 = System.nanoTime();
    long sql0 = HitungSql.jumlah();
    try {
      if (hanyaMenunggu) {
        tunggu();
      } else {
        jalankanSemuaSaja();
      }
    } finally {
      nano.addAndGet(System.nanoTime() - t0);
      sql.addAndGet(HitungSql.jumlah() - sql0);
    }
  }

  /** Wall time spent running jobs (no task completion runs meanwhile). */
  double detik() {
    return nano.get() / 1e9;
  }

  private void tunggu() {
    long batas = System.currentTimeMillis() + batasTungguMs;
    while (true) {
      // A failed job with retries left comes back after its retry interval; the clock runs, so
      // it is waited for in real time (the clock is never moved here: that would also expire
      // the locks of a dead node early).
      long due = management.createJobQuery().executable().active().count();
      long ulang = management.createJobQuery().withException().withRetriesLeft().active().count();
      if (due == 0 && ulang == 0) {
        return;
      }
      if (System.currentTimeMillis() > batas) {
        throw new IllegalStateException("job belum habis setelah " + batasTungguMs / 1000 + " s: " + due
            + " job jatuh tempo, " + ulang + " job menunggu percobaan ulang");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private void jalankanSemuaSaja() {
    ExecutorService pool = Executors.newFixedThreadPool(pekerja);
    try {
      for (int putaran = 0; putaran < 10_000; putaran++) {
        List<Job> due = management.createJobQuery().executable().active().listPage(0, 5_000);
        if (due.isEmpty()) {
          // A failed job comes back after its retry interval (R5/PT1M...): the clock moves there.
          java.util.Date ulang = management.createJobQuery().withException().withRetriesLeft().active().list().stream()
              .map(Job::getDuedate).filter(java.util.Objects::nonNull).max(java.util.Comparator.naturalOrder())
              .orElse(null);
          java.util.Date sekarang = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
          if (ulang != null && ulang.after(sekarang) && ulang.getTime() - sekarang.getTime() < 3_600_000L) {
            Jam.setel(new java.util.Date(ulang.getTime() + 1000));
            continue;
          }
          return;
        }
        List<Future<?>> kerja = new ArrayList<>();
        for (List<Job> bagian : Simulasi.kelompok(due, pekerja)) {
          kerja.add(pool.submit(() -> bagian.forEach(this::jalankan)));
        }
        for (Future<?> f : kerja) {
          f.get();
        }
      }
      throw new IllegalStateException("job tidak habis setelah 10.000 putaran");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private void jalankan(Job j) {
    try {
      management.executeJob(j.getId());
      dijalankan.incrementAndGet();
    } catch (RuntimeException e) {
      if (Simulasi.konflik(e)) {
        konflik.incrementAndGet();
      } else if (e.getMessage() != null && e.getMessage().contains("No job found")) {
        // taken meanwhile by its own instance's earlier job (e.g. a cancelled boundary timer)
      } else {
        gagal.incrementAndGet();
        System.out.println("SIMULASI job gagal " + j.getId() + ": " + e);
      }
    }
  }
}
