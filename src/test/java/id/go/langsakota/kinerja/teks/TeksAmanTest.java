package id.go.langsakota.kinerja.teks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TeksAmanTest {

  @Test
  void bersihkanRemovesControlAndBidiCharactersButKeepsTheText() {
    assertThat(TeksAman.bersihkan("Laporan\u0000 selesai\u202E fdp.exe\r\nbaris 2\tok"))
        .isEqualTo("Laporan selesai fdp.exe\nbaris 2\tok");
    assertThat(TeksAman.bersihkan("<img src=x onerror=alert(1)>")).isEqualTo("<img src=x onerror=alert(1)>");
    assertThat(TeksAman.bersihkan(null)).isNull();
  }

  @Test
  void markdownEscapesLinksImagesAndHtml() {
    String hasil = TeksAman.markdown("[x](javascript:alert(1)) <img src=x onerror=alert(1)> **tebal**");
    assertThat(hasil)
        .isEqualTo("\\[x\\]\\(javascript:alert\\(1\\)\\) &lt;img src=x onerror=alert\\(1\\)&gt; \\*\\*tebal\\*\\*");
    assertThat(hasil).doesNotContain("](").doesNotContain("<");
  }

  @Test
  void markdownKeepsLinesAsHardBreaksAndHeadingsInert() {
    assertThat(TeksAman.markdown("# judul\n- butir")).isEqualTo("\\# judul  \n\\- butir");
    assertThat(TeksAman.markdown("A & B \"kutip\"")).isEqualTo("A &amp; B &#34;kutip&#34;");
    assertThat(TeksAman.markdown(null)).isEmpty();
  }

  @Test
  void tautanMarkdownOnlyForHttpOrOwnPaths() {
    assertThat(TeksAman.tautanMarkdown("rekap.pdf", "/api/bukti-dukung/7"))
        .isEqualTo("[rekap\\.pdf](</api/bukti-dukung/7>)");
    assertThat(TeksAman.tautanMarkdown("situs", "https://langsakota.go.id/a(b)"))
        .isEqualTo("[situs](<https://langsakota.go.id/a(b)>)");
    assertThat(TeksAman.tautanMarkdown("situs", "https://langsakota.go.id/a b")).isEqualTo("situs");
    assertThat(TeksAman.tautanMarkdown("x", "javascript:alert(1)")).isEqualTo("x");
    assertThat(TeksAman.tautanMarkdown("x", "JaVaScRiPt:alert(1)")).isEqualTo("x");
    assertThat(TeksAman.tautanMarkdown("x", "data:text/html,<script>")).isEqualTo("x");
    assertThat(TeksAman.tautanMarkdown("x", "//evil.example/a")).isEqualTo("x");
    assertThat(TeksAman.tautanMarkdown("x", "/api/x\njavascript:1")).isEqualTo("x");
  }

  @Test
  void htmlUsesTheOwaspEncoder() {
    assertThat(TeksAman.html("<script>alert('x')</script>"))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  }

  @Test
  void namaBerkasStripsPathsMarkupAndControlsAndKeepsTheExtension() {
    assertThat(TeksAman.namaBerkas("C:\\Users\\asn\\rekap waktu.pdf")).isEqualTo("rekap waktu.pdf");
    assertThat(TeksAman.namaBerkas("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
    assertThat(TeksAman.namaBerkas("<img src=x onerror=alert(1)>.pdf"))
        .isEqualTo("img src_x onerror_alert(1)_.pdf").doesNotContain("<", ">", "=");
    assertThat(TeksAman.namaBerkas("=cmd|' calc'!A0.xlsx")).doesNotStartWith("=").endsWith(".xlsx");
    assertThat(TeksAman.namaBerkas("laporan\u202Efdp.exe")).isEqualTo("laporanfdp.exe");
    String panjang = TeksAman.namaBerkas("a".repeat(300) + ".docx");
    assertThat(panjang).hasSize(TeksAman.PANJANG_NAMA_BERKAS_MAKS).endsWith(".docx");
    assertThat(TeksAman.namaBerkas("///")).isEmpty();
    assertThat(TeksAman.namaBerkas(null)).isEmpty();
  }

  @Test
  void spreadsheetCellsThatStartAFormulaBecomeText() {
    assertThat(TeksAman.selSpreadsheet("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
    assertThat(TeksAman.selSpreadsheet("+62")).isEqualTo("'+62");
    assertThat(TeksAman.selSpreadsheet("-1+1")).isEqualTo("'-1+1");
    assertThat(TeksAman.selSpreadsheet("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(TeksAman.selSpreadsheet("\tx")).isEqualTo("'\tx");
    assertThat(TeksAman.selSpreadsheet("Dinas Kesehatan")).isEqualTo("Dinas Kesehatan");
    assertThat(TeksAman.selSpreadsheet(null)).isEmpty();
  }

  @Test
  void awalRumusForImportedCells() {
    assertThat(TeksAman.awalRumus("=cmd|' /C calc'!A0")).isTrue();
    assertThat(TeksAman.awalRumus("@SUM(1)")).isTrue();
    assertThat(TeksAman.awalRumus("+1")).isTrue();
    assertThat(TeksAman.awalRumus("-2+3")).isTrue();
    assertThat(TeksAman.awalRumus("-")).isFalse();
    assertThat(TeksAman.awalRumus("Dinas")).isFalse();
    assertThat(TeksAman.awalRumus("")).isFalse();
  }
}
