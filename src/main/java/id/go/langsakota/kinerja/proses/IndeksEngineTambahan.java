package id.go.langsakota.kinerja.proses;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: indexes on Camunda's own tables that its schema for MySQL and H2 lacks, created
 * after the engine has created or checked its schema, once, on whichever node starts first.
 *
 * <p>{@code ACT_RU_TASK.PARENT_TASK_ID_}: every task completion or deletion looks for sub-tasks
 * ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}), and only Camunda's SQL Server
 * schema indexes that column. On MySQL and H2 each completion therefore read every open task: at
 * 5,000 ASN about 5,000-10,000 rows per completion in the periods, 75,000 in the benchmark's
 * baseline (docs/performance.md, "Fix: an index for the sub-task lookup").
 *
 * <p>A node that cannot create an index (no ALTER right, a DBA-managed schema) starts anyway and
 * says so in its log: the index is a matter of speed, not of correctness. Two nodes starting at once
 * may both try; the loser finds the winner's index on its second look.
 */
@Component
public class IndeksEngineTambahan extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(IndeksEngineTambahan.class);

  /** An index the project adds to an engine table (names without the table prefix). */
  record Indeks(String nama, String tabel, String kolom) {
  }

  static final List<Indeks> DAFTAR = List.of(
      new Indeks("KINERJA_IDX_TASK_PARENT", "ACT_RU_TASK", "PARENT_TASK_ID_"));

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl konfigurasi = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String awalan = konfigurasi.getDatabaseTablePrefix() == null ? "" : konfigurasi.getDatabaseTablePrefix();
    pasang(konfigurasi.getDataSource(), awalan);
  }

  /** Creates the missing indexes; returns how many it created. */
  static int pasang(DataSource dataSource, String awalan) {
    int dibuat = 0;
    for (Indeks indeks : DAFTAR) {
      String tabel = awalan + indeks.tabel();
      try (Connection c = dataSource.getConnection()) {
        if (ada(c, tabel, indeks.kolom())) {
          continue;
        }
        try (Statement s = c.createStatement()) {
          s.execute("create index " + indeks.nama() + " on " + tabel + "(" + indeks.kolom() + ")");
          dibuat++;
          LOG.info("Indeks {} dibuat pada {}({})", indeks.nama(), tabel, indeks.kolom());
        } catch (SQLException e) {
          if (!ada(c, tabel, indeks.kolom())) {
            LOG.warn("Indeks {} pada {}({}) tidak dapat dibuat, engine tetap berjalan tetapi lebih lambat: {}",
                indeks.nama(), tabel, indeks.kolom(), e.getMessage());
          }
        }
      } catch (SQLException e) {
        LOG.warn("Indeks pada {} tidak dapat diperiksa: {}", tabel, e.getMessage());
      }
    }
    return dibuat;
  }

  /** Is there an index whose first column is this one (whatever its name)? */
  static boolean ada(Connection c, String tabel, String kolom) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    // MySQL keeps the table name as created (upper case here), H2 folds to upper case.
    for (String nama : new String[] {tabel, tabel.toUpperCase(Locale.ROOT), tabel.toLowerCase(Locale.ROOT)}) {
      try (ResultSet rs = meta.getIndexInfo(c.getCatalog(), null, nama, false, true)) {
        while (rs.next()) {
          if (rs.getShort("ORDINAL_POSITION") == 1 && kolom.equalsIgnoreCase(rs.getString("COLUMN_NAME"))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
