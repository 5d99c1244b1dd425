package id.go.langsakota.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tasklist and the Welcome app (where Tasklist's "Profil saya" leads) speak Bahasa Indonesia only
 * (scripts/config.js offers the locale id alone). Camunda's en.json comes from the
 * camunda-webapp-webjar on the classpath, our id.json from src/main/resources at the same path: a
 * Camunda upgrade that adds or renames labels fails here until docs/e2e/buat-locale-id.py is run
 * with the new translations.
 */
class TasklistLocaleIdTest {

  static final String LOKASI = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

  /** Labels whose English text is the Indonesian one too (product names, operators, type names). */
  static final Set<String> SAMA_DENGAN_INGGRIS = Set.of("ADMIN", "ADMIN_APP", "COCKPIT",
      "COCKPIT_APP", "TASKLIST", "TASKLIST_APP", "FILTER", "FILTERS", "DIAGRAM", "DOUBLE",
      "NO_TASK_FORM", "SEARCH_LESS_THAN", "SEARCH_LESS_THAN_EQUALS", "SEARCH_GREATER_THAN",
      "SEARCH_GREATER_THAN_EQUALS");

  static final Pattern PARAMETER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");

  static JsonNode baca(String app, String bahasa) throws IOException {
    String jalur = String.format(LOKASI, app, bahasa);
    try (InputStream in = TasklistLocaleIdTest.class.getClassLoader().getResourceAsStream(jalur)) {
      assertThat(in).as(jalur + " ada di classpath").isNotNull();
      return new ObjectMapper().readTree(in.readAllBytes());
    }
  }

  static Set<String> parameter(String teks) {
    Set<String> p = new TreeSet<>();
    Matcher m = PARAMETER.matcher(teks);
    while (m.find()) {
      p.add(m.group(1));
    }
    return p;
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void setiapLabelInggrisPunyaTerjemahanIndonesia(String app) throws IOException {
    JsonNode en = baca(app, "en").get("labels");
    JsonNode id = baca(app, "id").get("labels");
    assertThat(en.size()).as("en.json dari webjar Camunda").isGreaterThan(100);

    List<String> tidakAda = new ArrayList<>();
    List<String> masihInggris = new ArrayList<>();
    List<String> parameterBeda = new ArrayList<>();
    en.fieldNames().forEachRemaining(kunci -> {
      String inggris = en.get(kunci).asText();
      JsonNode terjemahan = id.get(kunci);
      if (terjemahan == null) {
        tidakAda.add(kunci);
      } else if (!inggris.isEmpty() && inggris.equals(terjemahan.asText())
          && !SAMA_DENGAN_INGGRIS.contains(kunci)) {
        masihInggris.add(kunci + " = " + inggris);
      } else if (!parameter(inggris).equals(parameter(terjemahan.asText()))) {
        parameterBeda.add(kunci);
      }
    });
    assertThat(tidakAda).as("label en tanpa kunci di id.json").isEmpty();
    assertThat(masihInggris).as("label id.json yang masih sama dengan en").isEmpty();
    assertThat(parameterBeda).as("label yang kehilangan parameter {{...}}").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist"})
  void namaBulanDanHariTanggalDalamBahasaIndonesia(String app) throws IOException {
    JsonNode en = baca(app, "en").get("dateLocales");
    JsonNode id = baca(app, "id").get("dateLocales");
    Set<String> kunciEn = new TreeSet<>();
    en.fieldNames().forEachRemaining(kunciEn::add);
    Set<String> kunciId = new TreeSet<>();
    id.fieldNames().forEachRemaining(kunciId::add);
    assertThat(kunciId).containsAll(kunciEn);
    assertThat(id.get("months").get(7).asText()).isEqualTo("Agustus");
    assertThat(id.get("weekdays").get(0).asText()).isEqualTo("Minggu");
    assertThat(id.get("relativeTime").get("past").asText()).isEqualTo("%s yang lalu");
  }
}
