-- Realisasi per indikator, bukti dukung (evidence files), umpan balik per RHK, rating per nilai
-- BerAKHLAK and the notification outbox (reminders, late reports, escalations).
-- Written for both H2 and MySQL 8 / MariaDB 10.11.

-- Metadata of an uploaded evidence file; the bytes are on disk under kinerja.berkas.direktori.
CREATE TABLE bukti_dukung (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  nip_pemilik     VARCHAR(18)   NOT NULL,
  nama_berkas     VARCHAR(255)  NOT NULL,
  jenis_konten    VARCHAR(100)  NOT NULL,
  ukuran          BIGINT        NOT NULL,
  sha256          VARCHAR(64)   NOT NULL,
  lokasi          VARCHAR(500)  NOT NULL,
  diunggah_oleh   VARCHAR(64)   NOT NULL,
  diunggah_pada   TIMESTAMP     NOT NULL
);
CREATE INDEX ix_bukti_dukung_pemilik ON bukti_dukung (nip_pemilik);

CREATE TABLE realisasi_indikator (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  penilaian_id       BIGINT         NOT NULL,
  indikator_id       BIGINT         NOT NULL,
  realisasi          DECIMAL(19,4),
  tautan_bukti       VARCHAR(1000),
  bukti_dukung_id    BIGINT,
  keterangan         VARCHAR(1000),
  capaian            DECIMAL(7,2),
  kategori           VARCHAR(30),
  versi              BIGINT         NOT NULL DEFAULT 0,
  CONSTRAINT uk_realisasi_indikator UNIQUE (penilaian_id, indikator_id),
  CONSTRAINT fk_realisasi_penilaian FOREIGN KEY (penilaian_id) REFERENCES penilaian_periodik (id),
  CONSTRAINT fk_realisasi_indikator FOREIGN KEY (indikator_id) REFERENCES indikator_kinerja (id),
  CONSTRAINT fk_realisasi_bukti FOREIGN KEY (bukti_dukung_id) REFERENCES bukti_dukung (id)
);

CREATE TABLE umpan_balik (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  penilaian_id    BIGINT         NOT NULL,
  rhk_id          BIGINT         NOT NULL,
  isi             VARCHAR(2000)  NOT NULL,
  ditulis_oleh    VARCHAR(64)    NOT NULL,
  ditulis_pada    TIMESTAMP      NOT NULL,
  CONSTRAINT uk_umpan_balik UNIQUE (penilaian_id, rhk_id),
  CONSTRAINT fk_umpan_balik_penilaian FOREIGN KEY (penilaian_id) REFERENCES penilaian_periodik (id),
  CONSTRAINT fk_umpan_balik_rhk FOREIGN KEY (rhk_id) REFERENCES rencana_hasil_kerja (id)
);

CREATE TABLE rating_perilaku_periodik (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  penilaian_id    BIGINT        NOT NULL,
  nilai           VARCHAR(30)   NOT NULL,
  rating          VARCHAR(30)   NOT NULL,
  CONSTRAINT uk_rating_perilaku_periodik UNIQUE (penilaian_id, nilai),
  CONSTRAINT fk_rating_perilaku_penilaian FOREIGN KEY (penilaian_id) REFERENCES penilaian_periodik (id)
);

-- Outbox of notices for people (Tasklist shows tasks; an e-mail/WhatsApp sender can read this).
CREATE TABLE pemberitahuan (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  penerima        VARCHAR(64)    NOT NULL,
  jenis           VARCHAR(40)    NOT NULL,
  pesan           VARCHAR(1000)  NOT NULL,
  penilaian_id    BIGINT,
  dibuat_pada     TIMESTAMP      NOT NULL,
  terkirim_pada   TIMESTAMP
);
CREATE INDEX ix_pemberitahuan_penerima ON pemberitahuan (penerima, dibuat_pada);
