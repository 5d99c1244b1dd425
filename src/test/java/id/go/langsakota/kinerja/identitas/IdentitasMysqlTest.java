package id.go.langsakota.kinerja.identitas;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.StatusPegawai;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Identity sync in the production profile: password policy on, no shared initial password, so a
 * new pegawai gets a user with a random password nobody knows. Same configuration as
 * AplikasiMysqlTest, so both share one Spring context.
 */
@Tag("mysql")
@SpringBootTest(properties = {
    "camunda.bpm.admin-user.id=${KINERJA_ADMIN_USER:admin-ci}",
    "camunda.bpm.admin-user.password=${KINERJA_ADMIN_PASSWORD:Langsa-Ci-2026!}",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("mysql")
class IdentitasMysqlTest {

  @Autowired IdentitasService identitas;
  @Autowired IdentityService identityService;
  @Autowired PegawaiRepository pegawaiRepository;
  @Autowired ProcessEngineConfiguration engineConfiguration;

  @Test
  void newPegawaiGetsARandomPolicyPasswordAndLosesTheLoginWhenRetired() {
    assertThat(((ProcessEngineConfigurationImpl) engineConfiguration).isEnablePasswordPolicy()).isTrue();
    Pegawai p = DataUjiIdentitas.pegawai(pegawaiRepository, "Cut Nyak Meutia");
    try {
      identitas.sinkronkan(Set.of(p.getNip()));

      assertThat(identityService.createUserQuery().userId(p.getNip()).memberOfGroup("pegawai").count()).isEqualTo(1);
      assertThat(identityService.checkPassword(p.getNip(), DataUjiIdentitas.KATA_SANDI_AWAL)).isFalse();
      assertThat(identityService.checkPassword(p.getNip(), "")).isFalse();

      DataUjiIdentitas.ubahStatus(pegawaiRepository, p.getNip(), StatusPegawai.PINDAH_KELUAR);
      identitas.sinkronkan(Set.of(p.getNip()));
      assertThat(identityService.createUserQuery().userId(p.getNip()).count()).isZero();
      assertThat(identitas.sinkronkanSemua().jumlahPerubahan()).isZero();
    } finally {
      pegawaiRepository.findByNip(p.getNip()).ifPresent(pegawaiRepository::delete);
    }
  }
}
