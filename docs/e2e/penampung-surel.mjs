// A local SMTP sink for the browser walk: accepts every message on 127.0.0.1:<port> (no TLS, no
// login) and writes each one to <folder> as NNN.eml (raw) and NNN.json (envelope recipients,
// From, To, Subject, plain text, HTML), so the walk can assert what the application sent.
//
//   node penampung-surel.mjs <port> <folder>
//
// Started by jalankan-alur.sh before the application; ends on SIGTERM/SIGINT.
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import fs from 'node:fs';
import path from 'node:path';

const port = Number(process.argv[2]);
const folder = process.argv[3];
if (!port || !folder) {
  console.error('Pemakaian: node penampung-surel.mjs <port> <folder>');
  process.exit(64);
}
fs.mkdirSync(folder, { recursive: true });
let nomor = 0;

const server = new SMTPServer({
  name: 'penampung-surel.local',
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  size: 10 * 1024 * 1024,
  onData(stream, session, selesai) {
    const potongan = [];
    stream.on('data', (c) => potongan.push(c));
    stream.on('error', selesai);
    stream.on('end', async () => {
      try {
        const mentah = Buffer.concat(potongan);
        const surel = await simpleParser(mentah);
        const n = String(++nomor).padStart(3, '0');
        const data = {
          diterimaPada: new Date().toISOString(),
          amplopKepada: session.envelope.rcptTo.map((r) => r.address),
          amplopDari: session.envelope.mailFrom && session.envelope.mailFrom.address,
          dari: surel.from ? surel.from.text : null,
          kepada: surel.to ? surel.to.text : null,
          subjek: surel.subject || '',
          teks: surel.text || '',
          html: surel.html || ''
        };
        fs.writeFileSync(path.join(folder, n + '.eml'), mentah);
        // .json last, written whole under a temporary name: a reader never sees half a message
        fs.writeFileSync(path.join(folder, n + '.json.tmp'), JSON.stringify(data, null, 2));
        fs.renameSync(path.join(folder, n + '.json.tmp'), path.join(folder, n + '.json'));
        console.log(`${data.diterimaPada} surel ${n} untuk ${data.amplopKepada.join(', ')}: ${data.subjek}`);
        selesai();
      } catch (e) {
        console.error('surel tidak terbaca:', e);
        selesai(e);
      }
    });
  }
});
server.on('error', (e) => console.error('SMTP:', e.message));
server.listen(port, '127.0.0.1', () => console.log(`Penampung surel siap di 127.0.0.1:${port}, folder ${folder}`));
for (const sinyal of ['SIGTERM', 'SIGINT']) {
  process.on(sinyal, () => server.close(() => process.exit(0)));
}
