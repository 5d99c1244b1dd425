# Regenerates the id.json of Tasklist, the Welcome app, Cockpit and Admin
# (src/main/resources/META-INF/resources/webjars/camunda/app/<app>/locales/id.json) from the
# en.json files inside the camunda-webapp-webjar (after a Camunda upgrade), run from the
# repository root:
#   python3 docs/e2e/buat-locale-id.py ~/.m2/repository/org/camunda/bpm/webapp/camunda-webapp-webjar/7.24.0/camunda-webapp-webjar-7.24.0.jar
# Tasklist's and Welcome's translations are the table T below (by label key). Cockpit's (2,460
# labels) and Admin's (575) are in docs/e2e/terjemahan-cockpit-admin.json ({"cockpit": {key:
# text}, "admin": {key: text}}). A label missing there takes the translation of another label with
# the same English text (reported as "dari teks sama"); a label with no translation at all stays
# English and is listed; the tests TasklistLocaleIdTest and CockpitLocaleIdTest then fail.
import json, sys
T = {
 'ADD':'Tambah','ADD_GROUPS':'Tambah grup','ADD_VARIABLE':'Tambah variabel','ALL_TASKS':'Semua tugas',
 'ASSIGNED_ERROR':'Terjadi kesalahan saat menugaskan tugas.','ASSIGNED_OK':'Tugas telah ditugaskan.',
 'ASSIGNED_TO_YOU':'Ditugaskan kepada Anda','ASSIGNEE':'Penerima tugas','Assign':'Tugaskan',
 'ASSIGNEE_RESET_ERROR':'Penerima tugas tidak dapat dikosongkan.','ASSIGNEE_RESET_OK':'Penerima tugas telah dikosongkan.',
 'ASSIGN_NOTE_PROCESS':'Anda juga ditugaskan pada tugas berikut dalam proses yang sama',
 'AUTH_DAY_CONTEXT_AFTERNOON':'siang','AUTH_DAY_CONTEXT_DAY':'hari','AUTH_DAY_CONTEXT_EVENING':'sore',
 'AUTH_DAY_CONTEXT_MORNING':'pagi','AUTH_DAY_CONTEXT_NIGHT':'malam','AUTH_DAY_CONTEXT_WEEKEND':'akhir pekan',
 'AUTH_LOGOUT_SUCCESSFUL':'Berhasil keluar','BACK':'Kembali','BUSINESS_KEY':'Kunci bisnis',
 'CAM_WIDGET_BPMN_VIEWER_ERROR':'Diagram tidak dapat ditampilkan:','CAM_WIDGET_BPMN_VIEWER_LOADING':'Memuat diagram',
 'CAM_WIDGET_FOOTER_POWERED_BY':'Didukung oleh','CAM_WIDGET_FOOTER_TIMEZONE':'Tanggal dan waktu ditampilkan dalam zona waktu setempat:',
 'CAM_WIDGET_HEADER_MY_PROFILE':'Profil saya','CAM_WIDGET_HEADER_SIGN_OUT':'Keluar',
 'CAM_WIDGET_HEADER_SMALL_SCREEN_WARNING':'Aplikasi ini dirancang untuk layar yang lebih besar.',
 'CAM_WIDGET_HEADER_TOGGLE_NAVIGATION':'Tampilkan navigasi','CAM_WIDGET_SEARCH_TOTAL_NUMBER_RESULTS':'Jumlah hasil',
 'CAM_WIDGET_VARIABLES_TABLE_NAME':'Nama','CAM_WIDGET_VARIABLES_TABLE_TYPE':'Jenis','CAM_WIDGET_VARIABLES_TABLE_VALUE':'Nilai',
 'CANCEL':'Batal','CANDIDATE_GROUP':'Grup calon','CANDIDATE_USER':'Pengguna calon','CHANGE':'Ubah',
 'CLAIM_ERROR':'Terjadi kesalahan saat mengambil tugas.','CLAIM_OK':'Tugas telah diambil.','CLAIM_TASK':'Ambil tugas','Claim':'Ambil tugas',
 'CLICK_PROCESS_TO_START':'Klik proses yang akan dimulai.','CLOSE':'Tutup','CLOSE_TASK':'Tutup tugas',
 'COMMENT':'Komentar','Comment':'Komentar','COMMENT_CREATE':'Tambah komentar','COMMENT_MESSAGE_PLACEHOLDER':'Tulis komentar',
 'COMMENT_SAVE_ERROR':'Komentar tidak dapat disimpan','COMPLETE':'Selesaikan','Complete':'Selesaikan',
 'COMPLETE_ERROR':'Terjadi kesalahan saat mengirim formulir tugas','COMPLETE_OK':'Tugas selesai.',
 'CREATE_TASK':'Buat tugas','CREATION':'Dibuat','CREATION_DATE':'Dibuat','Create':'Buat','CURRENT_GROUPS':'Grup saat ini',
 'DATE':'Tanggal','DELETE':'Hapus','Delete':'Hapus','delete':'Hapus','DESC':'Menurun','ASC':'Menaik',
 'DESCRIPTION':'Keterangan','description':'Keterangan','DIAGRAM':'Diagram','DOWNLOAD':'Unduh',
 'DUE':'Batas','DUE_DATE':'Batas waktu','dueDate':'Batas waktu','FAILED':'Gagal','FAILURE':'Gagal',
 'FILTER':'Filter','FILTERS':'Filter','FILTER_CREATE':'Buat filter','FILTER_EDIT':'Ubah filter','FILTER_DETAILS':'Rincian filter',
 'FILTER_NOT_FOUND':'Filter tidak ditemukan','NO_AVAILABLE_FILTER':'Tidak ada filter.',
 'FIRST_LOGIN_HEADING':'Selamat datang di Kinerja ASN Langsa','FOLLOW_UP':'Tindak lanjut','FOLLOW_UP_DATE':'Tanggal tindak lanjut',
 'followUpDate':'Tanggal tindak lanjut','FORM':'Formulir','FORM_FAILURE':'Formulir gagal:','GROUP':'Grup','GROUPS':'Grup',
 'GROUPS_ADD':'Tambah grup','GROUP_ADD':'Tambah grup','GROUP_REMOVE':'Hapus grup','HISTORY':'Riwayat',
 'INSTANCE_SUSPENDED':'Tugas ini sedang ditangguhkan','LOADING':'Memuat…','LOAD_VARIABLES':'Muat variabel',
 'LOAD_VARIABLES_FAILURE':'Variabel tidak dapat dimuat','MY_PROFILE':'Profil saya','NAME':'Nama','name':'Nama','NONE':'Tidak ada',
 'NO_DESCRIPTION':'Tugas ini tidak memiliki keterangan.','NO_DIAGRAM':'Diagram tidak tersedia.',
 'NO_HISTORY':'Tugas ini belum memiliki riwayat.','NO_MATCHING_TASK':'Tidak ada tugas yang sesuai dengan filter.',
 'NO_PROCESS_DEFINITION_AVAILABLE':'Tidak ada proses yang dapat Anda mulai.','NO_TASK_VARIABLES':'Tugas ini tidak memiliki variabel',
 'OWNER':'Pemilik','owner':'Pemilik','PAGES_MSG_ACCESS_DENIED':'Anda tidak berhak {{missingAuths}}.',
 'PAGES_MSG_NOT_FOUND':'Sumber yang Anda minta tidak ditemukan.','PAGES_MSG_REQUEST_TIMEOUT':'Permintaan Anda melewati batas waktu. Muat ulang halaman.',
 'PAGES_STATUS_ACCESS_DENIED':'Akses ditolak','PAGES_STATUS_COMMUNICATION_ERROR':'Gangguan komunikasi','PAGES_STATUS_NOT_FOUND':'Tidak ditemukan',
 'PAGES_STATUS_REQUEST_TIMEOUT':'Batas waktu permintaan','PAGES_STATUS_SERVER_ERROR':'Kesalahan server',
 'PAGE_LOGIN_FAILED':'Gagal masuk','PAGE_LOGIN_PASSWORD':'Kata sandi','PAGE_LOGIN_PLEASE_SIGN_IN':'Silakan masuk',
 'PAGE_LOGIN_SIGN_IN_ACTION':'Masuk','PAGE_LOGIN_USERNAME':'Nama pengguna (NIP)','PAGINATION_FIRST':'Pertama','PAGINATION_LAST':'Terakhir',
 'PAGINATION_NEXT':'Berikutnya','PAGINATION_PREVIOUS':'Sebelumnya','PRIORITY':'Prioritas','priority':'Prioritas',
 'PROCESS_DEFINITION':'Definisi proses','PROCESS_INSTANCE':'Instans proses','PROCESS_NAME':'Nama proses',
 'PROCESS_START_ERROR':'Proses tidak dapat dimulai.','PROCESS_START_OK':'Proses telah dimulai.','REMOVE':'Hapus',
 'RENDERING':'Menampilkan…','REQUIRED_FIELD':'Wajib diisi','RESET_DUE_DATE':'Hapus batas waktu','RESET_FOLLOW_UP_DATE':'Hapus tanggal tindak lanjut',
 'RESET_TASK_ASSIGNEE':'Kosongkan penerima tugas','SAVE':'Simpan','SAVE_HINT':'Simpan isian formulir untuk diselesaikan nanti',
 'SEARCH_BY_TASK_NAME':'Cari menurut nama tugas (huruf besar/kecil dibedakan).','SEARCH_PLACEHOLDER':'Saring tugas',
 'SEARCH_PROCESS_BY_NAME':'Cari menurut nama proses.','SEARCH_TASK_BY_NAME':'Cari menurut nama tugas (huruf besar/kecil dibedakan).',
 'SELECT_TASK_IN_LIST':'Pilih tugas dari daftar.','SET':'Atur','SET_DUE_DATE':'Atur batas waktu','SET_FOLLOW_UP_DATE':'Atur tanggal tindak lanjut',
 'SHORTCUT_HELP':'Pintasan papan ketik','SHOW_LESS':'Lebih sedikit','SHOW_MORE':'Selengkapnya','SIGN_OUT_ACTION':'Keluar',
 'SORT_BY':'Urutkan menurut','ADD_SORT_BY':'Tambah urutan','REMOVE_SORTING':'Hapus urutan','START':'Mulai','START_PROCESS':'Mulai proses','SUBMIT':'Kirim',
 'SUCCESSFUL':'Berhasil','TASK':'Tugas','TASKS':'Tugas','TASK_HAS_BEEN_REMOVED':'Tugas telah dihapus.','TASK_NAME':'Nama tugas',
 'TASK_NOT_EXIST':'Tugas sudah tidak ada','TASK_SAVE_ERROR':'Terjadi kesalahan saat menyimpan tugas','TASK_UPDATE_ERROR':'Tugas tidak dapat disimpan.',
 'TASK_UPDATE_SUCESS':'Tugas telah disimpan.','TASK_VARIABLES':'Variabel','TOGGLE_NAVIGATION':'Tampilkan navigasi','TYPE':'Jenis',
 'UNCLAIM_ERROR':'Terjadi kesalahan saat melepas tugas.','UNCLAIM_OK':'Tugas telah dilepas.','UNCLAIM_TASK':'Lepas tugas',
 'VALUE':'Nilai','VARIABLE_NAME':'Nama variabel','VARIABLE_TYPE':'Jenis variabel','VARIABLE_VALUE':'Nilai',
 'WITHOUT_DUE_DATE':'Tanpa batas waktu','assignee':'Penerima tugas','DELEGATE_TASK':'Delegasikan','Delegate':'Delegasikan',
 'DELEGATE_OK':'Tugas telah didelegasikan.','DELEGATE_ERROR':'Terjadi kesalahan saat mendelegasikan tugas.',
 'MANAGE_ACCOUNT':'Kelola akun Anda',
 'BANNER_CE_EOL_TEXT':'Camunda 7 Community Edition tidak lagi diperbarui sejak Oktober 2025 (rilis terakhir). Lihat <a href="https://docs.camunda.io/docs/guides/migrating-from-camunda-7/" target="_blank">panduan migrasi ke Camunda 8</a>.',
 'AUTH_AUTHENTICATION_FAILED':'Autentikasi gagal. Sesi Anda mungkin sudah berakhir: silakan masuk lagi.',
 'AUTH_LOGOUT_THANKS':'Terima kasih telah memakai Kinerja ASN Langsa. Selamat {{dayContext}}!',
 'FILTERS_LOADING_FAILURE':'Filter tidak dapat dimuat seluruhnya. Muat ulang halaman untuk mencoba lagi.',
 'PAGE_LOGIN_ERROR_MSG':'Nama pengguna atau kata sandi salah, pengguna terkunci, atau tidak berhak memakai aplikasi ini',
 'PAGES_MSG_SERVER_ERROR':'Server melaporkan kesalahan internal. Muat ulang halaman atau keluar lalu masuk lagi.',
 'PAGES_MSG_COMMUNICATION_ERROR':'Aplikasi menerima jawaban {{status}} yang tidak terduga dari server. Muat ulang halaman atau keluar lalu masuk lagi.',
 'TASK_LIST_LOADING_FAILURE':'Daftar tugas tidak dapat dimuat. Muat ulang halaman untuk mencoba lagi.',
 'RESTRICTION_NOTICE':'Tidak ada tugas yang cocok dengan pencarian ini. Kosongkan parameter pencarian.',
 'SERVICES_RESOURCE_RESOLVER_AUTH_FAILED':'Autentikasi gagal. Sesi Anda mungkin sudah berakhir: silakan masuk lagi.',
 'FIRST_LOGIN_INFO':'Sepertinya ini pertama kali Anda memakai aplikasi ini.','EXTERNAL_FORM_LINK':'Buka formulir eksternal','ACTION':'Tindakan','ABORT':'Batalkan',
}

