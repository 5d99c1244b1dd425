package id.go.langsakota.kinerja.impor;

import static id.go.langsakota.kinerja.impor.KolomRegister.*;

import id.go.langsakota.kinerja.organisasi.Jabatan;
import id.go.langsakota.kinerja.organisasi.JabatanRepository;
import id.go.langsakota.kinerja.organisasi.Opd;
import id.go.langsakota.kinerja.organisasi.OpdRepository;
import id.go.langsakota.kinerja.organisasi.Pegawai;
import id.go.langsakota.kinerja.organisasi.PegawaiBerubahEvent;
import id.go.langsakota.kinerja.organisasi.PegawaiRepository;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatan;
import id.go.langsakota.kinerja.organisasi.PenugasanJabatanRepository;
import id.go.langsakota.kinerja.organisasi.StatusPegawai;
import id.go.langsakota.kinerja.organisasi.UnitKerja;
import id.go.langsakota.kinerja.organisasi.UnitKerjaRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import of the organisation register from a CSV or XLSX file (what BKPSDM exports from its
 * personnel data). The whole file is checked first; a file with any problem is rejected with
 * every problem listed and nothing written. A good file is applied in one transaction as upserts
 * by kode/NIP, so importing the same file again changes nothing.
 */
@Service
public class ImporRegisterService {

  private static final Logger LOG = LoggerFactory.getLogger(ImporRegisterService.class);
  static final String KETERANGAN = "Impor register";

  private final PembacaBerkasRegister pembaca;
  private final OpdRepository opdRepository;
  private final UnitKerjaRepository unitRepository;
  private final JabatanRepository jabatanRepository;
  private final PegawaiRepository pegawaiRepository;
  private final PenugasanJabatanRepository penugasanRepository;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaksi;

  ImporRegisterService(PembacaBerkasRegister pembaca, OpdRepository opdRepository,
      UnitKerjaRepository unitRepository, JabatanRepository jabatanRepository,
      PegawaiRepository pegawaiRepository, PenugasanJabatanRepository penugasanRepository,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactionManager) {
    this.pembaca = pembaca;
    this.opdRepository = opdRepository;
    this.unitRepository = unitRepository;
    this.jabatanRepository = jabatanRepository;
    this.pegawaiRepository = pegawaiRepository;
    this.penugasanRepository = penugasanRepository;
    this.events = events;
    this.transaksi = new TransactionTemplate(transactionManager);
  }

  /**
   * Checks and (unless {@code validasiSaja}) imports a register file.
   *
   * @param namaBerkas the file name, used with the content to tell CSV from XLSX
   * @param validasiSaja dry run: everything is applied and counted, then rolled back
   */
  public HasilImpor impor(String namaBerkas, byte[] isi, boolean validasiSaja) {
    long mulai = System.nanoTime();
    IsiBerkas berkas = pembaca.baca(namaBerkas, isi);
    LOG.debug("Berkas '{}' dibaca: {} baris, {} ms", namaBerkas, berkas.baris().size(),
        (System.nanoTime() - mulai) / 1_000_000);
    if (!berkas.kesalahan().isEmpty()) {
      return HasilImpor.ditolak(validasiSaja, berkas.baris().size(), berkas.kesalahan());
    }
    HasilImpor hasil = transaksi.execute(status -> {
      KeadaanRegister db = muat();
      LOG.debug("Register dimuat: {} ms", (System.nanoTime() - mulai) / 1_000_000);
      Rencana rencana = PemeriksaRegister.periksa(berkas, db);
      LOG.debug("Berkas diperiksa: {} ms", (System.nanoTime() - mulai) / 1_000_000);
      if (!rencana.kesalahan().isEmpty()) {
        status.setRollbackOnly();
        return HasilImpor.ditolak(validasiSaja, berkas.baris().size(), rencana.kesalahan());
      }
      HasilImpor h = new Penulis(rencana, db).tulis(validasiSaja, berkas.kolomDiabaikan());
      LOG.debug("Perubahan diterapkan: {} ms", (System.nanoTime() - mulai) / 1_000_000);
      if (validasiSaja) {
        status.setRollbackOnly();
      } else if (!h.nipBerubah().isEmpty()) {
        // Inside the transaction: the identity sync listens after commit.
        events.publishEvent(PegawaiBerubahEvent.untuk(h.nipBerubah()));
      }
      return h;
    });
    LOG.info("Impor register '{}' ({} ms): {}", namaBerkas, (System.nanoTime() - mulai) / 1_000_000,
        hasil.pesan());
    return hasil;
  }

  private KeadaanRegister muat() {
    // Parents first, so lazy references resolve from the persistence context without queries.
    List<Opd> opd = opdRepository.findAll();
    List<UnitKerja> unit = unitRepository.findAll();
    List<Jabatan> jabatan = jabatanRepository.findAll();
    List<Pegawai> pegawai = pegawaiRepository.findAll();
    return new KeadaanRegister(opd, unit, jabatan, pegawai, penugasanRepository.findTerbuka());
  }

