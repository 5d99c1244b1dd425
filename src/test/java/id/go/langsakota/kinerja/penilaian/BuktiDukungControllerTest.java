package id.go.langsakota.kinerja.penilaian;

import static id.go.langsakota.kinerja.web.PemanggilUji.sebagai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.langsakota.kinerja.organisasi.Jabatan;
import id.go.langsakota.kinerja.organisasi.JabatanRepository;
import id.go.langsakota.kinerja.organisasi.JenisAsn;
import id.go.langsakota.kinerja.organisasi.JenisJabatan;
import id.go.langsakota.kinerja.organisasi.JenisPenugasan;
import id.go.langsakota.kinerja.organisasi.Opd;
import id.go.langsakota.kinerja.organisasi.OpdRepository;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatan;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatanRepository;
import id.go.langsakota.kinerja.organisasi.UnitKerja;
import id.go.langsakota.kinerja.organisasi.UnitKerjaRepository;
import id.go.langsakota.kinerja.web.PemanggilUji.PemetaanGalat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * GET/POST /api/bukti-dukung over MockMvc on the real service, register and storage. The caller
 * is a stubbed Authentication (name = Camunda user id, ROLE_ authorities) as the security contract
 * defines it, and errors are mapped as the shared web.ApiExceptionHandler maps them
 * (IllegalArgument 400, AccessDenied 403, NoSuchElement 404), so this does not depend on the
 * security configuration.
 */
@SpringBootTest
@ActiveProfiles("test")
class BuktiDukungControllerTest {

  static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

