/** `npm run serve`: serve the built standalone page (dist/) on http://127.0.0.1. */
import * as path from 'path';
import { serveDir } from './static-server';

const port = Number(process.env.PORT ?? 8080);
serveDir(path.join(__dirname, '..', 'dist'), port).then((s) => {
  console.log(`独立网页版：${s.url}/index.html （Ctrl+C 结束）`);
});
