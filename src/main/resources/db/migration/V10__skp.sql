-- SKP (Sasaran Kinerja Pegawai), RHK, indikator, perilaku kerja BerAKHLAK, perjanjian kinerja OPD
-- and the annual cycle starts. Written for both H2 and MySQL 8 / MariaDB 10.11.

CREATE TABLE siklus_kinerja (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  tahun                INT          NOT NULL,
  semua_opd            BOOLEAN      NOT NULL,
  kode_opd             VARCHAR(2000),
  jenis_periode        VARCHAR(20)  NOT NULL,
  batas_penetapan_skp  DATE         NOT NULL,
  jumlah_pegawai       INT          NOT NULL DEFAULT 0,
  dimulai              INT          NOT NULL DEFAULT 0,
  sudah_ada            INT          NOT NULL DEFAULT 0,
  gagal                INT          NOT NULL DEFAULT 0,
  process_instance_id  VARCHAR(64),
  dimulai_oleh         VARCHAR(64),
  dimulai_pada         TIMESTAMP
);
CREATE INDEX ix_siklus_kinerja_tahun ON siklus_kinerja (tahun);

CREATE TABLE skp (
  id                          BIGINT AUTO_INCREMENT PRIMARY KEY,
  nip                         VARCHAR(18)  NOT NULL,
  tahun                       INT          NOT NULL,
  tanggal_mulai               DATE         NOT NULL,
  tanggal_selesai             DATE         NOT NULL,
  jenis_periode               VARCHAR(20)  NOT NULL,
  status                      VARCHAR(20)  NOT NULL,
  siklus_id                   BIGINT,
  process_instance_id         VARCHAR(64),
  id_pejabat_penilai          VARCHAR(64),
  tanggal_diajukan            TIMESTAMP,
  tanggal_disetujui           TIMESTAMP,
  catatan_pengembalian        VARCHAR(2000),
  jumlah_pengembalian         INT          NOT NULL DEFAULT 0,
  saran_rating_hasil_kerja    VARCHAR(30),
  saran_rating_perilaku       VARCHAR(30),
  rating_hasil_kerja_tahunan  VARCHAR(30),
  rating_perilaku_tahunan     VARCHAR(30),
  alasan_rating_tahunan       VARCHAR(2000),
  predikat_tahunan            VARCHAR(30),
  dinilai_oleh                VARCHAR(64),
  tanggal_dinilai             TIMESTAMP,
  tanggal_diterima            TIMESTAMP,
  versi                       BIGINT       NOT NULL DEFAULT 0,
  -- One SKP per ASN per year: the database backs the idempotent cycle start.
  CONSTRAINT uk_skp_nip_tahun UNIQUE (nip, tahun),
  CONSTRAINT fk_skp_siklus FOREIGN KEY (siklus_id) REFERENCES siklus_kinerja (id)
);
CREATE INDEX ix_skp_tahun ON skp (tahun);

CREATE TABLE perjanjian_kinerja (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  kode_opd     VARCHAR(20)   NOT NULL,
  tahun        INT           NOT NULL,
  sasaran      VARCHAR(1000) NOT NULL,
  indikator    VARCHAR(1000),
  dibuat_oleh  VARCHAR(64),
  dibuat_pada  TIMESTAMP
);
CREATE INDEX ix_perjanjian_kinerja_opd ON perjanjian_kinerja (kode_opd, tahun);

CREATE TABLE rencana_hasil_kerja (
  id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
  skp_id                 BIGINT        NOT NULL,
  jenis                  VARCHAR(10)   NOT NULL,
  uraian                 VARCHAR(1000) NOT NULL,
  rhk_atasan_id          BIGINT,
  perjanjian_kinerja_id  BIGINT,
  urutan                 INT           NOT NULL,
  CONSTRAINT fk_rhk_skp FOREIGN KEY (skp_id) REFERENCES skp (id),
  CONSTRAINT fk_rhk_atasan FOREIGN KEY (rhk_atasan_id) REFERENCES rencana_hasil_kerja (id),
  CONSTRAINT fk_rhk_perjanjian FOREIGN KEY (perjanjian_kinerja_id) REFERENCES perjanjian_kinerja (id)
);
CREATE INDEX ix_rhk_skp ON rencana_hasil_kerja (skp_id, urutan);

CREATE TABLE indikator_kinerja (
  id       BIGINT AUTO_INCREMENT PRIMARY KEY,
  rhk_id   BIGINT         NOT NULL,
  aspek    VARCHAR(20)    NOT NULL,
  uraian   VARCHAR(1000)  NOT NULL,
  target   DECIMAL(19,4)  NOT NULL,
  satuan   VARCHAR(50)    NOT NULL,
  arah     VARCHAR(30)    NOT NULL,
  urutan   INT            NOT NULL,
  CONSTRAINT fk_indikator_rhk FOREIGN KEY (rhk_id) REFERENCES rencana_hasil_kerja (id)
);
CREATE INDEX ix_indikator_rhk ON indikator_kinerja (rhk_id, urutan);

CREATE TABLE perilaku_kerja (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  skp_id             BIGINT        NOT NULL,
  nilai              VARCHAR(30)   NOT NULL,
  ekspektasi_khusus  VARCHAR(1000),
  CONSTRAINT uk_perilaku_skp_nilai UNIQUE (skp_id, nilai),
  CONSTRAINT fk_perilaku_skp FOREIGN KEY (skp_id) REFERENCES skp (id)
);
