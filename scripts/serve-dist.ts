/**
 * `npm run serve`: serve the built pages (dist/) on http://127.0.0.1.
 * Port: 8080, or PORT=9000 npm run serve, or npm run serve -- --port 9000.
 */
import * as path from 'path';
import { serveDir } from './static-server';

function port(argv: string[]): number {
  const i = argv.indexOf('--port');
  const raw = i >= 0 ? argv[i + 1] : (process.env.PORT ?? '8080');
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    console.error(`端口无效：${raw}（应为 0–65535 的整数）`);
    process.exit(2);
  }
  return n;
}

serveDir(path.join(__dirname, '..', 'dist'), port(process.argv.slice(2))).then(
  (s) => {
    console.log(`独立网页版：${s.url}/index.html （Ctrl+C 结束）`);
  },
  (e: NodeJS.ErrnoException) => {
    console.error(e.code === 'EADDRINUSE' ? '端口已被占用：请用 PORT=其他端口 npm run serve 或 npm run serve -- --port 其他端口' : String(e));
    process.exit(2);
  },
);