# The labels above are the ones a Tasklist user meets every day; these are the rest of Tasklist
# (filter editor, variable dialogs, case management, search widget) and the Welcome app's profile
# and password pages (the "Profil saya" link of Tasklist leads there).
T.update({
 'ADD_FILTER_HINT':'Tambah filter sederhana',
 'ADD_GROUP_FAILED':'Grup tidak dapat ditambahkan ke tugas ini. Muat ulang halaman untuk mencoba lagi.',
 'ADD_PERMISSION':'Tambah izin','AFTER':'sesudah','BEFORE':'sebelum','APP_VENDOR':'Kinerja ASN Langsa',
 'ASSIGN_NOTE_CASE':'Anda juga ditugaskan pada tugas berikut dalam kasus yang sama',
 'AUTH_FAILED_TO_DISPLAY_RESOURCE':'Sumber tidak dapat ditampilkan','Activate':'Aktifkan',
 'AddAttachment':'Tambah lampiran','AddGroupLink':'Tambah tautan grup','AddUserLink':'Tambah tautan pengguna',
 'BOOLEAN':'Boolean (ya/tidak)','CAM_WIDGET_CMMN_VIEWER_ERROR':'Diagram tidak dapat ditampilkan:',
 'CAM_WIDGET_CMMN_VIEWER_LOADING':'Memuat diagram','CAM_WIDGET_COPY':"Klik untuk menyalin '{{value}}'",
 'CAM_WIDGET_COPY_LINK':'salin tautan ke halaman ini','CAM_WIDGET_DMN_VIEWER_ERROR':'Tabel tidak dapat ditampilkan:',
 'CAM_WIDGET_DMN_VIEWER_LOADING':'Memuat tabel','CAM_WIDGET_INLINE_FIELD_CRIT_VALUE':'Nilai kriteria',
 'CAM_WIDGET_INLINE_FIELD_CRIT_VALUE_BTN_CHANGE':'Ubah','CAM_WIDGET_INLINE_FIELD_CRIT_VALUE_BTN_CLOSE':'Tutup',
 'CAM_WIDGET_INLINE_FIELD_CRIT_VALUE_CHANGE':'Ubah nilai kriteria:','CAM_WIDGET_SEARCH_MATCH_TYPE':'kriteria terpenuhi.',
 'CAM_WIDGET_SEARCH_MATCH_TYPE_ALL':'semua','CAM_WIDGET_SEARCH_MATCH_TYPE_ANY':'salah satu',
 'CAM_WIDGET_SEARCH_VARIABLE_CASE_ATTRIBUTE':'Untuk variabel, abaikan huruf besar/kecil pada ',
 'CAM_WIDGET_SEARCH_VARIABLE_CASE_NAME':'nama','CAM_WIDGET_SEARCH_VARIABLE_CASE_VALUE':'nilai',
 'CAM_WIDGET_STRING_DIALOG_LABEL_CLOSE':'Tutup','CAM_WIDGET_STRING_DIALOG_LABEL_VALUE':'Nilai',
 'CAM_WIDGET_STRING_DIALOG_TITLE':'Periksa variabel "{{ name }}"','CAM_WIDGET_VARIABLES_TABLE_ABORT':'Batalkan',
 'CAM_WIDGET_VARIABLES_TABLE_DELETE':'Hapus','CAM_WIDGET_VARIABLES_TABLE_DELETE_VARIABLE':'Hapus variabel',
 'CAM_WIDGET_VARIABLES_TABLE_DIALOGUE':"Yakin ingin menghapus '{{name}}'?",'CAM_WIDGET_VARIABLES_TABLE_EDIT_VARIABLE':'Ubah variabel',
 'CAM_WIDGET_VARIABLES_TABLE_NULL':'<kosong>','CAM_WIDGET_VARIABLES_TABLE_PLACEHOLDER_VALUE':'Nilai variabel',
 'CAM_WIDGET_VARIABLES_TABLE_REVERT_VARIABLE':'Kembalikan variabel','CAM_WIDGET_VARIABLES_TABLE_SAVE_VARIABLE':'Simpan variabel',
 'CAM_WIDGET_VARIABLES_TABLE_TOOLTIP_DEFAULT_VALUE':'Kembalikan ke nilai sebelumnya atau bawaan',
 'CAM_WIDGET_VARIABLES_TABLE_TOOLTIP_SET_NULL':'Kosongkan nilai (null)','CAM_WIDGET_VARIABLES_TABLE_TOOLTIP_UPLOAD':'Unggah berkas baru',
 'CAM_WIDGET_VARIABLE_DIALOG_BTN_CHANGE':'Ubah','CAM_WIDGET_VARIABLE_DIALOG_BTN_CLOSE':'Tutup',
 'CAM_WIDGET_VARIABLE_DIALOG_INSPECT':'Periksa variabel {{ name }}','CAM_WIDGET_VARIABLE_DIALOG_LABEL_OBJECT_TYPE':'Nama jenis objek:',
 'CAM_WIDGET_VARIABLE_DIALOG_LABEL_SERIALIZATION':'Format serialisasi data:','CAM_WIDGET_VARIABLE_DIALOG_LABEL_SERIALIZED_VALUE':'Nilai terserialisasi',
 'CAM_WIDGET_VARIABLE_NULL':'<kosong>','CAM_WIDGET_VARIABLE_RESET':'Kembalikan ke nilai sebelumnya atau bawaan',
 'CAM_WIDGET_VARIABLE_SET_VALUE_NULL':'Kosongkan nilai (null)','CAM_WIDGET_VARIABLE_UNDEFINED':'<tidak ada>',
 'CAM_WIDGET_VARIABLE_VALUE':'Nilai variabel','CASE_DEFINITION_ID':'ID definisi kasus','CASE_DEFINITION_KEY':'Kunci definisi kasus',
 'CASE_DEFINITION_NAME':'Nama definisi kasus','CASE_EXECUTION_ID':'ID eksekusi kasus','CASE_EXECUTION_VARIABLE':'Variabel eksekusi kasus',
 'CASE_INSTANCE_BUSINESS_KEY':'Kunci bisnis instans kasus','CASE_INSTANCE_ID':'ID instans kasus','CASE_INSTANCE_VARIABLE':'Variabel instans kasus',
 'CASE_VARIABLE':'Variabel kasus','DELEGATION_STATE':'Status delegasi','DELETE_SEARCH':'Hapus pencarian',
 'DESERIALIZATION_ERROR':'Kesalahan deserialisasi','DESERIALIZED':'Terdeserialisasi','DIAGRAM_RENDER_FAILURE':'Gagal',
 'DIRECTIVE_ENGINE_SELECT_MESSAGE_NOT_FOUND':'Mesin proses yang Anda tuju tidak ada','DIRECTIVE_ENGINE_SELECT_STATUS_NOT_FOUND':'Tidak ditemukan',
 'DIRECTIVE_ENGINE_SELECT_TOOLTIP':'Bila ada beberapa mesin proses, pilih mesin proses di sini. Data yang ditampilkan berasal dari mesin yang dipilih.',
 'DIRECTIVE_INPLACE_TEXTFIELD_ERROR_MSG':'Properti konteks yang dapat diubah harus disebutkan',
 'DUPLICATE_GROUP':'Tugas sudah ada di grup ini.','DeleteAttachment':'Hapus lampiran','DeleteGroupLink':'Hapus tautan grup',
 'DeleteUserLink':'Hapus tautan pengguna','EMPTY_CONTEXT_PATH':'Context path kosong atau tidak ditentukan.',
 'EMPTY_VALUE':'&lt;Kosong&gt;','EXECUTION_ID':'ID eksekusi','EXECUTION_VARIABLE':'Variabel eksekusi',
 'FILTER_ADD_CRITERION':'Tambah kriteria','FILTER_ADD_VARIABLE':'Tambah variabel','FILTER_COLOR_LABEL':'Warna',
 'FILTER_CRITERIA_INCLUDE_ASSIGNED_TASKS':'Sertakan tugas yang sudah ditugaskan',
 'FILTER_CRITERIA_INCLUDE_ASSIGNED_TASKS_HINT':'Sertakan juga tugas yang sudah ditugaskan kepada pengguna dalam kueri calon.<br/>Bawaannya hanya tugas yang belum ditugaskan.',
 'FILTER_CRITERIA_KEY':'Kunci','FILTER_CRITERIA_OPERATOR':'Operator pembanding','FILTER_CRITERIA_VALUE':'Nilai',
 'FILTER_CRITERION_SUPPORT_EXPRESSION':'Kriteria ini dapat memakai ekspresi.','FILTER_DELETE':'Hapus filter',
 'FILTER_DELETION_ERROR':'Filter tidak dapat dihapus','FILTER_DELETION_SUCCESS':'Filter telah dihapus',
 'FILTER_DELETION_WARNING':'Penghapusan filter tidak dapat dibatalkan. Lanjutkan?','FILTER_DESCRIPTION_LABEL':'Keterangan',
 'FILTER_DESCRIPTION_PLACEHOLDER':'Menampilkan tugas yang ditugaskan kepada saya','FILTER_FORM_BASICS':'Umum',
 'FILTER_FORM_BASICS_HINT':'Atur tampilan filter.','FILTER_FORM_CRITERIA':'Kriteria',
 'FILTER_FORM_CRITERIA_HINT':'Bagian ini mengatur parameter penyaringan tugas. Kunci bertanda * menerima ekspresi sebagai nilai.',
 'FILTER_FORM_PERMISSIONS':'Izin','FILTER_FORM_PERMISSIONS_DUPLICATE_GROUP':'Grup ini sudah memiliki izin baca',
 'FILTER_FORM_PERMISSIONS_DUPLICATE_USER':'Pengguna ini sudah memiliki izin baca',
 'FILTER_FORM_PERMISSIONS_EDIT_HINT':'Untuk mengubah izin baca, Anda memerlukan otorisasi membuat atau mengubah filter dan otorisasi mengelola otorisasi.',
 'FILTER_FORM_PERMISSIONS_GLOBAL':'Dapat diakses semua pengguna','FILTER_FORM_PERMISSIONS_GROUP_ID':'ID grup',
 'FILTER_FORM_PERMISSIONS_HINT':'Bagian ini mengatur izin baca filter.','FILTER_FORM_PERMISSIONS_IDENTITY_TYPE_GROUP':'grup',
 'FILTER_FORM_PERMISSIONS_IDENTITY_TYPE_TOOLTIP':'Izin berlaku untuk','FILTER_FORM_PERMISSIONS_IDENTITY_TYPE_USER':'pengguna',
 'FILTER_FORM_PERMISSIONS_LOADING_FAILURE':'Izin tidak dapat dimuat seluruhnya. Muat ulang halaman untuk mencoba lagi.',
 'FILTER_FORM_PERMISSIONS_REMOVE':'Hapus','FILTER_FORM_PERMISSIONS_SAVE_ERROR':'Izin tidak dapat disimpan',
 'FILTER_FORM_PERMISSIONS_USER_ID':'ID pengguna','FILTER_FORM_PERMISSION_GROUP_USER':'Grup / pengguna',
 'FILTER_FORM_PERMISSION_IDENTIFIER':'Pengenal','FILTER_FORM_VARIABLES':'Variabel',
 'FILTER_FORM_VARIABLES_HINT':'Anda dapat menentukan variabel yang ditampilkan di daftar tugas.',
 'FILTER_FORM_VARIABLES_SHOW_UNDEFINED':'Tampilkan variabel yang tidak ada','FILTER_NAME_LABEL':'Nama',
 'FILTER_NAME_PLACEHOLDER':'Tugas saya','FILTER_PRIORITY_LABEL':'Prioritas','FILTER_REFRESH_LABEL':'Muat ulang otomatis',
 'FILTER_REFRESH_TOOLTIP':'Mengambil perubahan terbaru secara otomatis agar daftar tugas selalu mutakhir',
 'FILTER_REMOVE_CRITERION':'Hapus','FILTER_REMOVE_VARIABLE':'Hapus','FILTER_SAVE_ERROR':'Filter tidak dapat disimpan',
 'FILTER_SAVE_SUCCESS':'Filter telah disimpan',
 'FILTER_VARIABLES_AMOUNT_WARNING':'Terlalu banyak variabel di daftar tugas dapat memperlambat tampilan.',
 'FILTER_VARIABLE_LABEL':'Label tampilan','FILTER_VARIABLE_LABEL_PLACEHOLDER':'Label yang mudah dibaca','FILTER_VARIABLE_NAME':'Nama',
 'FILTER_VARIABLE_NAME_PLACEHOLDER':'Nama teknis variabel','FINISHED':'Selesai',
 'GROUP_ADD_ERROR':'Grup tidak dapat ditambahkan','GROUP_DELETE_ERROR':'Grup tidak dapat dihapus','GROUP_ID':'ID grup',
 'INIT_EXTERNAL_FORM_FAILED':'URL formulir eksternal tidak dapat disiapkan: ID tugas atau kunci definisi proses harus ada. Muat ulang halaman untuk mencoba lagi.',
 'INIT_GROUPS_FAILURE':'Grup tugas ini tidak dapat dimuat. Muat ulang halaman untuk mencoba lagi.',
 'INSTANCE_LINK':'Tautan ke tampilan instans.','INTEGER':'Integer (bilangan bulat)',
 'INVALID_DATE':"Tanggal tidak sah: pola tanggal harus 'yyyy-MM-ddTHH:mm:ss'",'INVALID_DATE_VALUE':'Tanggal tidak sah',
 'INVALID_SEARCH':'Pencarian ini tidak sah','INVOLVED_USER':'Pengguna terlibat','LIKE':'mirip',
 'LONG':'Long (bilangan bulat besar)','MANAGE_GROUPS':'Kelola grup','MATCH_TYPE':'kriteria terpenuhi.',
 'MATCH_TYPE_ALL':'semua','MATCH_TYPE_ANY':'salah satu','NEW_TASK_ASSIGNEE':'Penerima tugas',
 'NEW_TASK_DESCRIPTION':'Keterangan','NEW_TASK_NAME':'Nama','NEW_TASK_TENANT_ID':'ID tenant','OPERATOR':'Operator pembanding',
 'OWNER_IS_YOU':'Anda pemiliknya',
 'PAGES_MSG_ACCESS_DENIED_RESOURCE_ID':'Anda tidak berhak {{permissionName}} {{resourceName}} {{resourceId}}.',
 'PAGES_MSG_ACTION_DENIED':'Server menolak tindakan ini. Muat ulang halaman.',
 'PAGES_MSG_ENGINE_NOT_EXISTS':'Mesin proses yang Anda tuju tidak ada.','PROCESS_DEFINITION_ID':'ID definisi proses',
 'PROCESS_DEFINITION_KEY':'Kunci definisi proses','PROCESS_DEFINITION_NAME':'Nama definisi proses',
 'PROCESS_EXTERNAL_FORM_NOTE':'Proses ini memakai formulir eksternal untuk memulai. Klik tautan "Buka formulir eksternal" untuk membukanya.',
 'PROCESS_INSTANCE_BUSINESS_KEY':'Kunci bisnis instans proses','PROCESS_INSTANCE_ID':'ID instans proses',
 'PROCESS_VARIABLE':'Variabel proses','PROPERTY':'Properti',
 'REMOVE_GROUP_FAILED':'Grup tidak dapat dilepas dari tugas ini. Muat ulang halaman untuk mencoba lagi.',
 'REQUIRED_HEX_COLOR_FIELD':'Nilai harus warna heksadesimal','REQUIRED_INTEGER_FIELD':'Nilai harus bilangan bulat',
 'REQUIRE_UNIQUE_KEY':'Kunci harus unik','REQUIRE_UNIQUE_NAME':'Nama harus unik','RESET_PAGE':'Kembali ke halaman pertama',
 'RESOLVE_ERROR':'Terjadi kesalahan saat menuntaskan tugas.','RESOLVE_OK':'Tugas telah dituntaskan.','Resolve':'Tuntaskan',
 'SERIALIZED':'Terserialisasi','SERVICES_RESOURCE_RESOLVER_DISPLAY_FAILED':'{{resourceName}} tidak dapat ditampilkan',
 'SERVICES_RESOURCE_RESOLVER_ID_NOT_FOUND':'{{resourceName}} dengan ID {{id}} tidak ada',
 'SERVICES_RESOURCE_RESOLVER_NO_PROMISE':'#resolve tidak mengembalikan promise',
 'SERVICES_RESOURCE_RESOLVER_RECEIVED_STATUS':'Server menjawab {{status}}.','SHORT':'Short (bilangan bulat kecil)',
 'SHORTCUT':'Pintasan','STRING':'String (teks)','SetOwner':'Atur pemilik','SetPriority':'Atur prioritas','Suspend':'Tangguhkan',
 'TASK_DEFINITION_KEY':'Kunci definisi tugas',
 'TASK_EXTERNAL_FORM_NOTE':'Tugas ini memakai formulir eksternal. Klik tautan "Buka formulir eksternal" untuk membukanya.',
 'TASK_NO_PROCESS_DEFINITION':'Definisi proses tugas ini tidak ditemukan.','TASK_VARIABLE':'Variabel tugas',
 'TENANT_ID':'ID tenant','TOGGLE':'Tampilkan/sembunyikan','UNDEFINED_VARIABLE':'&lt;Tidak ada&gt;',
 'USE_ADD_GROUP':'Tambahkan grup dengan mengetik ID grup pada kolom isian lalu mengeklik tombol bertanda tambah.',
 'USE_GENERIC_FORM':'Anda dapat mengisi variabel dengan formulir umum melalui tautan "Tambah variabel" di bawah.',
 'Update':'Perbarui','VARIABLE_OBJECT_TYPE_NAME':'Nama jenis objek','VARIABLE_SERIALIZATION_DATA_FORMAT':'Format serialisasi data',
 'VARIABLE_VALUE_INFO':'Info nilai','WITHOUT_TENANT_ID':'Tanpa ID tenant','caseInstanceId':'ID instans kasus',
 'delegation':'Delegasi','parentTask':'Tugas induk',
 # Welcome app (profile, password)
 'APPLICATIONS':'Aplikasi','CHANGES_SAVED':'Perubahan disimpan','CHANGE_PASSWORD':'Ubah kata sandi',
 'CHANGE_YOUR_PASSWORD':'Ubah kata sandi Anda','CONFIRM_NEW_PASSWORD':'Ulangi kata sandi baru',
 'CURRENT_PASSWORD':'Kata sandi sekarang','DOCUMENTATION':'Dokumentasi',
 'DOCUMENTATION_DESCRIPTION':'Dokumentasi pengguna aplikasi web Camunda','EDIT_PROFILE':'Ubah profil',
 'EDIT_YOUR_PROFILE':'Ubah profil Anda','EMAIL':'Surel','ERROR_WHILE_CHANGING_PASSWORD':'Kata sandi tidak dapat diubah',
 'ERROR_WHILE_SAVING':'Perubahan tidak dapat disimpan','FIRST_NAME':'Nama depan','LAST_NAME':'Nama belakang',
 'LINKS':'Tautan','NEW_PASSWORD':'Kata sandi baru','PASSWORD_CHANGED':'Kata sandi telah diubah',
 'PASSWORD_NOT_MATCHING':'Kata sandi baru dan ulangannya tidak sama.','PASSWORD_POLICY_DIGIT':'{{minDigit}} angka',
 'PASSWORD_POLICY_LENGTH':'{{minLength}} karakter','PASSWORD_POLICY_LOWERCASE':'{{minLowerCase}} huruf kecil',
 'PASSWORD_POLICY_SPECIAL':'{{minSpecial}} karakter khusus','PASSWORD_POLICY_TOOLTIP':'Kata sandi Anda harus memenuhi:',
 'PASSWORD_POLICY_TOOLTIP_ERROR':'Terjadi kesalahan saat memeriksa kata sandi.',
 'PASSWORD_POLICY_TOOLTIP_PARTIAL':'Kata sandi Anda belum memenuhi:','PASSWORD_POLICY_UPPERCASE':'{{minUpperCase}} huruf besar',
 'PASSWORD_POLICY_USER_DATA':'Tidak boleh memuat data pengguna','PROFILE':'Profil','UPDATE':'Perbarui',
 'USERNAME':'Nama pengguna (NIP)','USERNAME_FOR_AUTHENTICATION':'Nama pengguna untuk masuk: {{username}}',
})

