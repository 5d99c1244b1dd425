# Regenerates src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/locales/id.json
# from the en.json of the camunda-webapp-webjar (after a Camunda upgrade):
#   python3 docs/e2e/buat-locale-id.py <webjar>/app/tasklist/locales/en.json <that id.json>
# Builds Tasklist's id.json: Camunda's en.json with the labels a Tasklist user sees translated.
import json, sys
en = json.load(open(sys.argv[1], encoding='utf-8-sig'))
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
id_ = {'dateLocales': dict(en['dateLocales']), 'labels': dict(en['labels'])}
for k, v in T.items():
    if k in id_['labels']:
        id_['labels'][k] = v
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
json.dump(id_, open(sys.argv[2], 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(T), 'label diterjemahkan dari', len(en['labels']))
