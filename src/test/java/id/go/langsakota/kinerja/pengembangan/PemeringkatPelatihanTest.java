package id.go.langsakota.kinerja.pengembangan;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.langsakota.kinerja.kompetensi.JenisPelatihan;
import id.go.langsakota.kinerja.pengembangan.PemeringkatPelatihan.Kandidat;
import id.go.langsakota.kinerja.pengembangan.PemeringkatPelatihan.Kebutuhan;
import id.go.langsakota.kinerja.pengembangan.PemeringkatPelatihan.Usulan;
import id.go.langsakota.kinerja.skp.NilaiBerakhlak;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ranking worked by hand on entries of the seeded catalogue (V131), without engine or database. */
class PemeringkatPelatihanTest {

  static final Kandidat KP001 = new Kandidat(1L, "KP-001", "Pelatihan Manajemen Waktu", JenisPelatihan.KLASIKAL,
      "Manajemen waktu dan penetapan prioritas kerja", NilaiBerakhlak.AKUNTABEL, 24, new BigDecimal("2500000"));
  static final Kandidat KP002 = new Kandidat(2L, "KP-002", "Pelatihan Pelayanan Publik Prima", JenisPelatihan.KLASIKAL,
      "Pelayanan publik", NilaiBerakhlak.BERORIENTASI_PELAYANAN, 30, new BigDecimal("3000000"));
  static final Kandidat KP003 = new Kandidat(3L, "KP-003", "E-Learning Manajemen Waktu dan Produktivitas Kerja",
      JenisPelatihan.E_LEARNING, "Manajemen waktu dan produktivitas", NilaiBerakhlak.AKUNTABEL, 10, BigDecimal.ZERO);
  static final Kandidat KP005 = new Kandidat(5L, "KP-005", "E-Learning Pelayanan Publik Berorientasi Pengguna",
      JenisPelatihan.E_LEARNING, "Pelayanan publik", NilaiBerakhlak.BERORIENTASI_PELAYANAN, 10, BigDecimal.ZERO);
  static final Kandidat KP009 = new Kandidat(9L, "KP-009", "Coaching Kinerja oleh Pejabat Penilai",
      JenisPelatihan.COACHING, "Orientasi pada hasil", NilaiBerakhlak.KOMPETEN, 8, BigDecimal.ZERO);
  static final Kandidat KP021 = new Kandidat(21L, "KP-021", "E-Learning Pengelolaan Pengaduan Pelayanan Publik (SP4N-LAPOR!)",
      JenisPelatihan.E_LEARNING, "Pengelolaan pengaduan", NilaiBerakhlak.BERORIENTASI_PELAYANAN, 10, BigDecimal.ZERO);
  static final Kandidat KP031 = new Kandidat(31L, "KP-031", "Seminar Inovasi Pelayanan Publik Daerah",
      JenisPelatihan.SEMINAR, "Mengelola perubahan", NilaiBerakhlak.ADAPTIF, 4, BigDecimal.ZERO);

  static final List<Kandidat> KATALOG = List.of(KP001, KP002, KP003, KP005, KP009, KP021, KP031);

  static List<String> kode(List<Usulan> u) {
    return u.stream().map(x -> x.kandidat().kode()).toList();
  }

  @Test
  void gapWordsRankTimeManagementFirst() {
    // words of the gap: manajemen, waktu, prioritas ("dan", "kerja" are common words)
    // KP-001: all three = 3 x 15 = 45; KP-003: manajemen, waktu = 30; the rest no point → left out
    List<Usulan> u = PemeringkatPelatihan.peringkat(
        new Kebutuhan("Manajemen waktu dan prioritas kerja", null, null, null), KATALOG);
    assertThat(kode(u)).containsExactly("KP-001", "KP-003");
    assertThat(u.get(0).skor()).isEqualTo(45);
    assertThat(u.get(0).peringkat()).isEqualTo(1);
    assertThat(u.get(0).alasan()).isEqualTo("Sesuai kesenjangan: 'manajemen', 'waktu', 'prioritas'");
    assertThat(u.get(1).skor()).isEqualTo(30);
    assertThat(u.get(1).peringkat()).isEqualTo(2);
  }