def bangun(en, terjemahan=None):
    id_ = {'dateLocales': dict(en.get('dateLocales', {})), 'labels': dict(en['labels'])}
    if terjemahan is None:
        for k, v in T.items():
            if k in id_['labels']:
                id_['labels'][k] = v
    else:
        # Cockpit, Admin: by key; a new key whose English text another label already has takes
        # that label's translation.
        menurut_teks = {}
        for tabel in TERJEMAHAN.values():
            for k, v in tabel.items():
                for app in ('cockpit', 'admin'):
                    if k in EN.get(app, {}):
                        menurut_teks.setdefault(EN[app][k], v)
        for k, inggris in en['labels'].items():
            if k in terjemahan:
                id_['labels'][k] = terjemahan[k]
            elif inggris in menurut_teks:
                id_['labels'][k] = menurut_teks[inggris]
                print('  dari teks sama:', k, '=', menurut_teks[inggris])
    if 'dateLocales' not in en:  # the Welcome app has none
        del id_['dateLocales']
        return id_
    dl = id_['dateLocales']
    dl['calendar'] = {'lastDay': '[Kemarin pukul] LT', 'lastWeek': 'dddd [lalu pukul] LT', 'nextDay': '[Besok pukul] LT',
                      'nextWeek': 'dddd [pukul] LT', 'sameDay': '[Hari ini pukul] LT', 'sameElse': 'L'}
    dl['months'] = ['Januari','Februari','Maret','April','Mei','Juni','Juli','Agustus','September','Oktober','November','Desember']
    dl['monthsShort'] = ['Jan','Feb','Mar','Apr','Mei','Jun','Jul','Agt','Sep','Okt','Nov','Des']
    dl['relativeTime'] = {'M': 'sebulan', 'MM': '%d bulan', 'd': 'sehari', 'dd': '%d hari', 'future': 'dalam %s',
                          'h': 'sejam', 'hh': '%d jam', 'm': 'semenit', 'mm': '%d menit', 'past': '%s yang lalu',
                          's': 'beberapa detik', 'y': 'setahun', 'yy': '%d tahun'}
    dl['weekdays'] = ['Minggu','Senin','Selasa','Rabu','Kamis','Jumat','Sabtu']
    dl['weekdaysShort'] = ['Min','Sen','Sel','Rab','Kam','Jum','Sab']
    dl['weekdaysMin'] = ['Mg','Sn','Sl','Rb','Km','Jm','Sb']
    return id_


