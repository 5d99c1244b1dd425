package id.go.langsakota.kinerja.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TabelLoginDemoTest {

  @Test
  void tableHasIndonesianHeaderAlignedColumnsAndTasklistUrl() {
    String teks = TabelLoginDemo.teks(List.of(
        new String[] {"ASN (pelaksana)", "199605142020122002", "Fitriani, S.K.M.", "demo"},
        new String[] {"Wali Kota (PPK)", "walikota", "Wali Kota Langsa", "demo"}),
        "http://localhost:9090/camunda/app/tasklist/");

    List<String> baris = teks.lines().toList();
    assertThat(baris.get(0)).contains("http://localhost:9090/camunda/app/tasklist/");
    assertThat(baris.get(1)).startsWith("| Peran ").contains("| Pengguna (NIP / login) |")
        .contains("| Nama ").contains("| Kata sandi |");
    assertThat(baris.get(2)).matches("\\|[- |]+\\|");
    assertThat(baris.get(3)).contains("| 199605142020122002     |").contains("| demo       |");
    assertThat(baris.subList(1, baris.size())).extracting(String::length).containsOnly(baris.get(1).length());
  }
}
