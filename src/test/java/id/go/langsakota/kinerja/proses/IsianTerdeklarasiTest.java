package id.go.langsakota.kinerja.proses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.langsakota.kinerja.penilaian.PenilaianPeriodikProses;
import id.go.langsakota.kinerja.siklus.SiklusKinerjaTahunanProses;
import id.go.langsakota.kinerja.skp.SkpPegawaiProses;
import java.io.File;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The declared fields of every form (in the process binding classes) and the forms themselves
 * (forms/*.form component keys, forms/*.html cam-variable-name and what the script submits)
 * agree: a form field that is not declared, a declared input with no form field, a read-only
 * display field declared as an input (or the other way round), or a list item key that is not
 * declared, fails here. Without the app.
 */
class IsianTerdeklarasiTest {

  static Map<String, IsianFormulir> deklarasi() {
    Map<String, IsianFormulir> semua = new HashMap<>();
    semua.putAll(SkpPegawaiProses.ISIAN);
    semua.putAll(id.go.langsakota.kinerja.keberatan.KeberatanPenilaianProses.ISIAN);
    semua.putAll(PenilaianPeriodikProses.ISIAN);
    semua.putAll(SiklusKinerjaTahunanProses.ISIAN);
    semua.put(SiklusKinerjaTahunanProses.FORMULIR_MULAI, SiklusKinerjaTahunanProses.ISIAN_MULAI);
    semua.putAll(id.go.langsakota.kinerja.kalibrasi.KalibrasiKurvaProses.ISIAN);
    semua.putAll(id.go.langsakota.kinerja.pembinaan.PembinaanKinerjaProses.ISIAN);
    semua.put(id.go.langsakota.kinerja.kalibrasi.KalibrasiKurvaProses.FORMULIR_MULAI,
        id.go.langsakota.kinerja.kalibrasi.KalibrasiKurvaProses.ISIAN_MULAI);
    semua.putAll(id.go.langsakota.kinerja.pengembangan.PengembanganKompetensiProses.ISIAN);
    semua.put(id.go.langsakota.kinerja.pengembangan.PengembanganKompetensiProses.FORMULIR_MULAI,
        id.go.langsakota.kinerja.pengembangan.PengembanganKompetensiProses.ISIAN_MULAI);
    semua.putAll(id.go.langsakota.kinerja.penghargaan.SeleksiPenghargaanProses.ISIAN);
    semua.put(id.go.langsakota.kinerja.penghargaan.SeleksiPenghargaanProses.FORMULIR_MULAI,
        id.go.langsakota.kinerja.penghargaan.SeleksiPenghargaanProses.ISIAN_MULAI);
    return semua;
  }

  static Stream<File> formulir() {
    File[] f = new File("forms").listFiles((d, n) -> n.endsWith(".form") || n.endsWith(".html"));
    assertThat(f).isNotEmpty();
    return Stream.of(f).sorted();
  }

  /** What a form sends: variable name → read-only?, and list name → its item keys. */
  record Isi(Map<String, Boolean> variabel, Map<String, Set<String>> kunciButir) {}

  @ParameterizedTest
  @MethodSource("formulir")
  void formulirDanDeklarasinyaSama(File berkas) throws Exception {
    String nama = berkas.getName().replaceAll("\\.(form|html)$", "");
    IsianFormulir d = deklarasi().get(nama);
    assertThat(d).as("deklarasi isian untuk formulir " + berkas.getName()).isNotNull();
    Isi isi = berkas.getName().endsWith(".form") ? bacaForm(berkas) : bacaHtml(berkas);

    for (Map.Entry<String, Boolean> v : isi.variabel().entrySet()) {
      Isian i = d.cari(v.getKey()).orElse(null);
      assertThat(i).as(berkas.getName() + ": isian '" + v.getKey() + "' tidak dideklarasikan").isNotNull();
      assertThat(i.tampilan()).as(berkas.getName() + ": '" + v.getKey() + "' read-only di formulir = tampilan")
          .isEqualTo(v.getValue());
    }
    for (Isian i : d.semua()) {
      assertThat(isi.variabel()).as(berkas.getName() + ": isian terdeklarasi '" + i.nama() + "' tanpa masukan di formulir")
          .containsKey(i.nama());
    }
    for (Map.Entry<String, Set<String>> b : isi.kunciButir().entrySet()) {
      Isian i = d.cari(b.getKey()).orElseThrow();
      assertThat(i.jenis()).isEqualTo(Isian.Jenis.JSON);
      // every item key the form sends is declared (the declaration may allow more, e.g. an id
      // a script adds after an upload)
      assertThat(i.kunciButir()).as(berkas.getName() + ": kunci butir " + b.getKey()).containsAll(b.getValue());
    }
  }

  @Test
  void setiapDeklarasiPunyaFormulir() {
    Set<String> ada = new TreeSet<>(formulir().map(f -> f.getName().replaceAll("\\.(form|html)$", "")).toList());
    assertThat(ada).containsAll(deklarasi().keySet());
  }

  @Test
  void pemeriksaanMenolakIsianAsingDanTipeSalahDiSetiapFormulir() throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (IsianFormulir f : deklarasi().values()) {
      JsonNode asing = json.readTree("{\"nip\": {\"value\": \"199001012020011001\", \"type\": \"String\"}}");
      assertThat(PemeriksaIsian.periksa(f, asing)).as(f.formulir()).singleElement().asString().contains("'nip'");
      for (Isian i : f.semua()) {
        String salah = switch (i.jenis()) {
          case TEKS, TANGGAL, JSON -> "{\"value\": true, \"type\": \"Boolean\"}";
          case BILANGAN, BOOLEAN -> "{\"value\": \"x\", \"type\": \"String\"}";
        };
        assertThat(PemeriksaIsian.periksa(f, json.readTree("{\"" + i.nama() + "\": " + salah + "}")))
            .as(f.formulir() + " " + i.nama()).hasSize(1);
      }
    }
  }

  static Isi bacaForm(File berkas) throws Exception {
    JsonNode akar = new ObjectMapper().readTree(berkas);
    Isi isi = new Isi(new TreeMap<>(), new TreeMap<>());
    kumpulkan(akar.path("components"), isi, null);
    return isi;
  }

  private static void kumpulkan(JsonNode komponen, Isi isi, String daftar) {
    for (JsonNode k : komponen) {
      String jenis = k.path("type").asText();
      if ("dynamiclist".equals(jenis)) {
        String path = k.path("path").asText();
        if (daftar == null) {
          isi.variabel().put(path, k.path("readonly").asBoolean(false));
          isi.kunciButir().put(path, new TreeSet<>());
          kumpulkan(k.path("components"), isi, path);
        } else {
          isi.kunciButir().get(daftar).add(path); // a nested list is one key of the outer item
        }
        continue;
      }
      if (k.hasNonNull("key")) {
        if (daftar == null) {
          isi.variabel().put(k.get("key").asText(), k.path("readonly").asBoolean(false));
        } else {
          isi.kunciButir().get(daftar).add(k.get("key").asText());
        }
      }
      if (k.has("components")) {
        kumpulkan(k.path("components"), isi, daftar);
      }
    }
  }

  /** cam-variable-name inputs, the variables the form's script sets (aturVariabel('...')) and fetches. */
  static Isi bacaHtml(File berkas) throws Exception {
    String teks = Files.readString(berkas.toPath());
    Isi isi = new Isi(new TreeMap<>(), new TreeMap<>());
    Matcher m = Pattern.compile("cam-variable-name=\"([^\"]+)\"").matcher(teks);
    while (m.find()) {
      isi.variabel().put(m.group(1), false);
    }
    m = Pattern.compile("aturVariabel\\('([^']+)'").matcher(teks);
    while (m.find()) {
      isi.variabel().put(m.group(1), false);
    }
    // what the script fetches to show: the forms SDK sends it back on submit, so it must be
    // declared as a display field (found in the browser walk: refused otherwise)
    m = Pattern.compile("fetchVariable\\('([^']+)'").matcher(teks);
    while (m.find()) {
      isi.variabel().putIfAbsent(m.group(1), true);
    }
    // the list the script builds: data.push({ key: ..., ... })
    m = Pattern.compile("data\\.push\\(\\{([^}]*)\\}\\)", Pattern.DOTALL).matcher(teks);
    if (m.find()) {
      Set<String> kunci = new TreeSet<>();
      Matcher k = Pattern.compile("(?:^|[{,])\\s*(\\w+)\\s*:").matcher(m.group(1));
      while (k.find()) {
        kunci.add(k.group(1));
      }
      isi.kunciButir().put("realisasi", kunci);
    }
    return isi;
  }
}
