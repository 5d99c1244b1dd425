package id.go.langsakota.kinerja.identitas;

/** Counts of what one identity sync changed in Camunda (all zero when nothing had to change). */
public record HasilSinkronisasi(
    int penggunaDibuat,
    int penggunaDiperbarui,
    int penggunaDihapus,
    int keanggotaanDitambah,
    int keanggotaanDihapus) {

  public int jumlahPerubahan() {
    return penggunaDibuat + penggunaDiperbarui + penggunaDihapus + keanggotaanDitambah + keanggotaanDihapus;
  }
}
