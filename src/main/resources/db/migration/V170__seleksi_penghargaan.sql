-- Seleksi penghargaan ASN per tahun (proses seleksi-penghargaan, business key PH-<tahun>).
CREATE TABLE seleksi_penghargaan (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  tahun              INT           NOT NULL,
  status             VARCHAR(20)   NOT NULL,
  ronde_tim          INT           NOT NULL DEFAULT 1,
  dibuka_oleh        VARCHAR(64),
  dibuka_pada        TIMESTAMP     NOT NULL,
  process_instance_id VARCHAR(64),
  batas_nominasi     TIMESTAMP,
  batas_penilaian_tim TIMESTAMP,
  batas_persetujuan  TIMESTAMP,
  catatan_wali_kota  VARCHAR(2000),
  diputus_oleh       VARCHAR(64),
  diputus_pada       TIMESTAMP,
  nomor_keputusan    VARCHAR(100),
  CONSTRAINT uk_seleksi_penghargaan_tahun UNIQUE (tahun)
);

-- One nominee per OPD and category; a NIP once per selection.
CREATE TABLE nominasi_penghargaan (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  seleksi_id         BIGINT        NOT NULL,
  kode_opd           VARCHAR(30)   NOT NULL,
  kategori           VARCHAR(20)   NOT NULL,
  nip                VARCHAR(18)   NOT NULL,
  alasan             VARCHAR(2000) NOT NULL,
  dinominasikan_oleh VARCHAR(64)   NOT NULL,
  dinominasikan_pada TIMESTAMP     NOT NULL,
  skor               DECIMAL(7,2),
  rincian_skor       VARCHAR(1000),
  peringkat          INT,
  daftar_pendek      BOOLEAN       NOT NULL DEFAULT FALSE,
  nilai_tim          DECIMAL(7,2),
  CONSTRAINT uk_nominasi_penghargaan_nip UNIQUE (seleksi_id, nip),
  CONSTRAINT uk_nominasi_penghargaan_opd UNIQUE (seleksi_id, kode_opd, kategori),
  CONSTRAINT fk_nominasi_penghargaan_seleksi FOREIGN KEY (seleksi_id) REFERENCES seleksi_penghargaan (id)
);

-- Heads of OPD who answered (also those who nominated nobody).
CREATE TABLE jawaban_nominasi_penghargaan (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  seleksi_id         BIGINT        NOT NULL,
  kode_opd           VARCHAR(30)   NOT NULL,
  dijawab_oleh       VARCHAR(64),
  dijawab_pada       TIMESTAMP     NOT NULL,
  jumlah_nominasi    INT           NOT NULL,
  CONSTRAINT uk_jawaban_nominasi_penghargaan UNIQUE (seleksi_id, kode_opd),
  CONSTRAINT fk_jawaban_nominasi_seleksi FOREIGN KEY (seleksi_id) REFERENCES seleksi_penghargaan (id)
);

-- One score per Tim Penilai Kinerja member, nominee and round.
CREATE TABLE nilai_tim_penghargaan (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  nominasi_id        BIGINT        NOT NULL,
  ronde              INT           NOT NULL,
  penilai            VARCHAR(64)   NOT NULL,
  nilai              DECIMAL(5,2)  NOT NULL,
  catatan            VARCHAR(1000),
  dinilai_pada       TIMESTAMP     NOT NULL,
  CONSTRAINT uk_nilai_tim_penghargaan UNIQUE (nominasi_id, ronde, penilai),
  CONSTRAINT fk_nilai_tim_nominasi FOREIGN KEY (nominasi_id) REFERENCES nominasi_penghargaan (id)
);

-- Weights of the scoring delegate: data BKPSDM reads and changes over /api/penghargaan/bobot.
CREATE TABLE bobot_penghargaan (
  komponen           VARCHAR(30)   PRIMARY KEY,
  bobot              DECIMAL(5,2)  NOT NULL,
  keterangan         VARCHAR(300)  NOT NULL,
  diubah_oleh        VARCHAR(64),
  diubah_pada        TIMESTAMP
);
INSERT INTO bobot_penghargaan (komponen, bobot, keterangan) VALUES
  ('PREDIKAT_TAHUNAN', 40, 'Predikat kinerja tahunan final (Sangat Baik 100, Baik 75, Butuh Perbaikan 50, Kurang 25, Sangat Kurang 0)'),
  ('RATING_PERIODIK', 30, 'Rerata rating hasil kerja dan perilaku periodik (Di Bawah 0, Sesuai 50, Di Atas 100)'),
  ('JP_TERVERIFIKASI', 20, 'JP pengembangan kompetensi terverifikasi pada tahun (40 JP atau lebih = 100)'),
  ('UMPAN_BALIK', 10, 'Jumlah umpan balik pejabat penilai pada tahun (10 atau lebih = 100)');

-- Winners, visible on the pegawai.
CREATE TABLE pemenang_penghargaan (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  tahun              INT           NOT NULL,
  kategori           VARCHAR(20)   NOT NULL,
  nip                VARCHAR(18)   NOT NULL,
  nominasi_id        BIGINT        NOT NULL,
  skor               DECIMAL(7,2),
  nilai_tim          DECIMAL(7,2),
  ditetapkan_oleh    VARCHAR(64),
  ditetapkan_pada    TIMESTAMP     NOT NULL,
  CONSTRAINT uk_pemenang_penghargaan UNIQUE (tahun, kategori),
  CONSTRAINT fk_pemenang_nominasi FOREIGN KEY (nominasi_id) REFERENCES nominasi_penghargaan (id)
);
CREATE INDEX ix_pemenang_penghargaan_nip ON pemenang_penghargaan (nip);
