package id.go.langsakota.kinerja.identitas;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.langsakota.kinerja.organisasi.JenisAsn;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.Peran;
import id.go.langsakota.kinerja.organisasi.PeranPengguna;
import id.go.langsakota.kinerja.organisasi.StatusPegawai;
import java.util.List;
import org.junit.jupiter.api.Test;

class RencanaIdentitasTest {

  private static Pegawai pegawai(String nip, String nama, StatusPegawai status) {
    Pegawai p = new Pegawai(nip, nama, JenisAsn.PNS);
    p.setStatus(status);
    return p;
  }

  @Test
  void aktifPegawaiIsUserInGroupPegawaiPlusRoleGroups() {
    Pegawai a = pegawai("198501012010011001", "Cut Nyak Dhien", StatusPegawai.AKTIF);
    a.setEmail("cut@langsakota.go.id");
    RencanaIdentitas r = RencanaIdentitas.dari(List.of(a),
        List.of(new PeranPengguna("198501012010011001", "Cut Nyak Dhien", Peran.BKPSDM),
            new PeranPengguna("198501012010011001", "Cut Nyak Dhien", Peran.TIM_PENILAI_KINERJA)),
        "demo");

    PenggunaTarget t = r.target("198501012010011001").orElseThrow();
    assertThat(t.namaDepan()).isEqualTo("Cut");
    assertThat(t.namaBelakang()).isEqualTo("Nyak Dhien");
    assertThat(t.email()).isEqualTo("cut@langsakota.go.id");
    assertThat(t.grup()).containsExactlyInAnyOrder("pegawai", "bkpsdm", "tim-penilai-kinerja");
  }

  @Test
  void retiredPegawaiIsNoUserEvenWithARoleButIsKnown() {
    RencanaIdentitas r = RencanaIdentitas.dari(
        List.of(pegawai("196001011985031002", "Teuku Umar", StatusPegawai.PENSIUN)),
        List.of(new PeranPengguna("196001011985031002", "Teuku Umar", Peran.ADMIN)),
        "demo");

    assertThat(r.target("196001011985031002")).isEmpty();
    assertThat(r.dikenal("196001011985031002")).isTrue();
  }

  @Test
  void roleHolderWithoutPegawaiRowIsUserWithOnlyRoleGroups() {
    RencanaIdentitas r = RencanaIdentitas.dari(List.of(),
        List.of(new PeranPengguna("walikota", "Wali Kota Langsa", Peran.WALIKOTA)), "demo");

    PenggunaTarget t = r.target("walikota").orElseThrow();
    assertThat(t.grup()).containsExactly("walikota");
    assertThat(t.namaDepan()).isEqualTo("Wali");
    assertThat(t.namaBelakang()).isEqualTo("Kota Langsa");
  }

  @Test
  void configuredAdminIsNeverPlanned() {
    RencanaIdentitas r = RencanaIdentitas.dari(List.of(),
        List.of(new PeranPengguna("demo", "Admin Demo", Peran.ADMIN)), "demo");

    assertThat(r.target("demo")).isEmpty();
    assertThat(r.dikenal("demo")).isFalse();
  }

  @Test
  void titlesGoAroundTheNameAndSingleWordNamesWork() {
    Pegawai p = pegawai("198001012005012003", "Ahmad  Fauzi", StatusPegawai.AKTIF);
    p.setGelarDepan("Dr.");
    p.setGelarBelakang("S.E., M.Si.");
    assertThat(RencanaIdentitas.pisahNama(p)).containsExactly("Dr. Ahmad", "Fauzi, S.E., M.Si.");

    Pegawai tunggal = pegawai("198001012005012004", "Muhammad", StatusPegawai.AKTIF);
    assertThat(RencanaIdentitas.pisahNama(tunggal)).containsExactly("Muhammad", "");
    tunggal.setGelarBelakang("S.Kom.");
    assertThat(RencanaIdentitas.pisahNama(tunggal)).containsExactly("Muhammad", "S.Kom.");
  }

  @Test
  void otoritasFollowsTheSecurityContract() {
    assertThat(GrupPengguna.otoritas("tim-penilai-kinerja")).isEqualTo("ROLE_TIM_PENILAI_KINERJA");
    assertThat(GrupPengguna.otoritas("camunda-admin")).isEqualTo("ROLE_CAMUNDA_ADMIN");
    assertThat(GrupPengguna.otoritas("pegawai")).isEqualTo("ROLE_PEGAWAI");
  }
}