  static final AtomicInteger URUTAN = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000));

  @Autowired BuktiDukungService service;
  @Autowired BuktiDukungRepository buktiRepo;
  @Autowired OpdRepository opdRepo;
  @Autowired UnitKerjaRepository unitRepo;
  @Autowired JabatanRepository jabatanRepo;
  @Autowired PegawaiRepository pegawaiRepo;
  @Autowired PenugasanJabatanRepository penugasanRepo;
  @Value("${kinerja.berkas.direktori}") String direktori;
  @Value("${kinerja.berkas.ukuran-maksimal}") int ukuranMaksimal;

  final ObjectMapper json = new ObjectMapper();
  MockMvc mvc;
  String nipAsn;     // owner of the evidence
  String nipKasi;    // their pejabat penilai
  String nipKabid;   // atasan pejabat penilai
  String nipLain;    // an ASN of another unit, unrelated

  @BeforeEach
  void siapkan() {
    mvc = MockMvcBuilders.standaloneSetup(new BuktiDukungController(service))
        .setControllerAdvice(new PemetaanGalat()).build();
    String k = String.valueOf(ThreadLocalRandom.current().nextInt(100000, 999999));
    // one sequence number per test: NIPs stay unique in the shared context
    String urut = String.format("%03d", URUTAN.getAndIncrement() % 1000);
    Opd opd = opdRepo.save(new Opd("B" + k, "Dinas Bukti " + k, "DB" + k));
    UnitKerja unit = unitRepo.save(new UnitKerja("BU" + k, "Bidang Bukti", opd, null));
    UnitKerja unitLain = unitRepo.save(new UnitKerja("BL" + k, "Bidang Lain", opd, null));
    Jabatan kadis = new Jabatan("BK" + k, "Kepala Dinas", JenisJabatan.JPT, 14, unit, null);
    kadis.setKepalaOpd(true);
    jabatanRepo.save(kadis);
    Jabatan kabid = jabatanRepo.save(new Jabatan("BB" + k, "Kepala Bidang", JenisJabatan.ADMINISTRATOR, 11, unit, kadis));
    Jabatan kasi = jabatanRepo.save(new Jabatan("BS" + k, "Kepala Seksi", JenisJabatan.PENGAWAS, 9, unit, kabid));
    Jabatan pelaksana = jabatanRepo.save(new Jabatan("BP" + k, "Pengelola Arsip", JenisJabatan.PELAKSANA, 5, unit, kasi));
    Jabatan kabidLain = jabatanRepo.save(new Jabatan("BLB" + k, "Kepala Bidang Lain", JenisJabatan.ADMINISTRATOR, 11, unitLain, kadis));
    Jabatan pelaksanaLain = jabatanRepo.save(new Jabatan("BLP" + k, "Pengelola Keuangan", JenisJabatan.PELAKSANA, 5, unitLain, kabidLain));
    pegawai("197702022003121" + urut, kadis);
    nipKabid = pegawai("198103032006041" + urut, kabid);
    nipKasi = pegawai("198704042012011" + urut, kasi);
    nipAsn = pegawai("199307072018012" + urut, pelaksana);
    pegawai("198205052007011" + urut, kabidLain);
    nipLain = pegawai("199408082019022" + urut, pelaksanaLain);
  }

  private String pegawai(String nip, Jabatan jabatan) {
    Pegawai p = pegawaiRepo.save(new Pegawai(nip, "Pegawai " + nip, JenisAsn.PNS));
    penugasanRepo.save(new PenugasanJabatan(p, jabatan, JenisPenugasan.DEFINITIF, LocalDate.of(2020, 1, 1)));
    return nip;
  }

  private ResultActions unggah(String namaBerkas, byte[] isi, Authentication oleh) throws Exception {
    return mvc.perform(multipart("/api/bukti-dukung")
        .file(new MockMultipartFile("berkas", namaBerkas, "application/octet-stream", isi))
        .principal(oleh));
  }

  private long unggahSah(String namaBerkas, byte[] isi) throws Exception {
    MvcResult r = unggah(namaBerkas, isi, sebagai(nipAsn, "ROLE_PEGAWAI"))
        .andExpect(status().isCreated()).andReturn();
    return json.readTree(r.getResponse().getContentAsByteArray()).get("id").asLong();
  }

  private ResultActions unduh(long id, Authentication oleh) throws Exception {
    return mvc.perform(get("/api/bukti-dukung/{id}", id).principal(oleh));
  }

  private long jumlahBerkas() throws IOException {
    Path d = Path.of(direktori);
    if (!Files.exists(d)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(d)) {
      return s.filter(Files::isRegularFile).count();
    }
  }

  private static String sha256(byte[] isi) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi));
  }

  @Test
  void pemilikMengunggahLaluPemilikAtasanDanBkpsdmMengunduhBerkasYangSama() throws Exception {
    long berkasSebelum = jumlahBerkas();
    MvcResult r = unggah("C:\\fakepath\\laporan arsip.pdf", PDF, sebagai(nipAsn, "ROLE_PEGAWAI"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.namaBerkas").value("laporan arsip.pdf"))
        .andExpect(jsonPath("$.jenisKonten").value("application/pdf"))
        .andExpect(jsonPath("$.ukuran").value(PDF.length))
        .andExpect(jsonPath("$.sha256").value(sha256(PDF)))
        .andReturn();
    long id = json.readTree(r.getResponse().getContentAsByteArray()).get("id").asLong();
    assertThat(r.getResponse().getHeader("Location")).isEqualTo("/api/bukti-dukung/" + id);
    BuktiDukung b = buktiRepo.findById(id).orElseThrow();
    assertThat(b.getNipPemilik()).isEqualTo(nipAsn);
    assertThat(b.getDiunggahOleh()).isEqualTo(nipAsn);
    assertThat(jumlahBerkas()).isEqualTo(berkasSebelum + 1);

    for (Authentication boleh : new Authentication[] {
        sebagai(nipAsn, "ROLE_PEGAWAI"),            // owner
        sebagai(nipKasi, "ROLE_PEGAWAI"),           // pejabat penilai
        sebagai(nipKabid, "ROLE_PEGAWAI"),          // atasan pejabat penilai
        sebagai("staf-bkpsdm", "ROLE_BKPSDM")}) {   // BKPSDM, not in the chain
      unduh(id, boleh)
          .andExpect(status().isOk())
          .andExpect(content().contentType("application/pdf"))
          .andExpect(content().bytes(PDF))
          .andExpect(header().string("Content-Disposition", containsString("attachment")))
          .andExpect(header().string("Content-Disposition", containsString("laporan")))
          .andExpect(header().string("X-Content-Type-Options", "nosniff"))
          .andExpect(header().string("Cache-Control", containsString("no-store")));
    }
  }

  @Test
  void jenisKontenDariEkstensiBukanDariKlien() throws Exception {
    // the client said application/octet-stream; the stored and served type follows the checked file
    long id = unggahSah("foto-kegiatan.PNG", PNG);
    unduh(id, sebagai("staf-bkpsdm", "ROLE_BKPSDM"))
        .andExpect(status().isOk())
        .andExpect(content().contentType("image/png"))
        .andExpect(content().bytes(PNG));
  }

  @Test
  void asnLainDitolakDanIdTakDikenalTidakDitemukan() throws Exception {
    long id = unggahSah("laporan.pdf", PDF);
    unduh(id, sebagai(nipLain, "ROLE_PEGAWAI"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.pesan", containsString("tidak berhak")));
    // a colleague's role in another chain does not help, nor does another role than BKPSDM
    unduh(id, sebagai(nipLain, "ROLE_PEGAWAI", "ROLE_TIM_PENILAI_KINERJA"))
        .andExpect(status().isForbidden());
    unduh(Long.MAX_VALUE, sebagai("staf-bkpsdm", "ROLE_BKPSDM"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.pesan", containsString("tidak ditemukan")));
  }

  @Test
  void berkasYangTidakDiterimaDitolak400TanpaMenyimpanApaPun() throws Exception {
    long barisSebelum = buktiRepo.count();
    long berkasSebelum = jumlahBerkas();
    Authentication asn = sebagai(nipAsn, "ROLE_PEGAWAI");

    unggah("program.exe", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), asn)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.pesan", containsString("jenis berkas yang diizinkan hanya PDF, JPG, PNG, XLSX dan DOCX")));
    // a renamed executable is not a PDF
    unggah("laporan.pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), asn)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.pesan", containsString("tidak sesuai dengan jenisnya")));
    byte[] besar = new byte[ukuranMaksimal + 1];
    System.arraycopy(PDF, 0, besar, 0, PDF.length);
    unggah("laporan-besar.pdf", besar, asn)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.pesan", containsString("terlalu besar")))
        .andExpect(jsonPath("$.pesan", containsString("maksimal 10 MB")));
    unggah("kosong.pdf", new byte[0], asn)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.pesan", containsString("kosong")));

    assertThat(buktiRepo.count()).isEqualTo(barisSebelum);
    assertThat(jumlahBerkas()).isEqualTo(berkasSebelum);
  }

  @Test
  void hanyaAsnAktifDiRegisterYangMengunggah() throws Exception {
    long barisSebelum = buktiRepo.count();
    long berkasSebelum = jumlahBerkas();
    // the uploader becomes the owner: an admin login is no ASN and no NIP
    unggah("laporan.pdf", PDF, sebagai("demo", "ROLE_CAMUNDA_ADMIN", "ROLE_BKPSDM"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.pesan", containsString("Hanya ASN aktif")));
    unggah("laporan.pdf", PDF, sebagai("199901012020011999", "ROLE_PEGAWAI"))
        .andExpect(status().isForbidden());
    assertThat(buktiRepo.count()).isEqualTo(barisSebelum);
    assertThat(jumlahBerkas()).isEqualTo(berkasSebelum);
  }
}