  /** Applies a checked plan; only fields that differ are set, so unchanged rows keep their version. */
  private final class Penulis {
    private final Rencana r;
    private final Map<String, Opd> opd;
    private final Map<String, UnitKerja> unit;
    private final Map<String, Jabatan> jabatan;
    private final Map<String, Pegawai> pegawai;
    private final Set<String> unitSelesai = new HashSet<>();
    private final Set<String> jabatanSelesai = new HashSet<>();
    private final Set<String> nipBerubah = new TreeSet<>();
    private final Hitungan.Penghitung hOpd = new Hitungan.Penghitung();
    private final Hitungan.Penghitung hUnit = new Hitungan.Penghitung();
    private final Hitungan.Penghitung hJabatan = new Hitungan.Penghitung();
    private final Hitungan.Penghitung hPegawai = new Hitungan.Penghitung();

    Penulis(Rencana r, KeadaanRegister db) {
      this.r = r;
      this.opd = new HashMap<>(db.opd);
      this.unit = new HashMap<>(db.unit);
      this.jabatan = new HashMap<>(db.jabatan);
      this.pegawai = new HashMap<>(db.pegawai);
    }

    HasilImpor tulis(boolean validasiSaja, List<String> kolomDiabaikan) {
      r.opd().values().forEach(this::simpanOpd);
      r.unit().keySet().forEach(this::simpanUnit);
      r.jabatan().keySet().forEach(this::simpanJabatan);
      r.pegawai().values().forEach(this::simpanPegawai);
      r.ditutup().forEach((p, selesai) -> {
        p.setTmtSelesai(selesai);
        nipBerubah.add(p.getPegawai().getNip());
      });
      List<PenugasanJabatan> baru = new ArrayList<>();
      for (BarisRegister b : r.baru()) {
        PenugasanJabatan p = new PenugasanJabatan(pegawai.get(b.nip()), jabatan.get(b.kodeJabatan()),
            b.jenisPenugasan(), b.tmtJabatan());
        p.setKeterangan(KETERANGAN + " baris " + b.nomor());
        baru.add(p);
        nipBerubah.add(b.nip());
      }
      penugasanRepository.saveAll(baru);
      Hitungan penugasan = new Hitungan(baru.size(), r.ditutup().size(), r.penugasanTetap());

      List<Kesalahan> peringatan = new ArrayList<>();
      kolomDiabaikan.forEach(k -> peringatan.add(new Kesalahan(1, k,
          "Kolom '" + k + "' tidak dikenal dan diabaikan")));
      peringatan.addAll(r.peringatan());
      HasilImpor sementara = new HasilImpor(true, validasiSaja, "", r.baris().size(), hOpd.hasil(),
          hUnit.hasil(), hJabatan.hasil(), hPegawai.hasil(), penugasan, List.copyOf(nipBerubah),
          List.of(), List.copyOf(peringatan));
      return new HasilImpor(true, validasiSaja, pesan(sementara), sementara.jumlahBaris(),
          sementara.opd(), sementara.unitKerja(), sementara.jabatan(), sementara.pegawai(),
          sementara.penugasan(), sementara.nipBerubah(), sementara.kesalahan(),
          sementara.peringatan());
    }

    private void simpanOpd(BarisRegister b) {
      Opd o = opd.get(b.kodeOpd());
      if (o == null) {
        opd.put(b.kodeOpd(), opdRepository.save(new Opd(b.kodeOpd(), b.namaOpd(), null)));
        hOpd.catat(true, false);
        return;
      }
      boolean ubah = false;
      if (!o.getNama().equals(b.namaOpd())) {
        o.setNama(b.namaOpd());
        ubah = true;
      }
      if (!o.isAktif()) {
        o.setAktif(true);
        ubah = true;
      }
      hOpd.catat(false, ubah);
    }

    // Induk before child, so a new child can point at a new induk.
    private void simpanUnit(String kode) {
      if (!unitSelesai.add(kode)) {
        return;
      }
      BarisRegister b = r.unit().get(kode);
      String kodeInduk = b.kodeUnitInduk();
      if (kodeInduk != null && r.unit().containsKey(kodeInduk)) {
        simpanUnit(kodeInduk);
      }
      UnitKerja induk = kodeInduk == null ? null : unit.get(kodeInduk);
      UnitKerja u = unit.get(kode);
      if (u == null) {
        unit.put(kode, unitRepository.save(new UnitKerja(kode, b.namaUnit(), opd.get(b.kodeOpd()),
            induk)));
        hUnit.catat(true, false);
        return;
      }
      boolean ubah = false;
      if (!u.getNama().equals(b.namaUnit())) {
        u.setNama(b.namaUnit());
        ubah = true;
      }
      if (r.ada(KODE_UNIT_INDUK) && !Objects.equals(id(u.getInduk()), id(induk))) {
        u.setInduk(induk);
        ubah = true;
      }
      hUnit.catat(false, ubah);
    }