# Labels whose English text is also the Indonesian one (product names, operators, type names).
SAMA = {'ADMIN', 'ADMIN_APP', 'COCKPIT', 'COCKPIT_APP', 'TASKLIST', 'TASKLIST_APP', 'FILTER',
        'FILTERS', 'DIAGRAM', 'DOUBLE', 'NO_TASK_FORM', 'SEARCH_LESS_THAN', 'SEARCH_LESS_THAN_EQUALS',
        'SEARCH_GREATER_THAN', 'SEARCH_GREATER_THAN_EQUALS'}

# Cockpit and Admin: texts that read the same in Bahasa Indonesia (product names, technical terms
# the office uses as they are, operators); CockpitLocaleIdTest has the same list.
SAMA_TEKS = {'Admin', 'Cockpit', 'Tasklist', 'Batch', 'batch', 'Job', 'Deployment', 'Deploy',
             'Runtime', 'Double', 'Filter', 'Endpoint', 'ID', 'ID*', 'OK', 'CSV', 'JSON', 'Min',
             'Minimum:', 'Status', 'Tenant', 'Tenant: ID', 'Total', 'GLOBAL', 'Optimize'}

APPS = ('tasklist', 'welcome')
APPS_TERJEMAHAN = ('cockpit', 'admin')
TUJUAN = 'src/main/resources/META-INF/resources/webjars/camunda/app/{}/locales/id.json'
BERKAS_TERJEMAHAN = 'docs/e2e/terjemahan-cockpit-admin.json'
TERJEMAHAN = {}
EN = {}


