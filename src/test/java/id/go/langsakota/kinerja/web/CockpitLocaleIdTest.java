package id.go.langsakota.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cockpit and Admin speak Bahasa Indonesia only (their scripts/config.js offer the locale id
 * alone). Camunda's en.json comes from the camunda-webapp-webjar on the classpath, our id.json
 * from src/main/resources at the same path: a Camunda upgrade that adds or renames labels fails
 * here until docs/e2e/terjemahan-cockpit-admin.json has the new translations and
 * docs/e2e/buat-locale-id.py has been run (see docs/cockpit.md).
 */
class CockpitLocaleIdTest {

  static final String LOKASI = "META-INF/resources/webjars/camunda/app/%s/%s";

  /**
   * Texts that read the same in Bahasa Indonesia: product names, technical terms the office uses
   * as they are (batch, job, deployment, tenant), abbreviations. Only these may equal the English.
   */
  static final Set<String> SAMA_DENGAN_INGGRIS = Set.of("Admin", "Cockpit", "Tasklist", "Batch",
      "batch", "Job", "Deployment", "Deploy", "Runtime", "Double", "Filter", "Endpoint", "ID", "ID*",
      "OK", "CSV", "JSON", "Min", "Minimum:", "Status", "Tenant", "Tenant: ID", "Total", "GLOBAL",
      "Optimize");

  static final Pattern PARAMETER = Pattern.compile("\\{\\{\\s*([\\w.]+)[^}]*}}|\\{}");
  static final Pattern TAG_HTML =
      Pattern.compile("</?(a|b|i|em|strong|br|code|p|span|ul|ol|li)\\b[^>]*>");

  /**
   * Labels whose translation drops Camunda's markup on purpose: the first-login hint links to
   * Camunda's English welcome page, which Tasklist's id locale leaves out as well.
   */
  static final Set<String> TANPA_TAG = Set.of("FIRST_LOGIN_INFO");

  static String teks(String app, String berkas) throws IOException {
    String jalur = String.format(LOKASI, app, berkas);
    try (InputStream in = CockpitLocaleIdTest.class.getClassLoader().getResourceAsStream(jalur)) {
      assertThat(in).as(jalur + " ada di classpath").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static JsonNode baca(String app, String bahasa) throws IOException {
    return new ObjectMapper().readTree(teks(app, "locales/" + bahasa + ".json").replace("\uFEFF", ""));
  }

  static List<String> semua(Pattern pola, String teks) {
    List<String> hasil = new ArrayList<>();
    Matcher m = pola.matcher(teks);
    while (m.find()) {
      hasil.add(m.groupCount() > 0 && m.group(1) != null ? m.group(1) : m.group());
    }
    hasil.sort(null);
    return hasil;
  }

  @ParameterizedTest
  @ValueSource(strings = {"cockpit", "admin"})
  void setiapLabelInggrisPunyaTerjemahanIndonesia(String app) throws IOException {
    JsonNode en = baca(app, "en").get("labels");
    JsonNode id = baca(app, "id").get("labels");
    assertThat(en.size()).as("en.json dari webjar Camunda").isGreaterThan(500);

    List<String> tidakAda = new ArrayList<>();
    List<String> masihInggris = new ArrayList<>();
    List<String> parameterBeda = new ArrayList<>();
    List<String> tagBeda = new ArrayList<>();
    en.fieldNames().forEachRemaining(kunci -> {
      String inggris = en.get(kunci).asText();
      JsonNode terjemahan = id.get(kunci);
      if (terjemahan == null || !terjemahan.isTextual()) {
        tidakAda.add(kunci);
        return;
      }
      String indonesia = terjemahan.asText();
      if (inggris.equals(indonesia) && inggris.chars().anyMatch(Character::isLetter)
          && !SAMA_DENGAN_INGGRIS.contains(inggris.strip())) {
        masihInggris.add(kunci + " = " + inggris);
      }
      if (!semua(PARAMETER, inggris).equals(semua(PARAMETER, indonesia))) {
        parameterBeda.add(kunci + ": " + inggris + " → " + indonesia);
      }
      if (!TANPA_TAG.contains(kunci)
          && !semua(TAG_HTML, inggris).equals(semua(TAG_HTML, indonesia))) {
        tagBeda.add(kunci + ": " + inggris + " → " + indonesia);
      }
    });
    SoftAssertions.assertSoftly(semuaMasalah -> {
      semuaMasalah.assertThat(tidakAda).as("label en tanpa kunci di id.json").isEmpty();
      semuaMasalah.assertThat(masihInggris).as("label id.json yang masih sama dengan en").isEmpty();
      semuaMasalah.assertThat(parameterBeda).as("label yang kehilangan atau menambah parameter {{...}}")
          .isEmpty();
      semuaMasalah.assertThat(tagBeda).as("label yang kehilangan atau menambah tag HTML").isEmpty();
    });
  }

  @Test
  void labelYangDilihatPemakaiCockpitSetiapHari() throws IOException {
    JsonNode id = baca("cockpit", "id").get("labels");
    assertThat(id.get("DASHBOARD_RUNNING_PROCESS_INSTANCE").asText()).isEqualTo("Instans proses berjalan");
    assertThat(id.get("DASHBOARD_OPEN_INCIDENTS").asText()).isEqualTo("Insiden terbuka");
    assertThat(id.get("PAGE_LOGIN_SIGN_IN_ACTION").asText()).isEqualTo("Masuk");
    assertThat(id.get("PAGE_LOGIN_PASSWORD").asText()).isEqualTo("Kata sandi");
    assertThat(id.get("PLUGIN_PROCESS_DEF_PREV_RUNNING_INSTANCES").asText())
        .isEqualTo("{{instances}} instans berjalan");
    assertThat(id.get("PAGES_STATUS_ACCESS_DENIED").asText()).isEqualTo("Akses ditolak");
    // notifications of failures carry the server's (Indonesian) message after this prefix
    assertThat(id.get("PLUGIN_UPDATE_DIALOG_ERROR_1").asText())
        .isEqualTo("Status penangguhan instans proses tidak dapat diperbarui: {{message}}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cockpit", "admin"})
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

  @ParameterizedTest
  @ValueSource(strings = {"cockpit", "admin"})
  void hanyaLocaleIdYangDitawarkan(String app) throws IOException {
    String config = teks(app, "scripts/config.js");
    assertThat(config).contains("availableLocales: ['id']").contains("fallbackLocale: 'id'");
    assertThat(config).contains("name: 'Kinerja ASN Langsa'");
  }
}
