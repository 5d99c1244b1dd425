package id.go.langsakota.kinerja.organisasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NipTest {

  @Test
  void aValidNipHasNoErrorsAndYieldsBirthDateAndGender() {
    // born 12 Mar 1985, TMT CPNS Jan 2010, female, sequence 004
    String nip = "198503122010012004";
    assertThat(Nip.periksa(nip)).isEmpty();
    assertThat(Nip.sah(nip)).isTrue();
    assertThat(Nip.tanggalLahir(nip)).isEqualTo(LocalDate.of(1985, 3, 12));
    assertThat(Nip.jenisKelamin(nip)).isEqualTo('P');
    assertThat(Nip.jenisKelamin("198503122010011004")).isEqualTo('L');
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource({
      "'',                   wajib diisi",
      "19850312201001200,    18 angka",
      "1985031220100120045,  18 angka",
      "19850312201001200A,   18 angka",
      "'1985 0312201001200', 18 angka",
      "198702302010011001,   tanggal lahir",
      "198503122010131001,   TMT",
      "198503122000011001,   di bawah 17 tahun",
      "198503122010013001,   jenis kelamin",
      "198503122010011000,   000",
  })
  void eachRuleRejects(String nip, String potonganPesan) {
    assertThat(Nip.periksa(nip)).anySatisfy(p -> assertThat(p).contains(potonganPesan));
    assertThat(Nip.sah(nip)).isFalse();
  }

  @Test
  void nullIsRejected() {
    assertThat(Nip.periksa(null)).containsExactly("NIP wajib diisi");
  }

  @Test
  void aNipBadInSeveralWaysReportsEveryProblem() {
    assertThat(Nip.periksa("198702302010133000")).hasSize(4);
  }
}