def tulis(en, keluar, terjemahan=None):
    id_ = bangun(en, terjemahan)
    json.dump(id_, open(keluar, 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
    if terjemahan is None:
        sisa = sorted(k for k, v in en['labels'].items() if id_['labels'][k] == v and k not in SAMA)
    else:
        sisa = sorted(k for k, v in en['labels'].items()
                      if id_['labels'][k] == v and v.strip() not in SAMA_TEKS and any(c.isalpha() for c in v))
    print(keluar + ':', len(en['labels']) - len(sisa), 'dari', len(en['labels']), 'label diterjemahkan')
    for k in sisa:
        print('  belum diterjemahkan:', k, '=', en['labels'][k])


if sys.argv[1].endswith('.jar'):
    # buat-locale-id.py <camunda-webapp-webjar-X.jar> [repository root]: Tasklist and Welcome
    import os, zipfile
    akar = sys.argv[2] if len(sys.argv) > 2 else '.'
    with zipfile.ZipFile(sys.argv[1]) as jar:
        baca = lambda app: json.loads(jar.read('META-INF/resources/webjars/camunda/app/%s/locales/en.json'
                                               % app).decode('utf-8-sig'))
        for app in APPS:
            tulis(baca(app), os.path.join(akar, TUJUAN.format(app)))
        TERJEMAHAN.update(json.load(open(os.path.join(akar, BERKAS_TERJEMAHAN), encoding='utf-8')))
        for app in APPS_TERJEMAHAN:
            EN[app] = baca(app)['labels']
        for app in APPS_TERJEMAHAN:
            tulis(baca(app), os.path.join(akar, TUJUAN.format(app)), TERJEMAHAN[app])
else:
    # buat-locale-id.py <en.json> <id.json>: one app (Tasklist's table T)
    tulis(json.load(open(sys.argv[1], encoding='utf-8-sig')), sys.argv[2])
