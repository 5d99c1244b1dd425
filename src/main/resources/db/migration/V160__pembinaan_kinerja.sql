-- Pembinaan kinerja (improvement period) of an ASN whose final annual predikat is Butuh Perbaikan
-- or worse, process pembinaan-kinerja. Written for both H2 and MySQL 8 / MariaDB 10.11.

-- One pembinaan per SKP (the database backs "started twice" as well). The decision columns are
-- the record on the pegawai (by nip): what was decided, by whom, on which date.
CREATE TABLE pembinaan_kinerja (
  id                          BIGINT AUTO_INCREMENT PRIMARY KEY,
  skp_id                      BIGINT        NOT NULL,
  nip                         VARCHAR(18)   NOT NULL,
  tahun                       INT           NOT NULL,
  status                      VARCHAR(30)   NOT NULL,
  predikat_awal               VARCHAR(30)   NOT NULL,
  pejabat_penilai             VARCHAR(64)   NOT NULL,
  jpt                         BOOLEAN       DEFAULT FALSE NOT NULL,
  bulan_pembinaan             INT           NOT NULL,
  dimulai_oleh                VARCHAR(64)   NOT NULL,
  dimulai_pada                TIMESTAMP     NOT NULL,
  tanggal_mulai_masa          DATE,
  tanggal_akhir_masa          DATE,
  pertemuan_ke                INT           DEFAULT 0 NOT NULL,
  rating_hasil_kerja_evaluasi VARCHAR(30),
  rating_perilaku_evaluasi    VARCHAR(30),
  predikat_evaluasi           VARCHAR(30),
  catatan_evaluasi            VARCHAR(2000),
  dievaluasi_oleh             VARCHAR(64),
  dievaluasi_pada             TIMESTAMP,
  membaik                     BOOLEAN,
  rekomendasi                 VARCHAR(30),
  alasan_rekomendasi          VARCHAR(1000),
  keputusan                   VARCHAR(30),
  alasan_keputusan            VARCHAR(2000),
  nomor_keputusan             VARCHAR(100),
  tanggal_keputusan           DATE,
  diputuskan_oleh             VARCHAR(64),
  diputuskan_pada             TIMESTAMP,
  uji_kompetensi_pada         TIMESTAMP,
  dieskalasi_pada             TIMESTAMP,
  selesai_pada                TIMESTAMP,
  process_instance_id         VARCHAR(64),
  versi                       BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uk_pembinaan_skp UNIQUE (skp_id),
  CONSTRAINT fk_pembinaan_skp FOREIGN KEY (skp_id) REFERENCES skp (id)
);
CREATE INDEX ix_pembinaan_nip ON pembinaan_kinerja (nip, tahun);

-- Every version of the plan: a returned plan stays with the ASN's note, the agreed one is last.
CREATE TABLE rencana_pembinaan (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  pembinaan_id         BIGINT        NOT NULL,
  versi_rencana        INT           NOT NULL,
  tujuan               VARCHAR(2000) NOT NULL,
  dukungan             VARCHAR(2000) NOT NULL,
  jadwal_pertemuan     VARCHAR(1000) NOT NULL,
  disusun_oleh         VARCHAR(64)   NOT NULL,
  disusun_pada         TIMESTAMP     NOT NULL,
  status               VARCHAR(30)   NOT NULL,
  catatan_asn          VARCHAR(2000),
  ditanggapi_oleh      VARCHAR(64),
  ditanggapi_pada      TIMESTAMP,
  CONSTRAINT uk_rencana_pembinaan_versi UNIQUE (pembinaan_id, versi_rencana),
  CONSTRAINT fk_rencana_pembinaan FOREIGN KEY (pembinaan_id) REFERENCES pembinaan_kinerja (id)
);

-- Monthly check-ins: the penilai's notes and the ASN's response.
CREATE TABLE pertemuan_pembinaan (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  pembinaan_id         BIGINT        NOT NULL,
  bulan_ke             INT           NOT NULL,
  tanggal_pertemuan    DATE          NOT NULL,
  catatan_penilai      VARCHAR(2000) NOT NULL,
  tanggapan_asn        VARCHAR(2000),
  dicatat_oleh         VARCHAR(64)   NOT NULL,
  dicatat_pada         TIMESTAMP     NOT NULL,
  CONSTRAINT uk_pertemuan_pembinaan UNIQUE (pembinaan_id, bulan_ke),
  CONSTRAINT fk_pertemuan_pembinaan FOREIGN KEY (pembinaan_id) REFERENCES pembinaan_kinerja (id)
);
