const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_PORT = 3000;

/** https options for the dev server: office-addin-dev-certs when installed (Windows/Mac), else a self-signed cert. */
async function httpsServer() {
  try {
    const devCerts = require('office-addin-dev-certs');
    return { type: 'https', options: await devCerts.getHttpsServerOptions() };
  } catch {
    return 'https';
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './taskpane/index.tsx',
      commands: './commands/commands.ts',
      // the standalone page's check worker: a fixed name, so that the page can start it (taskpane/session.ts)
      'check-worker': './taskpane/check-worker.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: (data) => (data.chunk && data.chunk.name === 'check-worker' ? '[name].js' : '[name].[contenthash:8].js'),
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
        officeJs: true,
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
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist') },
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: dev ? await httpsServer() : 'https',
      port: DEV_PORT,
    },
  };
};
