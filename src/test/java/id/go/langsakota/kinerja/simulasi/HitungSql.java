package id.go.langsakota.kinerja.simulasi;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application sends (every statement prepared or created on a
 * connection of the DataSource bean: Camunda's MyBatis, Hibernate and JdbcTemplate all go through
 * it). Registered only in the benchmark's context; the simulator reads the counter around each
 * stage and around the job runs to give statements per task completion and per job.
 */
final class HitungSql implements BeanPostProcessor {

  private static final AtomicLong JUMLAH = new AtomicLong();
  /** Statements by their text (whitespace folded, first 160 characters): where the count comes from. */
  private static final java.util.Map<String, java.util.concurrent.atomic.LongAdder> PER_TEKS =
      new java.util.concurrent.ConcurrentHashMap<>();
  /** The counter of each exact statement text in {@link #PER_TEKS}, so a text is folded only once. */
  private static final java.util.Map<String, java.util.concurrent.atomic.LongAdder> PER_SQL =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Statements sent by the current thread (a server thread: the statements of one request). */
  private static final ThreadLocal<long[]> PER_UTAS = ThreadLocal.withInitial(() -> new long[1]);
  /** Statements of the requests of one simulated task, by task key (see {@link PenghitungPerTugas}). */
  private static final java.util.Map<String, java.util.concurrent.atomic.LongAdder> PER_KUNCI_TUGAS =
      new java.util.concurrent.ConcurrentHashMap<>();

  static long jumlah() {
    return JUMLAH.get();
  }

  static long jumlahUtas() {
    return PER_UTAS.get()[0];
  }

  static void tambahKeTugas(String kunci, long n) {
    PER_KUNCI_TUGAS.computeIfAbsent(kunci, x -> new java.util.concurrent.atomic.LongAdder()).add(n);
  }

  /** Statements of the HTTP requests made for each task key so far (form reads and submit). */
  static java.util.Map<String, Long> perKunciTugas() {
    java.util.Map<String, Long> hasil = new java.util.TreeMap<>();
    PER_KUNCI_TUGAS.forEach((k, v) -> hasil.put(k, v.sum()));
    return hasil;
  }

  /** The most frequent statements since {@link #mulaiUlang()}, most frequent first. */
  static java.util.List<java.util.Map.Entry<String, Long>> teratas(int n) {
    return PER_TEKS.entrySet().stream()
        .map(e -> java.util.Map.entry(e.getKey(), e.getValue().sum()))
        .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(n).toList();
  }

  static void mulaiUlang() {
    PER_SQL.clear();
    PER_TEKS.clear();
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String nama) {
    if (!(bean instanceof DataSource ds) || Proxy.isProxyClass(bean.getClass())) {
      return bean;
    }
    return Proxy.newProxyInstance(HitungSql.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, metode, arg) -> {
          Object hasil = panggil(ds, metode, arg);
          return hasil instanceof Connection c ? koneksi(c) : hasil;
        });
  }

  private static Connection koneksi(Connection c) {
    InvocationHandler h = (proxy, metode, arg) -> {
      String n = metode.getName();
      if (n.equals("prepareStatement") || n.equals("prepareCall") || n.equals("createStatement")) {
        JUMLAH.incrementAndGet();
        PER_UTAS.get()[0]++;
        if (arg != null && arg.length > 0 && arg[0] instanceof String sql) {
          // The same statements come again and again: normalise each text once (a regex per
          // statement was 2 % of the benchmark's CPU, charged to the year).
          PER_SQL.computeIfAbsent(sql, HitungSql::ringkas).increment();
        }
      }
      if (n.equals("unwrap") || n.equals("isWrapperFor")) {
        return panggil(c, metode, arg);
      }
      return panggil(c, metode, arg);
    };
    return (Connection) Proxy.newProxyInstance(HitungSql.class.getClassLoader(), new Class<?>[] {Connection.class}, h);
  }

  private static java.util.concurrent.atomic.LongAdder ringkas(String sql) {
    String teks = sql.replaceAll("\\s+", " ").trim();
    return PER_TEKS.computeIfAbsent(teks.substring(0, Math.min(160, teks.length())),
        x -> new java.util.concurrent.atomic.LongAdder());
  }

  private static Object panggil(Object sasaran, java.lang.reflect.Method metode, Object[] arg) throws Throwable {
    try {
      return metode.invoke(sasaran, arg);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
