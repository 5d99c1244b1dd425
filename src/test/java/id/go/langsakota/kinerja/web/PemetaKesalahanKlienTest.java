package id.go.langsakota.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.langsakota.kinerja.web.PemetaKesalahanKlien.Penolakan;
import id.go.langsakota.kinerja.web.PemetaKesalahanKlien.Permintaan;
import jakarta.ws.rs.core.Response.Status;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

/** Which exceptions are the caller's mistake, and what the caller reads (no engine text). */
class PemetaKesalahanKlienTest {

  static final Permintaan SELESAIKAN = new Permintaan("POST", "engine/default/task/t-1/complete");

  static Optional<Penolakan> golongkan(Throwable t, boolean tugasSelesai) {
    return PemetaKesalahanKlien.golongkan(t, SELESAIKAN, p -> Optional.of(tugasSelesai));
  }

  /** As TaskResourceImpl wraps what the engine throws on complete / submit-form. */
  static RestException dibungkusRest(Exception sebab) {
    return new RestException(Status.INTERNAL_SERVER_ERROR, sebab, "Cannot complete task t-1: " + sebab.getMessage());
  }

  @Test
  void aMissingTaskIs404AndACompletedOne409() {
    NullValueException hilang = new NullValueException("Cannot find task with id t-1: task is null");
    assertThat(golongkan(dibungkusRest(hilang), false).orElseThrow().status()).isEqualTo(Status.NOT_FOUND);
    Penolakan selesai = golongkan(dibungkusRest(hilang), true).orElseThrow();
    assertThat(selesai.status()).isEqualTo(Status.CONFLICT);
    assertThat(selesai.pesan()).isEqualTo("Tugas ini sudah diselesaikan sebelumnya; tidak ada yang diubah.");
    assertThat(selesai.kesalahan()).containsExactly(selesai.pesan());
  }

  @Test
  void racesAndClaimsAre409() {
    assertThat(golongkan(dibungkusRest(new OptimisticLockingException("ENGINE-03005 ...")), false)
        .orElseThrow().status()).isEqualTo(Status.CONFLICT);
    assertThat(golongkan(new TaskAlreadyClaimedException("t-1", "x"), false).orElseThrow().status())
        .isEqualTo(Status.CONFLICT);
  }

  /**
   * Measured with two nodes (bench/dua-node.sh): the loser of two simultaneous submit-forms of one
   * susun-skp failed in the task listener on the SKP row's version; it answered 500 before.
   */
  @Test
  void theProjectsOwnRowChangedConcurrentlyIs409() {
    ProcessEngineException diListener = new ProcessEngineException(
        "ENGINE-03051 There was an exception while invoking the TaskListener",
        new ProcessEngineException("Exception while invoking TaskListener",
            new org.hibernate.StaleObjectStateException("id.go.langsakota.kinerja.skp.Skp", 139L)));
    Penolakan p = golongkan(dibungkusRest(diListener), false).orElseThrow();
    assertThat(p.status()).isEqualTo(Status.CONFLICT);
    assertThat(p.jenis()).isEqualTo("TugasBerubah");
    assertThat(p.pesan()).doesNotContain("Row was updated").startsWith("Data ini baru saja diubah");

    assertThat(golongkan(dibungkusRest(new ProcessEngineException("x",
        new org.springframework.orm.ObjectOptimisticLockingFailureException("Skp", 139L))), false)
        .orElseThrow().status()).isEqualTo(Status.CONFLICT);
    assertThat(golongkan(dibungkusRest(new ProcessEngineException("x",
        new jakarta.persistence.OptimisticLockException("stale"))), false)
        .orElseThrow().status()).isEqualTo(Status.CONFLICT);
  }

  /** Measured too: once the database chose one of the two as deadlock victim (MariaDB 1213). */
  @Test
  void aDeadlockVictimIs409ButOtherDatabaseErrorsStay500() {
    java.sql.SQLException deadlock = new java.sql.SQLException(
        "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
    ProcessEngineException diListener = new ProcessEngineException("ENGINE-03051 ...",
        new org.hibernate.exception.LockAcquisitionException("could not execute statement", deadlock));
    assertThat(golongkan(dibungkusRest(diListener), false).orElseThrow().status()).isEqualTo(Status.CONFLICT);
    assertThat(golongkan(dibungkusRest(new ProcessEngineException("x", deadlock)), false)
        .orElseThrow().jenis()).isEqualTo("TugasBerubah");

    java.sql.SQLException tabelHilang = new java.sql.SQLSyntaxErrorException("Table 'x' doesn't exist", "42S02", 1146);
    assertThat(golongkan(dibungkusRest(new ProcessEngineException("x", tabelHilang)), false)).isEmpty();
  }

  @Test
  void aTextForALongIs400NamingValueAndType() {
    Penolakan p = golongkan(new InvalidRequestException(Status.BAD_REQUEST,
        "Cannot convert value 'abc' of type 'Long' to java type java.lang.Long"), false).orElseThrow();
    assertThat(p.status()).isEqualTo(Status.BAD_REQUEST);
    assertThat(p.pesan()).isEqualTo("Nilai 'abc' tidak sesuai dengan tipe Long (bilangan bulat).");
  }

  @Test
  void anythingElseIsLeftToCamundaAsAServerError() {
    assertThat(golongkan(dibungkusRest(new ProcessEngineException("ENGINE-xxx database down")), true)).isEmpty();
    assertThat(golongkan(new IllegalStateException("bug"), true)).isEmpty();
    assertThat(golongkan(new NullValueException("execution is null"), true)).isEmpty();
  }
}
