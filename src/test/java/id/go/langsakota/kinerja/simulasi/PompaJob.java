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

  long dijalankan() {
    return dijalankan.get();
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
      jalankanSemuaSaja();
    } finally {
      nano.addAndGet(System.nanoTime() - t0);
      sql.addAndGet(HitungSql.jumlah() - sql0);
    }
  }

  /** Wall time spent running jobs (no task completion runs meanwhile). */
  double detik() {
    return nano.get() / 1e9;
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
            org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(new java.util.Date(ulang.getTime() + 1000));
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