  @Test
  void tiesGoToTheCheaperThenShorterThenTheCode() {
    // BERORIENTASI_PELAYANAN 40 + 'pelayanan', 'publik' 30 = 70 for KP-002, KP-005 and KP-021;
    // KP-005 and KP-021 cost nothing and last 10 JP: the code decides; KP-002 costs 3,000,000.
    // KP-031 has 'pelayanan', 'publik' in its name only: 30.
    List<Usulan> u = PemeringkatPelatihan.peringkat(
        new Kebutuhan("Pelayanan publik", NilaiBerakhlak.BERORIENTASI_PELAYANAN, null, null), KATALOG);
    assertThat(kode(u)).containsExactly("KP-005", "KP-021", "KP-002", "KP-031");
    assertThat(u.stream().map(Usulan::skor).toList()).containsExactly(70, 70, 70, 30);
    assertThat(u.get(0).alasan()).isEqualTo(
        "Membangun nilai BerAKHLAK Berorientasi Pelayanan; sesuai kesenjangan: 'pelayanan', 'publik'");
  }

  @Test
  void requestedKindAndMissingJpCount() {
    // COACHING asked 25, 8 JP cover the missing 8 JP 20: KP-009 = 45; every other entry of 8+ JP
    // gets 20 (KP-031 has 4 JP: nothing); ties by cost then JP: KP-003, KP-005, KP-021 (0, 10 JP), KP-001
    List<Usulan> u = PemeringkatPelatihan.peringkat(
        new Kebutuhan("Bimbingan atasan langsung", null, JenisPelatihan.COACHING, 8), KATALOG);
    assertThat(kode(u)).containsExactly("KP-009", "KP-003", "KP-005", "KP-021", "KP-001");
    assertThat(u.get(0).skor()).isEqualTo(45);
    assertThat(u.get(0).alasan()).isEqualTo("Jenis Coaching yang diminta; 8 JP menutup kekurangan 8 JP");
    assertThat(u.get(4).skor()).isEqualTo(20);
  }

  @Test
  void nothingFitsOffersTheCheapestAndSaysSo() {
    List<Usulan> u = PemeringkatPelatihan.peringkat(
        new Kebutuhan("Penyelaman bawah laut", null, null, null), KATALOG);
    // cost 0 first, then the fewest JP, then the code: KP-031 (4), KP-009 (8), KP-003, KP-005, KP-021 (10)
    assertThat(kode(u)).containsExactly("KP-031", "KP-009", "KP-003", "KP-005", "KP-021");
    assertThat(u).allSatisfy(x -> {
      assertThat(x.skor()).isZero();
      assertThat(x.alasan()).startsWith("Tidak ada entri yang khusus cocok");
    });
  }

  @Test
  void atMostFiveProposals() {
    List<Kandidat> banyak = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      banyak.add(new Kandidat((long) i, "KX-00" + i, "Pelatihan Pelayanan " + i, JenisPelatihan.KLASIKAL,
          "Pelayanan", null, 10 + i, BigDecimal.ZERO));
    }
    List<Usulan> u = PemeringkatPelatihan.peringkat(new Kebutuhan("pelayanan", null, null, null), banyak);
    assertThat(u).hasSize(PemeringkatPelatihan.JUMLAH_USULAN);
    // equal score and cost: fewer JP first
    assertThat(kode(u)).containsExactly("KX-001", "KX-002", "KX-003", "KX-004", "KX-005");
    assertThat(u.stream().map(Usulan::peringkat).toList()).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void wordsDropShortAndCommonOnesAndAccents() {
    assertThat(PemeringkatPelatihan.kata("Pelatihan Manajemen Waktu dan Kerja untuk ASN, pelayanan Publik é"))
        .containsExactly("manajemen", "waktu", "pelayanan", "publik");
  }
}
