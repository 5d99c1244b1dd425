package id.go.langsakota.kinerja.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The memo over real Spring transactions (an in-memory H2 behind a DataSourceTransactionManager). */
class MemoTransaksiTest {

  private final TransactionTemplate tx;
  private final TransactionTemplate txBaru;
  private final AtomicInteger dimuat = new AtomicInteger();

  MemoTransaksiTest() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:memo;DB_CLOSE_DELAY=-1");
    DataSourceTransactionManager tm = new DataSourceTransactionManager(ds);
    tx = new TransactionTemplate(tm);
    txBaru = new TransactionTemplate(tm);
    txBaru.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  private String muat() {
    return "nilai-" + dimuat.incrementAndGet();
  }

  @Test
  void dalamSatuTransaksiDimuatSekali() {
    tx.executeWithoutResult(s -> {
      assertThat(MemoTransaksi.ambil("k", this::muat)).isEqualTo("nilai-1");
      assertThat(MemoTransaksi.ambil("k", this::muat)).isEqualTo("nilai-1");
      assertThat(MemoTransaksi.ambil("lain", this::muat)).isEqualTo("nilai-2");
    });
    assertThat(dimuat).hasValue(2);
  }

  @Test
  void transaksiBerikutnyaMembacaLagi() {
    tx.executeWithoutResult(s -> MemoTransaksi.ambil("k", this::muat));
    String kedua = tx.execute(s -> MemoTransaksi.ambil("k", this::muat));
    assertThat(kedua).isEqualTo("nilai-2");
  }

  @Test
  void setelahRollbackTidakTersisa() {
    tx.executeWithoutResult(s -> {
      MemoTransaksi.ambil("k", this::muat);
      s.setRollbackOnly();
    });
    String lagi = tx.execute(s -> MemoTransaksi.ambil("k", this::muat));
    assertThat(lagi).isEqualTo("nilai-2");
  }

  @Test
  void tanpaTransaksiTidakDiingat() {
    MemoTransaksi.ambil("k", this::muat);
    assertThat(MemoTransaksi.ambil("k", this::muat)).isEqualTo("nilai-2");
  }

  @Test
  void jawabanKosongTidakDiingat() {
    AtomicInteger kosong = new AtomicInteger();
    tx.executeWithoutResult(s -> {
      MemoTransaksi.ambil("k", () -> {
        kosong.incrementAndGet();
        return null;
      });
      assertThat(MemoTransaksi.ambil("k", this::muat)).isEqualTo("nilai-1");
    });
    assertThat(kosong).hasValue(1);
  }

  @Test
  void lupakanMembuatDibacaLagi() {
    tx.executeWithoutResult(s -> {
      MemoTransaksi.ambil("k", this::muat);
      MemoTransaksi.lupakan("k");
      assertThat(MemoTransaksi.ambil("k", this::muat)).isEqualTo("nilai-2");
    });
  }

  @Test
  void transaksiDalamRequiresNewPunyaMemoSendiri() {
    tx.executeWithoutResult(s -> {
      MemoTransaksi.ambil("k", this::muat);
      String dalam = txBaru.execute(s2 -> MemoTransaksi.ambil("k", this::muat));
      assertThat(dalam).isEqualTo("nilai-2");
      // back in the outer transaction: its own memo again
      assertThat(MemoTransaksi.ambil("k", this::muat)).isEqualTo("nilai-1");
    });
  }
}
