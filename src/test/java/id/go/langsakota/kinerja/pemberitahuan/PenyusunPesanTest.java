package id.go.langsakota.kinerja.pemberitahuan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PenyusunPesanTest {

  private static final String TAUTAN =
      "https://kinerja.langsakota.go.id/camunda/app/tasklist/default/#/?task=abc-123";

  @Test
  void pesanTunggalBerbahasaIndonesiaDenganTautanTugas() {
    Pesan p = PenyusunPesan.tunggal("Fitriani, S.K.M.", new PenyusunPesan.Butir(
        Pemberitahuan.Jenis.TUGAS_BARU, "Tugas baru: Susun SKP 2026",
        "Anda mendapat tugas baru: Susun SKP 2026.", TAUTAN, Instant.parse("2026-01-05T02:00:00Z")));

    assertThat(p.judul()).isEqualTo("[Kinerja ASN Langsa] Tugas baru: Susun SKP 2026");
    assertThat(p.teks()).startsWith("Yth. Fitriani, S.K.M.,\n\nAnda mendapat tugas baru: Susun SKP 2026.")
        .contains("Buka tugas di Tasklist:\n" + TAUTAN)
        .contains("mohon tidak membalas");
    assertThat(p.html()).contains("<a href=\"" + TAUTAN + "\">Buka tugas di Tasklist</a>")
        .contains("<html lang=\"id\">");
  }

  @Test
  void teksPenggunaDiHtmlDiloloskan() {
    Pesan p = PenyusunPesan.tunggal("<b>Cut</b> & \"Nurul\"", new PenyusunPesan.Butir(
        Pemberitahuan.Jenis.PENGINGAT_LAPOR, "Pengingat", "Catatan <script>alert(1)</script>",
        "https://x.test/camunda/app/tasklist/default/", Instant.parse("2026-01-05T02:00:00Z")));

    assertThat(p.html()).doesNotContain("<script>").doesNotContain("<b>Cut</b>")
        .contains("&lt;b&gt;Cut&lt;/b&gt; &amp; &quot;Nurul&quot;")
        .contains("Catatan &lt;script&gt;alert(1)&lt;/script&gt;")
        .contains(">Buka Tasklist</a>");
    // the plain text keeps the text as written
    assertThat(p.teks()).contains("Yth. <b>Cut</b> & \"Nurul\",");
  }

  @Test
  void ringkasanMemuatSemuaButirBerurutanDenganWaktuWib() {
    Pesan p = PenyusunPesan.ringkasan("Safrizal", LocalDate.of(2026, 3, 2), List.of(
        new PenyusunPesan.Butir(Pemberitahuan.Jenis.TUGAS_BARU, "Tugas baru: A", "Pesan A", TAUTAN,
            Instant.parse("2026-03-02T01:30:00Z")),
        new PenyusunPesan.Butir(Pemberitahuan.Jenis.HASIL_PERIODIK, "Hasil B", "Pesan B",
            "https://x.test/camunda/app/tasklist/default/", Instant.parse("2026-03-02T03:00:00Z"))));

    assertThat(p.judul()).isEqualTo("[Kinerja ASN Langsa] Ringkasan pemberitahuan 02-03-2026 (2)");
    // 01:30 UTC is 08:30 WIB
    assertThat(p.teks()).contains("Berikut 2 pemberitahuan untuk Anda")
        .contains("1. Tugas baru: A (02-03-2026 08:30)\n   Pesan A\n   " + TAUTAN)
        .contains("2. Hasil B (02-03-2026 10:00)");
    assertThat(p.teks().indexOf("Tugas baru: A")).isLessThan(p.teks().indexOf("Hasil B"));
    assertThat(p.html()).contains("<ol>").contains("<strong>Tugas baru: A</strong>");
  }

  @Test
  void jedaPercobaanBerlipatDuaSampaiBatas() {
    PengaturanNotifikasi n = new PengaturanNotifikasi(null, null, null, null, null,
        Duration.ofMinutes(1), Duration.ofMinutes(10), null, null, null, null);
    assertThat(List.of(n.jedaSetelah(1), n.jedaSetelah(2), n.jedaSetelah(3), n.jedaSetelah(4),
        n.jedaSetelah(5), n.jedaSetelah(9))).containsExactly(Duration.ofMinutes(1),
        Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(10),
        Duration.ofMinutes(10));
  }

  @Test
  void tautanTugasDariUrlDasar() {
    PengaturanNotifikasi n = new PengaturanNotifikasi("https://kinerja.langsakota.go.id/", null,
        null, null, null, null, null, null, null, null, null);
    assertThat(n.tautanTugas("t-1"))
        .isEqualTo("https://kinerja.langsakota.go.id/camunda/app/tasklist/default/#/?task=t-1");
    assertThat(n.tautanTugas(null)).isEqualTo("https://kinerja.langsakota.go.id/camunda/app/tasklist/default/");
    assertThat(n.saluran()).containsExactly("EMAIL");
  }

  @Test
  void batasRingkasanAdalahJamRingkasanTerakhirDalamWib() {
    LocalTime jam = LocalTime.of(16, 0);
    // 08:59 UTC = 15:59 WIB: today's 16:00 has not come, so yesterday's
    assertThat(PengirimPemberitahuan.batasRingkasan(Instant.parse("2026-03-02T08:59:00Z"), jam))
        .isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
    // 09:00 UTC = 16:00 WIB
    assertThat(PengirimPemberitahuan.batasRingkasan(Instant.parse("2026-03-02T09:00:00Z"), jam))
        .isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
    // 20:00 UTC = 03:00 WIB the next day
    assertThat(PengirimPemberitahuan.batasRingkasan(Instant.parse("2026-03-02T20:00:00Z"), jam))
        .isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
  }
}
