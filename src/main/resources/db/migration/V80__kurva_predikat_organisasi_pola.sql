-- Predikat Kinerja Organisasi per OPD and year, as decided (by the PPK, recorded by BKPSDM).
CREATE TABLE predikat_kinerja_organisasi (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  kode_opd         VARCHAR(20)   NOT NULL,
  tahun            INT           NOT NULL,
  predikat         VARCHAR(20)   NOT NULL,
  keterangan       VARCHAR(1000),
  ditetapkan_oleh  VARCHAR(64)   NOT NULL,
  ditetapkan_pada  TIMESTAMP     NOT NULL,
  versi            BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uk_predikat_kinerja_organisasi UNIQUE (kode_opd, tahun)
);

-- One row per decision (the first one and every change): who, when, old and new, and the
-- proposal from the capaian that was shown at that moment.
CREATE TABLE riwayat_predikat_kinerja_organisasi (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  kode_opd         VARCHAR(20)   NOT NULL,
  tahun            INT           NOT NULL,
  predikat_lama    VARCHAR(20),
  predikat_baru    VARCHAR(20)   NOT NULL,
  capaian          DECIMAL(7,2),
  saran            VARCHAR(20),
  keterangan       VARCHAR(1000),
  ditetapkan_oleh  VARCHAR(64)   NOT NULL,
  ditetapkan_pada  TIMESTAMP     NOT NULL
);
CREATE INDEX ix_riwayat_predikat_organisasi ON riwayat_predikat_kinerja_organisasi (kode_opd, tahun);

-- The kurva distribusi patterns as data (SE MenPANRB 3/2023): per organisation predikat a list
-- of rules "group of employee predikat PALING_BANYAK / PALING_SEDIKIT persen % (and at least
-- minimal_orang people)". kelompok is a comma-separated list of employee predikat.
CREATE TABLE aturan_pola_kurva (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  predikat_organisasi  VARCHAR(20)   NOT NULL,
  urutan               INT           NOT NULL,
  kelompok             VARCHAR(100)  NOT NULL,
  batas                VARCHAR(20)   NOT NULL,
  persen               DECIMAL(5,2)  NOT NULL,
  minimal_orang        INT           NOT NULL DEFAULT 0,
  diubah_oleh          VARCHAR(64)   NOT NULL,
  diubah_pada          TIMESTAMP     NOT NULL,
  CONSTRAINT uk_aturan_pola_kurva UNIQUE (predikat_organisasi, urutan)
);

INSERT INTO aturan_pola_kurva (predikat_organisasi, urutan, kelompok, batas, persen, minimal_orang, diubah_oleh, diubah_pada) VALUES
  ('ISTIMEWA',        1, 'SANGAT_BAIK',             'PALING_BANYAK',  70, 0, 'sistem', CURRENT_TIMESTAMP),
  ('BAIK',            1, 'BAIK',                    'PALING_BANYAK',  70, 0, 'sistem', CURRENT_TIMESTAMP),
  ('BAIK',            2, 'BUTUH_PERBAIKAN,KURANG',  'PALING_SEDIKIT',  0, 1, 'sistem', CURRENT_TIMESTAMP),
  ('BUTUH_PERBAIKAN', 1, 'BUTUH_PERBAIKAN',         'PALING_SEDIKIT', 60, 0, 'sistem', CURRENT_TIMESTAMP),
  ('BUTUH_PERBAIKAN', 2, 'SANGAT_BAIK',             'PALING_BANYAK',  10, 0, 'sistem', CURRENT_TIMESTAMP),
  ('KURANG',          1, 'KURANG',                  'PALING_SEDIKIT', 60, 0, 'sistem', CURRENT_TIMESTAMP),
  ('KURANG',          2, 'BUTUH_PERBAIKAN',         'PALING_SEDIKIT', 10, 0, 'sistem', CURRENT_TIMESTAMP),
  ('KURANG',          3, 'SANGAT_BAIK',             'PALING_BANYAK',  10, 0, 'sistem', CURRENT_TIMESTAMP),
  ('SANGAT_KURANG',   1, 'SANGAT_KURANG',           'PALING_SEDIKIT', 60, 0, 'sistem', CURRENT_TIMESTAMP),
  ('SANGAT_KURANG',   2, 'KURANG,BUTUH_PERBAIKAN',  'PALING_SEDIKIT', 10, 0, 'sistem', CURRENT_TIMESTAMP),
  ('SANGAT_KURANG',   3, 'SANGAT_BAIK',             'PALING_BANYAK',   0, 0, 'sistem', CURRENT_TIMESTAMP);
