package id.go.langsakota.kinerja.keamanan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.langsakota.kinerja.KinerjaAsnApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

class PemeriksaAdminMysqlTest {

  @Test
  void emptyIdAndPasswordAreBothReported() {
    assertThat(PemeriksaAdminMysql.periksa("", "", true, "A", "B", "a@b"))
        .hasSize(2)
        .anySatisfy(m -> assertThat(m).contains("KINERJA_ADMIN_USER").contains("kosong").contains("empty"))
        .anySatisfy(m -> assertThat(m).contains("KINERJA_ADMIN_PASSWORD").contains("kosong"));
  }

  @Test
  void weakPasswordFailsWhenThePolicyIsOnAndNamesTheRules() {
    assertThat(PemeriksaAdminMysql.periksa("admin", "rahasia", true, "Admin", "Kinerja", "admin@localhost"))
        .singleElement()
        .satisfies(m -> assertThat(m)
            .contains("kebijakan kata sandi")
            .contains("minimal 10 karakter")
            .contains("huruf besar")
            .contains("angka")
            .contains("karakter khusus")
            .doesNotContain("huruf kecil"));
  }

  @Test
  void passwordContainingTheAdminIdFailsTheUserDataRule() {
    assertThat(PemeriksaAdminMysql.periksa("bkpsdm-admin", "Xbkpsdm-admin9!", true, "Admin", "Kinerja", "x@y"))
        .singleElement()
        .satisfies(m -> assertThat(m).contains("tidak boleh memuat ID"));
  }

  @Test
  void weakPasswordIsAcceptedWithoutThePolicyAndStrongOneWithIt() {
    assertThat(PemeriksaAdminMysql.periksa("admin", "rahasia", false, "Admin", "Admin", "a@localhost")).isEmpty();
    assertThat(PemeriksaAdminMysql.periksa("admin-ci", "Langsa-Ci-2026!", true, "Administrator", "Kinerja ASN",
        "admin-ci@localhost")).isEmpty();
  }

  @Test
  void mysqlProfileWithoutAdminRefusesToStartBeforeTouchingTheDatabase() {
    long mulai = System.nanoTime();
    assertThatThrownBy(() -> new SpringApplicationBuilder(KinerjaAsnApplication.class)
            .profiles("mysql")
            .web(WebApplicationType.NONE)
            .run("--spring.datasource.url=jdbc:mysql://host-tidak-ada.invalid:1/tidak_ada",
                "--camunda.bpm.admin-user.id=", "--camunda.bpm.admin-user.password=",
                "--spring.main.banner-mode=off"))
        .isInstanceOf(AdminMysqlTidakSahException.class)
        .hasMessageContaining("KINERJA_ADMIN_USER")
        .hasMessageContaining("KINERJA_ADMIN_PASSWORD");
    // No context was refreshed: no connection attempt to the bogus host, so this is quick.
    assertThat((System.nanoTime() - mulai) / 1_000_000).isLessThan(5_000);
  }

  @Test
  void mysqlProfileWithWeakAdminPasswordRefusesToStart() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(KinerjaAsnApplication.class)
            .profiles("mysql")
            .web(WebApplicationType.NONE)
            .run("--spring.datasource.url=jdbc:mysql://host-tidak-ada.invalid:1/tidak_ada",
                "--camunda.bpm.admin-user.id=admin", "--camunda.bpm.admin-user.password=admin123",
                "--spring.main.banner-mode=off"))
        .isInstanceOfSatisfying(AdminMysqlTidakSahException.class, e -> assertThat(e.getMasalah())
            .singleElement().satisfies(m -> assertThat(m).contains("password policy")));
  }
}
