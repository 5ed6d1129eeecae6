const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { DEV_BASE, devBase, httpsUrl, manifestForHost, normaliseBase } = require('./scripts/host-manifest');
const { devCertificate } = require('./scripts/dev-certs');
const { SingleFilePagePlugin } = require('./scripts/single-file-page');

const DEV_PORT = 3000;
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * Options (webpack's --env):
 *   baseUrl=https://host/path/  the https address dist/ will be served from: dist/manifest.xml
 *                               then points every URL there (default: the dev server);
 *   port=3001                   the dev server's port (npm run dev-server -- --env port=3001);
 *                               dist/manifest.xml then points at https://localhost:3001/.
 *   officeJs=https://…/office.js  where the add-in page loads office.js from (default: Microsoft's
 *                               CDN; 21Vianet tenants in China use their own CDN address).
 *   certs=DIR                   the dev server's certificate folder (localhost.crt, localhost.key,
 *                               ca.crt); default: office-addin-dev-certs' ~/.office-addin-dev-certs.
 */
module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const serving = !!env.WEBPACK_SERVE;
  const port = env.port ? Number(env.port) : DEV_PORT;
  if (env.baseUrl && env.port) throw new Error('baseUrl 与 port 只能给一个：port 用于本机开发服务器，baseUrl 用于部署到其他主机');
  const base = env.baseUrl ? normaliseBase(env.baseUrl) : env.port ? devBase(port) : DEV_BASE;
  const officeJs = env.officeJs ? httpsUrl(env.officeJs, 'officeJs') : OFFICE_JS;

  let server = 'https';
  if (serving) {
    const cert = devCertificate(env.certs ? path.resolve(env.certs) : undefined);
    console.log(`\n${cert.message}\n加载项地址：${base}taskpane.html；旁加载的清单：${base === DEV_BASE ? 'manifest.xml' : `${base}manifest.xml（即 dist/manifest.xml）`}\n`);
    if (cert.options) server = { type: 'https', options: cert.options };
  }

  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './taskpane/index.tsx',
      commands: './commands/commands.ts',
      // the standalone page's check worker: a fixed name, so that the page can start it (taskpane/session.ts)
      'check-worker': './taskpane/check-worker.ts',
    },
    // relative chunk URLs: the pages work from any folder of any host, and the one-file page never needs a script URL;
    // the check worker keeps a fixed name so that the page can start it (taskpane/session.ts)
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: (data) => (data.chunk && data.chunk.name === 'check-worker' ? '[name].js' : '[name].[contenthash:8].js'),
      // on-demand chunks (exports, Word writer) get a content hash too: a new build is never served from a stale cache
      chunkFilename: '[id].[contenthash:8].js',
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext' } } } }],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './taskpane/taskpane.html',
        chunks: ['taskpane'],
        title: '预算审核',
        officeJs,
      }),
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './taskpane/taskpane.html',
        chunks: ['taskpane'],
        title: '预算审核 · 独立网页版',
        officeJs: false,
      }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './commands/commands.html', chunks: ['commands'] }),
      new HtmlWebpackPlugin({ filename: 'help.html', template: './taskpane/help.html', chunks: [], inject: false }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => manifestForHost(content.toString(), base) },
        ],
      }),
      new SingleFilePagePlugin({ page: 'index.html', output: 'budget-check.html', entry: 'taskpane', icon: 'assets/icon-32.png' }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist') },
      headers: { 'Access-Control-Allow-Origin': '*' },
      server,
      port,
    },
  };
};
