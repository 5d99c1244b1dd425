-- Delivery state of the outbox 'pemberitahuan' (one row per event, recipient and channel) and the
-- per-user delivery preference (immediately or as a daily digest).
ALTER TABLE pemberitahuan ADD COLUMN kunci VARCHAR(200);
ALTER TABLE pemberitahuan ADD COLUMN saluran VARCHAR(20) DEFAULT 'EMAIL' NOT NULL;
ALTER TABLE pemberitahuan ADD COLUMN status VARCHAR(20) DEFAULT 'BARU' NOT NULL;
ALTER TABLE pemberitahuan ADD COLUMN judul VARCHAR(200);
ALTER TABLE pemberitahuan ADD COLUMN task_id VARCHAR(64);
ALTER TABLE pemberitahuan ADD COLUMN process_instance_id VARCHAR(64);
ALTER TABLE pemberitahuan ADD COLUMN percobaan INT DEFAULT 0 NOT NULL;
ALTER TABLE pemberitahuan ADD COLUMN berikutnya_pada TIMESTAMP NULL;
ALTER TABLE pemberitahuan ADD COLUMN diklaim_pada TIMESTAMP NULL;
ALTER TABLE pemberitahuan ADD COLUMN alasan VARCHAR(500);
ALTER TABLE pemberitahuan ADD COLUMN versi BIGINT DEFAULT 0 NOT NULL;

-- Notices written before delivery existed are not sent months late.
UPDATE pemberitahuan SET kunci = CONCAT('LAMA:', id), status = 'DILEWATI',
  alasan = 'Dibuat sebelum pengiriman pemberitahuan tersedia', berikutnya_pada = dibuat_pada;

CREATE UNIQUE INDEX uk_pemberitahuan_kunci ON pemberitahuan (kunci);
CREATE INDEX ix_pemberitahuan_status ON pemberitahuan (status, berikutnya_pada);

CREATE TABLE preferensi_pemberitahuan (
  id_pengguna   VARCHAR(64)  NOT NULL PRIMARY KEY,
  mode          VARCHAR(20)  NOT NULL,
  diubah_pada   TIMESTAMP    NOT NULL
);
