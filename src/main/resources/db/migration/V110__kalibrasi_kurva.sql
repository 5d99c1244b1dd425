-- kalibrasi-kurva: one round of one OPD's distribution check for a year (business key
-- KK-<tahun>-<kodeOpd>-<ronde>). An SKP belongs to at most one round (uk_anggota_kalibrasi_skp).
CREATE TABLE kalibrasi_kurva (
  id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
  tahun                 INT           NOT NULL,
  kode_opd              VARCHAR(20)   NOT NULL,
  ronde                 INT           NOT NULL,
  status                VARCHAR(20)   NOT NULL,
  cara_mulai            VARCHAR(20)   NOT NULL,
  dimulai_oleh          VARCHAR(64)   NOT NULL,
  dimulai_pada          TIMESTAMP     NOT NULL,
  belum_dinilai         VARCHAR(4000),
  jumlah_belum_dinilai  INT           NOT NULL DEFAULT 0,
  putaran               INT           NOT NULL DEFAULT 0,
  predikat_organisasi   VARCHAR(20),
  batas_kalibrasi       TIMESTAMP,
  final_pada            TIMESTAMP,
  process_instance_id   VARCHAR(64),
  versi                 BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uk_kalibrasi_kurva UNIQUE (tahun, kode_opd, ronde)
);

-- The SKPs of a round, with their predikat before calibration and when final.
CREATE TABLE anggota_kalibrasi (
  id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
  kalibrasi_id          BIGINT        NOT NULL,
  skp_id                BIGINT        NOT NULL,
  nip                   VARCHAR(32)   NOT NULL,
  kepala_opd            BOOLEAN       NOT NULL,
  rating_hasil_awal     VARCHAR(30)   NOT NULL,
  rating_perilaku_awal  VARCHAR(30)   NOT NULL,
  predikat_awal         VARCHAR(20)   NOT NULL,
  predikat_final        VARCHAR(20),
  CONSTRAINT uk_anggota_kalibrasi_skp UNIQUE (skp_id),
  CONSTRAINT fk_anggota_kalibrasi FOREIGN KEY (kalibrasi_id) REFERENCES kalibrasi_kurva (id)
);
CREATE INDEX ix_anggota_kalibrasi ON anggota_kalibrasi (kalibrasi_id);

-- Every rating change made in a calibration task: who, when, old/new ratings and predikat, why.
CREATE TABLE perubahan_rating_kalibrasi (
  id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
  kalibrasi_id           BIGINT        NOT NULL,
  putaran                INT           NOT NULL,
  skp_id                 BIGINT        NOT NULL,
  nip                    VARCHAR(32)   NOT NULL,
  rating_hasil_lama      VARCHAR(30)   NOT NULL,
  rating_hasil_baru      VARCHAR(30)   NOT NULL,
  rating_perilaku_lama   VARCHAR(30)   NOT NULL,
  rating_perilaku_baru   VARCHAR(30)   NOT NULL,
  predikat_lama          VARCHAR(20)   NOT NULL,
  predikat_baru          VARCHAR(20)   NOT NULL,
  alasan                 VARCHAR(1000) NOT NULL,
  diubah_oleh            VARCHAR(64)   NOT NULL,
  diubah_pada            TIMESTAMP     NOT NULL,
  CONSTRAINT fk_perubahan_kalibrasi FOREIGN KEY (kalibrasi_id) REFERENCES kalibrasi_kurva (id)
);
CREATE INDEX ix_perubahan_kalibrasi ON perubahan_rating_kalibrasi (kalibrasi_id);

-- When the annual predikat became final (its OPD's distribution fitted): terima-hasil-penilaian
-- is created from this moment; the receipt itself stays in skp.tanggal_diterima.
ALTER TABLE skp ADD COLUMN tanggal_predikat_final TIMESTAMP NULL;
