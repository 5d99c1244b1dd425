package id.go.langsakota.kinerja.simulasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.langsakota.kinerja.impor.ImporRegisterService;
import id.go.langsakota.kinerja.organisasi.PengelolaanRegisterService;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The simulator's smoke run in the normal build (issue 11): a city of 20 ASN through a whole
 * year (TRIWULANAN) over REST with 2 workers, on its own in-memory H2. Proves the year
 * completes: every ASN has a final annual predikat equal to the matrix of the decisions the
 * simulator made (after calibration and appeals), every skp-pegawai has ended, no incident, no
 * failed job, and the tasks were counted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "kinerja.identitas.kata-sandi-awal=" + SimulasiKecilTest.SANDI,
    "kinerja.simulasi.konteks=kecil"}) // own context, own in-memory database
@ActiveProfiles("test")
class SimulasiKecilTest {

  static final String SANDI = "Rahasia#Kinerja9";
  static final int ASN = 20;
  static final int TAHUN = 2025;

  @Autowired ProcessEngine engine;
  @Autowired ImporRegisterService impor;
  @Autowired PengelolaanRegisterService register;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Test
  @Timeout(300)
  void duaPuluhAsnSatuTahunPenuh() {
    Simulasi s = new Simulasi(new Simulasi.Konfigurasi(ASN, 11L, 2, "TRIWULANAN", TAHUN, SANDI), engine, impor,
        register, tx, port);
    Simulasi.Hasil h = s.jalankan();
    System.out.println("SIMULASI kecil: " + h);

    // The register: 20 people, in 2 OPD, each a Camunda user.
    assertThat(s.kota().asn()).hasSize(ASN);
    assertThat(s.kota().kodeOpd()).hasSize(2);
    assertThat(engine.getIdentityService().createUserQuery().count()).isGreaterThanOrEqualTo(ASN);
    // One kasi seat vacant, held by the neighbouring kasi as Plt (the 4th kasi seat of the city).
    assertThat(h.jabatanLowong()).isEqualTo(1);
    assertThat(h.plt()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from penugasan_jabatan where jenis = 'PLT'", Integer.class))
        .isEqualTo(1);

    // Every ASN: one SKP of the year, accepted or appealed and decided, with a final predikat that
    // is the matrix of the simulator's last decision for them.
    List<Map<String, Object>> skp = jdbc.queryForList("select nip, predikat_tahunan, tanggal_predikat_final "
        + "from skp where tahun = ?", TAHUN);
    assertThat(skp).hasSize(ASN);
    for (Map<String, Object> r : skp) {
      String nip = (String) r.get("nip");
      assertThat(r.get("tanggal_predikat_final")).as("predikat final " + nip).isNotNull();
      assertThat(r.get("predikat_tahunan")).as("predikat " + nip).isEqualTo(s.predikat(nip));
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("skp-pegawai").count())
        .as("skp-pegawai masih berjalan").isZero();
    // Four periods rated for everyone.
    assertThat(jdbc.queryForObject("select count(*) from penilaian_periodik p join skp s on s.id = p.skp_id "
        + "where s.tahun = ? and p.status = 'SELESAI'", Integer.class, TAHUN)).isEqualTo(ASN * 4);

    assertThat(engine.getRuntimeService().createIncidentQuery().count()).as("insiden").isZero();
    assertThat(engine.getManagementService().createJobQuery().withException().count()).as("job gagal").isZero();
    assertThat(h.catatan()).as("catatan simulasi").isEmpty();
    assertThat(h.tugasTerbuka()).as("tugas yang masih terbuka").isEmpty();
    // At least per ASN: susun-skp, setujui-skp, 4 x (laporkan, nilai), nilai-tahunan, terima-hasil.
    assertThat(h.tugasPerKunci().get("susun-skp")).isEqualTo(ASN + h.dikembalikan());
    assertThat(h.tugasPerKunci().get("setujui-skp")).isEqualTo(ASN + h.dikembalikan());
    assertThat(h.tugasPerKunci().get("laporkan-realisasi")).isEqualTo(ASN * 4);
    assertThat(h.tugasPerKunci().get("nilai-kinerja-periodik")).isEqualTo(ASN * 4);
    assertThat(h.tugasPerKunci().get("nilai-kinerja-tahunan")).isEqualTo(ASN);
    assertThat(h.tugasPerKunci().get("terima-hasil-penilaian")).isEqualTo(ASN);
    assertThat(h.tugasSelesai()).isGreaterThanOrEqualTo(12L * ASN);
    assertThat(h.jobDijalankan()).isPositive();
  }
}
