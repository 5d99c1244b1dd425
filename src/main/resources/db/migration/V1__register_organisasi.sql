-- Register organisasi Pemerintah Kota Langsa: OPD, unit kerja, jabatan, pegawai, penugasan (riwayat jabatan).
-- Written for both H2 and MySQL 8 / MariaDB 10.11.

CREATE TABLE opd (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  kode          VARCHAR(20)  NOT NULL,
  nama          VARCHAR(200) NOT NULL,
  singkatan     VARCHAR(50),
  aktif         BOOLEAN      NOT NULL DEFAULT TRUE,
  versi         BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_opd_kode UNIQUE (kode)
);

CREATE TABLE unit_kerja (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  kode          VARCHAR(40)  NOT NULL,
  nama          VARCHAR(200) NOT NULL,
  opd_id        BIGINT       NOT NULL,
  induk_id      BIGINT,
  versi         BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_unit_kerja_kode UNIQUE (kode),
  CONSTRAINT fk_unit_kerja_opd FOREIGN KEY (opd_id) REFERENCES opd (id),
  CONSTRAINT fk_unit_kerja_induk FOREIGN KEY (induk_id) REFERENCES unit_kerja (id)
);

CREATE TABLE jabatan (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  kode              VARCHAR(40)  NOT NULL,
  nama              VARCHAR(200) NOT NULL,
  jenis             VARCHAR(20)  NOT NULL,
  jenjang           VARCHAR(40),
  kelas_jabatan     INT          NOT NULL,
  unit_kerja_id     BIGINT       NOT NULL,
  atasan_id         BIGINT,
  kepala_opd        BOOLEAN      NOT NULL DEFAULT FALSE,
  aktif             BOOLEAN      NOT NULL DEFAULT TRUE,
  versi             BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_jabatan_kode UNIQUE (kode),
  CONSTRAINT ck_jabatan_kelas CHECK (kelas_jabatan BETWEEN 1 AND 17),
  CONSTRAINT fk_jabatan_unit FOREIGN KEY (unit_kerja_id) REFERENCES unit_kerja (id),
  CONSTRAINT fk_jabatan_atasan FOREIGN KEY (atasan_id) REFERENCES jabatan (id)
);
CREATE INDEX ix_jabatan_atasan ON jabatan (atasan_id);

CREATE TABLE pegawai (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  nip               VARCHAR(18)  NOT NULL,
  nama              VARCHAR(150) NOT NULL,
  gelar_depan       VARCHAR(50),
  gelar_belakang    VARCHAR(80),
  jenis_asn         VARCHAR(10)  NOT NULL,
  pangkat_golongan  VARCHAR(60),
  email             VARCHAR(150),
  status            VARCHAR(20)  NOT NULL,
  tanggal_berhenti  DATE,
  versi             BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT uk_pegawai_nip UNIQUE (nip)
);

-- One row per period a pegawai holds (DEFINITIF) or acts in (PLT) a jabatan; tmt_selesai NULL = still holds it.
CREATE TABLE penugasan_jabatan (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  pegawai_id        BIGINT       NOT NULL,
  jabatan_id        BIGINT       NOT NULL,
  jenis             VARCHAR(10)  NOT NULL,
  tmt_mulai         DATE         NOT NULL,
  tmt_selesai       DATE,
  keterangan        VARCHAR(255),
  versi             BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_penugasan_pegawai FOREIGN KEY (pegawai_id) REFERENCES pegawai (id),
  CONSTRAINT fk_penugasan_jabatan FOREIGN KEY (jabatan_id) REFERENCES jabatan (id)
);
CREATE INDEX ix_penugasan_pegawai ON penugasan_jabatan (pegawai_id, tmt_mulai);
CREATE INDEX ix_penugasan_jabatan ON penugasan_jabatan (jabatan_id, tmt_mulai);

-- Roles outside the jabatan tree (BKPSDM staff, Tim Penilai Kinerja, Wali Kota, administrators).
-- id_pengguna is the Camunda user id: the NIP for ASN, a login name for pejabat negara.
CREATE TABLE peran_pengguna (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  id_pengguna       VARCHAR(64)  NOT NULL,
  nama              VARCHAR(150) NOT NULL,
  peran             VARCHAR(30)  NOT NULL,
  CONSTRAINT uk_peran_pengguna UNIQUE (id_pengguna, peran)
);
