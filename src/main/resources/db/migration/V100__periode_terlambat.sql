-- Late starts (docs/proses-skp-pegawai.md, "Periode yang sudah berakhir saat SKP disetujui"):
-- how a period is assessed, decided when the SKP is agreed from pengaturan
-- KEBIJAKAN_PERIODE_TERLAMBAT: REGULER (the period ended after the agreement), SUSULAN (a
-- catch-up report with a deadline counted from the agreement) or TIDAK_DINILAI (recorded as not
-- assessed, with the reason). Written for both H2 and MySQL 8 / MariaDB 10.11.
ALTER TABLE penilaian_periodik ADD COLUMN cara_penilaian VARCHAR(20) DEFAULT 'REGULER' NOT NULL;
-- Why a period is a catch-up or is not assessed, as the ASN and the supervisor read it.
ALTER TABLE penilaian_periodik ADD COLUMN keterangan_cara_penilaian VARCHAR(500);
