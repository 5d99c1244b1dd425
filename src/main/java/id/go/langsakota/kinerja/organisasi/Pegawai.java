package id.go.langsakota.kinerja.organisasi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** An ASN (PNS or PPPK), identified by NIP; the NIP is also the Camunda user id. */
@Entity
@Table(name = "pegawai")
public class Pegawai {

  private static final Pattern POLA_EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  /** The one shape rule for an e-mail address, used by the register service and the import. */
  public static boolean emailSah(String email) {
    return POLA_EMAIL.matcher(email).matches();
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String nip;
  private String nama;

  @Column(name = "gelar_depan")
  private String gelarDepan;

  @Column(name = "gelar_belakang")
  private String gelarBelakang;

  @Enumerated(EnumType.STRING)
  @Column(name = "jenis_asn")
  private JenisAsn jenisAsn;

  @Column(name = "pangkat_golongan")
  private String pangkatGolongan;

  private String email;

  @Enumerated(EnumType.STRING)
  private StatusPegawai status = StatusPegawai.AKTIF;

  @Column(name = "tanggal_berhenti")
  private LocalDate tanggalBerhenti;

  @Version
  private long versi;

  protected Pegawai() {}

  public Pegawai(String nip, String nama, JenisAsn jenisAsn) {
    this.nip = nip;
    this.nama = nama;
    this.jenisAsn = jenisAsn;
  }

  /** Name as written in official letters: "Dr. Teuku Ahmad, S.E., M.Si.". */
  public String getNamaLengkap() {
    StringBuilder s = new StringBuilder();
    if (gelarDepan != null && !gelarDepan.isBlank()) {
      s.append(gelarDepan.trim()).append(' ');
    }
    s.append(nama);
    if (gelarBelakang != null && !gelarBelakang.isBlank()) {
      s.append(", ").append(gelarBelakang.trim());
    }
    return s.toString();
  }

  public Long getId() { return id; }
  public String getNip() { return nip; }
  public String getNama() { return nama; }
  public void setNama(String nama) { this.nama = nama; }
  public String getGelarDepan() { return gelarDepan; }
  public void setGelarDepan(String gelarDepan) { this.gelarDepan = gelarDepan; }
  public String getGelarBelakang() { return gelarBelakang; }
  public void setGelarBelakang(String gelarBelakang) { this.gelarBelakang = gelarBelakang; }
  public JenisAsn getJenisAsn() { return jenisAsn; }
  public void setJenisAsn(JenisAsn jenisAsn) { this.jenisAsn = jenisAsn; }
  public String getPangkatGolongan() { return pangkatGolongan; }
  public void setPangkatGolongan(String pangkatGolongan) { this.pangkatGolongan = pangkatGolongan; }
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }
  public StatusPegawai getStatus() { return status; }
  public void setStatus(StatusPegawai status) { this.status = status; }
  public LocalDate getTanggalBerhenti() { return tanggalBerhenti; }
  public void setTanggalBerhenti(LocalDate tanggalBerhenti) { this.tanggalBerhenti = tanggalBerhenti; }
  public boolean isAktif() { return status.aktif(); }

  /** In service on that date: active, or left only later (so past dates still see the holder). */
  public boolean aktifPada(LocalDate tanggal) {
    return status.aktif() || tanggalBerhenti != null && tanggal.isBefore(tanggalBerhenti);
  }
}
