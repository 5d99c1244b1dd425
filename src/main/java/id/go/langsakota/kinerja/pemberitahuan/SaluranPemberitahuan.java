package id.go.langsakota.kinerja.pemberitahuan;

import java.util.Optional;

/**
 * A way to reach a person (e-mail, a WhatsApp gateway, ...). Each Spring bean implementing this
 * is a channel; rows are written for the channels listed in {@code kinerja.notifikasi.saluran}
 * and delivered by the one whose {@link #kode()} matches the row's {@code saluran}.
 * docs/pemberitahuan.md says how to add one.
 */
public interface SaluranPemberitahuan {

  /** Stored in pemberitahuan.saluran, e.g. EMAIL, WHATSAPP. At most 20 characters. */
  String kode();

  /** False when not configured: its rows wait (BARU) and are not counted as failures. */
  boolean aktif();

  /** The person's address on this channel, or empty (the row is skipped with {@link #alasanTanpaAlamat}). */
  Optional<String> alamat(String idPengguna);

  /** Why a person without an address is skipped, in Indonesian (stored for BKPSDM). */
  String alasanTanpaAlamat(String idPengguna);

  /**
   * Delivers one message. Throws on any failure that is worth retrying (server down, timeout);
   * the worker then schedules the next attempt.
   */
  void kirim(String alamat, Pesan pesan) throws Exception;
}
