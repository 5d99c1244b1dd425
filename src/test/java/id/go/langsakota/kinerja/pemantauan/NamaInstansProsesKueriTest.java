package id.go.langsakota.kinerja.pemantauan;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.langsakota.kinerja.skp.OrganisasiUji;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register lookup behind the display variable {@code pegawai} costs one indexed query per
 * instance start, whatever the size of the register: counted with H2's own query statistics
 * (every statement any code sends, JPA or JDBC) over a batch of starts in one transaction, as the
 * fan-out of the yearly cycle starts 100 instances per job.
 */
@SpringBootTest
@ActiveProfiles("test")
class NamaInstansProsesKueriTest {

  @Autowired ApplicationContext ctx;
  @Autowired NamaInstansProses nama;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate tx;

  @Test
  void satuKueriPerLabel() {
    OrganisasiUji org = new OrganisasiUji(ctx);
    List<String> staf = org.tambahStaf(100, "1993030320400");
    // warm-up (JIT, statement caches) on another OPD's people, so the time describes steady state
    OrganisasiUji lain = new OrganisasiUji(ctx);
    tx.execute(s -> lain.tambahStaf(20, "1993030320410").stream().map(nama::label).toList());
    jdbc.execute("SET QUERY_STATISTICS_MAX_ENTRIES 1000");
    jdbc.execute("SET QUERY_STATISTICS TRUE");
    long t0 = System.nanoTime();
    List<String> label = tx.execute(s -> staf.stream().map(nama::label).toList());
    double ms = (System.nanoTime() - t0) / 1e6;
    List<Map<String, Object>> kueri = jdbc.queryForList("SELECT SQL_STATEMENT, EXECUTION_COUNT"
        + " FROM INFORMATION_SCHEMA.QUERY_STATISTICS WHERE LOWER(SQL_STATEMENT) LIKE '%pegawai%'"
        + " OR LOWER(SQL_STATEMENT) LIKE '%jabatan%' OR LOWER(SQL_STATEMENT) LIKE '%opd%'");
    jdbc.execute("SET QUERY_STATISTICS FALSE");
    long jumlah = kueri.stream().mapToLong(m -> ((Number) m.get("EXECUTION_COUNT")).longValue()).sum();
    kueri.forEach(m -> System.out.println("KUERI " + m.get("EXECUTION_COUNT") + " × " + m.get("SQL_STATEMENT")));
    System.out.printf("UKUR label() untuk %d ASN: %d kueri register, %.1f ms (%.2f ms per ASN)%n", staf.size(),
        jumlah, ms, ms / staf.size());
    assertThat(label.get(7)).isEqualTo("Staf 7 — " + staf.get(7) + " — Dinas " + org.kodeOpd.replace("UJI", "Uji "));
    assertThat(jumlah).as("kueri register untuk 100 label").isLessThanOrEqualTo(100);
  }
}
