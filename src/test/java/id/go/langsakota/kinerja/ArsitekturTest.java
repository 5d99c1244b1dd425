package id.go.langsakota.kinerja;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Packages by feature only work while the features do not lean on each other both ways: a cycle
 * (skp ↔ penilaian, once) makes every change ripple. Shared words live in {@code kosakata}; a
 * feature that needs data of a later one asks through a port it owns (skp.SumberHasilPeriodik).
 */
class ArsitekturTest {

  static final JavaClasses KELAS = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("id.go.langsakota.kinerja");

  @Test
  void paketFiturBebasSiklus() {
    slices().matching("id.go.langsakota.kinerja.(*)..").should().beFreeOfCycles().check(KELAS);
  }

  @Test
  void kosakataTidakBergantungPadaFitur() {
    noClasses().that().resideInAPackage("..kinerja.kosakata..")
        .should().dependOnClassesThat().resideInAnyPackage("..kinerja.skp..", "..kinerja.penilaian..",
            "..kinerja.organisasi..", "..kinerja.kinerjaorganisasi..")
        .check(KELAS);
  }
}
