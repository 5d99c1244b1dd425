-- Riwayat pengembangan kompetensi: one training of one ASN, from a catalogue entry or an outside
-- training written in free text. JP counts toward the year of tanggal_selesai once the status is
-- TERVERIFIKASI. The certificate is an uploaded evidence file (bukti_dukung), one file per record.
CREATE TABLE pengembangan_kompetensi (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  nip                  VARCHAR(18)   NOT NULL,
  katalog_id           BIGINT,
  nama_pelatihan       VARCHAR(200)  NOT NULL,
  jenis                VARCHAR(20)   NOT NULL,
  penyelenggara        VARCHAR(200),
  tanggal_mulai        DATE          NOT NULL,
  tanggal_selesai      DATE          NOT NULL,
  jp                   INT           NOT NULL,
  status               VARCHAR(20)   NOT NULL,
  sertifikat_bukti_id  BIGINT,
  catatan_pengembalian VARCHAR(1000),
  alasan               VARCHAR(500),
  kunci_proses         VARCHAR(120),
  dicatat_oleh         VARCHAR(64)   NOT NULL,
  dicatat_pada         TIMESTAMP     NOT NULL,
  dilaporkan_pada      TIMESTAMP,
  diverifikasi_oleh    VARCHAR(64),
  diverifikasi_pada    TIMESTAMP,
  versi                BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT ck_pengembangan_kompetensi_jp CHECK (jp BETWEEN 1 AND 1000),
  CONSTRAINT ck_pengembangan_kompetensi_tanggal CHECK (tanggal_selesai >= tanggal_mulai),
  CONSTRAINT fk_pengembangan_kompetensi_katalog FOREIGN KEY (katalog_id) REFERENCES katalog_pelatihan (id),
  CONSTRAINT fk_pengembangan_kompetensi_bukti FOREIGN KEY (sertifikat_bukti_id) REFERENCES bukti_dukung (id)
);
CREATE INDEX ix_pengembangan_kompetensi_nip ON pengembangan_kompetensi (nip, tanggal_selesai);
CREATE INDEX ix_pengembangan_kompetensi_status ON pengembangan_kompetensi (status, tanggal_selesai);
CREATE UNIQUE INDEX uk_pengembangan_kompetensi_bukti ON pengembangan_kompetensi (sertifikat_bukti_id);