    // Atasan before bawahan, for the same reason.
    private void simpanJabatan(String kode) {
      if (!jabatanSelesai.add(kode)) {
        return;
      }
      BarisRegister b = r.jabatan().get(kode);
      String kodeAtasan = b.kodeJabatanAtasan();
      if (kodeAtasan != null && r.jabatan().containsKey(kodeAtasan)) {
        simpanJabatan(kodeAtasan);
      }
      Jabatan atasan = kodeAtasan == null ? null : jabatan.get(kodeAtasan);
      UnitKerja u = unit.get(b.kodeUnit());
      Jabatan j = jabatan.get(kode);
      if (j == null) {
        j = new Jabatan(kode, b.namaJabatan(), b.jenisJabatan(), b.kelasJabatan(), u, atasan);
        j.setJenjang(b.jenjang());
        j.setKepalaOpd(b.kepalaOpd());
        jabatan.put(kode, jabatanRepository.save(j));
        hJabatan.catat(true, false);
        return;
      }
      boolean ubah = false;
      if (!j.getNama().equals(b.namaJabatan())) {
        j.setNama(b.namaJabatan());
        ubah = true;
      }
      if (j.getJenis() != b.jenisJabatan()) {
        j.setJenis(b.jenisJabatan());
        ubah = true;
      }
      if (j.getKelasJabatan() != b.kelasJabatan()) {
        j.setKelasJabatan(b.kelasJabatan());
        ubah = true;
      }
      if (!Objects.equals(id(j.getUnitKerja()), u.getId())) {
        j.setUnitKerja(u);
        ubah = true;
      }
      if (r.ada(KODE_JABATAN_ATASAN) && !Objects.equals(id(j.getAtasan()), id(atasan))) {
        j.setAtasan(atasan);
        ubah = true;
      }
      if (r.ada(JENJANG) && !Objects.equals(j.getJenjang(), b.jenjang())) {
        j.setJenjang(b.jenjang());
        ubah = true;
      }
      if (r.ada(KEPALA_OPD) && j.isKepalaOpd() != b.kepalaOpd()) {
        j.setKepalaOpd(b.kepalaOpd());
        ubah = true;
      }
      if (!j.isAktif()) {
        j.setAktif(true);
        ubah = true;
      }
      hJabatan.catat(false, ubah);
    }

    private void simpanPegawai(PegawaiBerkas f) {
      Pegawai p = pegawai.get(f.nip);
      boolean baru = p == null;
      if (baru) {
        p = new Pegawai(f.nip, f.nama, f.jenisAsn);
        p.setGelarDepan(f.gelarDepan);
        p.setGelarBelakang(f.gelarBelakang);
        p.setPangkatGolongan(f.pangkatGolongan);
        p.setEmail(f.email);
        p.setStatus(f.status == null ? StatusPegawai.AKTIF : f.status);
        pegawai.put(f.nip, pegawaiRepository.save(p));
        nipBerubah.add(f.nip);
        hPegawai.catat(true, false);
        return;
      }
      boolean ubah = false;
      if (!p.getNama().equals(f.nama)) {
        p.setNama(f.nama);
        ubah = true;
      }
      if (p.getJenisAsn() != f.jenisAsn) {
        p.setJenisAsn(f.jenisAsn);
        ubah = true;
      }
      if (r.ada(GELAR_DEPAN) && !Objects.equals(p.getGelarDepan(), f.gelarDepan)) {
        p.setGelarDepan(f.gelarDepan);
        ubah = true;
      }
      if (r.ada(GELAR_BELAKANG) && !Objects.equals(p.getGelarBelakang(), f.gelarBelakang)) {
        p.setGelarBelakang(f.gelarBelakang);
        ubah = true;
      }
      if (r.ada(PANGKAT_GOLONGAN) && !Objects.equals(p.getPangkatGolongan(), f.pangkatGolongan)) {
        p.setPangkatGolongan(f.pangkatGolongan);
        ubah = true;
      }
      if (r.ada(EMAIL) && !Objects.equals(p.getEmail(), f.email)) {
        p.setEmail(f.email);
        ubah = true;
      }
      if (f.status != null && p.getStatus() != f.status) {
        p.setStatus(f.status);
        ubah = true;
      }
      if (ubah) {
        nipBerubah.add(f.nip);
      }
      hPegawai.catat(false, ubah);
    }
  }

  private static Long id(Object entitas) {
    if (entitas == null) {
      return null;
    }
    if (entitas instanceof UnitKerja u) {
      return u.getId();
    }
    return ((Jabatan) entitas).getId();
  }

  static String pesan(HasilImpor h) {
    String ringkas = "OPD " + h.opd() + "; unit kerja " + h.unitKerja() + "; jabatan "
        + h.jabatan() + "; pegawai " + h.pegawai() + "; penugasan " + h.penugasan().dibuat()
        + " dibuat, " + h.penugasan().diubah() + " ditutup, " + h.penugasan().tidakBerubah()
        + " tidak berubah";
    if (!h.adaPerubahan()) {
      return (h.validasiSaja() ? "Berkas valid. " : "") + "Tidak ada perubahan: register sudah "
          + "sesuai dengan berkas (" + h.jumlahBaris() + " baris)";
    }
    return (h.validasiSaja() ? "Berkas valid; bila diimpor: " : "Impor berhasil (" + h.jumlahBaris()
        + " baris): ") + ringkas;
  }
}
